import { isPlaceholder, type Corpus, type CorpusDocument, type FieldPath, type ListItem, type SpComponent, type StandarPelayananData } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { spComponentLabel } from '../views/index.ts';
import { ui } from '../../i18n/id.ts';
import { BOXES } from './boxes.ts';
import { sequenceProblems } from './numbering.ts';
import { findingAt, labelText, normaliseText, quoted } from './place.ts';

/**
 * The lists of a document as a reviewer reads them: the six boxes of an SOP and the list
 * components of a Standar Pelayanan, nested items included. Per list of items at one level: an
 * item written twice (or naming the same regulation twice), printed numbers that skip, repeat or
 * start again, a heading with nothing under it, an item ending in ":" that nothing continues; per
 * item: the same regulation twice in it.
 */

/** A list as the checks see it: where it is, how messages name it, its items. */
export interface List {
  doc: CorpusDocument;
  /** "kotak Dasar Hukum", "komponen Kompetensi Pelaksana". */
  name: string;
  path: FieldPath;
  items: readonly ListItem[];
  /** SOP boxes are flat lists of strings; Standar Pelayanan items may be {teks, no, butir}. */
  nested: boolean;
}

const SP_LISTS: ReadonlyArray<[SpComponent, (d: StandarPelayananData) => ListItem[]]> = [
  ['persyaratan', (d) => d.requirements], ['sistem_mekanisme_prosedur', (d) => d.procedure], ['mekanisme', (d) => d.mechanism], ['produk_pelayanan', (d) => d.products],
  ['dasar_hukum', (d) => d.legalBasis], ['sarana_prasarana', (d) => d.facilities], ['kompetensi_pelaksana', (d) => d.competence],
  ['pengawasan_internal', (d) => d.internalSupervision], ['jaminan_pelayanan', (d) => d.serviceGuarantee],
  ['jaminan_keamanan_keselamatan', (d) => d.safetyGuarantee], ['evaluasi_kinerja_pelaksana', (d) => d.performanceEvaluation],
];

/** The boxes of an SOP, or the lists of a Standar Pelayanan (its list components and its complaint flow). */
export function listsOf(doc: CorpusDocument): List[] {
  if (doc.kind === 'sop')
    return BOXES.map(([key, fallback, itemsOf]) => ({
      doc, name: `kotak ${labelText(doc.data.identity.labels[key] ?? fallback)}`, path: [key], items: itemsOf(doc.data).map((text) => ({ text, items: [] })), nested: false,
    }));
  return [
    ...SP_LISTS.map(([key, itemsOf]): List => ({ doc, name: `komponen ${labelText(spComponentLabel(doc.data, key))}`, path: [key], items: itemsOf(doc.data), nested: true })),
    { doc, name: ui.spComplaintFlow.toLowerCase(), path: ['penanganan_pengaduan', 'alur'], items: doc.data.complaints.flow, nested: true },
  ];
}

/** Where an item's text sits: a plain string item is its own text; {teks, no, butir} holds it in `teks`. */
const textPath = (list: List, itemPath: FieldPath, item: ListItem): FieldPath => (list.nested && (item.number !== undefined || item.items.length > 0) ? [...itemPath, 'teks'] : itemPath);

/**
 * "butir 3", or by the printed numbers down the levels without their stops and brackets ("2." and
 * "(2)" are "2"): "butir b", "butir 2 › 6", so that a colon after the name is never a second stop.
 */
const itemName = (trail: readonly string[]) => `butir ${trail.map((mark) => mark.trim().replace(/^\(\s*|\s*[.)]$/g, '') || mark).join(' › ')}`;

/** One level of a list: its items, where each sits, and how each is named. */
export interface ListLevel {
  items: readonly ListItem[];
  at: (i: number) => FieldPath;
  textAt: (i: number) => FieldPath;
  names: readonly string[];
}

/** Every level of a list, depth first. */
export function listLevels(list: List): ListLevel[] {
  const out: ListLevel[] = [];
  const visit = (items: readonly ListItem[], path: FieldPath, trail: readonly string[]) => {
    const at = (i: number) => [...path, i];
    const marks = items.map((item, i) => item.number ?? String(i + 1));
    out.push({ items, at, textAt: (i) => textPath(list, at(i), items[i]!), names: marks.map((m) => itemName([...trail, m])) });
    items.forEach((item, i) => {
      if (item.items.length) visit(item.items, [...at(i), 'butir'], [...trail, marks[i]!]);
    });
  };
  visit(list.items, list.path, []);
  return out;
}

