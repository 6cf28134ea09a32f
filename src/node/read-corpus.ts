import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildState } from './build-state.ts';
import { eachInParallel } from './in-parallel.ts';
import type { Finding } from '../domain/findings/index.ts';
import { buildReferenceIndex, type ReferenceIndex } from '../domain/references/index.ts';
import { checkCorpus, documentRuleFindings } from '../domain/validate/index.ts';
import {
  assembleCorpus,
  DOCUMENT_FOLDERS,
  ORGANISATION_FILE,
  isRecordPath,
  parseDocument,
  parseRecord,
  RECORD_FOLDERS,
  unreadableCorpus,
  type Corpus,
  type CorpusDocument,
  type ParsedDocument,
  type ParsedRecord,
  type ReferenceDate,
  type SourceFile,
} from '../domain/model/index.ts';
import { openParseStore, type ParseStore } from './parse-store.ts';
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
 * (parseDocument), and the corpus is assembled from the kept results. Between builds the parses
 * are kept on disk by each file's text (src/node/parse-store.ts). Callers share the returned
 * corpus and must not change it.
 */
interface Memo {
  fingerprint: string;
  corpus: Promise<Corpus>;
  /** The parses kept on disk, for a process's first read of this root until it is checked (readCheckedCorpus saves it). */
  store?: ParseStore;
  /** Each document's parse, by file, with the stamp it was read at and a hash of its text. */
  documents: Map<string, KeptDocument>;
}
interface KeptDocument {
  stamp: string;
  parsed: ParsedDocument | ParsedRecord;
  digest: string;
}
/** The hash a file is kept by: in page keys, and in the parses kept between builds (src/node/parse-store.ts). */
export const textDigest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** What the reader keeps in the build state (src/node/build-state.ts). */
export interface CorpusCache {
  /** Content root -> its last read. */
  reads: Map<string, Memo>;
  /** Corpus -> a hash of every file it was read from (names and texts). */
  digests: WeakMap<Corpus, string>;
  /** Corpus -> a hash of each file it was read from, by path: what a page's cache key names. */
  fileDigests: WeakMap<Corpus, ReadonlyMap<string, string>>;
  checked: WeakMap<Corpus, CheckedCorpus>;
  /** The document-alone rules' findings, by document (keptDocumentFindings). */
  documentFindings: WeakMap<CorpusDocument, Finding[]>;
}
const cache = (): CorpusCache =>
  (buildState().corpus ??= { reads: new Map(), digests: new WeakMap(), fileDigests: new WeakMap(), checked: new WeakMap(), documentFindings: new WeakMap() });

/**
 * What the reader may read. Every file and folder under content/ must lead, through any symbolic
 * link, to a place inside the content folder: a link out of it (organisasi.yaml -> /etc/passwd, a
 * content/sop that is /etc) is refused by name and never read, so nothing outside the corpus is
 * printed or published. A link to nothing, a folder named like a document, a file that cannot be
 * read: each is one finding (corpus.ts, SourceFile.refused), never a crash.
 */
type Listed = { rel: string; refused?: SourceFile['refused'] };

const outside = (what: string): SourceFile['refused'] => ({
  code: 'tautan-keluar',
  message: `${what} tautan simbolik ke luar folder content/: tidak dibaca dan tidak diterbitkan; salin berkasnya ke dalam content/`,
});
const unreadable = (message: string): SourceFile['refused'] => ({ code: 'berkas-tak-terbaca', message });
const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'galat baca';

/*
 * Listing and stamping use the synchronous calls: at 2,000 documents and their 3,000 records the
 * dev server lists the content on every page request, and 15,000 promised lstat/realpath/stat calls
 * queued on libuv's four threads took 1.5 s a request; with synchronous calls the whole request
 * takes 0.3 s.
 */
const orUndefined =
  <T>(call: (file: string) => T) =>
  (file: string): T | undefined => {
    try {
      return call(file);
    } catch {
      return undefined;
    }
  };
const lstatOrUndefined = orUndefined((file) => lstatSync(file));
const statOrUndefined = orUndefined((file) => statSync(file));

