import type { Corpus, CorpusDocument } from './corpus.ts';

/**
 * Keterkaitan between documents: who cites whom, and the titles cited that are not published here.
 * Linear in the number of references.
 */
export interface CitedTitle {
  title: string;
  /** Documents citing this title, in corpus order. */
  citedBy: CorpusDocument[];
}

export interface ReferenceIndex {
  /** Document id -> the documents that link to it ("Dirujuk oleh"). */
  backlinks: Map<string, CorpusDocument[]>;
  /** SOP id -> the Standar Pelayanan it carries out. */
  standardsOf: Map<string, CorpusDocument[]>;
  /** Titles cited without an id, once per title (normalised for case and spacing). */
  unresolved: CitedTitle[];
}

export const normaliseTitle = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

export function buildReferenceIndex(corpus: Corpus): ReferenceIndex {
  const backlinks = new Map<string, CorpusDocument[]>();
  const standardsOf = new Map<string, CorpusDocument[]>();
  const unresolved = new Map<string, CitedTitle>();
  const push = (map: Map<string, CorpusDocument[]>, key: string, doc: CorpusDocument) => {
    const list = map.get(key) ?? [];
    if (!list.includes(doc)) list.push(doc);
    map.set(key, list);
  };
  for (const doc of corpus.sops.values()) {
    for (const ref of doc.data.related) {
      if (ref.sopId !== undefined) push(backlinks, `sop/${ref.sopId}`, doc);
      else {
        const key = normaliseTitle(ref.title);
        const entry = unresolved.get(key) ?? { title: ref.title, citedBy: [] };
        if (!entry.citedBy.includes(doc)) entry.citedBy.push(doc);
        unresolved.set(key, entry);
      }
    }
  }
  for (const doc of corpus.standards.values()) {
    for (const id of doc.data.sopIds) {
      push(backlinks, `sop/${id}`, doc);
      push(standardsOf, `sop/${id}`, doc);
    }
  }
  return { backlinks, standardsOf, unresolved: [...unresolved.values()] };
}
