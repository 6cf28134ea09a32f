import { ticks } from 'd3-array';
import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';

/**
 * How the errors and warnings moved over the last twelve months, per unit and in all: the counts of
 * the corpus as it stood at the end of each month (the newest commit of content/ by then), validated
 * with today's rules, and the content as it is now for the current month. Counted as the desk
 * counts: a finding once in all and once per unit it names.
 */
export type Counted = 'error' | 'warning';
export type Counts = Record<Counted, number>;

export interface SnapshotCounts {
  total: Counts;
  /** Unit id -> its counts; units with none left out. */
  byUnit: Record<string, Counts>;
}

export function snapshotCounts(corpus: Corpus, findings: readonly Finding[]): SnapshotCounts {
  const unitOf = new Map<string, string>();
  for (const doc of [...corpus.sops.values(), ...corpus.standards.values()]) unitOf.set(doc.id, doc.data.unitId);
  const total: Counts = { error: 0, warning: 0 };
  const byUnit: Record<string, Counts> = {};
  for (const f of findings) {
    if (f.severity === 'info') continue;
    total[f.severity]++;
    const units = new Set([f.documentId, ...(f.alsoAt ?? []).map((a) => a.documentId)].map((id) => (id === undefined ? undefined : unitOf.get(id))));
    for (const unit of units) if (unit !== undefined) (byUnit[unit] ??= { error: 0, warning: 0 })[f.severity]++;
  }
  return { total, byUnit };
}

/** The twelve months ending with the reference date's month, oldest first: "2026-01" … "2026-12". */
export function lastTwelveMonths(asOf: string): string[] {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const index = y * 12 + (m - 1) - (11 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The last day of a month "2026-02" -> "2026-02-28". */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The commit that stood at the end of each month: the newest commit of content/ whose committer
 * day is not after the month's last day. Undefined before content/ had a commit.
 */
export function commitsAtMonthEnds(months: readonly string[], commits: ReadonlyArray<{ hash: string; day: string }>): Array<string | undefined> {
  return months.map((month) => {
    const end = monthEnd(month);
    let best: { hash: string; day: string } | undefined;
    for (const c of commits) if (c.day <= end && (!best || c.day > best.day)) best = c;
    return best?.hash;
  });
}

/** One month of the chart: its counts, or none (no content yet, or a history cut short). */
export interface TrendPoint {
  month: string;
  counts?: Counts;
}

/** A unit's (or, without an id, the whole desk's) twelve months. */
export function trendOf(months: ReadonlyArray<{ month: string; counts?: SnapshotCounts }>, unitId?: string): TrendPoint[] {
  return months.map(({ month, counts }) => {
    if (!counts) return { month };
    return { month, counts: unitId === undefined ? counts.total : (counts.byUnit[unitId] ?? { error: 0, warning: 0 }) };
  });
}

/** The change from the first month with counts to the last: "+3", "−2", "0"; undefined with fewer than two. */
export function trendChange(points: readonly TrendPoint[], severity: Counted): number | undefined {
  const known = points.filter((p) => p.counts);
  if (known.length < 2) return undefined;
  return known[known.length - 1]!.counts![severity] - known[0]!.counts![severity];
}

/** The chart drawn without a browser: an x position per month, a y scale with round ticks, a line per severity. */
export interface TrendChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xs: Array<{ month: string; x: number }>;
  yTicks: Array<{ value: number; y: number }>;
  lines: Array<{ severity: Counted; path: string; points: Array<{ month: string; x: number; y: number; value: number }> }>;
}

export function trendChart(points: readonly TrendPoint[], size = { width: 400, height: 210 }): TrendChart {
  // Room for the numbers on the left and two lines of month labels (month, then the year) below.
  const plot = { left: 36, right: size.width - 14, top: 10, bottom: size.height - 42 };
  const max = Math.max(1, ...points.flatMap((p) => (p.counts ? [p.counts.error, p.counts.warning] : [])));
  const yTicks0 = ticks(0, max, 4).filter(Number.isInteger);
  const top = Math.max(max, yTicks0[yTicks0.length - 1] ?? max);
  const y = (v: number) => plot.bottom - (v / top) * (plot.bottom - plot.top);
  const step = points.length > 1 ? (plot.right - plot.left) / (points.length - 1) : 0;
  const xs = points.map((p, i) => ({ month: p.month, x: round(plot.left + i * step) }));
  const lines = (['warning', 'error'] as const).map((severity) => {
    const pts = points.flatMap((p, i) => (p.counts ? [{ month: p.month, x: xs[i]!.x, y: round(y(p.counts[severity])), value: p.counts[severity] }] : []));
    // A month without counts breaks the line rather than drawing across it.
    let path = '';
    let previous = -2;
    for (const pt of pts) {
      const index = points.findIndex((p) => p.month === pt.month);
      path += `${index === previous + 1 ? 'L' : 'M'}${pt.x} ${pt.y}`;
      previous = index;
    }
    return { severity, path, points: pts };
  });
  return { width: size.width, height: size.height, plot, xs, yTicks: yTicks0.map((value) => ({ value, y: round(y(value)) })), lines };
}

const round = (n: number) => Math.round(n * 10) / 10;
