import { editDistance } from '../text/index.ts';

/**
 * Waktu as real documents write it ("5 Menit", "1 – 20 Hari Kerja", "maksimal 5 menit", "1x24 jam",
 * "Semesteran", "Sesuai jadwal", "-"), read into a typed value. Reading never fails: the text is kept
 * verbatim in every kind, and what cannot be read is `unknown` (kept, counted, reported as info).
 *
 * Calendar days ("hari kalender") are a unit of their own, never mixed with working days; plain
 * "hari" stays `hari` here and is counted by the day rule of ./total.ts.
 */

export type DurationUnit = 'detik' | 'menit' | 'jam' | 'hari' | 'hari-kerja' | 'hari-kalender' | 'minggu' | 'bulan';

/** How plain "hari" (with no "kerja"/"kalender") is counted: a document's `hitungan_hari`. */
export type PlainDayRule = 'hari-kerja' | 'hari-kalender';
export const DEFAULT_PLAIN_DAY: PlainDayRule = 'hari-kerja';

/** A number of units, or a range of them ("1-2 hari": min 1, max 2). */
export interface Amount {
  min: number;
  max: number;
  unit: DurationUnit;
  /** Only on plain "hari" under a document rule other than the default: how it counts. */
  plainDay?: PlainDayRule;
}

export type Duration =
  /** "5 menit", "3 Hari Kerja", "± 2 jam", "5 (lima) menit". */
  | { kind: 'exact'; text: string; amount: Amount }
  /** "1-2 hari", "1 – 20 Hari Kerja", "2 sampai 4 jam". */
  | { kind: 'range'; text: string; amount: Amount }
  /** "maksimal 5 menit", "paling lambat 14 hari kalender", "selambat-lambatnya 3 jam", "max. 1 jam". */
  | { kind: 'upper'; text: string; amount: Amount }
  /** "6 jam, atau lebih", "minimal 2 hari". */
  | { kind: 'lower'; text: string; amount: Amount }
  /**
   * "1x24 jam", "3 x 24 jam": `factor` times `amount`. `total` is what it counts as: N x 24 jam is N
   * round-the-clock days, so N calendar days (24 working hours would be 3,2 working days); any other
   * product stays in its unit ("2 x 30 menit" = 60 menit).
   */
  | { kind: 'multiplication'; text: string; factor: number; amount: Amount; total: Amount }
  /** A recurring period or a window, not a length: "Sepanjang tahun", "Semesteran", "1 bulan (tanggal 1-20)". */
  | { kind: 'period'; text: string }
  /** Done at a set time: "Sesuai jadwal". */
  | { kind: 'scheduled'; text: string }
  /** Depends on the case: "Sesuai kebutuhan", "Sesuai waktu konsultasi", "Segera", "Tergantung antrean". */
  | { kind: 'variable'; text: string }
  /** No time given: "", "-". */
  | { kind: 'empty'; text: string }
  /** Anything else, kept as written. */
  | { kind: 'unknown'; text: string };

export type DurationKind = Duration['kind'];

/** Kinds that carry a number of units, counted in totals. */
export type NumericDuration = Extract<Duration, { amount: Amount }>;

export function isNumeric(d: Duration): d is NumericDuration {
  return 'amount' in d;
}

/** The amount a numeric duration stands for in a total (the product for "1x24 jam", the bound for "maksimal"). */
export function countedAmount(d: NumericDuration): Amount {
  return d.kind === 'multiplication' ? d.total : d.amount;
}

/** Unit words as authors write them, longest first so "hari kerja" wins over "hari". */
const UNIT_WORDS: ReadonlyArray<[string, DurationUnit]> = [
  ['hari kalender', 'hari-kalender'],
  ['hari kerja', 'hari-kerja'],
  ['hk', 'hari-kerja'],
  ['jam kerja', 'jam'],
  ['detik', 'detik'],
  ['menit', 'menit'],
  ['mnt', 'menit'],
  ['jam', 'jam'],
  ['hari', 'hari'],
  ['minggu', 'minggu'],
  ['pekan', 'minggu'],
  ['bulan', 'bulan'],
];

/** How each unit is written back: "hari-kerja" -> "hari kerja". */
export const UNIT_LABEL: Record<DurationUnit, string> = {
  detik: 'detik',
  menit: 'menit',
  jam: 'jam',
  hari: 'hari',
  'hari-kerja': 'hari kerja',
  'hari-kalender': 'hari kalender',
  minggu: 'minggu',
  bulan: 'bulan',
};

