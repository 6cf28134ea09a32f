import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, type CorpusDocument } from '../domain/corpus.ts';
import { documentHistory, lastCommitted, type RevisionEntry } from '../domain/history/revisions.ts';
import { readContentHistory, type ContentHistory } from './git-history.ts';

/**
 * Each document's revisions for its page and its /riwayat/ page, read from git once per build (on
 * globalThis: the pages are bundled apart from this module's other copies) and diffed per document
 * when a page asks.
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

const KEY = Symbol.for('sop-portal.content-history');
const g = globalThis as typeof globalThis & { [KEY]?: Map<string, Promise<ContentHistory | undefined>> };
const root = () => path.resolve(process.env.SOP_CONTENT_ROOT ?? process.cwd());

function contentHistory(): Promise<ContentHistory | undefined> {
  const memo = (g[KEY] ??= new Map());
  let history = memo.get(root());
  if (!history) memo.set(root(), (history = readContentHistory(root(), [`content/${COLLECTIONS.sop}`, `content/${COLLECTIONS.sp}`])));
  return history;
}

const views = new Map<string, Promise<DocumentHistoryView>>();

export function historyOf(doc: CorpusDocument): Promise<DocumentHistoryView> {
  const key = `${root()}\n${doc.file}`;
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

/** A hash of the content folder's git history (every file's commits): what the history views are made of, besides the files. */
export async function historyDigest(): Promise<string> {
  const history = await contentHistory();
  if (!history) return 'no-git';
  const hash = createHash('sha256').update(history.shallow ? 'shallow\n' : 'full\n');
  for (const [file, revisions] of [...history.files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${file} ${revisions.map((r) => r.commit).join(' ')}\n`);
  return hash.digest('base64url');
}
