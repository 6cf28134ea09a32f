import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildState } from './build-state.ts';
import type { Finding } from '../domain/findings/index.ts';
import { buildReferenceIndex, type ReferenceIndex } from '../domain/references/index.ts';
import { checkCorpus, documentRuleFindings } from '../domain/validate/index.ts';
import { assembleCorpus, DOCUMENT_FOLDERS, ORGANISATION_FILE, parseDocument, type Corpus, type CorpusDocument, type ParsedDocument, type SourceFile } from '../domain/model/index.ts';

/**
 * Reads the documents of a content root (the project, or a test fixture) from disk.
 *
 * One build reads the corpus several times in one process (the validation integration, the diagrams
 * integration, the pages through getSite), and parsing the frontmatter with positions is most of what
 * reading costs (~2 ms a document). So the parsed corpus is kept per content root in the build state
 * (src/node/build-state.ts: the integrations and the bundled pages share it), and parsed again
 * only when a file was added, removed or changed (name, size, modification time), and then only
 * that file is parsed again (the dev server, after a save): every document is read on its own
 * (parseDocument), and the corpus is assembled from the kept results. Callers share the returned
 * corpus and must not change it.
 */
interface Memo {
  fingerprint: string;
  corpus: Promise<Corpus>;
  /** Each document's parse, by file, with the stamp it was read at and a hash of its text. */
  documents: Map<string, KeptDocument>;
}
interface KeptDocument {
  stamp: string;
  parsed: ParsedDocument;
  digest: string;
}
const digestOf = (text: string) => createHash('sha256').update(text).digest('base64url');

/** What the reader keeps in the build state (src/node/build-state.ts). */
export interface CorpusCache {
  /** Content root -> its last read. */
  reads: Map<string, Memo>;
  /** Corpus -> a hash of every file it was read from (names and texts). */
  digests: WeakMap<Corpus, string>;
  checked: WeakMap<Corpus, CheckedCorpus>;
  /** The document-alone rules' findings, by document (keptDocumentFindings). */
  documentFindings: WeakMap<CorpusDocument, Finding[]>;
}
const cache = (): CorpusCache => (buildState().corpus ??= { reads: new Map(), digests: new WeakMap(), checked: new WeakMap(), documentFindings: new WeakMap() });

export async function readCorpus(root: string): Promise<Corpus> {
  const rels: string[] = [];
  for (const collection of DOCUMENT_FOLDERS) {
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
  const memo = cache().reads;
  const key = path.resolve(root);
  const hit = memo.get(key);
  if (hit?.fingerprint === fingerprint) return hit.corpus;

  const kept = hit?.documents ?? new Map<string, KeptDocument>();
  const documents = new Map<string, KeptDocument>();
  const read = async (rel: string): Promise<SourceFile> => ({ file: rel, text: rel.endsWith('/') ? '' : await readFile(path.join(root, rel), 'utf8') });
  const corpus = (async () => {
    const parsed: ParsedDocument[] = [];
    for (const [i, rel] of rels.entries()) {
      const stamp = stamps[i]!;
      let entry = kept.get(rel)?.stamp === stamp ? kept.get(rel) : undefined;
      if (!entry) {
        const file = await read(rel);
        entry = { stamp, parsed: parseDocument(file), digest: digestOf(file.text) };
      }
      documents.set(rel, entry);
      parsed.push(entry.parsed);
    }
    const organisation = await read(ORGANISATION_FILE).catch(() => ({ file: ORGANISATION_FILE, text: '' }));
    const assembled = assembleCorpus(organisation, parsed);
    const digest = digestOf([...documents].map(([rel, d]) => `${rel} ${d.digest}`).concat(`${ORGANISATION_FILE} ${digestOf(organisation.text)}`).join('\n'));
    cache().digests.set(assembled, digest);
    return assembled;
  })();
  memo.set(key, { fingerprint, corpus, documents });
  corpus.catch(() => memo.delete(key));
  return corpus;
}

export interface CheckedCorpus {
  corpus: Corpus;
  /** A hash of every file the corpus was read from, names and texts: equal hashes, equal corpus. */
  digest: string;
  references: ReferenceIndex;
  /** checkCorpus: reading findings and every validation rule, sorted. */
  findings: Finding[];
}

/**
 * The document-alone rules' findings, by document. readCorpus keeps the document of an unchanged
 * file, so after a save in dev these rules run again for the saved file only; the rules that
 * compare documents run over the whole corpus as before.
 */
function keptDocumentFindings(corpus: Corpus, doc: CorpusDocument): Finding[] {
  const kept = cache().documentFindings;
  let found = kept.get(doc);
  if (!found) kept.set(doc, (found = documentRuleFindings(corpus, doc)));
  return found;
}

/**
 * The corpus with its reference index and findings, computed once per corpus read: the validation
 * integration (before the build) and the pages (getSite) share them, so a build runs the rules once.
 */
export async function readCheckedCorpus(root: string): Promise<CheckedCorpus> {
  const corpus = await readCorpus(root);
  const memo = cache().checked;
  let checked = memo.get(corpus);
  if (!checked) {
    const references = buildReferenceIndex(corpus);
    checked = { corpus, digest: cache().digests.get(corpus)!, references, findings: checkCorpus(corpus, references, keptDocumentFindings) };
    memo.set(corpus, checked);
  }
  return checked;
}
