import { drawSwimlane, type DrawnSwimlane } from '../domain/swimlane/index.ts';
import type { SopData } from '../domain/model/index.ts';
import { buildState } from './build-state.ts';
import { ui } from '../i18n/id.ts';

/**
 * The swimlane of each SOP, drawn once per build (the page and its .svg file share it) and timed,
 * so the build log (and `npm run bench`) can say what diagrams cost. Kept in the build state: the
 * build integration and the bundled pages are two copies of this module in one process.
 */
export interface SwimlaneCache {
  drawn: WeakMap<object, DrawnSwimlane>;
  count: number;
  ms: number;
}
const cache = (): SwimlaneCache => (buildState().swimlanes ??= { drawn: new WeakMap(), count: 0, ms: 0 });

export function swimlaneOf(data: SopData): DrawnSwimlane {
  const state = cache();
  let drawn = state.drawn.get(data);
  if (!drawn) {
    const t0 = performance.now();
    drawn = drawSwimlane(data, { unknownActorLabel: ui.swimlane.unknownActor });
    state.ms += performance.now() - t0;
    state.count++;
    state.drawn.set(data, drawn);
  }
  return drawn;
}

/** "swimlane: 200 digambar dalam 1400 ms (7 ms per diagram)", and resets the counters. */
export function takeSwimlaneStats(): string | undefined {
  const state = cache();
  const { count, ms } = state;
  state.count = 0;
  state.ms = 0;
  return count ? `swimlane: ${count} digambar dalam ${Math.round(ms)} ms (${(ms / count).toFixed(1)} ms per diagram)` : undefined;
}
