/**
 * What the search box sends to Pagefind. An SOP number typed whole ("061/1625.1/DISKOPUKM") is
 * reduced to its sequence ("1625.1"): the classification code and the unit code are shared by
 * every SOP of an agency and would only blur the ranking.
 */
const SOP_NUMBER = /^\s*[\d.]+\s*\/\s*([\w.\-]*\d[\w.\-]*)\s*\/\s*[\w.\-]+\s*$/;

export function searchQuery(typed: string): string {
  const m = SOP_NUMBER.exec(typed);
  return m ? m[1]! : typed.trim();
}

/**
 * Documents no longer in force (superseded, revoked) are found only when the reader picks a status:
 * by default the search keeps to documents in force.
 */
export function withDefaultStatus(filters: Record<string, string[]>, inForce: string): Record<string, string[]> {
  return filters.status?.length ? filters : { ...filters, status: [inForce] };
}

/**
 * Words of a question that say nothing about the document sought: "bagaimana cara mengajukan
 * permohonan data" searches for "mengajukan permohonan data". Never a reason to find nothing.
 */
const QUESTION_WORDS = new Set([
  'bagaimana', 'gimana', 'cara', 'caranya', 'berapa', 'berapakah', 'apa', 'apakah', 'di', 'mana', 'dimana', 'kemana',
  'siapa', 'kapan', 'mengapa', 'kenapa', 'bisakah', 'dapatkah', 'bisa', 'saya', 'aku', 'kami', 'ingin', 'mau', 'tolong', 'itu', 'ini',
  'yang', 'adalah', 'bagi', 'untuk', 'ke', 'dari', 'dengan', 'dan', 'atau',
]);
/** More words than this and a query is cut. */
export const MAX_QUERY_WORDS = 6;

/** The words Pagefind searches for: the SOP number reduced, question words and punctuation dropped, lower case. */
export function queryWords(typed: string): string[] {
  const query = searchQuery(typed);
  if (query !== typed.trim()) return [query];
  const words = query
    .toLocaleLowerCase('id')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  return words.filter((w) => !QUESTION_WORDS.has(w)).slice(0, MAX_QUERY_WORDS);
}

/**
 * When no page has every word: the pages that have most of them. `perWord` holds, for each word,
 * the pages that word alone finds with their scores. A page's rank is how many words it has, then
 * the sum of its scores with each word's best score counted as 1, so that a rare word's large raw
 * score does not outweigh a common word found in the title. Only the pages with the most words
 * are kept: "mengajukan permohonan data" lists the pages with two of the three.
 */
export function partialMatches<T extends { id: string; score: number }>(perWord: ReadonlyArray<readonly T[]>): T[] {
  const pages = new Map<string, { result: T; words: number; score: number }>();
  for (const results of perWord) {
    const best = Math.max(0, ...results.map((r) => r.score)) || 1;
    for (const r of results) {
      const page = pages.get(r.id) ?? { result: r, words: 0, score: 0 };
      page.words++;
      page.score += r.score / best;
      pages.set(r.id, page);
    }
  }
  const most = Math.max(0, ...[...pages.values()].map((p) => p.words));
  return [...pages.values()]
    .filter((p) => p.words === most)
    .sort((a, b) => b.score - a.score || a.result.id.localeCompare(b.result.id))
    .map((p) => p.result);
}

/** Edit distance with adjacent swaps (optimal string alignment): "konsutlasi" is 1 from "konsultasi". */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/**
 * Near spellings of a query, from the site's own words: each unknown word replaced by the closest
 * known word (one edit for short words, two for longer), at most `limit` queries, closest first.
 */
export function suggestQueries(words: readonly string[], vocabulary: readonly string[], limit = 3): string[] {
  const known = new Set(vocabulary);
  const options: Array<{ query: string; distance: number }> = [];
  words.forEach((word, i) => {
    if (known.has(word) || /\d/.test(word)) return;
    const allowed = word.length <= 5 ? 1 : 2;
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const distance = editDistance(word, candidate);
      if (distance > 0 && distance <= allowed) options.push({ query: words.map((w, k) => (k === i ? candidate : w)).join(' '), distance });
    }
  });
  return [...new Set(options.sort((a, b) => a.distance - b.distance).map((o) => o.query))].slice(0, limit);
}

/** The words suggestions are drawn from: every word of four letters or more in the given texts, once, lower case. */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.toLocaleLowerCase('id').match(/\p{L}{4,}/gu) ?? []) words.add(w);
  return [...words].sort();
}
