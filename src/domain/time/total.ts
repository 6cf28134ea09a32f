import { countedAmount, DEFAULT_PLAIN_DAY, isNumeric, type Duration, type DurationUnit, type PlainDayRule } from './duration.ts';

/**
 * Adding times up. Working time is counted in minutes with the working-day rule (Perpres 21/2023:
 * 37,5 working hours over 5 days a week, so 1 hari kerja = 7,5 jam = 450 menit; 1 minggu = 5 hari
 * kerja; 1 bulan = 22 hari kerja). Calendar days are a separate sum: a calendar day is not 7,5
 * working hours, and a total never pretends it is.
 *
 * Plain "hari" follows the day rule: a working day unless the rule says calendar day. Every total
 * that used the rule says so (`usesDayRule`), and the page prints the rule next to it.
 */

export const WORKING_DAY_MINUTES = 450;

const WORKING_MINUTES: Partial<Record<DurationUnit, number>> = {
  detik: 1 / 60,
  menit: 1,
  jam: 60,
  'hari-kerja': WORKING_DAY_MINUTES,
  minggu: 5 * WORKING_DAY_MINUTES,
  bulan: 22 * WORKING_DAY_MINUTES,
};

/**
 * A sum of step times. Missing and non-numeric times are counted, never silently left out and
 * never turned into a made-up number.
 */
export interface DurationTotal {
  /** Working time, in minutes (days, weeks and months converted with the rule). */
  minMinutes: number;
  maxMinutes: number;
  /** Calendar days, summed apart from working time. */
  minCalendarDays: number;
  maxCalendarDays: number;
  /** A lower bound ("6 jam, atau lebih") is in the sum: the total is "or more". */
  atLeast: boolean;
  /** The texts of the parts with a non-numeric time, in order ("Sesuai jadwal", "Semesteran"). */
  variable: string[];
  /** How many parts had no time at all. */
  missing: number;
  /** A day, week or month was converted to working minutes. */
  usesDayRule: boolean;
  /** Plain "hari" was counted by the day rule. */
  usesPlainDay: boolean;
}

export const ZERO_TOTAL: DurationTotal = {
  minMinutes: 0,
  maxMinutes: 0,
  minCalendarDays: 0,
  maxCalendarDays: 0,
  atLeast: false,
  variable: [],
  missing: 0,
  usesDayRule: false,
  usesPlainDay: false,
};

/**
 * One step's time as a total; `undefined` (no waktu) counts as missing. Plain "hari" counts by
 * `plainDay` when given, else by the rule recorded when the document was read, else the default.
 */
export function toTotal(d: Duration | undefined, plainDay?: PlainDayRule): DurationTotal {
  if (!d || d.kind === 'empty') return { ...ZERO_TOTAL, missing: 1 };
  if (!isNumeric(d)) return { ...ZERO_TOTAL, variable: [d.text] };
  const amount = countedAmount(d);
  const unit = amount.unit === 'hari' ? (plainDay ?? amount.plainDay ?? DEFAULT_PLAIN_DAY) : amount.unit;
  const usesPlainDay = amount.unit === 'hari';
  const atLeast = d.kind === 'lower';
  if (unit === 'hari-kalender')
    return { ...ZERO_TOTAL, minCalendarDays: amount.min, maxCalendarDays: amount.max, atLeast, usesPlainDay };
  const per = WORKING_MINUTES[unit]!;
  return {
    ...ZERO_TOTAL,
    minMinutes: amount.min * per,
    maxMinutes: amount.max * per,
    atLeast,
    usesDayRule: per >= WORKING_DAY_MINUTES,
    usesPlainDay,
  };
}

export function addTotals(a: DurationTotal, b: DurationTotal): DurationTotal {
  return {
    minMinutes: a.minMinutes + b.minMinutes,
    maxMinutes: a.maxMinutes + b.maxMinutes,
    minCalendarDays: a.minCalendarDays + b.minCalendarDays,
    maxCalendarDays: a.maxCalendarDays + b.maxCalendarDays,
    atLeast: a.atLeast || b.atLeast,
    variable: [...a.variable, ...b.variable],
    missing: a.missing + b.missing,
    usesDayRule: a.usesDayRule || b.usesDayRule,
    usesPlainDay: a.usesPlainDay || b.usesPlainDay,
  };
}

export function sumDurations(durations: Iterable<Duration | undefined>, plainDay?: PlainDayRule): DurationTotal {
  let total = ZERO_TOTAL;
  for (const d of durations) total = addTotals(total, toTotal(d, plainDay));
  return total;
}

/** True when the total has both working time and calendar days: two sums, shown side by side. */
export function mixesDayKinds(total: DurationTotal): boolean {
  return total.maxMinutes > 0 && total.maxCalendarDays > 0;
}

/**
 * Only to compare or rank totals (the quickest path, an SOP against its service promise), never to
 * show: calendar days as working minutes at 5 working days per 7 calendar days. Every message that
 * compares with it says so (CALENDAR_COMPARISON in i18n).
 */
export function comparableMinutes(total: DurationTotal, bound: 'min' | 'max'): number {
  const calendarDays = bound === 'min' ? total.minCalendarDays : total.maxCalendarDays;
  const minutes = bound === 'min' ? total.minMinutes : total.maxMinutes;
  return minutes + (calendarDays * 5 * WORKING_DAY_MINUTES) / 7;
}

/** True when the total has no number at all (only missing or non-numeric parts). */
export function hasNoNumber(total: DurationTotal): boolean {
  return total.maxMinutes === 0 && total.maxCalendarDays === 0;
}
