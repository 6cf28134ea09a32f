import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Astro keeps its generated modules (.astro/content-modules.mjs, the collection types) in the
 * project root, whatever the content root: two Astro processes on different content at the same
 * time read each other's files, and a page fails with "Unexpected error while rendering". Test
 * files run side by side (tests/vitest.config.ts), so every Astro process a test starts — build,
 * check, dev server — holds this lock while it runs. The other test files go on meanwhile.
 */
const LOCK = path.join(import.meta.dirname, '../../.cache/astro.lock');
const QUEUE = `${LOCK}.queue`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The holder died without releasing (a killed run): the lock is free. */
function stale(): boolean {
  try {
    return !alive(Number(readFileSync(path.join(LOCK, 'pid'), 'utf8')));
  } catch {
    // Just made, pid not written yet; or gone. Old and empty means its maker died in between.
    const made = statSync(LOCK, { throwIfNoEntry: false });
    return made !== undefined && Date.now() - made.mtimeMs > 10_000;
  }
}

/**
 * Waits for the lock, first come first served (a ticket in the queue folder: a waiter polling
 * beside a process that builds one fixture after another would otherwise wait for all of them);
 * returns the function that releases it. `label` names the holder in .cache/astro.lock.log.
 */
export async function acquireAstroLock(label: string): Promise<() => void> {
  mkdirSync(QUEUE, { recursive: true });
  const asked = Date.now();
  const ticket = `${asked}-${String(process.pid).padStart(8, '0')}-${Math.random().toString(36).slice(2, 8)}`;
  writeFileSync(path.join(QUEUE, ticket), '');
  for (;;) {
    const first = readdirSync(QUEUE).sort().find((t) => {
      if (alive(Number(t.split('-')[1]))) return true;
      rmSync(path.join(QUEUE, t), { force: true }); // its waiter died
      return false;
    });
    if (first === ticket) {
      try {
        mkdirSync(LOCK);
        writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
        rmSync(path.join(QUEUE, ticket), { force: true });
        const got = Date.now();
        let released = false;
        return () => {
          if (released) return;
          released = true;
          rmSync(LOCK, { recursive: true, force: true });
          // Where the suite's time goes: who held Astro, how long, and how long it waited.
          const line = `${new Date(got).toISOString()}\theld ${((Date.now() - got) / 1000).toFixed(1)}s\twaited ${((got - asked) / 1000).toFixed(1)}s\t${label}\n`;
          appendFileSync(`${LOCK}.log`, line);
        };
      } catch {
        if (stale()) rmSync(LOCK, { recursive: true, force: true });
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function withAstroLock<T>(label: string, run: () => Promise<T>): Promise<T> {
  const release = await acquireAstroLock(label);
  try {
    return await run();
  } finally {
    release();
  }
}
