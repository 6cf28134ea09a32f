import type { Finding } from '../../findings/index.ts';
import { RULE_BY_CODE } from '../../findings/index.ts';
import { formatPath, locate, type ParsedSource } from '../frontmatter.ts';

/**
 * Characters a reader cannot see that change what they read: bidirectional overrides and isolates
 * make "061/ 1625.1" display as another number, zero-width characters, fillers and tag characters
 * make two equal-looking names or nomor different (and unsearchable). Control characters (NUL,
 * ESC, …) are not text at all: XML forbids most of them, so one makes the published SVG and BPMN
 * unreadable, and a terminal runs the escape sequences they start. Official Indonesian documents
 * need none of them; each is reported where it stands, in the frontmatter (names, nomor, every text)
 * and the body alike. Tab, line feed and carriage return are ordinary text.
 */
const INVISIBLE: Record<number, string> = {
  0x00ad: 'tanda hubung lunak (SOFT HYPHEN)',
  0x034f: 'penyambung grafem (COMBINING GRAPHEME JOINER)',
  0x061c: 'penanda huruf Arab (ARABIC LETTER MARK)',
  0x115f: 'pengisi Hangul (HANGUL CHOSEONG FILLER)',
  0x1160: 'pengisi Hangul (HANGUL JUNGSEONG FILLER)',
  0x180e: 'pemisah vokal Mongolia (MONGOLIAN VOWEL SEPARATOR)',
  0x200b: 'spasi lebar-nol (ZERO WIDTH SPACE)',
  0x200c: 'pemisah lebar-nol (ZERO WIDTH NON-JOINER)',
  0x200d: 'penyambung lebar-nol (ZERO WIDTH JOINER)',
  0x200e: 'penanda kiri-ke-kanan (LEFT-TO-RIGHT MARK)',
  0x200f: 'penanda kanan-ke-kiri (RIGHT-TO-LEFT MARK)',
  0x2028: 'pemisah baris (LINE SEPARATOR)',
  0x2029: 'pemisah paragraf (PARAGRAPH SEPARATOR)',
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
  0x3164: 'pengisi Hangul (HANGUL FILLER)',
  0xfeff: 'tanda urutan bita di tengah teks (ZERO WIDTH NO-BREAK SPACE)',
  0xffa0: 'pengisi Hangul lebar-setengah (HALFWIDTH HANGUL FILLER)',
};
/** C0 names, for the message: "karakter kendali U+001B (ESC)". */
const C0_NAMES = 'NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'.split(' ');

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');
const PATTERN = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${Object.keys(INVISIBLE)
    .map((c) => `\\u${hex(Number(c))}`)
    .join('')}\\u{e0000}-\\u{e007f}]`,
  'gu',
);

export const hasHiddenCharacters = (text: string) => new RegExp(PATTERN.source, 'u').test(text);

/**
 * "karakter tak terlihat U+202E pemaksa kanan-ke-kiri (…): hapus; …", "karakter kendali U+0000
 * (NUL): hapus; …"; `written` says how it was written when it is not the character itself.
 */
export function hiddenCharacterMessage(code: number, written = ''): string {
  const invisible = INVISIBLE[code] ?? (code >= 0xe0000 ? 'karakter tag (TAG)' : undefined);
  if (invisible) return `karakter tak terlihat U+${hex(code)} ${invisible}${written}: hapus; pembaca melihat teks lain dari yang tertulis`;
  const name = code < 0x20 ? C0_NAMES[code] : code === 0x7f ? 'DEL' : 'C1';
  return `karakter kendali U+${hex(code)} (${name})${written}: hapus; karakter kendali bukan teks dan merusak berkas SVG, BPMN dan halaman`;
}

const firstHidden = (text: string) => new RegExp(PATTERN.source, 'u').exec(text)?.[0].codePointAt(0);

/** One finding per hidden character, at its line and column in the file (a BOM at the very start is allowed). */
export function hiddenCharacterFindings(file: string, text: string, documentId?: string): Finding[] {
  const out: Finding[] = [];
  const severity = RULE_BY_CODE.get('karakter-tersembunyi')!.severity;
  let line = 1;
  let lineStart = 0;
  let next = 0;
  for (const m of text.matchAll(PATTERN)) {
    if (m.index === 0 && m[0] === '\ufeff') continue;
    for (; next < m.index; next++)
      if (text.charCodeAt(next) === 10) {
        line++;
        lineStart = next + 1;
      }
    out.push({
      file,
      line,
      column: m.index - lineStart + 1,
      severity,
      code: 'karakter-tersembunyi',
      message: hiddenCharacterMessage(m[0].codePointAt(0)!),
      ...(documentId ? { documentId } : {}),
    });
    if (out.length >= 20) break; // a pasted block can hold hundreds: the first twenty say enough
  }
  return out;
}

/**
 * Hidden characters written as YAML escapes ("\u202E", "\0", "\e" in double quotes) are not in the
 * file's text: the parsed values are walked too. Each string value (or key) that holds one, with
 * the first such character.
 */
export function hiddenCharacterPaths(data: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; code: number }> {
  const at = (text: string, where: PropertyKey[]) => {
    const code = firstHidden(text);
    return code === undefined ? [] : [{ path: where, code }];
  };
  if (typeof data === 'string') return at(data, path);
  if (Array.isArray(data)) return data.flatMap((item, i) => hiddenCharacterPaths(item, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([k, v]) => [...at(k, [...path, k]), ...hiddenCharacterPaths(v, [...path, k])]);
  return [];
}

/**
 * Invisible characters, found in the file's text (exact place) and, when written as YAML escapes,
 * in the parsed values (at the value).
 */
export function hiddenFindings(file: { file: string; text: string }, source: ParsedSource, documentId?: string): Finding[] {
  const found = hiddenCharacterFindings(file.file, file.text, documentId);
  if (source.data === undefined) return found;
  // A value typed with the character itself is reported at the character, above; one written only
  // as an escape is reported at the value.
  const typed = new Set(found.map((f) => f.line));
  const escaped = hiddenCharacterPaths(source.data).map(({ path, code }): Finding => ({
    file: file.file,
    ...locate(source, path),
    severity: RULE_BY_CODE.get('karakter-tersembunyi')!.severity,
    code: 'karakter-tersembunyi',
    message: `${formatPath(path)}: ${hiddenCharacterMessage(code, ', ditulis sebagai kode \\…')}`,
    ...(documentId ? { documentId } : {}),
  }));
  return [...found, ...escaped.filter((f) => !typed.has(f.line))];
}
