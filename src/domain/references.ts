import type { Corpus, CorpusDocument, SopDocument } from './corpus.ts';

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
    for (const ref of doc.data.related) {
      if (ref.sopId !== undefined) push(backlinks, `sop/${ref.sopId}`, doc);
      else {
        const key = normaliseTitle(ref.title);
        const entry = unresolved.get(key) ?? { title: ref.title, citedBy: [] };
        if (once(entry, doc)) entry.citedBy.push(doc);
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

/** "SOP Surat Masuk" and "Surat Masuk" name the same SOP: titles are stored without the prefix. */
export const normaliseSopTitle = (t: string) => normaliseTitle(t).replace(/^sop\s+/, '');

export interface UnresolvedReference extends CitedTitle {
  /** A published SOP with this very title: the reference only lacks its `sop:` id. */
  published?: SopDocument;
}

/** The titles cited without an id, each with the published SOP of that title if there is one. */
export function unresolvedReferences(corpus: Corpus, index: ReferenceIndex = buildReferenceIndex(corpus)): UnresolvedReference[] {
  const byTitle = new Map<string, SopDocument>();
  for (const doc of corpus.sops.values()) {
    const key = normaliseSopTitle(doc.data.title);
    if (!byTitle.has(key)) byTitle.set(key, doc);
  }
  return index.unresolved.map((entry) => {
    const published = byTitle.get(normaliseSopTitle(entry.title));
    return published ? { ...entry, published } : entry;
  });
}

/**
 * Cycles of keterkaitan between published SOPs: the strongly connected components of the SOP -> SOP
 * graph that hold more than one SOP, or an SOP that cites itself. Tarjan's algorithm, iterative, so
 * linear in SOPs plus references and safe for a corpus of thousands. Members in corpus order.
 */
export function referenceCycles(corpus: Corpus): SopDocument[][] {
  const docs = [...corpus.sops.values()];
  const indexOf = new Map(docs.map((d, i) => [d.slug, i]));
  const next = docs.map((d) =>
    d.data.related.flatMap((r) => (r.sopId !== undefined && indexOf.has(r.sopId) ? [indexOf.get(r.sopId)!] : [])),
  );
  const order = new Array<number>(docs.length).fill(-1);
  const low = new Array<number>(docs.length).fill(0);
  const onStack = new Array<boolean>(docs.length).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < docs.length; root++) {
    if (order[root] !== -1) continue;
    const work: Array<[node: number, edge: number]> = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [v, e] = frame;
      if (e < next[v]!.length) {
        frame[1]++;
        const w = next[v]![e]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === order[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || next[v]!.includes(v)) components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components.sort((a, b) => a[0]! - b[0]!).map((c) => c.map((i) => docs[i]!));
}
