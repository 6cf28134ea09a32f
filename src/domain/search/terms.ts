/**
 * Spelling variants and abbreviations of Indonesian administrative text, for search: the public
 * types "perizinan" where a document prints "Perijinan", "whatsapp" where it prints "WA". Applied at
 * index time: a document gets, as hidden extra terms, the other forms of every variant it contains,
 * so that either spelling finds it, with Pagefind's own ranking, stemming and excerpts unchanged.
 */
export interface VariantGroup {
  /** The forms, the standard one first. A form in capitals ("WA") matches only in capitals. */
  forms: readonly string[];
  /** Spelling inside longer words too: "izin" ↔ "ijin" also turns "Perijinan" into "perizinan". */
  inWords?: boolean;
}

export const VARIANTS: readonly VariantGroup[] = [
  { forms: ['izin', 'ijin'], inWords: true },
  { forms: ['provinsi', 'propinsi'], inWords: true },
  { forms: ['praktik', 'praktek'], inWords: true },
  { forms: ['narasumber', 'narsum'] },
  { forms: ['kepala dinas', 'kadis'] },
  { forms: ['pendidikan dan pelatihan', 'diklat'] },
  { forms: ['whatsapp', 'WA'] },
  { forms: ['standar pelayanan', 'SP'] },
  { forms: ['usaha mikro kecil dan menengah', 'UMKM'] },
  // Near-synonyms the public uses for the same request.
  { forms: ['permohonan', 'permintaan'] },
];

const isCapitals = (form: string) => form === form.toUpperCase() && /[A-Z]/.test(form);
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Letters of any script; a form matches only as a whole word (or phrase). */
const wholeWord = (form: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form).replace(/ /g, '[\\s,]+')}(?![\\p{L}\\p{N}])`, flags);

/** An extra term and the form the text has: "perizinan" for "perijinan". */
export interface ExtraTerm {
  term: string;
  of: string;
}

/**
 * The other forms of every variant the text contains, lower case, each once, none the text already
 * has, each with the form found: the terms to index beside the text.
 */
export function extraTermsOf(text: string, groups: readonly VariantGroup[] = VARIANTS): ExtraTerm[] {
  const plain = text.replace(/\s+/g, ' ');
  const lower = plain.toLocaleLowerCase('id');
  const out = new Map<string, string>();
  const add = (term: string, of: string) => out.has(term) || out.set(term, of);
  const found = (form: string) => wholeWord(form, isCapitals(form) ? 'u' : 'iu').exec(plain)?.[0];
  for (const group of groups) {
    if (group.inWords) {
      // Every word holding one form, rewritten with each other form: "perijinan" → "perizinan".
      for (const form of group.forms)
        for (const word of lower.match(new RegExp(`[\\p{L}]*${escapeRegExp(form)}[\\p{L}]*`, 'gu')) ?? [])
          for (const other of group.forms) if (other !== form) add(word.replace(form, other), word);
      continue;
    }
    const present = group.forms.map(found);
    const of = present.find((p) => p !== undefined);
    if (of === undefined) continue;
    group.forms.forEach((form, i) => present[i] === undefined && add(form.toLocaleLowerCase('id'), of));
  }
  return [...out].filter(([term]) => !wholeWord(term, 'iu').test(lower)).map(([term, of]) => ({ term, of }));
}

/** The extra terms alone. */
export function extraTerms(text: string, groups: readonly VariantGroup[] = VARIANTS): string[] {
  return extraTermsOf(text, groups).map((t) => t.term);
}

/**
 * Every spelling of one query word the table knows, the word first: "perizinan" → perizinan,
 * perijinan; "kadis" → kadis, kepala dinas; "wa" → wa, whatsapp, WA. Forms keep their table case,
 * so a form in capitals still matches only in capitals.
 */
export function spellingsOf(word: string, groups: readonly VariantGroup[] = VARIANTS): string[] {
  const lower = word.toLocaleLowerCase('id');
  const out = new Set([lower]);
  for (const group of groups)
    for (const form of group.forms) {
      const low = form.toLocaleLowerCase('id');
      if (group.inWords ? !lower.includes(low) : lower !== low) continue;
      for (const other of group.forms) out.add(group.inWords ? lower.replace(low, other.toLocaleLowerCase('id')) : other);
    }
  return [...out];
}

/**
 * Keys of the model whose strings are not searched as the document's text: codes and ids (a
 * channel's kind "whatsapp"), and the letterhead and the signatory, the same on every document of
 * an agency and not indexed on the page ("Propinsi" in them would make every document a result for
 * "provinsi", which the page itself is not).
 */
const NOT_TEXT = new Set(['kind', 'id', 'ids', 'unitId', 'actorIds', 'sopIds', 'sopId', 'address', 'lifecycle', 'inferred', 'shape', 'letterhead', 'approvedBy']);

/** Every printed string of a document's data, in order, as one text: what its variants are looked for in. */
export function textOf(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [key, inner] of Object.entries(v)) if (!NOT_TEXT.has(key)) walk(inner);
  };
  walk(value);
  return parts.join('\n');
}
