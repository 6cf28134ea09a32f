import { flowWords as w } from '../../i18n/id.ts';
import type { RowArrow, Step } from '../model/index.ts';
import type { FlowEdge } from './graph.ts';
import { printedAsPosition } from './printed-number.ts';

/**
 * Arrows between steps in words, for every view: the official table, the step list, the print
 * estimate, and the viewer in the reader's browser ("Jika Lengkap: lanjut ke langkah 6 (No. 5)",
 * "kembali ke langkah 2", "langkah 7, bila jawabannya Tidak (putaran kembali)"). The words are
 * src/i18n/id.ts's `flowWords`.
 */

/** "langkah 8", or "langkah 8 (No. 9)" when the row prints another number than its place. */
export function stepRefOf(step: { number: number; printedNumber: string }): string {
  return printedAsPosition(step) ? w.stepRef(step.number) : w.stepRefPrinted(step.number, step.printedNumber);
}

/** How a view names the step an arrow leads to: stepRefOf on the pages, "langkah 8" in the viewer. */
export type StepRef = (n: number) => string;

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

/** Where an arrow goes: "lanjut ke langkah 6", "kembali ke langkah 2". */
export const goWords = (e: Pick<FlowEdge, 'to' | 'loopBack'>, refTo: StepRef = w.stepRef) => (e.loopBack ? w.goBack(refTo(e.to)) : w.goOn(refTo(e.to)));

/**
 * An exit in words, in three parts so that a page can make the middle one a link: `lead` "Jika
 * Lengkap: " (a branch) or "Y: " (a single labelled arrow), `go` "lanjut ke langkah 6", `tail`
 * " (garis putus-putus)" for a dashed arrow; each part may be empty but `go`.
 */
export interface ExitPhrase {
  lead: string;
  go: string;
  tail: string;
}

export function exitPhrase(e: FlowEdge, refTo: StepRef = w.stepRef): ExitPhrase {
  const lead = e.label === undefined ? '' : e.kind === 'branch' ? w.ifBranch(e.label, '') : w.labelled(e.label, '');
  return { lead, go: goWords(e, refTo), tail: e.dashed ? ` ${w.dashed}` : '' };
}

/** An exit as one text: "Jika Lengkap: lanjut ke langkah 6", "Y: lanjut ke langkah 4", "kembali ke langkah 4 (garis putus-putus)". */
export function exitWords(e: FlowEdge, refTo: StepRef = w.stepRef): string {
  const { lead, go, tail } = exitPhrase(e, refTo);
  return `${lead}${go}${tail}`;
}

/** Where the flow into a step comes from: "langkah 5", "langkah 7, bila jawabannya Tidak (putaran kembali)". */
export function entryWords(e: FlowEdge, refTo: StepRef = w.stepRef): string {
  const from = refTo(e.from);
  if (e.label) return (e.loopBack ? w.fromBranchBack : w.fromBranch)(from, e.label);
  return e.loopBack ? w.fromBack(from) : from;
}

/** The lines of `exitLines` as one text (the print estimate counts its length; the table writes the same words). */
export function exitText(lines: ExitLines, refTo: StepRef): string {
  return [
    ...(lines.oneOf ? [w.oneOf] : []),
    ...lines.choices.map((e) => exitWords(e, refTo)),
    ...(lines.parallel.length ? [w.parallel(lines.parallel.map((e) => refTo(e.to)).join(', '))] : []),
    ...(lines.onward ? [exitWords(lines.onward, refTo)] : []),
    ...(lines.stops ? [w.stops] : []),
  ].join(' · ');
}

/** The arrows drawn inside a step's row, in words: "Verifikator → Kepala Bidang (Tidak perlu peninjauan)". */
export function rowArrowWords(step: { rowArrows?: readonly RowArrow[] }, nameOf: (actorId: string) => string): string[] {
  return (step.rowArrows ?? []).map((a) => {
    const said = `${w.inRowArrow(nameOf(a.from), nameOf(a.to))}${a.label === undefined ? '' : ` (${a.label})`}`;
    return a.dashed ? `${said} ${w.dashed}` : said;
  });
}

/** The same at the start of a line: "Langkah 8 (No. 9)". */
export const stepRefTitle = (step: { number: number; printedNumber: string }) => stepRefOf(step).replace(/^./, (c) => c.toUpperCase());
