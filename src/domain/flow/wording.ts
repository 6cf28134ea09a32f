import { ui } from '../../i18n/id.ts';
import type { Step } from '../model/index.ts';
import type { FlowEdge } from './graph.ts';
import { printedAsPosition } from './printed-number.ts';

/** "langkah 8", or "langkah 8 (No. 9)" when the row prints another number than its place. */
export function stepRefOf(step: { number: number; printedNumber: string }): string {
  return printedAsPosition(step) ? ui.stepRef(step.number) : ui.stepRefPrinted(step.number, step.printedNumber);
}

/**
 * What the text beside a step says about where the flow goes from it, in the order printed:
 * - `choice`: one line per branch of a decision (labelled or not); `oneOf` when nothing printed says it
 *   is a choice (no question, a branch without label), so the lines are introduced as alternatives;
 * - `parallel`: one line for jumps done at the same time;
 * - `onward`: the only exit, when the table must say something about it (a jump, a label printed on
 *   it, a dashed line); a plain arrow to the next row says nothing;
 * - `stops`: the flow ends here in mid-table.
 */
export interface ExitLines {
  oneOf: boolean;
  choices: FlowEdge[];
  parallel: FlowEdge[];
  onward?: FlowEdge;
  stops: boolean;
}

export function exitLines(step: Step, edges: readonly FlowEdge[], stepCount: number): ExitLines {
  const out = edges.filter((e) => e.from === step.number);
  if (step.decision)
    return { oneOf: step.decision.question === undefined && out.some((e) => e.label === undefined), choices: out, parallel: [], stops: false };
  const jumps = out.filter((e) => e.kind === 'jump');
  const only = out.length === 1 ? out[0]! : undefined;
  const says = only && (only.kind === 'jump' || only.label !== undefined || only.dashed);
  return {
    oneOf: false,
    choices: [],
    parallel: jumps.length > 1 ? jumps : [],
    ...(says && { onward: only }),
    stops: !!step.ends && step.number < stepCount,
  };
}

/**
 * Where an edge leads, in words: "Jika Lengkap: lanjut ke langkah 6" for a branch, "Y: lanjut ke
 * langkah 4" for a single labelled arrow, "kembali ke langkah 4 (garis putus-putus)".
 */
export function exitWords(e: FlowEdge, refTo: (n: number) => string): string {
  const go = e.loopBack ? ui.flowGoBack(refTo(e.to)) : ui.flowGoOn(refTo(e.to));
  const said = e.label === undefined ? go : e.kind === 'branch' ? ui.flowIf(e.label, go) : ui.flowLabelled(e.label, go);
  return e.dashed ? `${said} ${ui.flowDashed}` : said;
}

/** The lines of `exitLines` as one text (the print estimate counts its length; the table writes the same words). */
export function exitText(lines: ExitLines, refTo: (n: number) => string): string {
  return [
    ...(lines.oneOf ? [ui.flowOneOf] : []),
    ...lines.choices.map((e) => exitWords(e, refTo)),
    ...(lines.parallel.length ? [ui.flowParallel(lines.parallel.map((e) => refTo(e.to)).join(', '))] : []),
    ...(lines.onward ? [exitWords(lines.onward, refTo)] : []),
    ...(lines.stops ? [ui.flowStops] : []),
  ].join(' · ');
}

/** The arrows drawn inside a step's row, in words: "Verifikator → Kepala Bidang (Tidak perlu peninjauan)". */
export function rowArrowWords(step: Step, nameOf: (actorId: string) => string): string[] {
  return (step.rowArrows ?? []).map((a) => {
    const said = `${ui.flowInRowArrow(nameOf(a.from), nameOf(a.to))}${a.label === undefined ? '' : ` (${a.label})`}`;
    return a.dashed ? `${said} ${ui.flowDashed}` : said;
  });
}

/** The same at the start of a line: "Langkah 8 (No. 9)". */
export const stepRefTitle = (step: { number: number; printedNumber: string }) => stepRefOf(step).replace(/^./, (c) => c.toUpperCase());
