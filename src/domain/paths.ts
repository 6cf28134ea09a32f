import { pathTotal, walk, type Branch } from './flow.ts';
import type { DurationTotal } from './duration.ts';
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
