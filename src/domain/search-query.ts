/**
 * What the search box sends to Pagefind. An SOP number typed whole ("061/1625.1/DISKOPUKM") is
 * reduced to its sequence ("1625.1"): the classification code and the unit code are shared by
 * every SOP of an agency and would only blur the ranking.
 */
const SOP_NUMBER = /^\s*[\d.]+\s*\/\s*([\w.\-]*\d[\w.\-]*)\s*\/\s*[\w.\-]+\s*$/;

export function searchQuery(typed: string): string {
  const m = SOP_NUMBER.exec(typed);
  return m ? m[1]! : typed.trim();
}

/**
 * Documents no longer in force (superseded, revoked) are found only when the reader picks a status:
 * by default the search keeps to documents in force.
 */
export function withDefaultStatus(filters: Record<string, string[]>, inForce: string): Record<string, string[]> {
  return filters.status?.length ? filters : { ...filters, status: [inForce] };
}
