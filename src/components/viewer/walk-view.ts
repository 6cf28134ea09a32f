/**
 * What the walk-through shows and says at a position, without the DOM: the heading, the notes on
 * how the reader got here, the line under a decision and the names of its branches, the time so far
 * with the steps it cannot count and the summary at the end, and what is announced. The time comes
 * from the domain (pathTotal, formatTotal): the same code the build uses for the page's totals.
 * walk.ts draws it; walk-view.test.ts tests it.
 */
import { goWords, pathTotal, shortestPath } from '../../domain/flow/index.ts';
import { formatTotal, isNumeric, ruleLines } from '../../domain/time/index.ts';
import type { ViewerModel, ViewerStep } from '../../domain/views/index.ts';
import { flowWords } from '../../i18n/id.ts';
import { fill, type Strings } from './shared.ts';
import { printedSuffix, stepGist } from './step-text.ts';
import type { WalkBranch, WalkView } from './walk-state.ts';

/** "Langkah 3 dari 10 (tercetak nomor 4)". */
export const walkHeading = (model: Pick<ViewerModel, 'steps'>, n: number, s: Strings) => fill(s.stepOf, { x: n, n: model.steps.length }) + printedSuffix(model, n, s);

/** Why the reader is here: back by an answer or a jump, and the steps handed on in parallel that the walk visits one by one. */
export function walkNotes(v: Pick<WalkView, 'arrivedBy' | 'parallel'>, s: Strings): string[] {
  const notes: string[] = [];
  if (v.arrivedBy?.loopBack) notes.push(v.arrivedBy.label ? fill(s.loopNote, { b: v.arrivedBy.label, n: v.arrivedBy.from }) : fill(s.jumpBackNote, { n: v.arrivedBy.from }));
  if (v.parallel.length) notes.push(fill(s.parallelNote, { list: v.parallel.map((m) => flowWords.stepRef(m)).join(', ') }));
  return notes;
}

/** A branch as the reader chooses it: its printed label, or where it goes when none is printed. */
export const branchName = (b: Pick<WalkBranch, 'label' | 'to' | 'loopBack'>) => b.label ?? goWords(b);

/** "Ya, Tidak atau Belum lengkap". */
const oneOf = (names: readonly string[], s: Strings) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')}${s.or}${names[names.length - 1]}`);

/** What the reader is asked at a decision: to answer its question, or, where none is printed, to pick a way. */
export const decisionPrompt = (step: Pick<ViewerStep, 'decision'>, branches: readonly WalkBranch[], s: Strings) =>
  fill(step.decision?.question === undefined ? s.choosePrompt : s.answerPrompt, { b: oneOf(branches.map(branchName), s) });

/** The line under a decision: the answer given, else what to do. */
export function decisionLine(step: Pick<ViewerStep, 'decision'>, branches: readonly WalkBranch[], s: Strings): string {
  const chosen = branches.find((b) => b.chosen);
  return chosen ? fill(s.answered, { b: branchName(chosen) }) : decisionPrompt(step, branches, s);
}

/** A branch button: its name, and where it goes after a printed label ("Tidak → kembali ke langkah 2"). */
export const branchButton = (b: WalkBranch): { name: string; goes?: string } => (b.label === undefined ? { name: branchName(b) } : { name: b.label, goes: `→ ${goWords(b)}` });

/** The time of the walk so far, and at its end how it compares with the quickest way. */
export interface WalkTime {
  /** "± 1 jam 25 menit, ditambah “Sesuai jadwal”". */
  elapsed: string;
  /** The steps walked whose time cannot be counted, each once: "langkah 4: Sesuai jadwal". */
  uncounted: string[];
  /** At an end: "Prosedur selesai. Total waktu jalur ini: …, 5 langkah dilalui. Jalur tercepat: …" and the day rule. */
  summary?: string;
}

export function walkTime(model: Pick<ViewerModel, 'steps' | 'dayRule'>, trail: readonly number[], done: boolean, s: Strings): WalkTime {
  const { steps } = model;
  const sofar = pathTotal(steps, trail);
  const elapsed = formatTotal(sofar);
  // Steps whose time cannot be counted: listed by name, so the total never hides them.
  const uncounted = [...new Set(trail)]
    .map((m) => steps[m - 1]!)
    .filter((st) => !st.duration || !isNumeric(st.duration))
    .map((st) => fill(s.variableItem, { n: st.number, text: st.duration?.kind === 'empty' || !st.timeText.trim() ? s.noTime : st.timeText }));
  if (!done) return { elapsed, uncounted };
  const quickest = shortestPath(steps);
  const quickestTotal = quickest && quickest.length < trail.length ? pathTotal(steps, quickest) : undefined;
  // The day rule goes with every total that used it, here as on the page.
  const rules = ruleLines(quickestTotal ? [sofar, quickestTotal] : [sofar], model.dayRule);
  const summary = [s.done, fill(s.doneTotal, { t: elapsed, k: trail.length }), ...(quickestTotal ? [fill(s.quickest, { t: formatTotal(quickestTotal) })] : []), ...rules].join(' ');
  return { elapsed, uncounted, summary };
}

/** Said after a move: the step reached (going back when it is not further on than `from`), and the total at an end. */
export function walkAnnouncement(model: Pick<ViewerModel, 'steps'>, v: Pick<WalkView, 'step' | 'done'>, elapsed: string, s: Strings, from?: number): string {
  const n = v.step;
  const said = fill(from !== undefined && n <= from ? s.announceBack : s.announceStep, { x: n, n: model.steps.length, text: stepGist(model.steps[n - 1]!) });
  return v.done ? `${said} ${fill(s.announceDone, { t: elapsed })}` : said;
}
