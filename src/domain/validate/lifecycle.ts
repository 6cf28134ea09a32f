import type { Corpus, CorpusDocument, SopDocument } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { resolveReference, sopLookup } from '../references/index.ts';
import { isInForce, successorOf } from '../model/index.ts';
import { relatedName } from '../model/index.ts';
import { docLabel, findingAt } from './place.ts';

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
      : findingAt(c.doc, c.path, 'rujukan-tidak-berlaku', `sop[${c.path[1] as number}] menyebut ${docLabel(c.target)} sebagai pelaksana layanan ini, padahal SOP itu ${why(c.target)}`));
  for (const doc of [...corpus.sops.values(), ...corpus.standards.values()]) {
    const { status, supersededBy } = doc.data.lifecycle;
    if (status === 'superseded' && supersededBy === undefined)
      out.push(findingAt(doc, ['status'], 'digantikan-tanpa-pengganti', `${docLabel(doc)} berstatus digantikan tanpa digantikan_oleh; tulis id dokumen penggantinya`));
    const successor = successorOf(doc, corpus);
    if (successor && !isInForce(successor))
      out.push(findingAt(doc, ['digantikan_oleh'], 'pengganti-tidak-berlaku', `pengganti ${docLabel(successor)} sendiri ${why(successor)}`));
  }
  return out;
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
