import { addTotals, comparableMinutes, toTotal, ZERO_TOTAL, type DurationTotal } from '../time/index.ts';
import type { ArrowMarks, SopData, Step, StepShape } from '../model/index.ts';

/**
 * The step graph of an SOP: who follows whom, decisions with their labelled branches, jumps and
 * loop-backs drawn without a diamond, parallel targets, ends in mid-table, reachability, and the time
 * along a path. The build (validation, pages) and the reader's browser (the viewer) use this same
 * code; no consumer reads `decision.branches` or `next` to draw arrows — they read `flowEdges`.
 */

/**
 * - `next`: on to the following step (the default order);
 * - `branch`: one branch of a decision, with its printed label;
 * - `jump`: from `lanjut`, instead of the following step (a skip forward, a loop-back from a process
 *   box, or one of several parallel targets).
 */
export type EdgeKind = 'next' | 'branch' | 'jump';

export interface FlowEdge {
  from: number;
  to: number;
  kind: EdgeKind;
  /** The label printed on the arrow ("Ya", "Lengkap", "Y", "Belum Lengkap"): a branch's, or a single exit's (`lanjut: {label}`). */
  label?: string;
  /** The arrow is drawn dashed. */
  dashed?: boolean;
  /** In a row with several symbols: the actor whose symbol the arrow leaves from (else the drawing chooses). */
  fromActor?: string;
  /** A short-form branch: which of Ya/Tidak. */
  short?: 'yes' | 'no';
  /** A `branch` edge: its index in `decision.branches`. */
  branch?: number;
  /** The edge goes back to this step or an earlier one. */
  loopBack: boolean;
}

export type { StepShape };

/**
 * Stable id of an edge, used as `data-edge` in the table and the swimlane: "6-7-next", "6-5-no" for a
 * short-form "Tidak", "3-8-b2" for the third branch of a general decision, "4-9-jump".
 */
export const edgeId = (e: Pick<FlowEdge, 'from' | 'to' | 'kind'> & Partial<Pick<FlowEdge, 'short' | 'branch'>>) =>
  `${e.from}-${e.to}-${e.kind === 'branch' ? (e.short ?? `b${e.branch ?? 0}`) : e.kind}`;

/**
 * The shape as drawn (`bentuk`) when given; otherwise: a decision is a diamond, the first step, the
 * last step and every step marked `selesai` are terminators (mulai/selesai), the rest boxes.
 */
export function stepShape(step: Step, stepCount: number): StepShape {
  if (step.shape) return step.shape;
  if (step.decision) return 'decision';
  return step.number === 1 || step.number === stepCount || step.ends ? 'terminator' : 'process';
}

/** The shape of one actor's symbol in the step's row: its own (`bentuk: {actor: …}`), else the step's. */
export function symbolShape(step: Step, actorId: string, stepCount: number): StepShape {
  return step.actorShapes?.[actorId] ?? stepShape(step, stepCount);
}

/** The step's actors, each once, in the order the step lists them. */
const rowActors = (step: Step) => [...new Set(step.actorIds)];

/**
 * Where the flow enters a row with several symbols: the symbols no arrow of the row points at (all
 * of them when the row has no arrows, or its arrows run in a circle).
 */
export function rowEntryActors(step: Step): string[] {
  const actors = rowActors(step);
  const entries = actors.filter((a) => !step.rowArrows?.some((r) => r.to === a));
  return entries.length ? entries : actors;
}

/** Where the flow leaves a row with several symbols: the symbols that send no arrow within the row (else all). */
export function rowExitActors(step: Step): string[] {
  const actors = rowActors(step);
  const exits = actors.filter((a) => !step.rowArrows?.some((r) => r.from === a));
  return exits.length ? exits : actors;
}

/** True when the flow stops at this step: `selesai`, or the last step with no way on. */
export function isEnd(step: Step, stepCount: number): boolean {
  return !!step.ends || (step.number === stepCount && !step.decision && !step.next);
}

/**
 * Outgoing edges of every step, in step order: a decision's branches in the order printed; a step
 * with `lanjut` its jumps; `selesai` and the last step none; any other step the next one. Targets
 * past the last step (only in invalid documents) are left out.
 */
