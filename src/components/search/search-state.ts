/**
 * The search page's state without the DOM: what the URL holds, which filters are offered and in
 * which order, what Pagefind is asked, and what the status line says. search.ts only wires these
 * to the page; search-state.test.ts tests them.
 */
import { withDefaultStatus } from '../../domain/search/index.ts';

/** What the reader asked: the typed words and the ticked filter values, by filter name. */
export interface SearchQuery {
  q: string;
  filters: Record<string, string[]>;
}

/** The facets offered, in this order; a facet with fewer than two values is not offered. */
export const FILTER_ORDER = ['status', 'jenis', 'perangkat daerah', 'unit', 'pelaksana'];

/** `?q=izin&unit=A&unit=B` -> the query; unknown parameters are ignored. */
export function queryFromUrl(search: string, filterNames: readonly string[] = FILTER_ORDER): SearchQuery {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = params.getAll(name);
    if (values.length) filters[name] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The page's address for a query: a link to share, and what the back button returns to. */
export function urlOf(pathname: string, query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  for (const [name, values] of Object.entries(query.filters)) for (const v of values) params.append(name, v);
  return `${pathname}${params.size ? `?${params}` : ''}`;
}

export interface FilterGroup {
  name: string;
  values: { value: string; count: number }[];
}

/** Pagefind's facet counts as the groups to show: in FILTER_ORDER, values alphabetical (Indonesian). */
export function filterGroups(counts: Record<string, Record<string, number>>): FilterGroup[] {
  return FILTER_ORDER.flatMap((name) => {
    const values = Object.entries(counts[name] ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => a.value.localeCompare(b.value, 'id'));
    return values.length < 2 ? [] : [{ name, values }];
  });
}

/** The filters as Pagefind takes them; without a status filter, documents in force only. */
export function pagefindFilters(filters: Record<string, string[]>, inForce: string): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(withDefaultStatus(filters, inForce)).map(([k, v]) => [k, { any: v }]));
}

export interface StatusStrings {
  typeToSearch: string;
  results: string;
  partialResults: string;
  noResults: string;
  noResultsWithFilters: string;
}

/** Nothing asked yet: the page shows the catalogue and says what to do. */
export const isEmptyQuery = (words: readonly string[], query: SearchQuery) => words.length === 0 && Object.keys(query.filters).length === 0;

/** The status line after a search: how many were found, that only some words matched, or that none did. */
export function statusText(s: StatusStrings, found: { total: number; partial: boolean; filtered: boolean }): string {
  if (found.total > 0) return (found.partial ? s.partialResults : s.results).replace('{n}', String(found.total));
  return found.filtered ? s.noResultsWithFilters : s.noResults;
}

/** The line under a result's title: status · number · unit, what the result has of them. */
export const resultMetaLine = (meta: Record<string, string>) => [meta.status, meta.nomor, meta.unit].filter(Boolean).join(' · ');
