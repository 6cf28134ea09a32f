import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what was live after a full collection: 1.5× here. By default
 * V8 grows it up to 4× when collections are cheap, and a build at 2,000 SOPs held ~1.2 GB, mostly
 * garbage, at the end of bundling, and kept that memory to the end (the process at ~2 GB, with
 * ~300 MB live). At 1.5× the same build peaks ~700 MB lower in the same time (docs/performance.md).
 * V8 reads the flag at every collection, so setting it once the process runs is enough.
 */
export const HEAP_GROWING_PERCENT = 50;

export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