export function flowEdges(steps: readonly Step[]): FlowEdge[] {
  const edges: FlowEdge[] = [];
  const n = steps.length;
  const edge = (from: number, to: number, kind: EdgeKind, marks: ArrowMarks = {}, extra: Partial<FlowEdge> = {}): FlowEdge => ({
    from,
    to,
    kind,
    ...(marks.label !== undefined && { label: marks.label }),
    ...(marks.dashed && { dashed: true }),
    ...(marks.fromActor !== undefined && { fromActor: marks.fromActor }),
    ...extra,
    loopBack: to <= from,
  });
  for (const step of steps) {
    const marksTo = (to: number) => step.exitMarks?.find((m) => m.to === to);
    if (step.decision) {
      step.decision.branches.forEach((b, i) => {
        if (b.to >= 1 && b.to <= n) edges.push(edge(step.number, b.to, 'branch', b, { branch: i, ...(b.short && { short: b.short }) }));
      });
    } else if (step.ends) {
      continue;
    } else if (step.next) {
      for (const to of step.next) if (to >= 1 && to <= n) edges.push(edge(step.number, to, 'jump', marksTo(to)));
    } else if (step.number < n) {
      edges.push(edge(step.number, step.number + 1, 'next', marksTo(step.number + 1)));
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

/**
 * True when a decision's branch to `to` is a loop-back: it goes to the decision or an earlier step,
 * or it leads back to the decision without another choice on the way (through next steps and jumps,
 * such as a correction step drawn with a back-arrow and no diamond).
 */
export function branchLoopsBack(steps: readonly Step[], edges: readonly FlowEdge[], decision: number, to: number): boolean {
  if (to <= decision) return true;
  return reach(to, (n) => (steps[n - 1]?.decision ? [] : edges.filter((e) => e.from === n).map((e) => e.to))).has(decision);
}

/** Steps reachable from the first step. */
export function reachableFromStart(steps: readonly Step[], edges = flowEdges(steps)): Set<number> {
  if (steps.length === 0) return new Set();
  return reach(1, (n) => edges.filter((e) => e.from === n).map((e) => e.to));
}

/** The steps where the flow stops: `selesai`, or the last step when it leads nowhere. */
export function endSteps(steps: readonly Step[]): number[] {
  return steps.filter((s) => isEnd(s, steps.length)).map((s) => s.number);
}

/** Steps from which some end (see endSteps) can be reached. */
export function reachingEnd(steps: readonly Step[], edges = flowEdges(steps)): Set<number> {
  const seen = new Set<number>();
  for (const end of endSteps(steps)) for (const n of reach(end, (m) => edges.filter((e) => e.to === m).map((e) => e.from))) seen.add(n);
  return seen;
}

export function stepTotal(step: Step): DurationTotal {
  return toTotal(step.duration);
}

/** Total time along a path of step numbers (a step visited twice counts twice). */
export function pathTotal(steps: readonly Step[], path: readonly number[]): DurationTotal {
  return path.reduce((total, n) => addTotals(total, stepTotal(steps[n - 1]!)), ZERO_TOTAL);
}

/**
 * Walks from the first step, asking `choose` at each decision which branch to take (its index in
 * `decision.branches`, told how often that decision was reached before). Ends at a step with no way
 * on (an end), or after `maxSteps`.
 *
 * Parallel work (`lanjut` to several steps) is walked in file order: the walk goes to the first
 * target and keeps the others pending; before it moves forward past a pending step it does that step
 * first, and when a thread ends it takes up the next pending one. So every parallel step is visited
 * once, in the order the table prints them.
 */
export function walk(
  steps: readonly Step[],
  choose: (step: Step, visitsBefore: number) => number,
  maxSteps = steps.length * 4,
  edges: readonly FlowEdge[] = flowEdges(steps),
): number[] {
  const path: number[] = [];
  const visits = new Map<number, number>();
  const pending: number[] = [];
  let current: number | undefined = steps.length ? 1 : undefined;
  while (current !== undefined && path.length < maxSteps) {
    path.push(current);
    const here: number = current;
    const step = steps[here - 1]!;
    const seen = visits.get(here) ?? 0;
    visits.set(here, seen + 1);
    const out = edges.filter((e) => e.from === here);
    let next: number | undefined;
    if (step.decision) {
      const chosen = choose(step, seen);
      next = out.find((e) => e.branch === chosen)?.to;
    } else {
      next = out[0]?.to;
      for (const e of out.slice(1)) if (!pending.includes(e.to)) pending.push(e.to);
    }
    pending.sort((a, b) => a - b);
    if (next === undefined) next = pending.shift();
    else if (pending.length && next > here && next >= pending[0]!) {
      // Forward past a parallel step still to do: do that one first, keep this target for later.
      const first = pending.shift()!;
      if (next !== first && !pending.includes(next)) pending.push(next);
      next = first;
    }
    current = next;
  }
  return path;
}

/**
 * The path that takes every loop-back once: the first time a decision is reached it takes the first
 * branch that comes back to it (straight back, or through a jump drawn without a diamond), after
 * that the first branch that does not.
 */
export function pathWithLoopsOnce(steps: readonly Step[]): number[] {
  const edges = flowEdges(steps);
  const returns = (decision: number, to: number) => branchLoopsBack(steps, edges, decision, to);
  return walk(
    steps,
    (step, visitsBefore) => {
      const branches = step.decision!.branches;
      const back = branches.findIndex((b) => returns(step.number, b.to));
      const on = branches.findIndex((b) => !returns(step.number, b.to));
      if (visitsBefore === 0 && back >= 0) return back;
      return on >= 0 ? on : 0;
    },
    steps.length * 4,
    edges,
  );
}

/**
 * The quickest way from the first step to the last end of the table (step times, fewer variable
 * steps breaking ties): the last step, or when that leads on (a loop-back) the last step marked
 * `selesai`. Tables print the way that succeeds last and an early end (a rejected request) in
 * mid-table, so an early end is taken only when the later ones cannot be reached. Dijkstra on the
 * graph; with parallel work (which must all be done) the quickest of the walks that take no
 * loop-back instead, and when no such walk ends (a parallel arrow that loops back, written for what
 * was an alternative) the quickest way along the arrows, as the flow rules read them. Undefined
 * exactly when the flow rules find no end reachable from the first step.
 */
export function shortestPath(steps: readonly Step[], edges = flowEdges(steps)): number[] | undefined {
  const parallel = steps.some((s) => (s.next?.length ?? 0) > 1);
  const walks = parallel ? walksWithoutLoops(steps, edges) : [];
  const ends = endSteps(steps).reverse();
  if (parallel)
    for (const end of ends) {
      const path = walks.filter((w) => w[w.length - 1] === end).reduce<number[] | undefined>((best, w) => (!best || less(pathCost(steps, w), pathCost(steps, best)) ? w : best), undefined);
      if (path) return path;
    }
  for (const end of ends) {
    const path = quickestTo(steps, edges, new Set([end]));
    if (path) return path;
  }
  return undefined;
}

type Cost = readonly [minutes: number, uncounted: number];
const less = (a: Cost, b: Cost) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
const stepCost = (step: Step): Cost => {
  const t = stepTotal(step);
  return [comparableMinutes(t, 'min'), t.variable.length + t.missing];
};
const pathCost = (steps: readonly Step[], path: readonly number[]): Cost =>
  path.reduce<Cost>((sum, n) => {
    const c = stepCost(steps[n - 1]!);
    return [sum[0] + c[0], sum[1] + c[1]];
  }, [0, 0]);

/** Every walk from the first step that takes no branch back (at most `limit`), parallel work included. */
function walksWithoutLoops(steps: readonly Step[], edges: readonly FlowEdge[], limit = 256): number[][] {
  const out: number[][] = [];
  const explore = (answers: number[]) => {
    if (out.length >= limit) return;
    let asked = 0;
    let open: Step | undefined;
    const path = walk(steps, (step) => answers[asked++] ?? ((open ??= step), -1), steps.length * 2, edges);
    if (!open) return void out.push(path);
    const decision = open;
    decision.decision!.branches.forEach((b, i) => {
      if (!branchLoopsBack(steps, edges, decision.number, b.to)) explore([...answers, i]);
    });
  };
  explore([]);
  return out;
}

function quickestTo(steps: readonly Step[], edges: readonly FlowEdge[], ends: ReadonlySet<number>): number[] | undefined {
  const cost = (s: number) => stepCost(steps[s - 1]!);
  const dist = new Map<number, readonly [number, number]>([[1, cost(1)]]);
  const prev = new Map<number, number>();
  const done = new Set<number>();
  let end: number;
  for (;;) {
    let u: number | undefined;
    for (const [k, d] of dist) if (!done.has(k) && (u === undefined || less(d, dist.get(u)!))) u = k;
    if (u === undefined) return undefined;
    if (ends.has(u)) {
      end = u;
      break;
    }
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
  const path = [end];
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

/** True when some decision or jump sends the flow back to an earlier step. */
export function hasLoopBack(steps: readonly Step[]): boolean {
  return flowEdges(steps).some((e) => e.loopBack);
}
