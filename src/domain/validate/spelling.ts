import type { Corpus, CorpusDocument } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { deletions, editDistance } from '../text/index.ts';
import { findingAt } from './place.ts';
import { documentTexts, type PlacedText } from './texts.ts';

/**
 * Spelling, read against the words of the corpus itself (no dictionary: the documents' own
 * vocabulary of offices, regulations and procedures is what a reviewer compares with):
 * - `spasi-kata`: two words glued by a missing space ("TerkiniProvinsi": a small letter then a
 *   capital, both halves words of the corpus), a word split by a space inside it ("rekomen dasi":
 *   the two halves make a word the corpus uses, and one half is no word of it);
 * - `ejaan`: a word used once that is a typing slip away from a word the corpus uses often: a letter
 *   left out ("Kualias" / "kualitas"), two letters swapped, a letter typed twice.
 * Reads several documents (the vocabulary is the corpus's), so it runs over the whole corpus.
 */

/** How often a word must be used elsewhere before a word one letter from it looks like its slip. */
export const OFTEN = 3;
/** Shorter words are too close to each other to tell a slip from another word ("tepat"/"tempat", "dana"/"data"). */
const SHORTEST_DROPPED = 6;
const SHORTEST_SWAPPED = 5;

interface Occurrence {
  doc: CorpusDocument;
  place: PlacedText;
  written: string;
}

const WORD = /\p{L}+/gu;
/** A small letter then a capital inside one word: "TerkiniProvinsi". */
const GLUED = /^(\p{Lu}?\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;

export function spellingFindings(corpus: Corpus): Finding[] {
  // Each text read into words once: the counts, then the checks, walk the same matches.
  const texts = [...corpus.sops.values(), ...corpus.standards.values()].flatMap((doc) =>
    documentTexts(doc).map((place) => ({ doc, place, words: [...place.text.matchAll(WORD)] })));
  const count = new Map<string, number>();
  const firstAt = new Map<string, Occurrence>();
  for (const { doc, place, words } of texts)
    for (const m of words) {
      const word = m[0].toLowerCase();
      const n = count.get(word);
      count.set(word, (n ?? 0) + 1);
      if (n === undefined) firstAt.set(word, { doc, place, written: m[0] });
    }
  const known = (word: string) => count.has(word.toLowerCase());
  const out: Finding[] = [];
  const at = (o: Pick<Occurrence, 'doc' | 'place'>, code: string, message: string) =>
    out.push(findingAt(o.doc, o.place.path, code, `${o.place.where}: ${message}`, o.place.step === undefined ? {} : { step: o.place.step }));

  for (const { doc, place, words } of texts)
    words.forEach((m, k) => {
      const glued = GLUED.exec(m[0]);
      if (glued && known(glued[1]!) && known(glued[2]!))
        at({ doc, place }, 'spasi-kata', `"${m[0]}" tampaknya dua kata tanpa spasi ("${glued[1]} ${glued[2]}")`);
      const next = words[k + 1];
      if (!next || m[0].length < 3 || next[0].length < 3 || next.index !== m.index + m[0].length + 1 || place.text[next.index - 1] !== ' ') return;
      const [a, b] = [m[0].toLowerCase(), next[0].toLowerCase()];
      const joined = a + b;
      if ((count.get(joined) ?? 0) >= 2 && Math.min(count.get(a)!, count.get(b)!) === 1)
        at({ doc, place }, 'spasi-kata', `"${m[0]} ${next[0]}" tampaknya satu kata yang terpisah spasi ("${joined}", dipakai ${count.get(joined)} kali)`);
    });

  // Words used often, reachable from a word one letter away through a shared deletion.
  const often = new Map<string, string[]>();
  for (const [word, n] of count)
    if (n >= OFTEN && word.length >= SHORTEST_SWAPPED - 1)
      for (const d of deletions(word)) often.set(d, [...(often.get(d) ?? []), word]);
  for (const [word, n] of count) {
    if (n !== 1 || word.length < SHORTEST_SWAPPED) continue;
    const occurrence = firstAt.get(word)!;
    if (isAcronym(occurrence.written)) continue;
    const near = new Set(deletions(word).flatMap((d) => often.get(d) ?? []));
    const meant = [...near]
      .filter((v) => v !== word && editDistance(word, v, 1) === 1 && slipOf(word, v) && !inflection(word, v))
      .sort((x, y) => count.get(y)! - count.get(x)! || x.localeCompare(y))[0];
    if (meant)
      at(occurrence, 'ejaan', `"${occurrence.written}" hanya dipakai sekali dan berbeda satu huruf dari "${meant}" (dipakai ${count.get(meant)} kali): mungkin salah ketik`);
  }
  return out;
}

/** "SIMPEG", "DPMPTSP": capitals only, an acronym or a name, not a word to spell. */
const isAcronym = (written: string) => written === written.toUpperCase() && written.length <= 8 && !/\p{Ll}/u.test(written);

/**
 * The slips typing makes, as against two real words a letter apart: a letter left out ("Kualias" for
 * "kualitas", words of six letters or more), two neighbours swapped ("kreja"), a letter typed twice
 * ("pelaksanaaan"). A letter replaced by another ("pengajuan"/"pengaduan", "tepat"/"tempat" is a
 * letter left out of a short word) or one added that is not a double ("tatap"/"tata") is too often
 * another word.
 */
function slipOf(rare: string, often: string): boolean {
  if (rare.length === often.length - 1) return rare.length >= SHORTEST_DROPPED;
  if (rare.length === often.length + 1) {
    const i = [...rare].findIndex((c, k) => c !== often[k]);
    const at = i < 0 ? rare.length - 1 : i;
    return rare[at] === rare[at - 1] || rare[at] === rare[at + 1];
  }
  const diff = [...rare].flatMap((c, k) => (c === often[k] ? [] : [k]));
  return diff.length === 2 && diff[1] === diff[0]! + 1;
}

/**
 * Two real words one letter apart by Indonesian affixes, not by a slip: a different first letter
 * (memeriksa/pemeriksa, bersedia/tersedia), "-i" added (dikirim/dikirimi), "-an" against "-kan"
 * (laporan/laporkan).
 */
function inflection(a: string, b: string): boolean {
  if (a[0] !== b[0]) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long === `${short}i`) return true;
  if (short.endsWith('an') && long === `${short.slice(0, -2)}kan`) return true;
  return false;
}
