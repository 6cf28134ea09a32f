import { escapeMarkup } from '../text/index.ts';
import { escapeRegExp, spellingsOf } from './terms.ts';

/**
 * A search result's excerpt when Pagefind drew its own from the page's hidden search words: a
 * reader who typed "perizinan" found the page through "Ejaan lain: perizinan", a hidden line and
 * no text of the document. This one is drawn from the document's text before those words,
 * around the first spelling of a query word it prints ("Perijinan"), the spellings marked.
 */
export interface OwnExcerpt {
  /** The page text Pagefind indexed (its result's `content`). */
  content: string;
  /** The query's words (queryWords). */
  words: readonly string[];
  /** Where the hidden search words begin: the text from its last occurrence on is left out. */
  hiddenFrom: string;
  /** Words in the excerpt, as Pagefind's excerptLength. */
  length: number;
}

/** The share of the excerpt's words before the first match, so it reads from a little before it. */
const LEAD_SHARE = 1 / 4;
/** Shorter lower-case spellings match only whole words: "wa" must not mark "waktu". */
const PREFIX_MIN = 4;

/**
 * A spelling as a pattern: at a word's start; a lower-case one ignores case and may go on into the
 * rest of the word, marked whole (Pagefind finds "permohonannya" for "permohonan"); one in capitals ("WA") is
 * matched whole and as written.
 */
function patternOf(spelling: string): RegExp {
  const capitals = spelling === spelling.toUpperCase() && /\p{Lu}/u.test(spelling);
  const body = escapeRegExp(spelling).replace(/ /g, '[\\s,]+');
  const end = !capitals && spelling.length >= PREFIX_MIN ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${end}`, capitals ? 'gu' : 'giu');
}

/** The spans of `text` that match any pattern, in order, overlaps merged. */
function matches(text: string, patterns: readonly RegExp[]): Array<[number, number]> {
  const spans = patterns
    .flatMap((p) => [...text.matchAll(p)].map((m): [number, number] => [m.index, m.index + m[0].length]))
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** The excerpt as HTML (text escaped, matches in <mark>, as Pagefind's); undefined only when no text precedes the hidden words. */
export function ownExcerpt({ content, words, hiddenFrom, length }: OwnExcerpt): string | undefined {
  const cut = hiddenFrom ? content.lastIndexOf(hiddenFrom) : -1;
  const text = (cut >= 0 ? content.slice(0, cut) : content).replace(/\s+/g, ' ').trim();
  const patterns = [...new Set(words.flatMap((w) => spellingsOf(w)))].map(patternOf);
  // No spelling in the indexed text (it came from a field the page does not index): the text's opening.
  const first = matches(text, patterns)[0] ?? (text ? ([0, 0] as [number, number]) : undefined);
  if (!first) return undefined;
  // The window: a few words before the first match, then on to `length` words in all.
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  const hit = tokens.findIndex((t) => t.to > first[0]);
  const startToken = Math.max(0, hit - Math.floor(length * LEAD_SHARE));
  const endToken = Math.min(tokens.length, startToken + length) - 1;
  const window = text.slice(tokens[startToken]!.from, Math.max(tokens[endToken]!.to, first[1]));
  let html = '';
  let at = 0;
  for (const [from, to] of matches(window, patterns)) {
    html += `${escapeMarkup(window.slice(at, from))}<mark>${escapeMarkup(window.slice(from, to))}</mark>`;
    at = to;
  }
  return html + escapeMarkup(window.slice(at));
}
