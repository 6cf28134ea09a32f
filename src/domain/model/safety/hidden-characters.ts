import type { Finding } from '../../findings/index.ts';
import { RULE_BY_CODE } from '../../findings/index.ts';
import { formatPath, type ParsedSource } from '../frontmatter.ts';

/**
 * Characters a reader cannot see that change what they read: bidirectional overrides and isolates
 * make "061/ 1625.1" display as another number, zero-width characters make two equal-looking names
 * or nomor different (and unsearchable). Official Indonesian documents need none of them; each is
 * reported where it stands, in the frontmatter (names, nomor, every text) and the body alike.
 */
const HIDDEN: Record<number, string> = {
  0x200b: 'spasi lebar-nol (ZERO WIDTH SPACE)',
  0x200c: 'pemisah lebar-nol (ZERO WIDTH NON-JOINER)',
  0x200d: 'penyambung lebar-nol (ZERO WIDTH JOINER)',
  0x200e: 'penanda kiri-ke-kanan (LEFT-TO-RIGHT MARK)',
  0x200f: 'penanda kanan-ke-kiri (RIGHT-TO-LEFT MARK)',
  0x202a: 'penyemat kiri-ke-kanan (LEFT-TO-RIGHT EMBEDDING)',
  0x202b: 'penyemat kanan-ke-kiri (RIGHT-TO-LEFT EMBEDDING)',
  0x202c: 'akhir arah teks (POP DIRECTIONAL FORMATTING)',
  0x202d: 'pemaksa kiri-ke-kanan (LEFT-TO-RIGHT OVERRIDE)',
  0x202e: 'pemaksa kanan-ke-kiri (RIGHT-TO-LEFT OVERRIDE)',
  0x2060: 'penyambung kata (WORD JOINER)',
  0x2061: 'operator tak terlihat (FUNCTION APPLICATION)',
  0x2062: 'operator tak terlihat (INVISIBLE TIMES)',
  0x2063: 'operator tak terlihat (INVISIBLE SEPARATOR)',
  0x2064: 'operator tak terlihat (INVISIBLE PLUS)',
  0x2066: 'isolasi kiri-ke-kanan (LEFT-TO-RIGHT ISOLATE)',
  0x2067: 'isolasi kanan-ke-kiri (RIGHT-TO-LEFT ISOLATE)',
  0x2068: 'isolasi arah awal (FIRST STRONG ISOLATE)',
  0x2069: 'akhir isolasi (POP DIRECTIONAL ISOLATE)',
  0x061c: 'penanda huruf Arab (ARABIC LETTER MARK)',
  0x180e: 'pemisah vokal Mongolia (MONGOLIAN VOWEL SEPARATOR)',
  0xfeff: 'tanda urutan bita di tengah teks (ZERO WIDTH NO-BREAK SPACE)',
};
const PATTERN = new RegExp(`[${Object.keys(HIDDEN).map((c) => `\\u${Number(c).toString(16).padStart(4, '0')}`).join('')}]`, 'gu');

export const hasHiddenCharacters = (text: string) => new RegExp(PATTERN.source, 'u').test(text);

/** One finding per hidden character, at its line and column in the file (a BOM at the very start is allowed). */
export function hiddenCharacterFindings(file: string, text: string, documentId?: string): Finding[] {
  const out: Finding[] = [];
  const severity = RULE_BY_CODE.get('karakter-tersembunyi')!.severity;
  let line = 1;
  let lineStart = 0;
  let next = 0;
  for (const m of text.matchAll(PATTERN)) {
    if (m.index === 0 && m[0] === '\ufeff') continue;
    for (; next < m.index; next++) if (text.charCodeAt(next) === 10) { line++; lineStart = next + 1; }
    const code = m[0].codePointAt(0)!;
    out.push({
      file, line, column: m.index - lineStart + 1, severity, code: 'karakter-tersembunyi',
      message: `karakter tak terlihat U+${code.toString(16).toUpperCase().padStart(4, '0')} ${HIDDEN[code]}: hapus; pembaca melihat teks lain dari yang tertulis`,
      ...(documentId ? { documentId } : {}),
    });
    if (out.length >= 20) break; // a pasted block can hold hundreds: the first twenty say enough
  }
  return out;
}

/**
 * Hidden characters written as YAML escapes ("\u202E" in double quotes) are not in the file's text:
 * the parsed values are walked too. Paths of the string values that hold one.
 */
export function hiddenCharacterPaths(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof data === 'string') return hasHiddenCharacters(data) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => hiddenCharacterPaths(item, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([k, v]) => [...(hasHiddenCharacters(k) ? [[...path, k]] : []), ...hiddenCharacterPaths(v, [...path, k])]);
  return [];
}

/**
 * Invisible characters, found in the file's text (exact place) and, when written as YAML escapes,
 * in the parsed values (at the value).
 */
export function hiddenFindings(file: { file: string; text: string }, source: ParsedSource, documentId?: string): Finding[] {
  const found = hiddenCharacterFindings(file.file, file.text, documentId);
  if (found.length || source.data === undefined) return found;
  return hiddenCharacterPaths(source.data).map((path) => ({
    file: file.file, ...source.locate(path), severity: RULE_BY_CODE.get('karakter-tersembunyi')!.severity, code: 'karakter-tersembunyi',
    message: `${formatPath(path)}: karakter tak terlihat (ditulis sebagai kode \\u…): hapus; pembaca melihat teks lain dari yang tertulis`,
    ...(documentId ? { documentId } : {}),
  }));
}
