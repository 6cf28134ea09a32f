/**
 * Slips of typing and of extraction in any text of a document: characters never meant.
 */

/**
 * Characters that are slips of typing or of extraction, never meant: a backslash, a doubled comma,
 * semicolon or colon, two full stops (three are an ellipsis), a space just inside a bracket (quoted
 * with the word beside it: "( bila", "perlu )").
 */
const STRAY = /\\|,\s*,|;\s*;|:\s*:|(?<!\.)\.\.(?!\.)|\(\s+[^\s()]+|[^\s()]+\s+\)/g;

export function strayCharacters(text: string): string[] {
  return [...new Set([...text.matchAll(STRAY)].map((m) => m[0].replace(/\s+/g, ' ')))];
}
