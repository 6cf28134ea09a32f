import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_FOLDERS, type CorpusDocument } from '../domain/model/index.ts';
import { documentHistory, lastCommitted, type RevisionEntry } from '../domain/history/index.ts';
import { buildState } from './build-state.ts';
import { readContentHistory, type ContentHistory } from './git-history.ts';

/**
 * Each document's revisions for its page and its /riwayat/ page, read from git once per build (kept
 * in the build state, src/node/build-state.ts) and diffed per document when a page asks.
 */
export interface DocumentHistoryView {
  /** False in a checkout without git history: the pages say so. */
  available: boolean;
  /** A shallow clone: the oldest revisions shown are not the first ones. */
  shallow: boolean;
  /** Newest first; empty when the file was never committed. */
  entries: RevisionEntry[];
  /** The newest commit of the file. */
  last?: RevisionEntry;
}

export interface HistoryCache {
  /** The content folder's git history, read once. */
  content?: Promise<ContentHistory | undefined>;
  /** File -> its revisions as the pages show them. */
  views: Map<string, Promise<DocumentHistoryView>>;
}
const cache = (): HistoryCache => (buildState().history ??= { views: new Map() });
const root = () => buildState().settings.contentRoot;

function contentHistory(): Promise<ContentHistory | undefined> {
  return (cache().content ??= readContentHistory(
    root(),
    DOCUMENT_FOLDERS.map((folder) => `content/${folder}`),
  ));
}

export function historyOf(doc: CorpusDocument): Promise<DocumentHistoryView> {
  const { views } = cache();
  const key = doc.file;
  let view = views.get(key);
  if (!view) {
    view = (async () => {
      const history = await contentHistory();
      if (!history) return { available: false, shallow: false, entries: [] };
      const current = await readFile(path.join(root(), doc.file), 'utf8');
      const entries = documentHistory(doc.kind, doc.file, history.files.get(doc.file) ?? [], current);
      const last = lastCommitted(entries);
      return { available: true, shallow: history.shallow, entries, ...(last ? { last } : {}) };
    })();
    views.set(key, view);
  }
  return view;
}

/**
 * A document's newest commit and whether its file now differs from it, read from the log alone:
 * what a PDF's revision line needs, without parsing and diffing every revision as historyOf does
 * (for 2,000 documents that cost ~3 s of every build). Undefined without git history.
 */
export async function newestRevision(doc: CorpusDocument): Promise<{ commit?: string; date?: string; workingCopy: boolean } | undefined> {
  const history = await contentHistory();
  if (!history) return undefined;
  const newest = history.files.get(doc.file)?.[0];
  const current = await readFile(path.join(root(), doc.file), 'utf8');
  if (!newest?.commit || newest.text !== current) return { workingCopy: true };
  return { commit: newest.commit, date: newest.date, workingCopy: false };
}

/** A hash of the content folder's git history (every file's commits): what the history views are made of, besides the files. */
export async function historyDigest(): Promise<string> {
  const history = await contentHistory();
  if (!history) return 'no-git';
  const hash = createHash('sha256').update(history.shallow ? 'shallow\n' : 'full\n');
  for (const [file, revisions] of [...history.files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${file} ${revisions.map((r) => r.commit).join(' ')}\n`);
  return hash.digest('base64url');
}

/**
 * When the published content last changed, ISO 8601 in UTC: the newest commit of its documents;
 * a document not committed as it is counts with its file's modification time (a checkout without
 * git history: every document does). Never the clock: two builds of one commit give one date.
 */
export async function contentUpdatedAt(docs: readonly CorpusDocument[]): Promise<string | undefined> {
  const times = await Promise.all(
    docs.map(async (doc) => {
      const newest = await newestRevision(doc);
      if (newest?.date && !newest.workingCopy) return Date.parse(newest.date);
      return (await stat(path.join(root(), doc.file))).mtimeMs;
    }),
  );
  return times.length ? new Date(Math.max(...times)).toISOString() : undefined;
}

/** A file's commits, newest first, as one string: what its revision line and history page are made of besides the file itself. */
export async function fileRevisions(): Promise<(file: string) => string> {
  const history = await contentHistory();
  if (!history) return () => 'no-git';
  return (file) => `${history.shallow ? 'shallow' : 'full'} ${(history.files.get(file) ?? []).map((r) => r.commit).join(' ')}`;
}
