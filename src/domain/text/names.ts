/**
 * How names read on the page. Two pure helpers, one concept each:
 * - a document's name with its kind ("SOP …", "Standar Pelayanan …") without saying a word twice;
 * - a role (pelaksana) name in consistent capitals, whatever capitals the source used.
 */

/**
 * The name with its kind in front, not repeated: "Standar Pelayanan" + "Pelayanan Konsultasi" gives
 * "Standar Pelayanan Konsultasi"; a title that already starts with the kind, short or long
 * ("SOP …", "Standar Operasional Prosedur …"), is left as it is. `kind` is the short form shown,
 * `longForms` the spelled-out forms of the same kind.
 */
export function titleWithKind(kind: string, title: string, longForms: readonly string[] = []): string {
  const t = title.trim();
  const lower = t.toLocaleLowerCase('id');
  for (const form of [kind, ...longForms]) {
    const f = form.toLocaleLowerCase('id');
    if (lower === f || lower.startsWith(`${f} `)) return t;
  }
  const kindWords = kind.split(/\s+/);
  const [first = '', ...rest] = t.split(/\s+/);
  if (kindWords.length > 1 && rest.length > 0 && first.toLocaleLowerCase('id') === kindWords.at(-1)!.toLocaleLowerCase('id')) return `${kind} ${rest.join(' ')}`;
  return `${kind} ${t}`;
}

/** Acronyms of Indonesian administration that stay in capitals in a role name. */
const ACRONYMS = new Set([
  'TU', 'PPID', 'UMKM', 'KUKM', 'ASN', 'PNS', 'PPPK', 'OPD', 'SKPD', 'UPT', 'UPTD', 'PPK', 'PPTK', 'PA', 'KPA', 'BPP',
  'SDM', 'TIK', 'IT', 'KTP', 'NIP', 'NPWP', 'SOP', 'SP', 'PLT', 'PLH', 'DPA', 'LPSE', 'ULP', 'PTSP', 'CS', 'RT', 'RW',
]);
/** Small words written in lower case inside a name. */
const LOWER = new Set(['dan', 'atau', 'dari', 'di', 'ke', 'yang', 'untuk', 'pada', 'dengan', 'serta', 'oleh']);
const ROMAN = /^(?=[IVX]+$)X{0,3}(IX|IV|V?I{0,3})$/;

/**
 * A role name as the site shows it: a name typed in capitals ("PEMOHON", "ESELON/FUNGSIONAL
 * KHUSUS") becomes "Pemohon", "Eselon/Fungsional Khusus"; acronyms (TU, PPID, UMKM) and roman
 * numerals keep their capitals; a name already in mixed case is left as written. The source's
 * spelling stays in the data (and on /kepatuhan/); only the display changes.
 */
export function roleName(label: string): string {
  const words = label.trim().split(/(\s+|\/|\(|\)|-)/);
  const letters = label.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 0 && letters === letters.toLocaleUpperCase('id');
  let firstWord = true;
  return words
    .map((w) => {
      if (!/\p{L}/u.test(w)) return w;
      const isFirst = firstWord;
      firstWord = false;
      const upper = w === w.toLocaleUpperCase('id') && /\p{Lu}/u.test(w);
      if (!upper) return w;
      if (ACRONYMS.has(w) || ROMAN.test(w)) return w;
      // In a mixed-case name a short word in capitals is an acronym we do not know ("Sub Bag UM").
      if (!shouting && w.length <= 4) return w;
      const lower = w.toLocaleLowerCase('id');
      if (!isFirst && LOWER.has(lower)) return lower;
      return lower.charAt(0).toLocaleUpperCase('id') + lower.slice(1);
    })
    .join('');
}

/** Text as a CSS string literal, safe inside a <style> element: quotes, backslashes, line breaks and "<" escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** A role's name without its bracketed part: "Pejabat Level 1 (Pejabat Penilai Kinerja)" → "Pejabat Level 1". */
export const baseLabel = (label: string) => label.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();

export function roleSlug(label: string): string {
  const slug = baseLabel(label)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= SLUG_MAX) return slug;
  // A page's folder name: a file system takes 255 bytes. A longer label (a pasted paragraph) keeps
  // its first words and a hash of the whole, so two long labels still get two pages.
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193) >>> 0;
  return `${slug.slice(0, SLUG_MAX - 9).replace(/-[^-]*$/, '')}-${hash.toString(36)}`;
}
const SLUG_MAX = 80;

/**
 * The one identity of a role, used by the per-pelaksana pages and the search filter alike: its
 * slug, and its name as shown ("Pejabat Level 1 (Pejabat Penilai Kinerja)" → "Pejabat Level 1").
 */
export function roleLabel(label: string): string {
  return roleName(baseLabel(label));
}
