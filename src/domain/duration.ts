/**
 * Waktu: the time a step takes, as written by the author ("5 Menit", "3 hari", "Sesuai waktu
 * konsultasi"), parsed into a typed duration, added up, and said back the way people say it.
 *
 * Conversion rule (Perpres 21/2023: 37,5 working hours over 5 days a week): 1 hari kerja = 7,5 jam
 * = 450 menit. "hari" alone in an SOP step means a working day. 1 minggu = 5 hari kerja,
 * 1 bulan = 22 hari kerja. The rule is exported as text so every total can state it.
 */

export type DurationUnit = 'detik' | 'menit' | 'jam' | 'hari' | 'hari-kerja' | 'minggu' | 'bulan';

export type Duration =
  /** An amount, or a range of amounts ("1-2 hari"), in one unit. */
  | { kind: 'fixed'; text: string; min: number; max: number; unit: DurationUnit }
  /** No number: "Sesuai waktu konsultasi". A total that includes it is "X + variable". */
  | { kind: 'variable'; text: string };

export type ParseResult = { ok: true; duration: Duration } | { ok: false; message: string };

export const WORKING_DAY_MINUTES = 450;

const MINUTES_PER_UNIT: Record<DurationUnit, number> = {
  detik: 1 / 60,
  menit: 1,
  jam: 60,
  hari: WORKING_DAY_MINUTES,
  'hari-kerja': WORKING_DAY_MINUTES,
  minggu: 5 * WORKING_DAY_MINUTES,
  bulan: 22 * WORKING_DAY_MINUTES,
};

/** Stated next to every total that converts days: the reader must know how we counted. */
export const CONVERSION_RULE =
  '1 hari (kerja) = 7,5 jam kerja; 1 minggu = 5 hari kerja; 1 bulan = 22 hari kerja (Perpres 21/2023)';

/** Unit words as authors write them, longest first so "hari kerja" wins over "hari". */
const UNIT_WORDS: ReadonlyArray<[string, DurationUnit]> = [
  ['hari kerja', 'hari-kerja'],
  ['detik', 'detik'],
  ['menit', 'menit'],
  ['mnt', 'menit'],
  ['jam', 'jam'],
  ['hari', 'hari'],
  ['minggu', 'minggu'],
  ['pekan', 'minggu'],
  ['bulan', 'bulan'],
];

export const KNOWN_UNITS = ['detik', 'menit', 'jam', 'hari', 'hari kerja', 'minggu', 'bulan'];

const DIGIT_WORDS: Record<string, number> = {
  nol: 0, satu: 1, se: 1, dua: 2, tiga: 3, empat: 4, lima: 5,
  enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};

/** "lima" -> 5, "dua belas" -> 12, "tiga puluh lima" -> 35, "setengah" -> 0.5; 1 to 99. */
function parseNumberWords(words: string): number | undefined {
  const w = words.trim().replace(/\s+/g, ' ');
  if (w === 'setengah') return 0.5;
  if (w === 'sepuluh') return 10;
  if (w === 'sebelas') return 11;
  if (w === 'seratus') return 100;
  let m = /^(\S+) belas$/.exec(w);
  if (m) {
    const d = DIGIT_WORDS[m[1]!];
    return d !== undefined && d >= 2 ? 10 + d : undefined;
  }
  m = /^(\S+) puluh(?: (\S+))?$/.exec(w);
  if (m) {
    const tens = DIGIT_WORDS[m[1]!];
    const ones = m[2] ? DIGIT_WORDS[m[2]] : 0;
    return tens !== undefined && tens >= 2 && ones !== undefined ? tens * 10 + ones : undefined;
  }
  const d = DIGIT_WORDS[w];
  return d !== undefined && w !== 'se' ? d : undefined;
}

