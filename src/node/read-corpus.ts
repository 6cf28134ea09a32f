import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildState } from './build-state.ts';
import type { Finding } from '../domain/findings/index.ts';
import { buildReferenceIndex, type ReferenceIndex } from '../domain/references/index.ts';
import { checkCorpus, documentRuleFindings } from '../domain/validate/index.ts';
import { assembleCorpus, ORGANISATION_FILE, isRecordPath, parseDocument, parseRecord, RECORD_FOLDERS, type Corpus, type CorpusDocument, type ParsedDocument, type ParsedRecord, type ReferenceDate, type SourceFile } from '../domain/model/index.ts';
import { readReferenceDate } from './reference-date.ts';

/**
 * Reads the documents and the monitoring and evaluation records of a content root (the project,
 * or a test fixture) from disk, with the content's reference date (src/node/reference-date.ts).
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
  parsed: ParsedDocument | ParsedRecord;
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

/** A folder's entries, sorted, hidden ones left out; a subfolder ends in "/". */
async function listFolder(root: string, rel: string): Promise<string[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((e) => `${rel}/${e.name}${e.isDirectory() ? '/' : ''}`);
}

/** Documents, then monitoring and evaluation records (`<folder>/<sop-id>/<file>`); anything else there is listed for the reader to report. */
async function contentFiles(root: string): Promise<string[]> {
  const rels: string[] = [];
  // A folder among the documents is listed with a trailing "/": the corpus reports it (nothing in it is published).
  for (const collection of ['sop', 'standar-pelayanan']) rels.push(...(await listFolder(root, `content/${collection}`)));
  for (const folder of Object.values(RECORD_FOLDERS))
    for (const entry of await listFolder(root, `content/${folder}`))
      rels.push(...(entry.endsWith('/') ? await listFolder(root, entry.slice(0, -1)) : [entry]));
  return rels;
}

export async function readCorpus(root: string): Promise<Corpus> {
  const rels = await contentFiles(root);
  const modified = new Map<string, number>();
  const stamps = await Promise.all(
    [...rels, ORGANISATION_FILE].map(async (rel) => {
      const s = await stat(path.join(root, rel)).catch(() => undefined);
      if (s) modified.set(rel, s.mtimeMs);
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
    const records: ParsedRecord[] = [];
    const asOf = readReferenceDate(root, modified);
    for (const [i, rel] of rels.entries()) {
      const stamp = stamps[i]!;
      let entry = kept.get(rel)?.stamp === stamp ? kept.get(rel) : undefined;
      if (!entry) {
        const file = await read(rel);
        entry = { stamp, parsed: isRecordPath(rel) ? parseRecord(file) : parseDocument(file), digest: digestOf(file.text) };
      }
      documents.set(rel, entry);
      if (isRecordPath(rel)) records.push(entry.parsed as ParsedRecord);
      else parsed.push(entry.parsed as ParsedDocument);
    }
    const organisation = await read(ORGANISATION_FILE).catch(() => ({ file: ORGANISATION_FILE, text: '' }));
    const assembled = assembleCorpus(organisation, parsed, records, await asOf);
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

/** Files parsed from texts other than the disk's, by name and text hash (checkFilesOf). */
export type ParsedFiles = Map<string, ParsedDocument | ParsedRecord>;

/**
 * The findings of the corpus as other file texts give it (the content at a past commit,
 * src/node/finding-history.ts): a file whose text is the one read from disk is not parsed again,
 * nor one in `before` (the parses of the previous call, which the caller keeps: the month before
 * shares most files); the document-alone rules are kept per document as for the corpus on disk.
 * `root` names the corpus on disk whose reads are reused. Returns this call's parses for the next.
 */
export function checkFilesOf(root: string, organisation: SourceFile, files: readonly SourceFile[], asOf: ReferenceDate, before: ParsedFiles = new Map()): { corpus: Corpus; findings: Finding[]; parsed: ParsedFiles } {
  const onDisk = cache().reads.get(path.resolve(root))?.documents;
  const parsed: ParsedDocument[] = [];
  const records: ParsedRecord[] = [];
  const now: ParsedFiles = new Map();
  for (const file of files) {
    const digest = digestOf(file.text);
    const key = `${file.file}\0${digest}`;
    const entry = onDisk?.get(file.file)?.digest === digest ? onDisk.get(file.file)!.parsed : (before.get(key) ?? (isRecordPath(file.file) ? parseRecord(file) : parseDocument(file)));
    now.set(key, entry);
    if (isRecordPath(file.file)) records.push(entry as ParsedRecord);
    else parsed.push(entry as ParsedDocument);
  }
  const corpus = assembleCorpus(organisation, parsed, records, asOf);
  return { corpus, findings: checkCorpus(corpus, buildReferenceIndex(corpus), keptDocumentFindings), parsed: now };
}
