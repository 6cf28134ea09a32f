import type { Corpus, CorpusDocument } from '../corpus.ts';
import type { Finding } from '../findings.ts';
import { isRealDay, type PartialDate } from '../schema/common.ts';
import { docLabel, findingAt, listNames, othersThan } from './place.ts';

/**
 * Rule 5, the identity block. Impossible dates are schema errors already. Here: nomor present and
 * unique, dates in order, NIP well formed, an effective SOP signed.
 */

/** "061/ 1625.1 /DISKOPUKM" -> "061/1625.1/DISKOPUKM": spaces and case do not make two numbers differ. */
export const normaliseNumber = (n: string) => n.replace(/\s+/g, '').toUpperCase();

/** Empty, or a part between slashes left blank ("061/ /DISKOPUKM"): the number was never assigned. */
export function isUnassignedNumber(n: string): boolean {
  const normal = normaliseNumber(n);
  return normal === '' || normal.split('/').some((part) => part === '');
}

/** Negative when a is earlier; compared by month only when either date lacks its day. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const months = a.year * 12 + a.month - (b.year * 12 + b.month);
  if (months !== 0 || a.day === undefined || b.day === undefined) return months;
  return a.day - b.day;
}

/**
 * What is wrong with a NIP (domain.md §5), or undefined when nothing: 18 digits (spaces allowed
 * between groups) = birth date YYYYMMDD, appointment YYYYMM, sex 1/2, sequence of 3 digits.
 */
export function nipProblem(nip: string): string | undefined {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d+$/.test(digits)) return `NIP "${nip}" harus berisi angka saja (spasi antarkelompok boleh; tanpa awalan "NIP.")`;
  if (digits.length !== 18) return `NIP "${nip}" berisi ${digits.length} angka, seharusnya 18`;
  const [by, bm, bd] = [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8))];
  const [ay, am] = [Number(digits.slice(8, 12)), Number(digits.slice(12, 14))];
  if (!isRealDay(by, bm, bd)) return `NIP "${nip}": tanggal lahir ${digits.slice(0, 8)} tidak ada di kalender`;
  if (am < 1 || am > 12) return `NIP "${nip}": TMT ${digits.slice(8, 14)} tidak ada (bulan ${am})`;
  if (ay * 12 + am <= by * 12 + bm) return `NIP "${nip}": TMT ${digits.slice(8, 14)} tidak sesudah tanggal lahir ${digits.slice(0, 8)}`;
  if (digits[14] !== '1' && digits[14] !== '2') return `NIP "${nip}": angka jenis kelamin (ke-15) "${digits[14]}" harus 1 atau 2`;
  return undefined;
}

export function identityFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  const documents: CorpusDocument[] = [...corpus.sops.values(), ...corpus.standards.values()];

  // nomor: blank (SOPs must have one; a Standar Pelayanan only when it is decreed) and duplicated.
  const byNumber = new Map<string, CorpusDocument[]>();
  for (const doc of documents) {
    if (isUnassignedNumber(doc.data.number)) {
      if (doc.kind === 'sop')
        out.push(findingAt(doc, ['nomor'], 'nomor-kosong',
          doc.data.number.trim() === '' ? 'nomor SOP kosong: belum diberi nomor' : `nomor SOP "${doc.data.number}" tanpa nomor urut: belum diberi nomor`));
      continue;
    }
    const key = normaliseNumber(doc.data.number);
    const group = byNumber.get(key);
    if (group) group.push(doc);
    else byNumber.set(key, [doc]);
  }
  for (const docs of byNumber.values()) {
    if (docs.length < 2) continue;
    for (const doc of docs) {
      const others = othersThan(docs, doc).map((d) => `${docLabel(d)} (${d.file})`);
      out.push(findingAt(doc, ['nomor'], 'nomor-ganda', `nomor "${doc.data.number}" juga dipakai ${listNames(others, 5, docs.length - 1)}`));
    }
  }

  for (const doc of corpus.sops.values()) {
    const { created, revised, effective } = doc.data.dates;
    if (created && effective && compareDates(effective, created) < 0)
      out.push(findingAt(doc, ['tanggal_efektif'], 'tanggal-tidak-urut', `tanggal_efektif ${effective.iso} lebih awal dari tanggal_pembuatan ${created.iso}`));
    if (created && revised && compareDates(revised, created) < 0)
      out.push(findingAt(doc, ['tanggal_revisi'], 'tanggal-tidak-urut', `tanggal_revisi ${revised.iso} lebih awal dari tanggal_pembuatan ${created.iso}`));

    const approval = doc.data.approvedBy;
    if (approval?.nip.trim()) {
      const problem = nipProblem(approval.nip);
      if (problem) out.push(findingAt(doc, ['disahkan_oleh', 'nip'], 'nip-tidak-sah', problem));
    }
    if (effective && !approval?.name.trim())
      out.push(findingAt(doc, approval ? ['disahkan_oleh'] : ['tanggal_efektif'], 'disahkan-kosong',
        `SOP berlaku sejak ${effective.iso} tetapi "Disahkan oleh" ${approval ? 'tidak menyebut nama' : 'kosong'}`));
  }
  return out;
}
