/**
 * How far apart two spellings are, for the near misses a reviewer spots: "Menitt" for "menit",
 * "Petugas pelayanan" for the column "Petugas Layanan", "Kualias" for "Kualitas". Hand-written
 * rather than a dependency: the domain imports no string library, and what the rules need is a
 * bounded distance (give up past `max`) and the one-edit neighbourhood of a word, which the
 * general-purpose packages do not offer.
 */

/**
 * Edits (insert, delete, replace one character, or swap two neighbours) from `a` to `b`, counting
 * no further than `max`: any distance above it is returned as `max + 1`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before.slice();
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** Every string one deletion away from `word` (with the word itself): two words one edit apart share one. */
export function deletions(word: string): string[] {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}