export function listFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of [...corpus.sops.values(), ...corpus.standards.values()])
    for (const list of listsOf(doc))
      for (const level of listLevels(list)) {
        siblingFindings(list, level, out);
        level.items.forEach((item, i) => {
          const twice = regulationTwice(item.text);
          if (twice) out.push(findingAt(doc, level.textAt(i), 'butir-ganda', `${list.name}, ${level.names[i]}: ${twice} disebut dua kali dalam satu butir`));
        });
      }
  return out;
}

/** What is checked across the items of one level. */
function siblingFindings(list: List, { items, at, textAt, names }: ListLevel, out: Finding[]): void {
  const { doc } = list;
  const seen = new Map<string, number>();
  const regulations = new Map<string, number>();
  items.forEach((item, i) => {
    const norm = normaliseText(item.text).replace(/[.;,]+$/, '');
    if (norm === '' || isPlaceholder(item.text)) return;
    const first = seen.get(norm);
    const regulation = principalRegulation(item.text);
    const sameRegulation = regulation === undefined ? undefined : regulations.get(regulation.key);
    if (first !== undefined)
      out.push(findingAt(doc, textAt(i), 'butir-ganda', `${list.name}: ${names[i]} sama dengan ${names[first]} ("${item.text.trim()}")`));
    else if (sameRegulation !== undefined)
      out.push(findingAt(doc, textAt(i), 'butir-ganda', `${list.name}: ${names[i]} menyebut ${regulation!.written}, yang sudah disebut ${names[sameRegulation]}`));
    if (first === undefined) seen.set(norm, i);
    if (regulation && sameRegulation === undefined) regulations.set(regulation.key, i);
  });

  // Printed numbers: only items that print one, each kind of mark on its own ("1." and "a)" are two sequences).
  const marks = items.map((item) => (item.number === undefined ? undefined : markOf(item.number)));
  for (const kind of new Set(marks.flatMap((m) => (m ? [m.kind] : [])))) {
    const ofKind = marks.map((m, i) => (m?.kind === kind ? { printed: items[i]!.number!, value: m.value } : undefined));
    for (const { index, problem, previous } of sequenceProblems(ofKind, kind === 'huruf' ? letter : String, (j) => names[j]!))
      out.push(findingAt(doc, [...at(index), 'no'], 'penomoran-tidak-urut',
        `${list.name}: ${names[index]}${previous === undefined ? '' : ` sesudah "${previous}"`}: ${problem} (nomor tercetak dipertahankan)`));
  }

  items.forEach((item, i) => {
    if (item.items.length > 0) return;
    const text = item.text.trim();
    const next = items[i + 1];
    if (text.endsWith(':')) {
      // A lead-in ("Persyaratan sebagai berikut:") is continued by the items after it, unless the next
      // one is a point of the same rank (numbered like it) or there is none.
      const sameRank = next !== undefined && item.number !== undefined && next.number !== undefined && markOf(item.number)?.kind === markOf(next.number)?.kind;
      if (next === undefined || sameRank)
        out.push(findingAt(doc, textAt(i), 'kalimat-terpotong',
          `${list.name}: ${names[i]} berakhir dengan ":" tetapi ${next === undefined ? 'tidak ada butir sesudahnya' : `${names[i + 1]} bukan lanjutannya`} (${quoted(text)})`));
      return;
    }
    // A heading among headings: short, no closing punctuation, while the items beside it have items under them.
    if (list.nested && items.some((o) => o.items.length > 0) && !/[.;,!?)]$/.test(text) && text.split(/\s+/).length <= 4)
      out.push(findingAt(doc, textAt(i), 'butir-kosong', `${list.name}: ${names[i]} ("${text}") adalah judul tanpa isi; butir lain setingkatnya berisi rincian`));
  });
}