/** Where `full` really is, if inside `boundary` (a real path); otherwise why it is refused. */
function placeOf(full: string, boundary: string, what: string): { real: string; isDirectory: boolean } | { refused: SourceFile['refused'] } {
  let real: string;
  try {
    real = realpathSync.native(full);
  } catch (error) {
    const why = { ENOENT: 'tautan simbolik yang tidak menunjuk apa pun', ELOOP: 'tautan simbolik yang berputar (menunjuk dirinya sendiri lewat tautan lain)' }[
      reason(error)
    ];
    return { refused: unreadable(`${what} ${why ?? `tidak dapat dibaca (${reason(error)})`}`) };
  }
  if (real !== boundary && !real.startsWith(boundary + path.sep)) return { refused: outside(what) };
  return { real, isDirectory: statOrUndefined(real)?.isDirectory() ?? false };
}

/** The content folder's real path, or the finding that says why there is none to read. */
function contentFolder(root: string): { boundary: string } | { refused: SourceFile['refused'] } {
  const folder = path.join(root, 'content');
  const real = orUndefined((file) => realpathSync.native(file))(folder);
  if (!real || !statOrUndefined(real)?.isDirectory())
    return {
      refused: unreadable(
        `folder content/ tidak ada di ${path.resolve(root)}: jalankan dari folder proyek, atau beri --root (SOP_CONTENT_ROOT) folder yang berisi content/`,
      ),
    };
  const top = realpathSync.native(root);
  if (real !== path.join(top, 'content') && !real.startsWith(top + path.sep)) return { refused: outside('folder content/ adalah') };
  return { boundary: real };
}

/** The entries of a folder under content/, each checked (symbolic links inside content/ only); none when the folder is absent. */
function listEntries(root: string, boundary: string, rel: string, holds: string): Listed[] {
  const listed: Listed[] = [];
  const folder = path.join(root, rel);
  if (!lstatOrUndefined(folder)) return listed; // a corpus may hold one kind only, and no records
  const place = placeOf(folder, boundary, 'folder ini');
  if ('refused' in place || !place.isDirectory) {
    listed.push({
      rel: `${rel}/`,
      refused: 'refused' in place ? place.refused! : unreadable(`ini berkas, bukan folder: ${holds} disimpan di folder ${rel}/`)!,
    });
    return listed;
  }
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    listed.push({ rel: `${rel}/`, refused: unreadable(`folder tidak dapat dibaca (${reason(error)})`)! });
    entries = [];
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const name = `${rel}/${entry.name}`;
    if (!entry.isSymbolicLink()) {
      // A folder is listed with a trailing "/": among documents the corpus reports it (nothing in it is published).
      listed.push({ rel: `${name}${entry.isDirectory() ? '/' : ''}` });
      continue;
    }
    const target = placeOf(path.join(folder, entry.name), boundary, 'berkas ini');
    listed.push('refused' in target ? { rel: name, refused: target.refused! } : { rel: `${name}${target.isDirectory ? '/' : ''}` });
  }
  return listed;
}

/** Documents, then monitoring and evaluation records (`<folder>/<sop-id>/<file>`); anything else there is listed for the reader to report. */
function listContent(root: string, boundary: string): Listed[] {
  const listed: Listed[] = [];
  for (const collection of DOCUMENT_FOLDERS) listed.push(...listEntries(root, boundary, `content/${collection}`, `dokumen ${collection}`));
  for (const folder of Object.values(RECORD_FOLDERS))
    for (const entry of listEntries(root, boundary, `content/${folder}`, `catatan ${folder}`))
      listed.push(...(entry.rel.endsWith('/') && !entry.refused ? listEntries(root, boundary, entry.rel.slice(0, -1), `catatan ${folder}`) : [entry]));
  return listed;
}

