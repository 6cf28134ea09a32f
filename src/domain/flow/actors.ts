import type { Step } from '../model/index.ts';
import type { DurationTotal } from '../time/index.ts';
import { pathTotal, pathWithLoopsOnce, shortestPath } from './graph.ts';

/** The steps an actor takes part in, alone or jointly, in order. */
export function actorSteps(steps: readonly Step[], actorId: string): number[] {
  return steps.filter((s) => s.actorIds.includes(actorId)).map((s) => s.number);
}

/**
 * An actor's share of the time: along the quickest way through the SOP (every check passes), the
 * time of the steps the actor takes part in. Without a way to the end, the steps of the path that
 * takes each loop-back once. Same flow graph and duration code as the page's totals.
 */
export function actorTotal(steps: readonly Step[], actorId: string): DurationTotal {
  const path = shortestPath(steps) ?? pathWithLoopsOnce(steps);
  return pathTotal(steps, path.filter((n) => steps[n - 1]!.actorIds.includes(actorId)));
}