/** "1.", "(2)", "3)" count 1, 2, 3; "a.", "b)" count 1, 2; other marks ("-", "•", "i.") are no sequence. */
function markOf(printed: string): { kind: 'angka' | 'huruf'; value: number } | undefined {
  const m = /^\(?\s*(?:(\d+)|([a-z]))\s*[.)]?\s*$/i.exec(printed.trim());
  if (!m) return undefined;
  return m[1] !== undefined ? { kind: 'angka', value: Number(m[1]) } : { kind: 'huruf', value: m[2]!.toLowerCase().charCodeAt(0) - 96 };
}
const letter = (value: number) => String.fromCharCode(96 + value);

// ---- Regulations --------------------------------------------------------------------------

/** Short names of regulations, read as their long names so "UU No. 25 Tahun 2009" is "Undang-Undang Nomor 25 Tahun 2009". */
const SHORT_NAMES: Record<string, string> = {
  uu: 'undang-undang', pp: 'peraturan pemerintah', perpu: 'peraturan pemerintah pengganti undang-undang', perppu: 'peraturan pemerintah pengganti undang-undang',
  perpres: 'peraturan presiden', keppres: 'keputusan presiden', inpres: 'instruksi presiden', perda: 'peraturan daerah', pergub: 'peraturan gubernur',
  kepgub: 'keputusan gubernur', perbup: 'peraturan bupati', perwal: 'peraturan wali kota', permendagri: 'peraturan menteri dalam negeri',
  permenpan: 'peraturan menteri pendayagunaan aparatur negara dan reformasi birokrasi', 'permenpan-rb': 'peraturan menteri pendayagunaan aparatur negara dan reformasi birokrasi',
  permenpanrb: 'peraturan menteri pendayagunaan aparatur negara dan reformasi birokrasi', permenkes: 'peraturan menteri kesehatan',
};

/**
 * A citation: the kind and issuer ("Peraturan Menteri Kesehatan", "UU"), its number and year. The
 * issuer is part of it: "Peraturan Menteri Kesehatan Nomor 4 Tahun 2018" and "Peraturan Menteri
 * Dalam Negeri Nomor 4 Tahun 2018" are two regulations.
 */
const CITATION = /\b(undang-undang|peraturan|keputusan|instruksi|surat edaran|uu|pp|perpu|perppu|perpres|keppres|inpres|perda|pergub|kepgub|perbup|perwal|permendagri|permenpan(?:-?rb)?|permenkes)\b((?:\s+(?!tentang\b|nomor\b|no\b)[\p{L}-]+){0,10}?)\s+(?:nomor|no\.?)\s*:?\s*([0-9][0-9a-z./-]*?)\s+tahun\s+(\d{4})/giu;

interface Citation {
  key: string;
  written: string;
  index: number;
  end: number;
}

function citations(text: string): Citation[] {
  return [...text.matchAll(CITATION)].map((m) => {
    const kind = m[1]!.toLowerCase();
    const issuer = `${SHORT_NAMES[kind] ?? kind}${m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/\s*republik indonesia\b/, '')}`.trim();
    return { key: `${issuer}|${m[3]!.replace(/[.]$/, '')}|${m[4]}`, written: m[0].replace(/\s+/g, ' '), index: m.index, end: m.index + m[0].length };
  });
}

/**
 * A citation is the item's own (principal) at the start of the text or right after a separator
 * (";", ",", "dan", "serta", a list mark); right after other words ("tentang Petunjuk Pelaksanaan",
 * "Perubahan atas", "diubah dengan") it is what the regulation is about or amends.
 */
function principalCitations(text: string): Citation[] {
  return citations(text).filter((c, i, all) => {
    const before = text.slice(i === 0 ? 0 : all[i - 1]!.end, c.index).trim().toLowerCase();
    if (i === 0) return before === '' || /^(?:\d+|[a-z])?[.)]?$/.test(before);
    return /(?:[;,]|\bdan|\bserta|(?:^|\s)(?:\d+|[a-z])[.)])$/.test(before);
  });
}

/** The regulation an item cites first, as its own. */
function principalRegulation(text: string): Citation | undefined {
  return principalCitations(text)[0];
}

/** The same regulation cited twice as the item's own, in one item: "Permenkes Nomor 4 Tahun 2018; Permenkes No. 4 Tahun 2018". */
function regulationTwice(text: string): string | undefined {
  const seen = new Set<string>();
  for (const c of principalCitations(text)) {
    if (seen.has(c.key)) return `"${c.written}"`;
    seen.add(c.key);
  }
  return undefined;
}
