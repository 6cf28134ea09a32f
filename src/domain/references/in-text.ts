import { editDistance } from '../text/index.ts';

/**
 * References written in a step's text: "(Lihat SOP Pelayanan Informasi Publik (Cantik))", "sesuai
 * SOP Surat Masuk", "mengacu pada SOP Nomor 061/1625.1/DISKOPUKM". They are references as much as a
 * keterkaitan entry is, and are resolved the same way (resolve.ts).
 */
export interface TextReference {
  /** What the text writes after the lead word, as written: "SOP Pelayanan Informasi Publik (Cantik)". */
  written: string;
  /** The title, when the reference names one. */
  title?: string;
  /** The number, when it names one ("SOP Nomor 061/ 1625.1 /DISKOPUKM"). */
  number?: string;
}

/**
 * A lead word that makes what follows a reference ("Lihat", "sesuai dengan", "mengacu pada"), then
 * the kind. A title must start with a capital or a digit: "sesuai SOP yang berlaku" names no SOP.
 */
const LEAD = /\b(?:lihat|lih\.|sesuai(?:\s+dengan)?|mengacu\s+(?:pada|kepada|ke)|berpedoman\s+(?:pada|kepada)|merujuk\s+(?:pada|kepada|ke)|berdasarkan)\s+(sop|standar\s+operasional\s+prosedur)\s+/giu;
const TITLE_START = /^["“\p{Lu}\d]/u;

/** "Nomor 061/ 1625.1 /DISKOPUKM tentang …": the number as printed, up to "tentang". */
const NUMBER = /^(?:nomor|no\.?)\s*:?\s*(.+?)(?:\s+tentang\s.*)?$/is;

/** Where the written title stops: the end of the sentence or item, or the bracket that encloses the reference. */
function titleEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ';' || c === '\n' || c === '\r') return i;
    // A "." ends the title unless a word goes on right after it ("No.1", "Kab.Sambas").
    else if (c === '.' && (i + 1 === text.length || /\s/.test(text[i + 1]!))) return i;
  }
  return text.length;
}

export function referencesInText(text: string): TextReference[] {
  const out: TextReference[] = [];
  for (const m of text.matchAll(LEAD)) {
    const start = m.index + m[0].length;
    if (!TITLE_START.test(text.slice(start))) continue;
    const rest = text.slice(start, titleEnd(text, start)).trim().replace(/[,:]+$/, '').trim();
    if (rest === '') continue;
    const written = `${m[1]!} ${rest}`.replace(/\s+/g, ' ');
    const number = NUMBER.exec(rest);
    out.push(number ? { written, number: number[1]!.trim() } : { written, title: rest.replace(/\s+/g, ' ') });
  }
  return out;
}

const withoutBrackets = (normalised: string) => normalised.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();

/** Words that differ by a letter or two ("pelayanan"/"layanan"); short words must be equal ("masuk" is not "keluar"). */
const wordsAlike = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 2) <= 2);

/**
 * Two titles (already normalised with normaliseSopTitle) that a reader takes for the same SOP
 * written two ways: equal but for a bracketed part ("Pelayanan Informasi (Cantik)"), or word for
 * word alike ("Pelayanan Informasi Publik" / "Layanan Informasi Publik"). "Surat Masuk" and "Surat
 * Keluar" are two SOPs.
 */
export function titlesAlike(a: string, b: string): boolean {
  const [x, y] = [withoutBrackets(a).split(' '), withoutBrackets(b).split(' ')];
  return x.length === y.length && x.every((w, i) => wordsAlike(w, y[i]!));
}
