import type { Corpus, CorpusDocument, SopDocument } from '../model/index.ts';
import type { RelatedRef } from '../model/index.ts';

/** "061/ 1625.1 /DISKOPUKM" -> "061/1625.1/DISKOPUKM": spaces and case do not make two numbers differ. */
export const normaliseNumber = (n: string) => n.replace(/\s+/g, '').toUpperCase();

/**
 * Keterkaitan between documents: which published SOP each reference names (by id, by nomor, by
 * title), who cites whom, and the references to nothing published here. Linear in the references.
 */
export interface CitedTitle {
  /** The reference as printed: its title, else its number. */
  title: string;
  /** Documents citing it, in corpus order. */
  citedBy: CorpusDocument[];
  /** Each citing entry: the document and the index in its keterkaitan. */
  citedAt: Array<{ doc: SopDocument; index: number }>;
}

/** How a reference found its SOP: the id written, the number printed, or the title printed. */
export type ResolvedBy = 'sop' | 'nomor' | 'judul';
export interface Resolution {
  sop: SopDocument;
  by: ResolvedBy;
}

export interface ReferenceIndex {
  /** Document id -> the documents that link to it ("Dirujuk oleh"). */
  backlinks: Map<string, CorpusDocument[]>;
  /** SOP id -> the Standar Pelayanan it carries out. */
  standardsOf: Map<string, CorpusDocument[]>;
  /** Each keterkaitan entry that names a published SOP, with how it was found. */
  resolved: Map<RelatedRef, Resolution>;
  /** References to nothing published here (scopes excluded), once per number or title. */
  unresolved: CitedTitle[];
}

export const normaliseTitle = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * "SOP Surat Masuk", "STANDAR OPERASIONAL PROSEDUR (SOP) SURAT MASUK." and "Surat Masuk" name the
 * same SOP: titles are stored without the prefix, and a title written out in a box or a step keeps
 * its kind, its capitals, quotes and a closing "." or ";" as printed.
 */
export const normaliseSopTitle = (t: string) =>
  normaliseTitle(t)
    .replace(/^["“”'‘’\s]+|["“”'‘’.;,:\s]+$/g, '')
    .replace(/^(?:standar operasional prosedur(?:\s*\(sop\))?|sop)\s+/, '');

/** A title that names a set of SOPs rather than one: "Seluruh SOP di lingkungan …", "Semua SOP …". */
export const looksLikeScope = (t: string) => /^(seluruh|semua)\s+(sop|standar operasional prosedur)\b/i.test(t.trim());

/**
 * Lookup of published SOPs by number and by title. A number or title shared by two SOPs finds
 * neither (an ambiguous reference stays unresolved rather than pointing at a guess).
 */
export interface SopLookup {
  byNumber(number: string): SopDocument | undefined;
  byTitle(title: string): SopDocument | undefined;
}

export function sopLookup(corpus: Corpus): SopLookup {
  const numbers = new Map<string, SopDocument | null>();
  const titles = new Map<string, SopDocument | null>();
  const add = (map: Map<string, SopDocument | null>, key: string, doc: SopDocument) => {
    if (key === '') return;
    map.set(key, map.has(key) ? null : doc);
  };
  for (const doc of corpus.sops.values()) {
    if (doc.data.lifecycle.status === 'draft') continue; // not published: nothing to link to
    add(numbers, normaliseNumber(doc.data.number), doc);
    add(titles, normaliseSopTitle(doc.data.title), doc);
  }
  return {
    byNumber: (n) => numbers.get(normaliseNumber(n)) ?? undefined,
    byTitle: (t) => titles.get(normaliseSopTitle(t)) ?? undefined,
  };
}

/** The SOP a reference names: its id first, then its printed number, then its printed title. */
export function resolveReference(ref: RelatedRef, corpus: Corpus, lookup: SopLookup): Resolution | undefined {
  if (ref.scope !== undefined) return undefined;
  if (ref.sopId !== undefined) {
    const sop = corpus.sops.get(ref.sopId);
    return sop ? { sop, by: 'sop' } : undefined;
  }
  const byNumber = ref.number === undefined ? undefined : lookup.byNumber(ref.number);
  if (byNumber) return { sop: byNumber, by: 'nomor' };
  const byTitle = ref.title === undefined || looksLikeScope(ref.title) ? undefined : lookup.byTitle(ref.title);
  return byTitle ? { sop: byTitle, by: 'judul' } : undefined;
}

export function buildReferenceIndex(corpus: Corpus): ReferenceIndex {
  const backlinks = new Map<string, CorpusDocument[]>();
  const standardsOf = new Map<string, CorpusDocument[]>();
  const resolved = new Map<RelatedRef, Resolution>();
  const unresolved = new Map<string, CitedTitle>();
  const lookup = sopLookup(corpus);
  // Each document is added once per list: a set of (list, document) pairs, not a scan of the list,
  // so that a title or hub SOP cited by thousands of documents stays linear.
  const seen = new Map<unknown, Set<CorpusDocument>>();
  const once = (list: unknown, doc: CorpusDocument): boolean => {
    let docs = seen.get(list);
    if (!docs) seen.set(list, (docs = new Set()));
    if (docs.has(doc)) return false;
    docs.add(doc);
    return true;
  };
  const push = (map: Map<string, CorpusDocument[]>, key: string, doc: CorpusDocument) => {
    const list = map.get(key) ?? [];
    if (once(list, doc)) list.push(doc);
    map.set(key, list);
  };
  for (const doc of corpus.sops.values()) {
    doc.data.related.forEach((ref, index) => {
      if (ref.scope !== undefined || (ref.title !== undefined && looksLikeScope(ref.title) && ref.number === undefined && ref.sopId === undefined)) return;
      const found = resolveReference(ref, corpus, lookup);
      if (found) {
        resolved.set(ref, found);
        if (found.sop !== doc) push(backlinks, found.sop.id, doc);
        return;
      }
      if (ref.sopId !== undefined) return; // an unknown id: an error when the corpus is read
      const key = ref.number !== undefined ? `nomor:${normaliseNumber(ref.number)}` : `judul:${normaliseSopTitle(ref.title!)}`;
      const entry = unresolved.get(key) ?? { title: (ref.title ?? ref.number)!, citedBy: [], citedAt: [] };
      if (once(entry, doc)) entry.citedBy.push(doc);
      entry.citedAt.push({ doc, index });
      unresolved.set(key, entry);
    });
  }
  for (const doc of corpus.standards.values()) {
    for (const id of doc.data.sopIds) {
      push(backlinks, `sop/${id}`, doc);
      push(standardsOf, `sop/${id}`, doc);
    }
  }
  return { backlinks, standardsOf, resolved, unresolved: [...unresolved.values()] };
}

export type UnresolvedReference = CitedTitle;

/** The references to nothing published here, once per number or title. */
export function unresolvedReferences(corpus: Corpus, index: ReferenceIndex = buildReferenceIndex(corpus)): UnresolvedReference[] {
  return index.unresolved;
}
