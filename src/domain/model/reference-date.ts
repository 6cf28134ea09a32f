/**
 * The day the content stands at: what "today" means for overdue monitoring and for a record dated
 * in the future. Taken from the content's history (the newest commit of the content folder), never
 * from the build's clock, so that two builds of one commit agree; pages say which day they used.
 */
export interface ReferenceDate {
  /** "2026-12-07". */
  iso: string;
  /**
   * `commit`: the committer's day of the newest commit touching content/; `working-copy`: a content
   * file changed since that commit (not yet committed) was saved later, on this day; `files`: no git
   * history, the newest modification day of the content files.
   */
  basis: 'commit' | 'working-copy' | 'files';
  /** The newest commit of the content folder, when there is one. */
  commit?: string;
}

/** Six calendar months after a day (the regulation's monitoring interval); the 31st falls back to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
