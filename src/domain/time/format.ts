import { timeWords as t } from '../../i18n/id.ts';
import type { PlainDayRule } from './duration.ts';
import { hasNoNumber, mixesDayKinds, WORKING_DAY_MINUTES, type DurationTotal } from './total.ts';

/**
 * Totals said the way people say them. The words are in src/i18n/id.ts (`timeWords`); the arithmetic
 * of days, hours and minutes is here.
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

/**
 * The numbers of a total: "± 1 hari kerja 2 jam", "2 jam sampai 1 hari kerja", "± 3 jam + 14 hari
 * kalender", "5 menit atau lebih"; `noNumber` when nothing could be counted.
 */
export function formatAmount(total: DurationTotal): string {
  if (hasNoNumber(total)) return total.variable.length || total.missing ? t.noNumber : t.zero;
  const parts: string[] = [];
  if (total.maxMinutes > 0)
    parts.push(
      total.minMinutes === total.maxMinutes
        ? `${t.about} ${formatMinutes(total.minMinutes)}`
        : `${formatMinutes(total.minMinutes)} ${t.to} ${formatMinutes(total.maxMinutes)}`,
    );
  if (total.maxCalendarDays > 0) {
    const days =
      total.minCalendarDays === total.maxCalendarDays
        ? numberText(total.minCalendarDays)
        : `${numberText(total.minCalendarDays)}–${numberText(total.maxCalendarDays)}`;
    parts.push(`${days} ${t.calendarDay}`);
  }
  const amount = parts.join(' + ');
  return total.atLeast ? `${amount} ${t.orMore}` : amount;
}

/**
 * A total with what it could not count, in one phrase (the viewer's role summary):
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

/** The rule lines to print under a total that used them (none when the total has no day in it). */
export function ruleLines(totals: readonly DurationTotal[], plainDay: PlainDayRule): string[] {
  const lines: string[] = [];
  if (totals.some((x) => x.usesDayRule || x.usesPlainDay)) lines.push(t.dayRule(plainDay));
  if (totals.some(mixesDayKinds)) lines.push(t.calendarApart);
  return lines;
}
