import type { ListItem } from '../model/index.ts';

/**
 * The marker a list shows before each item when it prints its own: the printed `no` ("a.", "1,",
 * "•", or "" for a line printed without one, such as a lead-in), and for an item written without
 * `no` the next number ("1.", "2.", …) counting only those. Undefined when no item has a printed
 * marker: the list numbers (or bullets) itself.
 */
export function printedMarkers(items: readonly ListItem[]): string[] | undefined {
  if (!items.some((i) => i.number !== undefined)) return undefined;
  let n = 0;
  return items.map((i) => i.number ?? `${++n}.`);
}
