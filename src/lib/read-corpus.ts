import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ORGANISATION_FILE, parseCorpus, type Corpus, type SourceFile } from '../domain/corpus.ts';

/**
 * Reads the documents of a content root (the project, or a test fixture) from disk.
 *
 * One build reads the corpus several times in one process (the validation integration, the diagrams
 * integration, the pages through getSite), and parsing the frontmatter with positions is most of what
 * reading costs (~2 ms a document). So the parsed corpus is kept per content root, on globalThis (the
 * integrations and the bundled pages are two copies of this module in one process), and parsed again
 * only when a file was added, removed or changed (name, size, modification time). Callers share the
 * returned corpus and must not change it.
 */
interface Memo {
  fingerprint: string;
  corpus: Promise<Corpus>;
}
const MEMO_KEY = Symbol.for('sop-portal.read-corpus');
const g = globalThis as typeof globalThis & { [MEMO_KEY]?: Map<string, Memo> };

export async function readCorpus(root: string): Promise<Corpus> {
  const rels: string[] = [];
  for (const collection of ['sop', 'standar-pelayanan']) {
    const entries = await readdir(path.join(root, 'content', collection), { withFileTypes: true }).catch(() => []);
    // A folder is listed with a trailing "/": the corpus reports it (nothing in it is published).
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1)))
      if (!entry.name.startsWith('.')) rels.push(`content/${collection}/${entry.name}${entry.isDirectory() ? '/' : ''}`);
  }
  const stamps = await Promise.all(
    [...rels, ORGANISATION_FILE].map(async (rel) => {
      const s = await stat(path.join(root, rel)).catch(() => undefined);
      return s ? `${rel} ${s.size} ${s.mtimeMs}` : `${rel} -`;
    }),
  );
  const fingerprint = stamps.join('\n');
  const memo = (g[MEMO_KEY] ??= new Map());
  const key = path.resolve(root);
  const hit = memo.get(key);
  if (hit?.fingerprint === fingerprint) return hit.corpus;

  const read = async (rel: string): Promise<SourceFile> => ({ file: rel, text: rel.endsWith('/') ? '' : await readFile(path.join(root, rel), 'utf8') });
  const corpus = (async () => {
    const documents: SourceFile[] = [];
    for (const rel of rels) documents.push(await read(rel));
    const organisation = await read(ORGANISATION_FILE).catch(() => ({ file: ORGANISATION_FILE, text: '' }));
    return parseCorpus(organisation, documents);
  })();
  memo.set(key, { fingerprint, corpus });
  corpus.catch(() => memo.delete(key));
  return corpus;
}
