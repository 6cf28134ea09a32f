import type { Corpus, SopDocument } from '../model/index.ts';
import type { Finding, FindingPlace } from '../findings/index.ts';
import { looksLikeScope, normaliseSopTitle, referencesInText, sopLookup, titlesAlike, unresolvedReferences, type ReferenceIndex, type SopLookup } from '../references/index.ts';
import { relatedName } from '../model/index.ts';
import { normaliseNumber } from '../references/index.ts';
import { docLabel, findingAt, listNames, placeOf } from './place.ts';

/**
 * Rule 6, keterkaitan. An `sop:` id that names no SOP is an error when the corpus is read
 * (`rujukan-tidak-ada`); resolution by id, nomor or judul is in references.ts. Here: references to
 * nothing published (once per number or title, with every citing document), a number and a title
 * that name different SOPs, a reference to the SOP itself, and a scope written as a title. SOPs
 * that name each other are normal (keterkaitan runs both ways) and are not reported. A reference
 * written in a step ("Lihat SOP …") is checked against the keterkaitan entries (textReferenceFindings).
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
  out.push(...textReferenceFindings(corpus, index, sopLookup(corpus)));
  return out;
}

/**
 * "Lihat SOP …" in a step's kegiatan or keterangan: resolved like a keterkaitan entry (by number,
 * else by title), then matched with the entry it stands for: the entry that writes it the same
 * way, else the entry that finds the same SOP, else an entry whose title is written alike
 * ("(Cantik)" dropped, "Layanan" for "Pelayanan"). Reported: the SOP itself, a title written
 * otherwise than its entry, a reference with no entry.
 */
function textReferenceFindings(corpus: Corpus, index: ReferenceIndex, lookup: SopLookup): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values()) {
    const entries = doc.data.related.map((ref) => ({
      ref,
      title: ref.title === undefined ? undefined : normaliseSopTitle(ref.title),
      number: ref.number === undefined ? undefined : normaliseNumber(ref.number),
      found: index.resolved.get(ref)?.sop,
    }));
    doc.data.steps.forEach((step, i) => {
      for (const [field, text] of [['kegiatan', step.activity], ['keterangan', step.notes]] as const)
        for (const written of referencesInText(text)) {
          const title = written.title === undefined ? undefined : normaliseSopTitle(written.title);
          const number = written.number === undefined ? undefined : normaliseNumber(written.number);
          if (entries.some((e) => (title !== undefined && e.title === title) || (number !== undefined && e.number === number))) continue;
          const target = number !== undefined ? lookup.byNumber(number) : lookup.byTitle(title!);
          const where = `langkah ${step.number}: ${field} merujuk "${written.written}"`;
          const at = (code: string, message: string) => out.push(findingAt(doc, ['langkah', i, field], code, message, { step: step.number }));
          if (target === doc) {
            at('rujukan-diri-sendiri', `${where}, yaitu SOP ini sendiri`);
            continue;
          }
          const entry = entries.find((e) => target !== undefined && e.found === target) ?? entries.find((e) => title !== undefined && e.title !== undefined && titlesAlike(e.title, title));
          // An entry by number alone that finds the same SOP: the two do not contradict each other.
          if (entry && entry.title === undefined) continue;
          if (entry) at('rujukan-tidak-cocok', `${where}, tetapi kotak Keterkaitan menulisnya "${relatedName(entry.ref)}"; samakan penulisannya`);
          else at('rujukan-tanpa-keterkaitan', `${where}, yang tidak tercantum di kotak Keterkaitan${target ? '' : ' dan belum terbit di sini'}`);
        }
    });
  }
  return out;
}