const DIGIT_WORDS: Record<string, number> = {
  nol: 0, satu: 1, se: 1, dua: 2, tiga: 3, empat: 4, lima: 5,
  enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};

/** "lima" -> 5, "dua belas" -> 12, "tiga puluh lima" -> 35, "setengah" -> 0.5; 1 to 100. */
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

function parseNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (/^\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return parseNumberWords(s);
}

const RANGE_SEPARATOR = /\s*(?:-|–|—|s\.?\s?d\.?|s\/d|sampai(?: dengan)?|hingga)\s*/;

/** "5 menit", "1-2 hari": an amount with its unit; undefined when the text is not one. */
function parseAmount(s: string): Amount | undefined {
  return parseSimpleAmount(s) ?? parseClockAmount(s);
}

/** Minutes in the clock units, which convert exactly (no day rule involved). */
const CLOCK_MINUTES: Partial<Record<DurationUnit, number>> = { detik: 1 / 60, menit: 1, jam: 60 };

/** "1 jam 30 menit" -> 90 menit; undefined unless every part is a clock amount. */
function parseCompound(s: string): number | undefined {
  const parts = [...s.matchAll(/(\d+(?:[.,]\d+)?)\s*(jam|menit|mnt|detik)\b/g)];
  if (parts.length < 2 || parts.map((m) => m[0]).join(' ') !== s.replace(/\s+dan\s+/g, ' ').replace(/\s+/g, ' ').trim()) return undefined;
  return parts.reduce((sum, m) => sum + Number(m[1]!.replace(',', '.')) * CLOCK_MINUTES[m[2] === 'mnt' ? 'menit' : (m[2] as DurationUnit)]!, 0);
}

/**
 * Clock amounts across units: "1 jam 30 menit" (90 menit), "30 menit - 1 jam" (30 to 60 menit),
 * "1 jam 30 menit - 2 jam". Days, weeks and months are left to parseSimpleAmount: converting
 * them would need the day rule.
 */
function parseClockAmount(s: string): Amount | undefined {
  const minutesOf = (part: string): number | undefined => {
    const compound = parseCompound(part);
    if (compound !== undefined) return compound;
    const simple = parseSimpleAmount(part);
    const per = simple && simple.min === simple.max ? CLOCK_MINUTES[simple.unit] : undefined;
    return per === undefined ? undefined : simple!.min * per;
  };
  const sides = s.split(/\s+(?:-|–|—|s\.?\s?d\.?|s\/d|sampai(?: dengan)?|hingga)\s+|(?<=[a-z])\s*[-–—]\s*(?=\d)/);
  if (sides.length > 2) return undefined;
  const min = minutesOf(sides[0]!);
  const max = sides.length === 2 ? minutesOf(sides[1]!) : min;
  if (min === undefined || max === undefined || max < min) return undefined;
  return { min, max, unit: 'menit' };
}

function parseSimpleAmount(s: string): Amount | undefined {
  const unitEntry = UNIT_WORDS.find(([word]) => s.endsWith(` ${word}`) || s.endsWith(word) && /\d$/.test(s.slice(0, -word.length)));
  if (!unitEntry) return undefined;
  const [word, unit] = unitEntry;
  const amountText = s.slice(0, s.length - word.length).trim();
  const parts = amountText.split(RANGE_SEPARATOR);
  if (parts.length > 2 || amountText === '') return undefined;
  const min = parseNumber(parts[0]!);
  const max = parts.length === 2 ? parseNumber(parts[1]!) : min;
  if (min === undefined || max === undefined || max < min) return undefined;
  return { min, max, unit };
}

