import type { Corpus, SopDocument } from '../model/index.ts';
import type { Finding, FindingPlace } from '../findings/index.ts';
import { looksLikeScope, normaliseSopTitle, unresolvedReferences, type ReferenceIndex } from '../references/index.ts';
import { relatedName } from '../model/index.ts';
import { normaliseNumber } from '../references/index.ts';
import { docLabel, findingAt, listNames, placeOf } from './place.ts';

/**
 * Rule 6, keterkaitan. An `sop:` id that names no SOP is an error when the corpus is read
 * (`rujukan-tidak-ada`); resolution by id, nomor or judul is in references.ts. Here: references to
 * nothing published (once per number or title, with every citing document), a number and a title
 * that name different SOPs, a reference to the SOP itself, and a scope written as a title. SOPs
 * that name each other are normal (keterkaitan runs both ways) and are not reported.
 */
export function referenceFindings(corpus: Corpus, index: ReferenceIndex): Finding[] {
  const out: Finding[] = [];
  const keyOf = (doc: SopDocument, i: number) => {
    const ref = doc.data.related[i]!;
    return ref.number !== undefined ? 'nomor' : ref.title !== undefined ? 'judul' : 'sop';
  };
  for (const entry of unresolvedReferences(corpus, index)) {
    const [first, ...rest] = entry.citedAt;
    if (!first) continue;
    const alsoAt: FindingPlace[] = rest.map(({ doc, index: i }) => placeOf(doc, ['keterkaitan', i, keyOf(doc, i)]));
    const citers = entry.citedBy.map(docLabel);
    out.push(findingAt(first.doc, ['keterkaitan', first.index, keyOf(first.doc, first.index)], 'rujukan-belum-tersedia',
      `"${entry.title}" belum terbit di sini; dirujuk oleh ${citers.length} dokumen: ${listNames(citers, 5)}`, { alsoAt }));
  }

  for (const doc of corpus.sops.values()) {
    doc.data.related.forEach((ref, i) => {
      if (ref.scope === undefined && ref.title !== undefined && ref.number === undefined && ref.sopId === undefined && looksLikeScope(ref.title))
        out.push(findingAt(doc, ['keterkaitan', i, 'judul'], 'rujukan-lingkup',
          `"${ref.title}" adalah lingkup, bukan satu SOP; tulis sebagai "lingkup: ${ref.title}"`));
      const found = index.resolved.get(ref);
      if (!found) return;
      if (found.sop === doc) {
        out.push(findingAt(doc, ['keterkaitan', i, keyOf(doc, i) === 'sop' ? 'sop' : keyOf(doc, i)], 'rujukan-diri-sendiri',
          `keterkaitan "${relatedName(ref)}" menunjuk SOP ini sendiri`));
        return;
      }
      // The printed number and the printed title must name the same SOP as the one found.
      const target = found.sop.data;
      if (ref.number !== undefined && found.by !== 'nomor' && normaliseNumber(ref.number) !== normaliseNumber(target.number))
        out.push(findingAt(doc, ['keterkaitan', i, 'nomor'], 'rujukan-tidak-cocok',
          `keterkaitan bernomor "${ref.number}", tetapi ${docLabel(found.sop)} yang dirujuk bernomor "${target.number || '(kosong)'}"`));
      if (ref.title !== undefined && found.by !== 'judul' && normaliseSopTitle(ref.title) !== normaliseSopTitle(target.title))
        out.push(findingAt(doc, ['keterkaitan', i, 'judul'], 'rujukan-tidak-cocok',
          `keterkaitan berjudul "${ref.title}", tetapi ${found.by === 'nomor' ? `nomor "${ref.number}"` : `sop: ${ref.sopId}`} adalah ${docLabel(found.sop)}`));
    });
  }
  return out;
}