/** The organisation file, or why it is not read. */
async function organisationFile(root: string, boundary: string): Promise<SourceFile> {
  const full = path.join(root, ORGANISATION_FILE);
  const info = lstatOrUndefined(full);
  const refused = (r: SourceFile['refused']) => ({ file: ORGANISATION_FILE, text: '', refused: r! });
  if (!info)
    return refused(
      unreadable(
        `berkas organisasi tidak ada: buat ${ORGANISATION_FILE} berisi instansi, perangkat daerah dan unitnya (lihat docs/frontmatter.md); setiap dokumen menyebut unitnya dari sini`,
      ),
    );
  const place = placeOf(full, boundary, 'berkas ini');
  if ('refused' in place) return refused(place.refused);
  if (place.isDirectory) return refused(unreadable('ini folder, bukan berkas YAML'));
  return readFile(place.real, 'utf8').then(
    (text) => ({ file: ORGANISATION_FILE, text }),
    (error) => refused(unreadable(`berkas tidak dapat dibaca (${reason(error)})`)),
  );
}

export async function readCorpus(root: string): Promise<Corpus> {
  const content = contentFolder(root);
  if ('refused' in content) {
    const nothing = unreadableCorpus({ file: 'content/', text: '', refused: content.refused! });
    cache().digests.set(nothing, textDigest(content.refused!.message));
    cache().fileDigests.set(nothing, new Map());
    return nothing;
  }
  const { boundary } = content;
  const listed = listContent(root, boundary);
  const modified = new Map<string, number>();
  const stamps = [...listed, { rel: ORGANISATION_FILE }].map(({ rel, refused }: Listed) => {
    const s = refused ? undefined : statOrUndefined(path.join(root, rel));
    if (s) modified.set(rel, s.mtimeMs);
    return s ? `${rel} ${s.size} ${s.mtimeMs}` : `${rel} -`;
  });
  const fingerprint = stamps.join('\n');
  const memo = cache().reads;
  const key = path.resolve(root);
  const hit = memo.get(key);
  if (hit?.fingerprint === fingerprint) return hit.corpus;

  const kept = hit?.documents ?? new Map<string, KeptDocument>();
  const documents = new Map<string, KeptDocument>();
  const read = async ({ rel, refused }: Listed): Promise<SourceFile> => {
    if (refused) return { file: rel, text: '', refused };
    if (rel.endsWith('/')) return { file: rel, text: '' };
    return readFile(path.join(root, rel), 'utf8').then(
      (text) => ({ file: rel, text }),
      (error) => ({ file: rel, text: '', refused: unreadable(`berkas tidak dapat dibaca (${reason(error)})`)! }),
    );
  };
  // A process's first read takes the parses the build before kept on disk; a later read (the
  // dev server after a save) parses only the saved file, and keeps nothing on disk.
  const store = hit ? undefined : openParseStore();
  const corpus = (async () => {
    const parsed: ParsedDocument[] = [];
    const records: ParsedRecord[] = [];
    const asOf = readReferenceDate(root, modified);
    // The files not kept from the read before, read sixteen at a time: one after another, a
    // build of 2,000 documents waited seconds on the disk before it parsed anything.
    const texts = new Map<string, SourceFile>();
    const changed = listed.filter((entry, i) => kept.get(entry.rel)?.stamp !== stamps[i]);
    await eachInParallel(changed, 16, async (entry) => void texts.set(entry.rel, await read(entry)));
    for (const [i, entry] of listed.entries()) {
      const stamp = stamps[i]!;
      let entryKept = kept.get(entry.rel)?.stamp === stamp ? kept.get(entry.rel) : undefined;
      // A refused record is reported as any refused file is (parseDocument says why).
      const record = isRecordPath(entry.rel) && !entry.refused;
      if (!entryKept) {
        const file = texts.get(entry.rel)!;
        const digest = textDigest(file.refused ? `${file.refused.code} ${file.refused.message}` : file.text);
        let parsed = file.refused ? undefined : store?.parse(file.file, digest);
        if (!parsed) {
          parsed = record ? parseRecord(file) : parseDocument(file);
          if (!file.refused) store?.keepParse(file.file, digest, parsed);
        }
        entryKept = { stamp, parsed, digest };
      }
      documents.set(entry.rel, entryKept);
      if (record) records.push(entryKept.parsed as ParsedRecord);
      else parsed.push(entryKept.parsed as ParsedDocument);
    }
    const organisation = await organisationFile(root, boundary);
    const assembled = assembleCorpus(organisation, parsed, records, await asOf);
    const digest = textDigest(
      [...documents]
        .map(([rel, d]) => `${rel} ${d.digest}`)
        .concat(`${ORGANISATION_FILE} ${textDigest(organisation.refused?.message ?? organisation.text)}`)
        .join('\n'),
    );
    cache().digests.set(assembled, digest);
    const organisationDigest = textDigest(organisation.refused?.message ?? organisation.text);
    cache().fileDigests.set(assembled, new Map([...[...documents].map(([rel, d]) => [rel, d.digest] as const), [ORGANISATION_FILE, organisationDigest]]));
    return assembled;
  })();
  memo.set(key, { fingerprint, corpus, documents, ...(store ? { store } : {}) });
  corpus.catch(() => memo.delete(key));
  return corpus;
}

