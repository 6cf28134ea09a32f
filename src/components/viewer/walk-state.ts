/**
 * The walk-through as a pure state machine: the state is the answers given (one branch index per
 * decision reached, in order) and the reader's position on the path they lead to. Every change is a
 * function from state to state, and `viewWalk` says everything the page shows; walk.ts only turns
 * that into DOM. No DOM here, so it is tested without a browser (tests/domain/walk-state.test.ts).
 */
import { flowEdges, type FlowEdge } from '../../domain/flow/index.ts';
import { walkSoFar, type WalkSoFar } from '../../domain/flow/index.ts';
import type { Step } from '../../domain/model/index.ts';

export interface WalkState {
  /** Branch index (in `decision.branches`) chosen at each decision reached, in order. */
  readonly answers: readonly number[];
  /** Index into the walked path of the step the reader stands on. */
  readonly pos: number;
}

export const START: WalkState = { answers: [], pos: 0 };

export interface WalkBranch {
  /** Index in `decision.branches`: what `answer()` takes. */
  index: number;
  /** As printed: "Ya", "Lengkap", "Ada aksi koreksi"; absent when the exit prints no label. */
  label?: string;
  to: number;
  /** The branch goes back to this step or an earlier one. */
  loopBack: boolean;
  /** The reader chose this branch here. */
  chosen: boolean;
}

export interface WalkView {
  /** The step the reader stands on. */
  step: number;
  /** The steps walked up to and including the current one. */
  trail: number[];
  /** One per branch, in the printed order; empty when the step is no decision. */
  branches: WalkBranch[];
  /** At a decision that has no answer yet: "Berikutnya" cannot go on, a branch must be chosen. */
  needsAnswer: boolean;
  /** How the reader got here when it was by a labelled branch or by going back to an earlier step. */
  arrivedBy?: { from: number; label?: string; loopBack: boolean };
  /** The steps this one hands on to in parallel ("lanjut" to several steps); the walk visits them one by one. */
  parallel: number[];
  canBack: boolean;
  canForward: boolean;
  /** The reader stands on an end of the procedure. */
  done: boolean;
}

interface Walked {
  w: WalkSoFar;
  pos: number;
  edges: FlowEdge[];
}

function walked(steps: readonly Step[], state: WalkState): Walked {
  const w = walkSoFar(steps, state.answers);
  return { w, pos: Math.max(0, Math.min(state.pos, w.steps.length - 1)), edges: flowEdges(steps) };
}

/** How many decisions come before position `pos` of the path: the index of the answer used there. */
const answerIndex = (steps: readonly Step[], path: readonly number[], pos: number) =>
  path.slice(0, pos).filter((n) => steps[n - 1]!.decision).length;

export function viewWalk(steps: readonly Step[], state: WalkState): WalkView {
  const { w, pos, edges } = walked(steps, state);
  const path = w.steps;
  const n = path[pos]!;
  const step = steps[n - 1]!;
  const k = answerIndex(steps, path, pos);
  const answer = step.decision ? state.answers[k] : undefined;
  const branches: WalkBranch[] = (step.decision?.branches ?? []).map((b, index) => ({
    index,
    ...(b.label !== undefined && { label: b.label }),
    to: b.to,
    loopBack: b.to <= n,
    chosen: answer === index,
  }));
  const needsAnswer = !!step.decision && answer === undefined;
  const done = w.done && pos === path.length - 1;

  let arrivedBy: WalkView['arrivedBy'];
  if (pos > 0) {
    const from = path[pos - 1]!;
    const prior = steps[from - 1]!;
    const label = prior.decision ? prior.decision.branches[state.answers[answerIndex(steps, path, pos - 1)] ?? 0]?.label : undefined;
    if (label !== undefined || n <= from) arrivedBy = { from, ...(label !== undefined && { label }), loopBack: n <= from };
  }
  const out = edges.filter((e) => e.from === n && e.kind === 'jump');
  return {
    step: n,
    trail: path.slice(0, pos + 1),
    branches,
    needsAnswer,
    ...(arrivedBy && { arrivedBy }),
    parallel: out.length > 1 ? out.map((e) => e.to) : [],
    canBack: pos > 0,
    canForward: !done && !needsAnswer && pos < path.length - 1,
    done,
  };
}

/** "Berikutnya": one step on along the answers given; nothing at a decision without an answer or at the end. */
export function forward(steps: readonly Step[], state: WalkState): WalkState {
  return viewWalk(steps, state).canForward ? { ...state, pos: state.pos + 1 } : state;
}

/** "Sebelumnya": one step back along the path walked (the answers are kept until changed). */
export function back(state: WalkState): WalkState {
  return state.pos > 0 ? { ...state, pos: state.pos - 1 } : state;
}

/** A branch button at the current decision: replaces that answer (and drops the later ones), then steps on. */
export function answer(steps: readonly Step[], state: WalkState, branch: number): WalkState {
  const { w, pos } = walked(steps, state);
  const step = steps[w.steps[pos]! - 1]!;
  if (!step.decision || branch < 0 || branch >= step.decision.branches.length) return state;
  const k = answerIndex(steps, w.steps, pos);
  const answers = [...state.answers.slice(0, k), branch];
  const next = walkSoFar(steps, answers);
  // The walk may stop right here when the branch leads nowhere (an invalid target): stay put.
  return { answers, pos: next.steps.length > pos + 1 ? pos + 1 : pos };
}
