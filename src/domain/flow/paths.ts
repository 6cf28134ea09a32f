import { branchLoopsBack, flowEdges, isEnd, pathTotal, walk } from './graph.ts';
import type { DurationTotal } from '../time/index.ts';
import type { Step } from '../model/index.ts';

/**
 * The ways through an SOP, for a reviewer who follows one branch of a decision and wants its cost,
 * and for the walk-through that offers one button per branch. Built on flow.walk: one flow graph.
 * An answer is the index of the branch taken in `decision.branches` (0 = the first printed).
 */
export interface PathChoice {
  /** The decision step. */
  step: number;
  /** Index in the decision's branches. */
  branch: number;
  /** The branch's printed label. */
  label: string;
}

export interface EnumeratedPath {
  /** Step numbers in the order they are done (a step repeated when a loop-back is taken). */
  steps: number[];
  /** The answer given at each decision reached, in order. */
  choices: PathChoice[];
  total: DurationTotal;
}

const choice = (step: Step, branch: number): PathChoice => ({ step: step.number, branch, label: step.decision!.branches[branch]?.label ?? '' });

/** Follows the given answers in order; a decision beyond them takes its first branch. */
export function followChoices(steps: readonly Step[], answers: readonly number[]): { steps: number[]; choices: PathChoice[] } {
  const choices: PathChoice[] = [];
  const path = walk(steps, (step) => {
    const branch = answers[choices.length] ?? 0;
    choices.push(choice(step, branch));
    return branch;
  });
  return { steps: path, choices };
}

const endsAt = (steps: readonly Step[], path: readonly number[]) => {
  const last = path[path.length - 1];
  return last !== undefined && isEnd(steps[last - 1]!, steps.length);
};

/**
 * Every way from the first step to an end in which each decision is reached at most `maxVisits`
 * times (2: each loop-back taken at most once). Stops at `limit` paths.
 */
export function enumeratePaths(steps: readonly Step[], maxVisits = 2, limit = 256): EnumeratedPath[] {
  const out: EnumeratedPath[] = [];
  const edges = flowEdges(steps);
  const returnsTo = (decision: number, to: number) => branchLoopsBack(steps, edges, decision, to);
  let budget = limit * 16; // walks allowed, so that a pathological graph cannot explode
  const explore = (answers: number[]) => {
    if (out.length >= limit || budget-- <= 0) return;
    const { steps: path, choices } = followChoices(steps, answers);
    if (choices.length > answers.length) {
      // The walk met a decision we have not chosen for yet: try each branch there.
      const decision = choices[answers.length]!.step;
      const visits = choices.slice(0, answers.length + 1).filter((c) => c.step === decision).length;
      // A branch that comes back here (straight back, or through a jump) is taken while visits allow.
      steps[decision - 1]!.decision!.branches.forEach((b, i) => {
        if (visits < maxVisits || !returnsTo(decision, b.to)) explore([...answers, i]);
      });
      return;
    }
    if (endsAt(steps, path)) out.push({ steps: path, choices, total: pathTotal(steps, path) });
  };
  explore([]);
  return out;
}

export interface WalkSoFar {
  /** The steps walked so far, in order; the last is where the reader stands when nothing is pending. */
  steps: number[];
  /** The answers used, in order (at most as many as were given). */
  choices: PathChoice[];
  /** The decision reached that has no answer yet: the walk stops there (it is the last of `steps`). */
  pending?: number;
  /** True when the walk reached an end (the last step, or a step marked `selesai`). */
  done: boolean;
}

/**
 * The walk-through: where the answers given so far lead, stopping at the first decision that still
 * needs an answer. Built on flow.walk, like followChoices; a loop-back may be taken any number of
 * times (the walk stops only for lack of an answer).
 */
export function walkSoFar(steps: readonly Step[], answers: readonly number[]): WalkSoFar {
  const choices: PathChoice[] = [];
  const edges = flowEdges(steps);
  // Each answer can lead through every step once before the next decision.
  const maxSteps = (answers.length + 2) * Math.max(steps.length, 1);
  const path = walk(
    steps,
    (step) => {
      const branch = answers[choices.length] ?? 0;
      choices.push(choice(step, branch));
      return branch;
    },
    maxSteps,
    edges,
  );
  let decisions = 0;
  for (let i = 0; i < path.length; i++) {
    if (!steps[path[i]! - 1]!.decision) continue;
    if (decisions++ === answers.length)
      return { steps: path.slice(0, i + 1), choices: choices.slice(0, answers.length), pending: path[i]!, done: false };
  }
  return { steps: path, choices: choices.slice(0, answers.length), done: endsAt(steps, path) };
}
