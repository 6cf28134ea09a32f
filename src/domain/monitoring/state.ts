import { addMonths, isInForce, type Corpus, type EvaluationRecord, type MonitoredStep, type MonitoringRecord, type SopDocument, type Step } from '../model/index.ts';
import type { PartialDate } from '../dates/index.ts';

/**
 * The monitoring cycle of each SOP (Permenpan-RB 35/2012): monitored regularly every six months and
 * evaluated to keep, revise or revoke it. From the records and the reference date, for the SOP's
 * page (when it was last monitored and evaluated, the steps found not working) and the reviewer's
 * desk (never monitored, overdue, told to revise and unchanged since).
 */
export const MONITORING_INTERVAL_MONTHS = 6;

export type MonitoringState = 'never' | 'overdue' | 'current';

export interface SopMonitoring {
  sop: SopDocument;
  /** Oldest first. */
  monitorings: MonitoringRecord[];
  evaluations: EvaluationRecord[];
  last?: MonitoringRecord;
  lastEvaluation?: EvaluationRecord;
  /**
   * `never`: no monitoring record; `overdue`: the last one is more than six months before the
   * reference date; `current` otherwise (and whenever the corpus has no reference date).
   */
  state: MonitoringState;
  /** Six months after the last monitoring: the day the next one is due. */
  due?: string;
  /** The steps the last monitoring found "tidak berjalan dengan baik", with the SOP's step. */
  notWorking: Array<{ entry: MonitoredStep; step: Step }>;
  /** The SOP's printed revision date is after the last monitoring: it saw an earlier version. */
  revisedSinceMonitoring: boolean;
  /** The last evaluation says "direvisi" and the SOP's printed dates are not after it. */
  reviseUnchanged: boolean;
}

/** The date the SOP as published carries: its latest printed revision, effective or drafting date. */
export function versionDate(sop: SopDocument): PartialDate | undefined {
  const { created, revised, effective } = sop.data.dates;
  return [revised, effective, created].filter((d): d is PartialDate => d !== undefined).sort((a, b) => b.iso.localeCompare(a.iso))[0];
}

/**
 * Whether a printed date lies after a record's day. A month-only date ("2026-03") in the record's
 * own month counts as after: the document may have changed later that month, and a reviewer is
 * not told "unchanged" on a guess.
 */
export function printedAfter(date: PartialDate | undefined, day: string): boolean {
  if (!date) return false;
  return date.day === undefined ? date.iso >= day.slice(0, 7) : date.iso > day;
}

/** Every published SOP's monitoring cycle, by SOP id ("sop/x"). */
export function monitoringStates(corpus: Corpus): Map<string, SopMonitoring> {
  const out = new Map<string, SopMonitoring>();
  const monitorings = groupBySop(corpus.monitoring);
  const evaluations = groupBySop(corpus.evaluations);
  for (const sop of corpus.sops.values()) {
    const mine = monitorings.get(sop.slug) ?? [];
    const evaluated = evaluations.get(sop.slug) ?? [];
    const last = mine[mine.length - 1];
    const lastEvaluation = evaluated[evaluated.length - 1];
    const due = last ? addMonths(last.data.date.iso, MONITORING_INTERVAL_MONTHS) : undefined;
    const state: MonitoringState = !last ? 'never' : corpus.asOf && due! < corpus.asOf.iso ? 'overdue' : 'current';
    const version = versionDate(sop);
    out.set(sop.id, {
      sop,
      monitorings: mine,
      evaluations: evaluated,
      ...(last ? { last } : {}),
      ...(lastEvaluation ? { lastEvaluation } : {}),
      state,
      ...(due ? { due } : {}),
      notWorking: (last?.data.steps ?? []).filter((e) => !e.working && sop.data.steps[e.step - 1]).map((entry) => ({ entry, step: sop.data.steps[entry.step - 1]! })),
      revisedSinceMonitoring: last ? printedAfter(version, last.data.date.iso) : false,
      reviseUnchanged: lastEvaluation?.data.conclusion === 'revise' && isInForce(sop) && !printedAfter(version, lastEvaluation.data.date.iso),
    });
  }
  return out;
}

function groupBySop<R extends { sopSlug: string }>(records: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of records) {
    const list = out.get(r.sopSlug);
    if (list) list.push(r);
    else out.set(r.sopSlug, [r]);
  }
  return out;
}
