import type { Corpus, CorpusDocument } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { isInForce, isPlaceholder, STATUS_WORD } from '../model/index.ts';
import { excerpt } from '../text/index.ts';
import { compareDates, isRealDay, printedDay } from '../dates/index.ts';
import type { SopData } from '../model/index.ts';
import type { PrintedKey } from '../model/index.ts';
import { docLabel, findingAt, labelText, listNames, othersThan } from './place.ts';
import { normaliseNumber, normaliseSopTitle } from '../references/index.ts';

/**
 * Rule 5, the identity block. A typed date that does not exist is a schema error; a printed one that
 * does not exist is kept in `tertulis` and reported here. Also: nomor present and unique, dates
 * present and in order, NIP well formed, an effective SOP signed, printed text that differs from the
 * typed value, a name cut off in one place and whole in another.
 */

/** What is wrong with a printed date ("31-9-2023", "31/09/2023", "31 September 2023"), when it has that shape. */
export function printedDateProblem(text: string): string | undefined {
  const date = printedDay(text);
  if (!date) return `"${text}" tidak terbaca sebagai tanggal`;
  if (date.month < 1 || date.month > 12) return `"${text}": bulan ${date.month} tidak ada`;
  if (!isRealDay(date.year, date.month, date.day)) return `"${text}" tidak ada di kalender`;
  return undefined;
}

const DATE_KEYS = [
  ['tanggal_pembuatan', 'created', 'Tanggal Pembuatan'],
  ['tanggal_revisi', 'revised', 'Tanggal Revisi'],
  ['tanggal_efektif', 'effective', 'Tanggal Efektif'],
] as const;

/** The typed value the printed text of a key stands beside. */
function typedValue(data: SopData, key: PrintedKey): string {
  switch (key) {
    case 'nomor': return data.number;
    case 'nama': return data.title;
    case 'tanggal_pembuatan': return data.dates.created?.iso ?? '';
    case 'tanggal_revisi': return data.dates.revised?.iso ?? '';
    case 'tanggal_efektif': return data.dates.effective?.iso ?? '';
    case 'disahkan_oleh.nama': return data.approvedBy?.name ?? '';
    case 'disahkan_oleh.jabatan': return data.approvedBy?.position ?? '';
    case 'disahkan_oleh.nip': return data.approvedBy?.nip ?? '';
  }
}

const squash = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * `short` is `long` cut off: a strict prefix of it (spaces and case ignored) of four characters or
 * more. With `midWord`, only a prefix that stops inside a word ("Tim Statistik Sos"): two kop lines
 * "BADAN PUSAT STATISTIK" / "PROVINSI …" are one name split on purpose, not a cut.
 */
export function isCutOff(short: string, long: string, midWord = false): boolean {
  const a = squash(short).replace(/[\s.,;:…-]+$/, '');
  const b = squash(long);
  if (a.length < 4 || a.length >= b.length || !b.startsWith(a)) return false;
  return !midWord || /[\p{L}\p{N}]/u.test(b[a.length]!);
}


/** Empty, or a part between slashes left blank ("061/ /DISKOPUKM"): the number was never assigned. */
export function isUnassignedNumber(n: string): boolean {
  const normal = normaliseNumber(n);
  return normal === '' || normal.split('/').some((part) => part === '');
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

  // Titles: references by title (keterkaitan, "SOP" prefix ignored) find neither of two documents
  // of one kind that share a title; readers of the catalogue cannot tell them apart either.
  const byTitle = new Map<string, CorpusDocument[]>();
  for (const doc of documents) {
    const key = `${doc.kind} ${normaliseSopTitle(doc.data.title)}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), doc]);
  }
  for (const docs of byTitle.values()) {
    if (docs.length < 2) continue;
    for (const doc of docs) {
      const others = othersThan(docs, doc).map((d) => `${d.file}${isInForce(d) ? '' : ` (${STATUS_WORD[d.data.lifecycle.status]})`}`);
      out.push(findingAt(doc, ['nama'], 'judul-ganda',
        `judul ${excerpt(doc.data.title)} juga dipakai ${listNames(others, 5, docs.length - 1)}; keterkaitan menurut judul tidak dapat memilih di antaranya: bedakan judulnya, atau rujuk dengan nomor atau sop:`));
    }
  }

  for (const doc of corpus.sops.values()) {
    const { printed, labels } = doc.data.identity;
    for (const [key, field, fallback] of DATE_KEYS) {
      const label = labelText(labels[key] ?? fallback);
      const text = printed[key];
      // A placeholder printed for the date ("-") is an empty date, not one that does not exist.
      if (text !== undefined && doc.data.dates[field] === undefined && !isPlaceholder(text)) {
        const problem = printedDateProblem(text);
        out.push(findingAt(doc, ['tertulis', key], 'tanggal-tidak-ada',
          `${label} tertulis ${problem ?? `"${text}", tetapi ${key} kosong; isi dengan tanggal itu`}`));
      } else if (key !== 'tanggal_revisi' && doc.data.dates[field] === undefined)
        out.push(findingAt(doc, ['nama'], 'tanggal-kosong', `${label} kosong di naskah; kepastian berlakunya SOP tidak bisa dibaca`));
    }
    for (const [key, text] of Object.entries(printed) as Array<[PrintedKey, string]>) {
      if (key.startsWith('tanggal_') && !typedValue(doc.data, key)) continue; // reported above
      const typed = typedValue(doc.data, key);
      if (typed && isCutOff(text, typed))
        out.push(findingAt(doc, ['tertulis', key], 'nama-terpotong', `"${text}" terpotong di naskah; utuhnya "${typed}"`));
      else if (squash(text) !== squash(typed))
        out.push(findingAt(doc, ['tertulis', key], 'tertulis-berbeda',
          typed ? `${key} tertulis "${text}" di naskah, diketik "${typed}"` : `${key} tertulis "${text}" di naskah, tetapi tidak diketik`));
    }
    // Names cut off in one place and whole in another: the columns, and the kop against the organisation.
    const names = doc.data.actors.map((a, i) => ({ text: a.label, path: ['pelaksana', i, 'nama'] as PropertyKey[] }));
    doc.data.identity.letterhead.forEach((line, i) => names.push({ text: line, path: ['kop', i] }));
    for (const place of corpus.organisation.unit(doc.data.unitId)?.path ?? []) names.push({ text: place.name, path: [] });
    for (const short of names) {
      if (short.path.length === 0) continue;
      const whole = names.find((n) => n !== short && isCutOff(short.text, n.text, true));
      if (whole) out.push(findingAt(doc, short.path, 'nama-terpotong', `"${short.text}" terpotong; utuhnya "${whole.text}"`));
    }

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
