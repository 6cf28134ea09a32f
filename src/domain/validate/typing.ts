import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { findingAt } from './place.ts';
import { documentTexts } from './texts.ts';

/**
 * Slips of typing and of extraction in any text of a document, that no reader means: stray
 * characters and a word written twice in a row ("tentang tentang").
 */

/**
 * A backslash, a doubled comma, semicolon or colon, two full stops (three are an ellipsis), a space
 * just inside a bracket (quoted with the word beside it: "( bila", "perlu )").
 */
const STRAY = /\\|,\s*,|;\s*;|:\s*:|(?<!\.)\.\.(?!\.)|\(\s+[^\s()]+|[^\s()]+\s+\)/g;

/**
 * The same word twice with only a space between ("tentang tentang"): Indonesian writes a doubled
 * word with a hyphen ("kata-kata"), so a space between two equal words is a slip. Words of one
 * letter and numbers ("1 1") are left alone.
 */
const REPEATED = /(?<![\p{L}\p{N}-])(\p{L}{2,})\s+\1(?![\p{L}\p{N}-])/giu;

/** What a text holds that was not meant, each quoted once, in the order they stand, with where the first stands. */
export function typingSlips(text: string): { slips: string[]; first: number } {
  const found = [...text.matchAll(STRAY), ...text.matchAll(REPEATED)].sort((a, b) => a.index - b.index);
  return { slips: [...new Set(found.map((m) => m[0].replace(/\s+/g, ' ')))], first: found[0]?.index ?? -1 };
}

/** The words around a place in a text, so that a reviewer finds it in a long item. */
function around(text: string, index: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - 30)) + 1);
  const end = text.indexOf(' ', Math.min(text.length, index + 40));
  const to = end < 0 ? text.length : end;
  return `"${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}"`;
}

export function typingFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of [...corpus.sops.values(), ...corpus.standards.values()])
    for (const { path, text, where, step } of documentTexts(doc)) {
      const { slips, first } = typingSlips(text);
      if (slips.length)
        out.push(findingAt(doc, path, 'salah-ketik', `${where}: ${slips.map((s) => `"${s}"`).join(', ')} di ${around(text, first)}`, step === undefined ? {} : { step }));
    }
  return out;
}