function parseAmount(raw: string): number | undefined {
  const s = raw.trim();
  if (/^\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return parseNumberWords(s);
}

const RANGE_SEPARATOR = /\s*(?:-|–|—|s\.?\s?d\.?|sampai(?: dengan)?|hingga)\s*/;

/**
 * Parses a waktu text. Case and spacing do not matter; a number in words in brackets after the
 * digits ("5 (lima) menit") is ignored; "Sesuai …" and "Tergantung …" are variable.
 */
export function parseDuration(text: string): ParseResult {
  const original = text;
  const s = text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[±~]|kurang lebih|maksimal|maks\.?|paling lama|selambat-lambatnya/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;]$/, '');
  if (s === '') return { ok: false, message: 'waktu kosong; tuliskan misalnya "10 menit"' };
  if (/^(sesuai|tergantung)\b/.test(s)) return { ok: true, duration: { kind: 'variable', text: original } };

  const unitEntry = UNIT_WORDS.find(([word]) => s.endsWith(` ${word}`) || s === word);
  if (!unitEntry) {
    return {
      ok: false,
      message: `satuan waktu tidak dikenal dalam "${original}"; yang dikenal: ${KNOWN_UNITS.join(', ')}, atau "Sesuai …"`,
    };
  }
  const [word, unit] = unitEntry;
  const amountText = s.slice(0, s.length - word.length).trim();
  const parts = amountText.split(RANGE_SEPARATOR);
  if (parts.length > 2 || amountText === '') {
    return { ok: false, message: `jumlah waktu tidak terbaca dalam "${original}"` };
  }
  const min = parseAmount(parts[0]!);
  const max = parts.length === 2 ? parseAmount(parts[1]!) : min;
  if (min === undefined || max === undefined || min <= 0 || max < min) {
    return { ok: false, message: `jumlah waktu tidak terbaca dalam "${original}"` };
  }
  return { ok: true, duration: { kind: 'fixed', text: original, min, max, unit } };
}

/** A sum of durations: exact minutes (a range when any part is a range) plus the variable parts. */
export interface DurationTotal {
  minMinutes: number;
  maxMinutes: number;
  /** The texts of the variable parts, in order ("Sesuai waktu konsultasi"). */
  variable: string[];
  /** True when a day, week or month was converted with CONVERSION_RULE. */
  usesDayRule: boolean;
}

export const ZERO_TOTAL: DurationTotal = { minMinutes: 0, maxMinutes: 0, variable: [], usesDayRule: false };

export function toTotal(d: Duration): DurationTotal {
  if (d.kind === 'variable') return { ...ZERO_TOTAL, variable: [d.text] };
  const per = MINUTES_PER_UNIT[d.unit];
  return {
    minMinutes: d.min * per,
    maxMinutes: d.max * per,
    variable: [],
    usesDayRule: per >= WORKING_DAY_MINUTES,
  };
}

export function addTotals(a: DurationTotal, b: DurationTotal): DurationTotal {
  return {
    minMinutes: a.minMinutes + b.minMinutes,
    maxMinutes: a.maxMinutes + b.maxMinutes,
    variable: [...a.variable, ...b.variable],
    usesDayRule: a.usesDayRule || b.usesDayRule,
  };
}

export function sumDurations(durations: Iterable<Duration>): DurationTotal {
  let total = ZERO_TOTAL;
  for (const d of durations) total = addTotals(total, toTotal(d));
  return total;
}

/** 645 -> "1 hari 3 jam 15 menit" (working days of 7,5 hours). */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  if (rounded === 0) return minutes > 0 ? 'kurang dari 1 menit' : '0 menit';
  const days = Math.floor(rounded / WORKING_DAY_MINUTES);
  const rest = rounded - days * WORKING_DAY_MINUTES;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} hari`);
  if (hours) parts.push(`${hours} jam`);
  if (mins) parts.push(`${mins} menit`);
  return parts.join(' ');
}

/** "Sesuai waktu konsultasi" -> "waktu konsultasi": what the reader must add to the total. */
function variablePhrase(text: string): string {
  return text.trim().replace(/^(sesuai|tergantung)\s+/i, '').replace(/[.;]$/, '');
}

/**
 * A total said the way people say it: "± 1 hari 2 jam 45 menit, ditambah waktu konsultasi".
 * Only variable parts: "sesuai waktu konsultasi".
 */
export function formatTotal(total: DurationTotal): string {
  const phrases = [...new Set(total.variable.map(variablePhrase).map((p) => p.toLowerCase()))];
  const hasFixed = total.maxMinutes > 0;
  if (!hasFixed && phrases.length === 0) return '0 menit';
  if (!hasFixed) return `sesuai ${joinWords(phrases)}`;
  const fixed =
    total.minMinutes === total.maxMinutes
      ? `± ${formatMinutes(total.minMinutes)}`
      : `${formatMinutes(total.minMinutes)} sampai ${formatMinutes(total.maxMinutes)}`;
  return phrases.length ? `${fixed}, ditambah ${joinWords(phrases)}` : fixed;
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} dan ${words[words.length - 1]}`;
}