export interface CheckedCorpus {
  corpus: Corpus;
  /** A hash of every file the corpus was read from, names and texts: equal hashes, equal corpus. */
  digest: string;
  /** A hash of each file's text, by its path under the content root (`content/sop/x.mdx`). */
  fileDigests: ReadonlyMap<string, string>;
  references: ReferenceIndex;
  /** checkCorpus: reading findings and every validation rule, sorted. */
  findings: Finding[];
}

/**
 * The document-alone rules' findings, by document. readCorpus keeps the document of an unchanged
 * file, so after a save in dev these rules run again for the saved file only; the rules that
 * compare documents run over the whole corpus as before.
 */
function keptDocumentFindings(corpus: Corpus, doc: CorpusDocument, store?: ParseStore): Finding[] {
  const kept = cache().documentFindings;
  let found = kept.get(doc);
  if (found) return found;
  const digest = cache().fileDigests.get(corpus)?.get(doc.file);
  found = digest === undefined ? undefined : store?.documentFindings(doc.file, digest);
  if (!found) {
    found = documentRuleFindings(corpus, doc);
    if (digest !== undefined) store?.keepDocumentFindings(doc.file, digest, found);
  }
  kept.set(doc, found);
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
    const read = cache().reads.get(path.resolve(root));
    const store = read?.store;
    const references = buildReferenceIndex(corpus);
    checked = {
      corpus,
      digest: cache().digests.get(corpus)!,
      fileDigests: cache().fileDigests.get(corpus)!,
      references,
      findings: checkCorpus(corpus, references, (c, doc) => keptDocumentFindings(c, doc, store)),
    };
    memo.set(corpus, checked);
    // Written once, when the first read is checked: parses and the document-alone findings together.
    store?.save();
    if (read) delete read.store;
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
export function checkFilesOf(
  root: string,
  organisation: SourceFile,
  files: readonly SourceFile[],
  asOf: ReferenceDate,
  before: ParsedFiles = new Map(),
): { corpus: Corpus; findings: Finding[]; parsed: ParsedFiles } {
  const onDisk = cache().reads.get(path.resolve(root))?.documents;
  const parsed: ParsedDocument[] = [];
  const records: ParsedRecord[] = [];
  const now: ParsedFiles = new Map();
  for (const file of files) {
    const digest = textDigest(file.text);
    const key = `${file.file}\0${digest}`;
    const entry =
      onDisk?.get(file.file)?.digest === digest
        ? onDisk.get(file.file)!.parsed
        : (before.get(key) ?? (isRecordPath(file.file) ? parseRecord(file) : parseDocument(file)));
    now.set(key, entry);
    if (isRecordPath(file.file)) records.push(entry as ParsedRecord);
    else parsed.push(entry as ParsedDocument);
  }
  const corpus = assembleCorpus(organisation, parsed, records, asOf);
  return { corpus, findings: checkCorpus(corpus, buildReferenceIndex(corpus), keptDocumentFindings), parsed: now };
}
