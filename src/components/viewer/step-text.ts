/**
 * How the viewer names a step, without the DOM (step-view.ts, the details panel and the
 * walk-through write these; viewer-state.test.ts tests them).
 */
import { printedAsPosition } from '../../domain/flow/index.ts';
import type { ViewerModel, ViewerStep } from '../../domain/views/index.ts';
import { fill, type Strings } from './shared.ts';

/** "Ketua Tim Kerja & Anggota Tim Kerja": the step's pelaksana. */
export const actorNames = (model: Pick<ViewerModel, 'actors'>, step: Pick<ViewerStep, 'actorIds'>, s: Strings): string =>
  step.actorIds.map((id) => model.actors.find((a) => a.id === id)?.label ?? id).join(s.together);

/** "tercetak nomor 9" when the row prints another number than its place; "" otherwise. */
export function printedNote(model: Pick<ViewerModel, 'steps'>, n: number, s: Strings): string {
  const step = model.steps[n - 1];
  if (!step || printedAsPosition(step)) return '';
  return step.printedNumber === '' ? s.unnumbered : fill(s.printedAs, { p: step.printedNumber });
}

/** " (tercetak nomor 9)" for a visible title. */
export function printedSuffix(model: Pick<ViewerModel, 'steps'>, n: number, s: Strings): string {
  const note = printedNote(model, n, s);
  return note && ` (${note})`;
}

/** What a step says when it is announced: its question when it is a decision that prints one, else its activity. */
export const stepGist = (step: Pick<ViewerStep, 'decision' | 'activity'>) => step.decision?.question ?? step.activity;
