import { pathTotal, walk, type Branch } from './flow.ts';
import type { DurationTotal } from './time/total.ts';
import type { Step } from './schema/sop.ts';

/**
 * The ways through an SOP, for a reviewer who follows one branch of a decision and wants its cost,
 * and for the walk-through that asks the reader "Ya" or "Tidak". Built on flow.walk: one flow graph.
 */
export interface PathChoice {
  /** The decision step. */
  step: number;
  branch: Branch;
}

export interface EnumeratedPath {
  /** Step numbers in the order they are done (a step repeated when a loop-back is taken). */
  steps: number[];
  /** The answer given at each decision reached, in order. */
  choices: PathChoice[];
  total: DurationTotal;
}

/** Follows the given answers in order; a decision beyond them answers "Ya". */
export function followChoices(steps: readonly Step[], branches: readonly Branch[]): { steps: number[]; choices: PathChoice[] } {
  const choices: PathChoice[] = [];
  const path = walk(steps, (step) => {
    const branch = branches[choices.length] ?? 'yes';
    choices.push({ step: step.number, branch });
    return branch;
  });
  return { steps: path, choices };
}

/**
 * Every way from the first to the last step in which each decision is reached at most `maxVisits`
 * times (2: each loop-back taken at most once). Stops at `limit` paths.
 */
export function enumeratePaths(steps: readonly Step[], maxVisits = 2, limit = 256): EnumeratedPath[] {
  const out: EnumeratedPath[] = [];
  let budget = limit * 16; // walks allowed, so that a pathological graph cannot explode
  const explore = (branches: Branch[]) => {
    if (out.length >= limit || budget-- <= 0) return;
    const { steps: path, choices } = followChoices(steps, branches);
    if (choices.length > branches.length) {
      // The walk met a decision we have not chosen for yet: try both answers there.
      const decision = choices[branches.length]!.step;
      const visits = choices.slice(0, branches.length + 1).filter((c) => c.step === decision).length;
      explore([...branches, 'yes']);
      const hasNo = steps[decision - 1]!.decision!.no !== undefined;
      if (hasNo && (visits < maxVisits || !loopsBack(steps, decision, 'no'))) explore([...branches, 'no']);
      return;
    }
    if (path[path.length - 1] === steps.length) out.push({ steps: path, choices, total: pathTotal(steps, path) });
  };
  explore([]);
  return out;
}

function loopsBack(steps: readonly Step[], decisionStep: number, branch: Branch): boolean {
  const d = steps[decisionStep - 1]!.decision!;
  const target = branch === 'yes' ? d.yes : d.no;
  return target !== undefined && target <= decisionStep;
}

export interface WalkSoFar {
  /** The steps walked so far, in order; the last is where the reader stands when nothing is pending. */
  steps: number[];
  /** The answers used, in order (at most as many as were given). */
  choices: PathChoice[];
  /** The decision reached that has no answer yet: the walk stops there (it is the last of `steps`). */
  pending?: number;
  /** True when the walk reached the last step. */
  done: boolean;
}

/**
 * The walk-through: where the answers given so far lead, stopping at the first decision that still
 * needs an answer. Built on flow.walk, like followChoices; a loop-back may be taken any number of
 * times (the walk stops only for lack of an answer).
 */
export function walkSoFar(steps: readonly Step[], branches: readonly Branch[]): WalkSoFar {
  const choices: PathChoice[] = [];
  // Each answer can lead through every step once before the next decision.
  const maxSteps = (branches.length + 2) * Math.max(steps.length, 1);
  const path = walk(
    steps,
    (step) => {
      const branch = branches[choices.length] ?? 'yes';
      choices.push({ step: step.number, branch });
      return branch;
    },
    maxSteps,
  );
  let decisions = 0;
  for (let i = 0; i < path.length; i++) {
    if (!steps[path[i]! - 1]!.decision) continue;
    if (decisions++ === branches.length)
      return { steps: path.slice(0, i + 1), choices: choices.slice(0, branches.length), pending: path[i]!, done: false };
  }
  return { steps: path, choices: choices.slice(0, branches.length), done: path[path.length - 1] === steps.length };
}
