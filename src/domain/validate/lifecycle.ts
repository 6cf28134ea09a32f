import type { Corpus, CorpusDocument, SopDocument } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { resolveReference, sopLookup } from '../references/index.ts';
import { isInForce, successorOf } from '../model/index.ts';
import { formatPath, relatedName } from '../model/index.ts';
import { docLabel, findingAt, placeOf } from './place.ts';

/**
 * Status lifecycle (issue 13): documents in force citing SOPs no longer in force, successors
 * that are themselves withdrawn, superseded documents without a successor. Missing or draft
 * successors and citations of drafts are reading errors (corpus.ts).
 */
export function lifecycleFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  const why = (target: CorpusDocument): string => withdrawnPhrase(target, corpus);
  for (const c of withdrawnCitations(corpus))
    out.push(c.doc.kind === 'sop'
      ? findingAt(c.doc, c.path, 'rujukan-tidak-berlaku', `keterkaitan "${c.printed}" merujuk ${docLabel(c.target)}, yang ${why(c.target)}`)
      : findingAt(c.doc, c.path, 'rujukan-tidak-berlaku', `${formatPath(c.path)} menyebut ${docLabel(c.target)} sebagai pelaksana layanan ini, padahal SOP itu ${why(c.target)}`));
  const cycles = successionCycles(corpus);
  const inCycle = new Set(cycles.flat());
  for (const cycle of cycles) {
    const [first, ...rest] = cycle;
    out.push(findingAt(first!, ['digantikan_oleh'], 'pengganti-berputar',
      `digantikan_oleh berputar: ${[...cycle, first!].map((d) => `${docLabel(d)} (${d.slug})`).join(' → ')}; tidak satu pun dari dokumen ini berlaku. Tandai yang berlaku dengan status: berlaku (tanpa digantikan_oleh)`,
      { alsoAt: rest.map((d) => placeOf(d, ['digantikan_oleh'])) }));
  }
  for (const doc of [...corpus.sops.values(), ...corpus.standards.values()]) {
    const { status, supersededBy } = doc.data.lifecycle;
    if (status === 'superseded' && supersededBy === undefined)
      out.push(findingAt(doc, ['status'], 'digantikan-tanpa-pengganti', `${docLabel(doc)} berstatus digantikan tanpa digantikan_oleh; tulis id dokumen penggantinya`));
    const successor = successorOf(doc, corpus);
    // Within a cycle the cycle is the finding: "its successor is superseded" would send the reader round it.
    if (successor && !isInForce(successor) && !inCycle.has(doc))
      out.push(findingAt(doc, ['digantikan_oleh'], 'pengganti-tidak-berlaku', `pengganti ${docLabel(successor)} sendiri ${why(successor)}`));
  }
  return out;
}

/**
 * Chains of digantikan_oleh that come back to where they started (A → B → A, A → B → C → A), each
 * once, from its first document in file order. Linear: every document is followed once.
 */
function successionCycles(corpus: Corpus): CorpusDocument[][] {
  const documents = [...corpus.sops.values(), ...corpus.standards.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
  const done = new Set<CorpusDocument>();
  const cycles: CorpusDocument[][] = [];
  for (const start of documents) {
    const chain: CorpusDocument[] = [];
    const onChain = new Map<CorpusDocument, number>();
    for (let doc: CorpusDocument | undefined = start; doc && !done.has(doc); doc = successorOf(doc, corpus)) {
      const seen = onChain.get(doc);
      if (seen !== undefined) {
        cycles.push(chain.slice(seen));
        break;
      }
      onChain.set(doc, chain.length);
      chain.push(doc);
    }
    for (const doc of chain) done.add(doc);
  }
  return cycles;
}

/** A document in force citing an SOP no longer in force: by keterkaitan (SOP) or by sop[] (Standar Pelayanan). */
export interface WithdrawnCitation {
  doc: CorpusDocument;
  /** Where the citation is written: ["keterkaitan", i, "judul"], ["sop", i]. */
  path: PropertyKey[];
  /** The reference as printed (its title, number or id). */
  printed: string;
  target: SopDocument;
}

/** Every citation of a withdrawn SOP by a document in force, resolved as the pages link them (id, number, title). */
export function withdrawnCitations(corpus: Corpus): WithdrawnCitation[] {
  const out: WithdrawnCitation[] = [];
  const lookup = sopLookup(corpus);
  for (const doc of corpus.sops.values()) {
    if (!isInForce(doc)) continue;
    doc.data.related.forEach((ref, i) => {
      const found = resolveReference(ref, corpus, lookup);
      if (found && !isInForce(found.sop)) out.push({ doc, path: ['keterkaitan', i, found.by], printed: relatedName(ref), target: found.sop });
    });
  }
  for (const doc of corpus.standards.values()) {
    if (!isInForce(doc)) continue;
    doc.data.sopIds.forEach((id, i) => {
      const target = corpus.sops.get(id);
      if (target && !isInForce(target)) out.push({ doc, path: ['sop', i], printed: id, target });
    });
  }
  return out;
}

/** "sudah digantikan oleh SOP X sejak 5 Januari 2024", "dicabut sejak …", for messages. */
export function withdrawnPhrase(doc: CorpusDocument, corpus: Pick<Corpus, 'sops' | 'standards'>): string {
  const { status, withdrawnOn } = doc.data.lifecycle;
  const since = withdrawnOn ? ` sejak ${withdrawnOn.iso}` : '';
  if (status === 'revoked') return `sudah dicabut${since}`;
  const successor = successorOf(doc, corpus);
  return `sudah digantikan${successor ? ` oleh ${docLabel(successor)}` : ''}${since}`;
}
