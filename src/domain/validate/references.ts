import type { Corpus, SopDocument } from '../corpus.ts';
import type { Finding, FindingPlace } from '../findings.ts';
import { normaliseTitle, referenceCycles, unresolvedReferences, type ReferenceIndex } from '../references.ts';
import { docLabel, findingAt, listNames, placeOf } from './place.ts';

/**
 * Rule 6, keterkaitan. An `sop:` id that names no SOP is an error when the corpus is read
 * (`rujukan-tidak-ada`); backlinks are in references.ts. Here: titles not published here (once per
 * title, with every citing document), titles that are published but lack their id, and cycles.
 */
export function referenceFindings(corpus: Corpus, index: ReferenceIndex): Finding[] {
  const out: Finding[] = [];
  for (const entry of unresolvedReferences(corpus, index)) {
    const key = normaliseTitle(entry.title);
    const places = entry.citedBy.map((doc) => {
      const i = (doc as SopDocument).data.related.findIndex((r) => r.sopId === undefined && normaliseTitle(r.title) === key);
      return { doc: doc as SopDocument, i };
    });
    if (entry.published) {
      // Each citing document must add the id itself: one finding each.
      for (const { doc, i } of places)
        out.push(findingAt(doc, ['keterkaitan', i, 'judul'], 'rujukan-tanpa-id',
          `keterkaitan "${doc.data.related[i]!.title}" adalah ${docLabel(entry.published)} yang terbit di sini; tambahkan "sop: ${entry.published.slug}"`));
      continue;
    }
    const [first, ...rest] = places;
    if (!first) continue;
    const alsoAt: FindingPlace[] = rest.map(({ doc, i }) => placeOf(doc, ['keterkaitan', i, 'judul']));
    const citers = places.map(({ doc }) => docLabel(doc));
    out.push(findingAt(first.doc, ['keterkaitan', first.i, 'judul'], 'rujukan-belum-tersedia',
      `"${entry.title}" belum terbit di sini; dirujuk oleh ${citers.length} dokumen: ${listNames(citers, 5)}`, { alsoAt }));
  }

  for (const cycle of referenceCycles(corpus)) {
    const members = new Set(cycle.map((d) => d.slug));
    const placeIn = (doc: SopDocument) => {
      const i = doc.data.related.findIndex((r) => r.sopId !== undefined && members.has(r.sopId));
      return { doc, path: ['keterkaitan', Math.max(i, 0), 'sop'] };
    };
    const [first, ...rest] = cycle.map(placeIn);
    const names = cycle.map(docLabel);
    const message =
      cycle.length === 1
        ? `${names[0]} merujuk dirinya sendiri di keterkaitan`
        : `keterkaitan melingkar: ${listNames(names, 5)} saling merujuk (lewat keterkaitan ${cycle.length} SOP ini kembali ke awal)`;
    out.push(findingAt(first!.doc, first!.path, 'rujukan-melingkar', message, { alsoAt: rest.map((r) => placeOf(r.doc, r.path)) }));
  }
  return out;
}
