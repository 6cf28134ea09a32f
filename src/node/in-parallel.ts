/**
 * Runs `work` on every item, at most `limit` at a time: a few disk writes, or a few Chromium pages,
 * in flight, so that their waits overlap without opening thousands of files at once.
 */
export async function eachInParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
}