const UPPER = /^(?:maksimal|maksimum|maks\.?|max\.?|paling lama|paling lambat|selambat-lambatnya|selama-lamanya|tidak lebih dari|kurang dari)\s*/;
const LOWER_PREFIX = /^(?:minimal|minimum|min\.|paling cepat|paling sedikit|sekurang-kurangnya|setidaknya|lebih dari)\s*/;
const LOWER_SUFFIX = /\s*,?\s*(?:atau lebih|ke atas|lebih)$/;
const APPROXIMATELY = /^(?:±|\+\/-|~|kurang lebih|kira-kira|sekitar|lebih kurang)\s*/;
/** Recurring periods and windows: "Semesteran", "Triwulanan", "setiap bulan", "sepanjang tahun". */
const PERIOD = /^(?:harian|mingguan|bulanan|triwulanan|caturwulanan|semesteran|tahunan|sepanjang\b|setiap\b|tiap\b|per\s+(?:hari|minggu|bulan|triwulan|semester|tahun)\b)|\(\s*tanggal\b|\btanggal\s+\d/;
const SCHEDULED = /^(?:sesuai|menurut|mengikuti)\s+(?:jadwal|agenda|kalender|jam\s+(?:kerja|layanan|pelayanan))/;
const VARIABLE = /^(?:sesuai|tergantung|bergantung|menyesuaikan|disesuaikan|segera|saat itu juga|langsung)\b/;

/**
 * Reads a waktu text. Case, spacing and line breaks do not matter; a number in words in brackets
 * after the digits ("5 (lima) menit") is ignored. Never throws, never rejects. `plainDay` is the
 * document's rule for plain "hari"; it is recorded on the amount when it is not the default, so that
 * every total of this duration (the page's, the viewer's) counts it the same way.
 */
export function parseDuration(text: string, plainDay: PlainDayRule = DEFAULT_PLAIN_DAY): Duration {
  const d = readDuration(text);
  if (plainDay === DEFAULT_PLAIN_DAY || !isNumeric(d)) return d;
  const mark = (a: Amount): Amount => (a.unit === 'hari' ? { ...a, plainDay } : a);
  return d.kind === 'multiplication' ? { ...d, amount: mark(d.amount), total: mark(d.total) } : { ...d, amount: mark(d.amount) };
}

function readDuration(text: string): Duration {
  const s = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:]$/, '')
    .trim();
  if (s === '' || /^[-–—]+$/.test(s)) return { kind: 'empty', text };
  if (PERIOD.test(s)) return { kind: 'period', text };
  if (SCHEDULED.test(s)) return { kind: 'scheduled', text };
  if (VARIABLE.test(s)) return { kind: 'variable', text };

  let rest = s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\bse(hari|jam|minggu|pekan|bulan)\b/g, '1 $1') // "sehari", "seminggu"
    .replace(/\s+/g, ' ')
    .trim();
  let bound: 'upper' | 'lower' | undefined;
  if (UPPER.test(rest)) (bound = 'upper'), (rest = rest.replace(UPPER, ''));
  else if (LOWER_PREFIX.test(rest)) (bound = 'lower'), (rest = rest.replace(LOWER_PREFIX, ''));
  else if (LOWER_SUFFIX.test(rest)) (bound = 'lower'), (rest = rest.replace(LOWER_SUFFIX, ''));
  rest = rest.replace(APPROXIMATELY, '').trim();

  const times = /^(\d+)\s*[x×]\s*(.+)$/.exec(rest);
  if (times && !bound) {
    const amount = parseAmount(times[2]!.trim());
    const factor = Number(times[1]);
    if (amount) {
      const wholeDays = amount.unit === 'jam' && amount.min === 24 && amount.max === 24;
      const total: Amount = wholeDays
        ? { min: factor, max: factor, unit: 'hari-kalender' }
        : { ...amount, min: amount.min * factor, max: amount.max * factor };
      return { kind: 'multiplication', text, factor, amount, total };
    }
    return { kind: 'unknown', text };
  }
  const amount = parseAmount(rest);
  if (!amount) return { kind: 'unknown', text };
  if (bound) return { kind: bound, text, amount };
  return { kind: amount.min === amount.max ? 'exact' : 'range', text, amount };
}

/** Unit words a typist may miss by a letter ("Menitt", "hri", "mingu"); abbreviations ("mnt", "hk") are too short to guess from. */
const TYPO_UNITS = ['detik', 'menit', 'jam', 'hari', 'kerja', 'kalender', 'minggu', 'pekan', 'bulan'];

/**
 * A waktu that does not read only because a unit word is one letter off ("15 Menitt"): the word as
 * written and the unit it most likely is, when putting that unit in its place makes a time with a
 * number. Undefined for a waktu that reads, or that no single unit word would mend. A guess for the
 * message only: the waktu itself stays unread and uncounted.
 */
export function misspeltUnit(text: string): { written: string; unit: string } | undefined {
  if (readDuration(text).kind !== 'unknown') return undefined;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (word.length < 3 || TYPO_UNITS.includes(word)) continue;
    for (const unit of TYPO_UNITS) {
      if (editDistance(word, unit, 1) !== 1) continue;
      const mended = text.slice(0, m.index) + unit + text.slice(m.index + m[0].length);
      if (isNumeric(readDuration(mended))) return { written: m[0], unit };
    }
  }
  return undefined;
}
