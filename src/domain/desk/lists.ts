import type { Corpus, CorpusDocument } from '../model/index.ts';
import type { PartialDate } from '../dates/index.ts';
import { locate, successorOf } from '../model/index.ts';
import { summaryText } from '../flow/index.ts';
import { normaliseSopTitle } from '../references/index.ts';
import { promiseComparisons, withdrawnCitations, type ComplianceReport, type DocumentRef, type PromiseVerdict } from '../validate/index.ts';
import type { DeskAgency } from './units.ts';

/**
 * The desk's lists across units: titles cited but not published (the gap list), citations of
 * documents no longer in force, each Standar Pelayanan's promise against its SOPs. Each entry names
 * the units it concerns, so that the overview can filter it by unit.
 */

export interface DeskRef extends DocumentRef {
  unitId: string;
  agencyId: string;
}

/** A title cited by documents here and published nowhere here, with every document citing it. */
export interface GapEntry {
  title: string;
  citedBy: Array<DeskRef & { file: string; line: number }>;
}

/** The gap list, the most cited first (ties by title); the citing documents in the units' order, then by title. */
export function gapList(
  report: ComplianceReport,
  place: (documentId: string) => { unitId: string; agencyId: string },
  order: (unitId: string) => number,
): GapEntry[] {
  return report.unresolved
    .map((u) => ({
      title: u.title,
      citedBy: u.citedBy
        .map((c) => ({ ...c, ...place(c.documentId) }))
        .sort((a, b) => order(a.unitId) - order(b.unitId) || a.title.localeCompare(b.title, 'id')),
    }))
    .sort((a, b) => b.citedBy.length - a.citedBy.length || a.title.localeCompare(b.title, 'id'));
}

/** A document in force citing a document that was superseded or revoked. */
export interface WithdrawnEntry {
  citing: DeskRef;
  file: string;
  line: number;
  /** The reference as printed, when it names the document otherwise than its title does. */
  printed?: string;
  target: DocumentRef;
  status: 'superseded' | 'revoked';
  successor?: DocumentRef;
  since?: PartialDate;
}

export function withdrawnList(corpus: Corpus, ref: (doc: CorpusDocument) => DeskRef, order: (unitId: string) => number): WithdrawnEntry[] {
  return withdrawnCitations(corpus)
    .map((c): WithdrawnEntry => {
      const successor = successorOf(c.target, corpus);
      const since = c.target.data.lifecycle.withdrawnOn;
      return {
        citing: ref(c.doc),
        file: c.doc.file,
        line: locate(c.doc.source, c.path).line,
        ...(normaliseSopTitle(c.printed) === normaliseSopTitle(c.target.data.title) ? {} : { printed: c.printed }),
        target: ref(c.target),
        status: c.target.data.lifecycle.status === 'revoked' ? 'revoked' : 'superseded',
        ...(successor ? { successor: ref(successor) } : {}),
        ...(since ? { since } : {}),
      };
    })
    .sort((a, b) => order(a.citing.unitId) - order(b.citing.unitId) || a.citing.title.localeCompare(b.citing.title, 'id') || a.line - b.line);
}

/** A Standar Pelayanan's promise (as written, part by part) against the time of each SOP it names. */
export interface PromiseEntry {
  sp: DeskRef;
  promised: Array<{ label: string; text: string }>;
  /** Whether the promise has a number to compare with. */
  comparable: boolean;
  sops: Array<{ sop: DocumentRef; total: string; rework?: string; verdict?: PromiseVerdict }>;
  /** The worst verdict of its SOPs: what the list sorts by. */
  worst: PromiseVerdict | 'no-sop' | 'not-comparable';
}

const RANK: Record<PromiseEntry['worst'], number> = { exceeds: 0, 'exceeds-with-loops': 1, 'no-sop': 2, 'not-comparable': 3, fits: 4 };

/** A Standar Pelayanan carried out by an SOP that takes longer than it promises (with or without its loop-backs). */
export const breaksPromise = (p: PromiseEntry) => p.worst === 'exceeds' || p.worst === 'exceeds-with-loops';

/** Every Standar Pelayanan, those whose SOPs take longer than promised first. */
export function promiseList(corpus: Corpus, ref: (doc: CorpusDocument) => DeskRef): PromiseEntry[] {
  return promiseComparisons(corpus)
    .map((c): PromiseEntry => {
      const sops = c.sops.map(({ sop, summary, verdict }) => {
        const text = summaryText(summary);
        return { sop: ref(sop), total: text.total, ...(text.rework ? { rework: text.rework } : {}), ...(verdict ? { verdict } : {}) };
      });
      const verdicts = sops.map((s) => s.verdict).filter((v): v is PromiseVerdict => v !== undefined);
      const worst: PromiseEntry['worst'] =
        sops.length === 0 ? 'no-sop' : !c.promise ? 'not-comparable' : (verdicts.sort((a, b) => RANK[a] - RANK[b])[0] ?? 'fits');
      return {
        sp: ref(c.sp),
        promised: c.sp.data.completionTime.map((p) => ({ label: p.label, text: p.timeText })),
        comparable: c.promise !== undefined,
        sops,
        worst,
      };
    })
    .sort((a, b) => RANK[a.worst] - RANK[b.worst] || a.sp.title.localeCompare(b.sp.title, 'id'));
}

/** The desk's monitoring lists, in the units' order: SOPs in force never monitored, overdue, told to revise and unchanged; and how many SOPs are in force. */
export function monitoringLists(agencies: readonly DeskAgency[]) {
  const sops = agencies.flatMap((a) => a.units.flatMap((unit) => unit.sops.map((m) => ({ unit, m }))));
  return {
    inForce: sops.length,
    never: sops.filter(({ m }) => m.state === 'never'),
    overdue: sops.filter(({ m }) => m.state === 'overdue'),
    reviseUnchanged: sops.filter(({ m }) => m.reviseUnchanged),
  };
}
