import { sopTotals } from './graph.ts';
import type { Step, StandarPelayananData } from '../model/index.ts';
import { DEFAULT_PLAIN_DAY, isNumeric, type Duration, type PlainDayRule } from '../time/index.ts';
import { formatAmount, ruleLines } from '../time/index.ts';
import { timeWords } from '../../i18n/id.ts';
import { mixesDayKinds, sumDurations, type DurationTotal } from '../time/index.ts';

/**
 * An SOP's time, computed once: the page's "Perkiraan waktu total", the index entry, the viewer and
 * the validator's `waktu-total` all print this summary, so they cannot disagree.
 */
export interface TimedPath {
  /** Step numbers in order (a step repeated when a loop-back is taken). */
  path: number[];
  total: DurationTotal;
}

export interface TimeSummary {
  /** The quickest way through; when the last step cannot be reached, the path taking each loop-back once. */
  headline: TimedPath;
  reachesEnd: boolean;
  /** Every loop-back taken once, when that path is longer than the headline's. */
  rework?: TimedPath;
  /** How plain "hari" was counted. */
  plainDay: PlainDayRule;
  /** True when a total converted days, weeks or months, or counted plain "hari": the rule is printed. */
  dayRuleApplies: boolean;
  /** True when a total has calendar days beside working time (two sums, never converted into one). */
  calendarApart: boolean;
  /** Steps (numbers) with no waktu or "-". */
  stepsWithoutTime: number[];
  /** Steps whose waktu is kept as written but is not a number: "Sesuai jadwal", "Semesteran", unknown text. */
  stepsNonNumeric: number[];
  /** Steps whose waktu the transcriber inferred (`dugaan: [waktu]`) and which the totals count. */
  stepsInferredTime: number[];
  /** The rule lines to print next to the totals (empty when no day was counted). */
  rules: string[];
}

function isMissing(d: Duration | undefined): boolean {
  return !d || d.kind === 'empty';
}

/** An SOP's steps and its rule for plain "hari" (SopData has both). */
export interface TimedSop {
  steps: readonly Step[];
  dayRule?: PlainDayRule;
}

/** Per document model: a document's summary is computed once per build, whoever asks first. */
const computed = new WeakMap<object, TimeSummary>();

/**
 * Pass the document's data (SopData), so that its `hitungan_hari` is printed; a bare steps array
 * (older callers) gets the default rule's wording, its amounts still counted as they were read.
 */
export function sopTimeSummary(sop: TimedSop | readonly Step[]): TimeSummary {
  let summary = computed.get(sop);
  if (!summary) {
    const { steps, dayRule } = Array.isArray(sop) ? { steps: sop as readonly Step[], dayRule: undefined } : (sop as TimedSop);
    computed.set(sop, (summary = computeSummary(steps, dayRule ?? DEFAULT_PLAIN_DAY)));
  }
  return summary;
}

function computeSummary(steps: readonly Step[], plainDay: PlainDayRule): TimeSummary {
  // Plain "hari" in each step's duration was marked with the document's rule when it was read.
  const totals = sopTotals({ steps: steps as Step[] });
  const headline = totals.shortest ?? totals.withLoops;
  const rework =
    totals.shortest && totals.withLoops.path.length > totals.shortest.path.length ? totals.withLoops : undefined;
  const shown = rework ? [headline.total, rework.total] : [headline.total];
  return {
    headline,
    reachesEnd: totals.shortest !== undefined,
    ...(rework ? { rework } : {}),
    plainDay,
    dayRuleApplies: shown.some((x) => x.usesDayRule || x.usesPlainDay),
    calendarApart: shown.some(mixesDayKinds),
    stepsWithoutTime: steps.filter((s) => isMissing(s.duration)).map((s) => s.number),
    stepsNonNumeric: steps.filter((s) => s.duration && !isMissing(s.duration) && !isNumeric(s.duration)).map((s) => s.number),
    stepsInferredTime: steps.filter((s) => s.inferred?.includes('waktu') && s.duration && isNumeric(s.duration)).map((s) => s.number),
    rules: ruleLines(shown, plainDay),
  };
}

/** A Standar Pelayanan's promise: the sum of its named parts ("Administrasi", "Konsultasi"). */
export interface PromiseSummary {
  total: DurationTotal;
  partsWithoutTime: number;
  partsNonNumeric: number;
  rules: string[];
}

export function promiseSummary(parts: ReadonlyArray<{ duration: Duration }>, plainDay: PlainDayRule = DEFAULT_PLAIN_DAY): PromiseSummary {
  const total = sumDurations(parts.map((p) => p.duration), plainDay);
  return {
    total,
    partsWithoutTime: parts.filter((p) => isMissing(p.duration)).length,
    partsNonNumeric: parts.filter((p) => !isMissing(p.duration) && !isNumeric(p.duration)).length,
    rules: ruleLines([total], plainDay),
  };
}

/** The summary as the page prints it. */
export interface SummaryText {
  /** "± 1 hari kerja 2 jam" */
  total: string;
  /** "± 2 hari kerja 4 jam" along every loop-back once, when there is one. */
  rework?: string;
  /** "1 langkah tanpa waktu dan 2 langkah dengan waktu bukan angka (…) tidak ikut dihitung." */
  uncounted?: string;
  /** "± 1 jam + 2 langkah tak terhitung": the total in a one-line list of documents. */
  listLine: string;
  /** "Total ini memakai waktu dugaan: langkah 3." when an inferred waktu is counted. */
  inferred?: string;
  rules: string[];
}

export function summaryText(summary: TimeSummary): SummaryText {
  const total = formatAmount(summary.headline.total);
  const missing = summary.stepsWithoutTime.length;
  const nonNumeric = summary.stepsNonNumeric.length;
  return {
    total,
    ...(summary.rework ? { rework: formatAmount(summary.rework.total) } : {}),
    ...(missing || nonNumeric ? { uncounted: timeWords.uncounted(summary.stepsWithoutTime, summary.stepsNonNumeric) } : {}),
    listLine: missing || nonNumeric ? `${total} + ${timeWords.uncountedShort(missing + nonNumeric)}` : total,
    ...(summary.stepsInferredTime.length ? { inferred: timeWords.inferredTime(summary.stepsInferredTime) } : {}),
    rules: summary.rules,
  };
}

/** An SOP's total as the pages say it ("± 1 hari kerja 2 jam"): the revision history compares these. */
export const sopTotalText = (sop: TimedSop) => summaryText(sopTimeSummary(sop)).total;

/** A Standar Pelayanan's promise as the pages say it: the sum of its jangka waktu parts. */
export const promiseTotalText = (sp: Pick<StandarPelayananData, 'completionTime' | 'dayRule'>) => formatAmount(promiseSummary(sp.completionTime, sp.dayRule).total);
