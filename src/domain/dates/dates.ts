import { ui } from '../../i18n/id.ts';

/**
 * Dates, read and said in one place: the ISO text of the frontmatter ("2023-08-31", or "2023-08"
 * for "Agustus 2023"), a git timestamp's day, a date printed in a document ("31-9-2023",
 * "31 September 2023"), and the date as the pages say it ("31 Agustus 2023"). The month names are
 * in src/i18n/id.ts.
 */

/** A date as the documents give it: a full day, or only a month. */
export interface PartialDate {
  year: number;
  month: number;
  day?: number;
  /** ISO text: "2023-08-31" or "2023-08". */
  iso: string;
}

export function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "2023-08-31" or "2023-08" as a date, or what is wrong with it (the schema's message). */
export function parsePartialDate(text: string): PartialDate | string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
  if (!m) return `tanggal "${text}" tidak terbaca; tulis YYYY-MM-DD, atau YYYY-MM bila hanya bulan dan tahun`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month < 1 || month > 12) return `tanggal "${text}" tidak ada: bulan ${month}`;
  if (day !== undefined && !isRealDay(year, month, day)) return `tanggal "${text}" tidak ada di kalender`;
  return day === undefined ? { year, month, iso: text.trim() } : { year, month, day, iso: text.trim() };
}

/** The ISO day of a Date as YAML reads an unquoted 2023-08-31 (midnight UTC). */
export const isoDayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The day of a timestamp as git writes it ("2026-12-02T23:10:00+07:00"): the author's own day, 2 December. */
export function dayOfTimestamp(timestamp: string): PartialDate {
  const iso = timestamp.slice(0, 10);
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day!, iso };
}

/** Negative when a is earlier; compared by month only when either date lacks its day. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const months = a.year * 12 + a.month - (b.year * 12 + b.month);
  if (months !== 0 || a.day === undefined || b.day === undefined) return months;
  return a.day - b.day;
}

/**
 * A date as a document prints it, day first: "31-9-2023", "31/09/2023", "31 September 2023". The
 * numbers as printed (a month may be 13); undefined when the text has no such shape.
 */
export function printedDay(text: string): { day: number; month: number; year: number } | undefined {
  const t = text.trim().toLowerCase();
  const numeric = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(t);
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[2]), year: Number(numeric[3]) };
  const named = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(t);
  const month = named ? ui.months.findIndex((m) => m.toLowerCase() === named[2]) + 1 : 0;
  return named && month > 0 ? { day: Number(named[1]), month, year: Number(named[3]) } : undefined;
}

/** "31 Agustus 2023", or "Agustus 2023" when only the month is known; the empty mark when there is no date. */
export function formatDate(date: { year: number; month: number; day?: number } | undefined): string {
  if (!date) return ui.notFilled;
  const month = `${ui.months[date.month - 1]} ${date.year}`;
  return date.day === undefined ? month : `${date.day} ${month}`;
}
