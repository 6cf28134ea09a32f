import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Astro writes generated modules (.astro/content-modules.mjs, the collection types) into its root
 * folder on every run: two Astro processes on different content in one root read each other's
 * files, and a page fails with "Unexpected error while rendering". Test files run side by side
 * (tests/vitest.config.ts), so:
 * - each test build runs in a root of its own (SOP_ASTRO_ROOT, astro.config.mjs) and needs only one
 *   of the BUILD_SLOTS (two builds at once keep both cores busy while the other waits on disk or
 *   Chromium);
 * - `astro check` and the dev server work in the project root, so they take turns on the ROOT lock.
 */
const CACHE = path.join(import.meta.dirname, '../../.cache');
const LOG = path.join(CACHE, 'astro.lock.log');
const ROOT = { name: 'astro.lock', slots: 1 };
const BUILD_SLOTS = { name: 'astro-build.lock', slots: 2 };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The holder died without releasing (a killed run): the slot is free. */
function stale(slot: string): boolean {
  try {
    return !alive(Number(readFileSync(path.join(slot, 'pid'), 'utf8')));
  } catch {
    // Just made, pid not written yet; or gone. Old and empty means its maker died in between.
    const made = statSync(slot, { throwIfNoEntry: false });
    return made !== undefined && Date.now() - made.mtimeMs > 10_000;
  }
}

/**
 * Waits for one of the lock's slots, first come first served (a ticket in the queue folder: a
 * waiter polling beside a process that builds one fixture after another would otherwise wait for
 * all of them); returns the function that releases it. `label` names the holder in the log.
 */
async function acquire(lock: { name: string; slots: number }, label: string): Promise<() => void> {
  const base = path.join(CACHE, lock.name);
  const queue = `${base}.queue`;
  mkdirSync(queue, { recursive: true });
  const asked = Date.now();
  const ticket = `${asked}-${String(process.pid).padStart(8, '0')}-${Math.random().toString(36).slice(2, 8)}`;
  writeFileSync(path.join(queue, ticket), '');
  for (;;) {
    const waiting = readdirSync(queue).sort().filter((t) => {
      if (alive(Number(t.split('-')[1]))) return true;
      rmSync(path.join(queue, t), { force: true }); // its waiter died
      return false;
    });
    if (waiting.indexOf(ticket) < lock.slots) {
      for (let i = 0; i < lock.slots; i++) {
        const slot = lock.slots === 1 ? base : `${base}.${i}`;
        try {
          mkdirSync(slot);
        } catch {
          if (stale(slot)) rmSync(slot, { recursive: true, force: true });
          continue;
        }
        writeFileSync(path.join(slot, 'pid'), String(process.pid));
        rmSync(path.join(queue, ticket), { force: true });
        const got = Date.now();
        let released = false;
        return () => {
          if (released) return;
          released = true;
          rmSync(slot, { recursive: true, force: true });
          // Where the suite's time goes: who held which slot, how long, and how long it waited.
          const line = `${new Date(got).toISOString()}\theld ${((Date.now() - got) / 1000).toFixed(1)}s\twaited ${((got - asked) / 1000).toFixed(1)}s\t${path.basename(slot)}\t${label}\n`;
          appendFileSync(LOG, line);
        };
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function holding<T>(lock: { name: string; slots: number }, label: string, run: () => Promise<T>): Promise<T> {
  const release = await acquire(lock, label);
  try {
    return await run();
  } finally {
    release();
  }
}

/** For an Astro process in the project root (`astro check`, the dev server). */
export function acquireAstroLock(label: string): Promise<() => void> {
  return acquire(ROOT, label);
}

export function withAstroLock<T>(label: string, run: () => Promise<T>): Promise<T> {
  return holding(ROOT, label, run);
}

/** For `astro build` in a root of its own. */
export function withBuildSlot<T>(label: string, run: () => Promise<T>): Promise<T> {
  return holding(BUILD_SLOTS, label, run);
}
