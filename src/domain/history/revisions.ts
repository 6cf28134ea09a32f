import type { DocumentKind } from '../model/index.ts';
import { KINDS, parseSource } from '../model/index.ts';
import type { SopData } from '../model/index.ts';
import type { StandarPelayananData } from '../model/index.ts';
import { promiseTotalText, sopTotalText } from '../flow/index.ts';
import { diffSop, diffStandard, type DocumentDiff } from './diff.ts';

/**
 * A document's revision history for its page: each revision of its file (newest first) with the
 * semantic diff against the revision before it. Pure: the texts come from git (src/node/git-history.ts).
 */

export interface RevisionText {
  commit: string;
  /** ISO 8601. */
  date: string;
  subject: string;
  /** Undefined when the commit deleted the file. */
  text?: string;
}

export type RevisionEntry = {
  /** Undefined for changes in the working copy that are not committed yet. */
  commit?: string;
  date?: string;
  subject: string;
} & (
  | { kind: 'first'; steps?: number; total: string }
  | { kind: 'changed'; diff: DocumentDiff }
  /** Committed, but nothing a reader sees changed (comments, layout of the YAML). */
  | { kind: 'unchanged' }
  /** The file at this revision does not read under today's schema: no diff can be made. */
  | { kind: 'unreadable' }
  | { kind: 'deleted' }
);

type Data = SopData | StandarPelayananData;

export function readRevision(kind: DocumentKind, file: string, text: string): Data | undefined {
  const source = parseSource(file, text);
  if (source.data === undefined) return undefined;
  const result = KINDS[kind].schema.safeParse(source.data);
  return result.success ? (result.data as Data) : undefined;
}

function describeFirst(kind: DocumentKind, data: Data): { steps?: number; total: string } {
  if (kind === 'sop') {
    const sop = data as SopData;
    return { steps: sop.steps.length, total: sopTotalText(sop) };
  }
  return { total: promiseTotalText(data as StandarPelayananData) };
}

/**
 * Newest first. `current` is the file as it is now: when it differs from the last commit, an entry
 * without a commit comes first ("not committed yet").
 */
export function documentHistory(kind: DocumentKind, file: string, revisions: readonly RevisionText[], current?: string): RevisionEntry[] {
  const oldestFirst = [...revisions].reverse();
  if (current !== undefined && current !== revisions[0]?.text) oldestFirst.push({ commit: '', date: '', subject: '', text: current });
  const out: RevisionEntry[] = [];
  let previous: Data | undefined;
  for (const r of oldestFirst) {
    const head = r.commit ? { commit: r.commit, date: r.date, subject: r.subject } : { subject: '' };
    if (r.text === undefined) {
      out.push({ ...head, kind: 'deleted' });
      previous = undefined;
      continue;
    }
    const data = readRevision(kind, file, r.text);
    if (!data) out.push({ ...head, kind: 'unreadable' });
    // The first revision, or the first readable one after a gap: described, not compared.
    else if (!previous) out.push({ ...head, kind: 'first', ...describeFirst(kind, data) });
    else {
      const diff = diffAny(kind, previous, data);
      out.push(diff.unchanged ? { ...head, kind: 'unchanged' } : { ...head, kind: 'changed', diff });
    }
    if (data) previous = data;
  }
  return out.reverse();
}

function diffAny(kind: DocumentKind, before: Data, after: Data): DocumentDiff {
  return kind === 'sop' ? diffSop(before as SopData, after as SopData) : diffStandard(before as StandarPelayananData, after as StandarPelayananData);
}

/** The newest committed revision: the page's "Terakhir diperbarui". */
export function lastCommitted(entries: readonly RevisionEntry[]): RevisionEntry | undefined {
  return entries.find((e) => e.commit !== undefined);
}
