import { timeWords as t } from '../../i18n/id.ts';
import type { PlainDayRule } from './duration.ts';
import { hasNoNumber, mixesDayKinds, WORKING_DAY_MINUTES, type DurationTotal } from './total.ts';

/**
 * Every wording of a time total, in one place: the pages' "± 1 hari kerja 2 jam" (formatAmount),
 * the viewer's total with what it could not count (formatTotal), the validator's exact minutes
 * (describeTotal), and the day-rule lines printed beside a total. The words are in src/i18n/id.ts
 * (`timeWords`); the arithmetic of days, hours and minutes is here.
 */

/** 1.5 -> "1,5": numbers as the reader writes them. */
export function numberText(n: number): string {
  return (Math.round(n * 100) / 100).toString().replace('.', ',');
}

/** 645 -> "1 hari kerja 3 jam 15 menit" (working days of 7,5 hours). */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  if (rounded === 0) return minutes > 0 ? t.lessThanAMinute : t.zero;
  const days = Math.floor(rounded / WORKING_DAY_MINUTES);
  const rest = rounded - days * WORKING_DAY_MINUTES;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} ${t.workingDay}`);
  if (hours) parts.push(`${hours} ${t.hour}`);
  if (mins) parts.push(`${mins} ${t.minute}`);
  return parts.join(' ');
}

/** The working time as said: "± 1 jam 35 menit", or "1 jam sampai 2 jam" for a range. */
const spokenMinutes = (total: DurationTotal) =>
  total.minMinutes === total.maxMinutes
    ? `${t.about} ${formatMinutes(total.minMinutes)}`
    : `${formatMinutes(total.minMinutes)} ${t.to} ${formatMinutes(total.maxMinutes)}`;

/** "95", "95–120": a number or a range of them. */
const numberRange = (min: number, max: number) => (min === max ? numberText(min) : `${numberText(min)}–${numberText(max)}`);

/** "14 hari kalender", "7–14 hari kalender": summed apart from working time. */
const calendarDays = (total: DurationTotal) => `${numberRange(total.minCalendarDays, total.maxCalendarDays)} ${t.calendarDay}`;

/** The parts joined with "+", then "atau lebih" when a lower bound is in the sum. */
const joined = (total: DurationTotal, parts: readonly string[]) => (total.atLeast ? `${parts.join(' + ')} ${t.orMore}` : parts.join(' + '));

/**
 * The numbers of a total, as the pages say them: "± 1 hari kerja 2 jam", "2 jam sampai 1 hari
 * kerja", "± 3 jam + 14 hari kalender", "5 menit atau lebih"; `noNumber` when nothing could be counted.
 */
export function formatAmount(total: DurationTotal): string {
  if (hasNoNumber(total)) return total.variable.length || total.missing ? t.noNumber : t.zero;
  return joined(total, [...(total.maxMinutes > 0 ? [spokenMinutes(total)] : []), ...(total.maxCalendarDays > 0 ? [calendarDays(total)] : [])]);
}

/**
 * A total with what it could not count, in one phrase (the viewer's role summary and walk-through):
 * "± 2 jam, ditambah “Sesuai jadwal”; 1 langkah tanpa waktu belum terhitung".
 */
export function formatTotal(total: DurationTotal): string {
  const texts = [...new Set(total.variable.map((v) => v.replace(/\s+/g, ' ').trim()))];
  const quoted = texts.map((v) => `“${v}”`).join(', ');
  let out = formatAmount(total);
  if (texts.length) out = hasNoNumber(total) ? `${out} (${quoted})` : `${out}, ${t.plusNonNumeric(quoted)}`;
  if (total.missing) out += `; ${t.plusMissing(total.missing)}`;
  return out;
}

/** The steps (or parts) of a path whose time a total cannot count, each named once however often the path takes it. */
export interface UncountedSteps {
  missing: number[];
  nonNumeric: number[];
}

/**
 * A total as the validator's messages give it, for reviewers who check the sum: "95 menit (± 1 jam
 * 35 menit) + 14 hari kalender + 2 langkah bukan angka ("Sesuai jadwal")": exact minutes, said the
 * way people say them from an hour on, the calendar days apart, and what could not be counted, by
 * `part` ("langkah", "bagian"). Given the path's `steps`, those are counted and named once each
 * ("+ 2 langkah tanpa waktu (langkah 3, 6)"), so a count always agrees with the list beside it,
 * even when a loop takes a step twice.
 */
export function describeTotal(total: DurationTotal, part: string = t.step, steps?: UncountedSteps): string {
  const pieces: string[] = [];
  if (total.maxMinutes > 0 || total.maxCalendarDays === 0)
    pieces.push(`${numberRange(total.minMinutes, total.maxMinutes)} ${t.minute}${total.maxMinutes >= 60 ? ` (${spokenMinutes(total)})` : ''}`);
  if (total.maxCalendarDays > 0) pieces.push(calendarDays(total));
  let out = joined(total, pieces);
  const texts = [...new Set(total.variable)].map((v) => `"${v}"`).join(', ');
  const named = (list: readonly number[]) => `${part} ${list.join(', ')}`;
  const nonNumeric = steps ? steps.nonNumeric.length : total.variable.length;
  const missing = steps ? steps.missing.length : total.missing;
  if (nonNumeric) out += ` + ${t.partsNonNumeric(nonNumeric, part, steps ? `${named(steps.nonNumeric)}: ${texts}` : texts)}`;
  if (missing) out += ` + ${t.partsMissing(missing, part, steps ? named(steps.missing) : undefined)}`;
  return out;
}

/** The rule lines to print under a total that used them (none when the total has no day in it). */
export function ruleLines(totals: readonly DurationTotal[], plainDay: PlainDayRule): string[] {
  const lines: string[] = [];
  if (totals.some((x) => x.usesDayRule || x.usesPlainDay)) lines.push(t.dayRule(plainDay));
  if (totals.some(mixesDayKinds)) lines.push(t.calendarApart);
  return lines;
}
