import type { Corpus, CorpusDocument, UnitPlace } from '../model/index.ts';
import { successorOf } from '../model/index.ts';
import type { ReferenceIndex } from '../references/index.ts';
import type { Role } from './roles.ts';

/**
 * What each page is made of, named: the data a page shows, so that a build after an edit renders
 * again only the pages whose inputs changed (the rest are copied from the build before, Astro's
 * incremental build; the key is a hash of these inputs, src/node/page-keys.ts).
 *
 * A page's inputs must cover everything it shows: what is left out goes stale. So the inputs are
 * generous: another document appears by the hash of its whole file, not by the title the page
 * happens to show. tests/build/page-keys.test.ts edits a document, builds on the build before, and
 * compares every page with a build made from scratch.
 */
export interface PageInputSources {
  corpus: Corpus;
  references: ReferenceIndex;
  /** Document id -> the documents it replaces. */
  supersedes: ReadonlyMap<string, readonly CorpusDocument[]>;
  /** A hash of a content file's text, by its path (`content/sop/x.mdx`, `content/organisasi.yaml`). */
  fileDigest(file: string): string | undefined;
  /** The file's revisions in git (what its revision line and history page show), as one string. */
  revisions(file: string): string;
  /** The files of the monitoring and evaluation records of an SOP (its page shows the last of them). */
  recordFiles(documentId: string): readonly string[];
  /** What a document page says of its findings (the short public note and its link to the desk). */
  note(documentId: string): unknown;
}

/** Every page's frame (src/layouts/Base.astro) shows the agencies' names: the organisation file. */
const frame = (src: PageInputSources) => ({ organisation: src.fileDigest('content/organisasi.yaml') });

/** Another document as a page shows it (a link, a title, a status): its whole file. */
const other = (src: PageInputSources, doc: CorpusDocument | undefined) => (doc ? [doc.id, src.fileDigest(doc.file)] : null);

/** The documents a document's page names besides itself: what it cites, what cites it, what carries it out or replaces it. */
function neighbours(src: PageInputSources, doc: CorpusDocument): CorpusDocument[] {
  const { corpus, references } = src;
  const cited: Array<CorpusDocument | undefined> = doc.kind === 'sop' ? doc.data.related.map((ref) => references.resolved.get(ref)?.sop) : doc.data.sopIds.map((id) => corpus.sops.get(id));
  return [
    ...cited.filter((d): d is CorpusDocument => d !== undefined),
    ...(references.backlinks.get(doc.id) ?? []),
    ...(references.standardsOf.get(doc.id) ?? []),
    ...(src.supersedes.get(doc.id) ?? []),
    ...[successorOf(doc, corpus)].filter((d): d is CorpusDocument => d !== undefined),
  ];
}

/** /sop/<id>/ and /standar-pelayanan/<id>/: the document, its place, its history line, its neighbours, its note, its records. */
export function documentPageInputs(src: PageInputSources, doc: CorpusDocument) {
  return {
    ...frame(src),
    file: src.fileDigest(doc.file),
    revisions: src.revisions(doc.file),
    // Which reference resolves to what, including those that resolve to nothing yet.
    resolved: doc.kind === 'sop' ? doc.data.related.map((ref) => src.references.resolved.get(ref)?.by ?? null) : [],
    neighbours: neighbours(src, doc).map((d) => other(src, d)),
    note: src.note(doc.id),
    records: src.recordFiles(doc.id).map((f) => [f, src.fileDigest(f)]),
  };
}

/** /…/<id>/riwayat/: the document and every revision of its file. */
export function historyPageInputs(src: PageInputSources, doc: CorpusDocument) {
  return { ...frame(src), file: src.fileDigest(doc.file), revisions: src.revisions(doc.file) };
}

/** /unit/<id>/: the documents it lists (in force, then the rest), each as an entry of its own file. */
export function unitPageInputs(src: PageInputSources, place: UnitPlace, documents: readonly CorpusDocument[]) {
  return { ...frame(src), unit: place.path.map((n) => n.id), documents: documents.map((d) => other(src, d)) };
}

/** /pelaksana/<slug>/: the SOPs the role takes part in. */
export function rolePageInputs(src: PageInputSources, role: Role) {
  return { ...frame(src), role: [role.slug, role.label, role.writtenAs], sops: role.entries.map((e) => other(src, e.sop)) };
}
