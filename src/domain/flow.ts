import { addTotals, comparableMinutes, toTotal, ZERO_TOTAL, type DurationTotal } from './time/total.ts';
import type { SopData, Step } from './schema/sop.ts';

/**
 * The step graph of an SOP: who follows whom, decisions with their Ya/Tidak branches, loop-backs,
 * reachability, and the time along a path. The build (validation, pages) and the reader's browser
 * (the viewer) use this same code.
 */

export type EdgeKind = 'next' | 'yes' | 'no';

export interface FlowEdge {
  from: number;
  to: number;
  kind: EdgeKind;
  /** The edge goes back to this step or an earlier one. */
  loopBack: boolean;
}

export type StepShape = 'terminator' | 'process' | 'decision';

/** First and last steps are terminators (mulai/selesai) unless they are decisions. */
export function stepShape(step: Step, stepCount: number): StepShape {
  if (step.decision) return 'decision';
  return step.number === 1 || step.number === stepCount ? 'terminator' : 'process';
}

/** Outgoing edges of every step, in step order; a decision gives "yes" before "no". */
export function flowEdges(steps: readonly Step[]): FlowEdge[] {
  const edges: FlowEdge[] = [];
  const n = steps.length;
  const edge = (from: number, to: number, kind: EdgeKind): FlowEdge => ({ from, to, kind, loopBack: to <= from });
  for (const step of steps) {
    if (step.decision) {
      if (step.decision.yes <= n) edges.push(edge(step.number, step.decision.yes, 'yes'));
      if (step.decision.no !== undefined) edges.push(edge(step.number, step.decision.no, 'no'));
    } else if (step.number < n) {
      edges.push(edge(step.number, step.number + 1, 'next'));
    }
  }
  return edges;
}

export function successors(edges: readonly FlowEdge[], step: number): FlowEdge[] {
  return edges.filter((e) => e.from === step);
}

export function predecessors(edges: readonly FlowEdge[], step: number): FlowEdge[] {
  return edges.filter((e) => e.to === step);
}

function reach(start: number, next: (n: number) => number[]): Set<number> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) for (const m of next(queue.shift()!)) if (!seen.has(m)) (seen.add(m), queue.push(m));
  return seen;
}

/** Steps reachable from the first step. */
export function reachableFromStart(steps: readonly Step[], edges = flowEdges(steps)): Set<number> {
  if (steps.length === 0) return new Set();
  return reach(1, (n) => edges.filter((e) => e.from === n).map((e) => e.to));
}

/** Steps from which the last step can be reached. */
export function reachingEnd(steps: readonly Step[], edges = flowEdges(steps)): Set<number> {
  if (steps.length === 0) return new Set();
  return reach(steps.length, (n) => edges.filter((e) => e.to === n).map((e) => e.from));
}

export function stepTotal(step: Step): DurationTotal {
  return toTotal(step.duration);
}

/** Total time along a path of step numbers (a step visited twice counts twice). */
export function pathTotal(steps: readonly Step[], path: readonly number[]): DurationTotal {
  return path.reduce((total, n) => addTotals(total, stepTotal(steps[n - 1]!)), ZERO_TOTAL);
}

export type Branch = 'yes' | 'no';

/**
 * Walks from the first step, asking `choose` at each decision (with how often that decision was
 * reached before). Ends at the last step, at a step with no way on, or after `maxSteps`.
 */
export function walk(
  steps: readonly Step[],
  choose: (step: Step, visitsBefore: number) => Branch,
  maxSteps = steps.length * 4,
): number[] {
  const path: number[] = [];
  const visits = new Map<number, number>();
  let current: number | undefined = steps.length ? 1 : undefined;
  while (current !== undefined && path.length < maxSteps) {
    path.push(current);
    const step = steps[current - 1]!;
    const seen = visits.get(current) ?? 0;
    visits.set(current, seen + 1);
    if (current === steps.length && !step.decision) break;
    if (step.decision) {
      const branch = choose(step, seen);
      current = branch === 'no' && step.decision.no !== undefined ? step.decision.no : step.decision.yes;
      if (current > steps.length) current = undefined;
    } else current = current + 1;
  }
  return path;
}

/**
 * The path that takes every loop-back once: the first time a decision is reached it takes the branch
 * that goes back ("Tidak", or "Ya" when only "Ya" goes back), after that the branch that goes on.
 */
export function pathWithLoopsOnce(steps: readonly Step[]): number[] {
  return walk(steps, (step, visitsBefore) => {
    const { yes, no } = step.decision!;
    const noLoops = no !== undefined && no <= step.number;
    const yesLoops = yes <= step.number;
    if (visitsBefore === 0) return noLoops ? 'no' : 'yes'; // "Ya" either loops back or goes on
    return yesLoops && no !== undefined && !noLoops ? 'no' : 'yes';
  });
}

/**
 * The quickest way from the first to the last step (Dijkstra on step times, fewer variable steps
 * breaking ties). Undefined when the last step cannot be reached.
 */
export function shortestPath(steps: readonly Step[], edges = flowEdges(steps)): number[] | undefined {
  const n = steps.length;
  if (n === 0) return undefined;
  const cost = (s: number) => {
    const t = stepTotal(steps[s - 1]!);
    return [comparableMinutes(t, 'min'), t.variable.length + t.missing] as const;
  };
  const less = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const dist = new Map<number, readonly [number, number]>([[1, cost(1)]]);
  const prev = new Map<number, number>();
  const done = new Set<number>();
  for (;;) {
    let u: number | undefined;
    for (const [k, d] of dist) if (!done.has(k) && (u === undefined || less(d, dist.get(u)!))) u = k;
    if (u === undefined) return undefined;
    if (u === n) break;
    done.add(u);
    for (const e of edges) {
      if (e.from !== u || done.has(e.to)) continue;
      const [m, v] = dist.get(u)!;
      const [cm, cv] = cost(e.to);
      const candidate = [m + cm, v + cv] as const;
      const known = dist.get(e.to);
      if (!known || less(candidate, known)) (dist.set(e.to, candidate), prev.set(e.to, u));
    }
  }
  const path = [n];
  while (path[0] !== 1) path.unshift(prev.get(path[0]!)!);
  return path;
}

export interface SopTotals {
  /** The quickest way through; undefined when the end is unreachable. */
  shortest?: { path: number[]; total: DurationTotal };
  /** Every loop-back taken once (equal to shortest when the SOP has no loop-back). */
  withLoops: { path: number[]; total: DurationTotal };
}

export function sopTotals(sop: Pick<SopData, 'steps'>): SopTotals {
  const shortest = shortestPath(sop.steps);
  const withLoops = pathWithLoopsOnce(sop.steps);
  return {
    ...(shortest ? { shortest: { path: shortest, total: pathTotal(sop.steps, shortest) } } : {}),
    withLoops: { path: withLoops, total: pathTotal(sop.steps, withLoops) },
  };
}

/** True when some decision sends the flow back to an earlier step. */
export function hasLoopBack(steps: readonly Step[]): boolean {
  return flowEdges(steps).some((e) => e.loopBack);
}
