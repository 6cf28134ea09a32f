import type { Severity } from '../findings/index.ts';
import { ui } from '../../i18n/id.ts';
import { formatDate } from '../dates/index.ts';
import type { Assessor, RecordDate } from '../model/index.ts';

/** The desk's short texts made of numbers and dates: counts, months, a change, who assessed. */

const SEVERITIES = ['error', 'warning', 'info'] as const;

/** "2 galat, 5 peringatan, 1 info", zero counts left out; "" when all are zero. */
export function countText(counts: Record<Severity, number>): string {
  return SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${ui.compliance.severityPlural[s]}`).join(', ');
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** "2026-01" -> "Januari 2026". */
export function monthName(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return formatDate({ year, month: m });
}

/** The chart's labels under each month: "Jan", and the year under the first month and under each January. */
export function monthTicks(months: readonly string[]): Array<{ month: string; year?: string }> {
  return months.map((text, i) => {
    const [year, m] = text.split('-').map(Number) as [number, number];
    return { month: MONTHS_SHORT[m - 1]!, ...(i === 0 || m === 1 ? { year: String(year) } : {}) };
  });
}

/** "+3", "−2" (a real minus sign), "0"; "—" when there is no earlier month to compare with. */
export function signed(n: number | undefined): string {
  if (n === undefined) return ui.notFilled;
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

/** Who assessed, as a page names them: "Dra. Siti Aminah (Kepala Sub Bagian Umum)". */
export const assessorText = (a: Assessor) => (a.position ? `${a.name} (${a.position})` : a.name);

/** A record's day as pages write dates: "15 Juni 2026". */
export const recordDay = (date: RecordDate) => formatDate(date);

/** An ISO day "2026-12-15" as pages write it. */
export function isoDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return formatDate({ year, month, day });
}
