/**
 * The search page in the reader's browser: Pagefind's own API (no wrapper), the query and filters
 * in the URL (a shareable link; the back button works), the result count announced, and the
 * catalogue kept as the fallback when Pagefind cannot load. What to show is decided in
 * search-state.ts; this class only reads and writes the page.
 */
import { ownExcerpt, partialMatches, queryWords, suggestQueries } from '../../domain/search/index.ts';
import {
  filterGroups,
  isEmptyQuery,
  pagefindFilters,
  queryFromUrl,
  resultMetaLine,
  statusText,
  urlOf,
  type SearchQuery,
  type StatusStrings,
} from './search-state.ts';

interface Strings extends StatusStrings {
  base: string;
  loading: string;
  suggest: string;
  seeCatalogue: string;
  failed: string;
  filtersLegend: string;
  clearFilters: string;
  filterNames: Record<string, string>;
  inForce: string;
  /** The label that begins a page's hidden search words (SearchMeta). */
  hiddenFrom: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] }>;
}

const FIRST_RESULTS = 5;
const MAX_RESULTS = 30;
const EXCERPT_WORDS = 24;
/** Pause after a keystroke before searching: long enough to skip letters typed in a burst. */
export const TYPING_PAUSE_MS = 60;

const byId = <E extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as E;
const json = <T>(id: string) => JSON.parse(byId(id).textContent!) as T;

class SearchPage {
  private readonly strings = json<Strings>('search-strings');
  private readonly vocabulary = json<string[]>('search-vocabulary');
  private readonly form = byId<HTMLFormElement>('search-form');
  private readonly input = byId<HTMLInputElement>('q');
  private readonly filtersBox = byId('search-filters');
  private readonly status = byId('search-status');
  private readonly list = byId('search-results');
  private readonly fallback = byId('search-fallback');
  private readonly suggest = byId('search-suggest');
  private pagefind: Pagefind | undefined;
  /** The number of the newest search: an older one that finishes late shows nothing. */
  private latest = 0;
  private typing: ReturnType<typeof setTimeout> | undefined;

  start(): void {
    byId('search-nojs').hidden = true;
    this.input.addEventListener('input', () => {
      // Pagefind fetches the index chunks of the words while the typing pause runs (as its own
      // debouncedSearch does): the search after the pause finds them loaded.
      void this.pagefind?.preload(queryWords(this.input.value.trim()).join(' '));
      clearTimeout(this.typing);
      this.typing = setTimeout(() => this.search(false), TYPING_PAUSE_MS);
    });
    this.form.addEventListener('submit', (event) => (event.preventDefault(), this.search(true)));
    this.filtersBox.addEventListener('change', () => this.search(true));
    window.addEventListener('popstate', () => (this.show(queryFromUrl(location.search)), void this.run()));
    this.status.textContent = this.strings.loading;
    import(/* @vite-ignore */ `${this.strings.base}pagefind/pagefind.js`)
      .then(async (module: Pagefind) => {
        this.pagefind = module;
        await module.options({ excerptLength: EXCERPT_WORDS });
        await module.init();
        this.renderFilters(await module.filters());
        this.show(queryFromUrl(location.search));
        await this.run();
      })
      .catch(() => {
        this.status.textContent = this.strings.failed;
        this.fallback.hidden = false;
      });
  }

  /** What the form holds now. */
  private query(): SearchQuery {
    const filters: Record<string, string[]> = {};
    for (const box of this.filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (filters[box.name] ??= []).push(box.value);
    return { q: this.input.value, filters };
  }

  /** Puts a query into the form (from the URL: a shared link, the back button). */
  private show(query: SearchQuery): void {
    this.input.value = query.q;
    for (const box of this.filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      box.checked = query.filters[box.name]?.includes(box.value) ?? false;
  }

  /** The URL follows the form (a new history entry for a submitted search), then the search runs. */
  private search(push: boolean): void {
    const url = urlOf(location.pathname, this.query());
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void this.run();
  }

  private renderFilters(counts: Record<string, Record<string, number>>): void {
    const { filterNames } = this.strings;
    this.filtersBox.replaceChildren(
      ...filterGroups(counts).map(({ name, values }) => {
        const fieldset = el('fieldset', {}, el('legend', { className: 'visually-hidden' }, filterNames[name] ?? name));
        for (const { value, count } of values) fieldset.append(el('label', {}, el('input', { type: 'checkbox', name, value }), ` ${value} (${count})`));
        return el('details', {}, el('summary', {}, filterNames[name] ?? name), fieldset);
      }),
    );
    this.filtersBox.hidden = this.filtersBox.childElementCount === 0;
  }

  private renderResult(data: PagefindResultData, words: string[]): HTMLLIElement {
    // Pagefind's excerpt, unless it shows the hidden search words ("perizinan" matched only "Ejaan lain:
    // perizinan"): then one from the document's own text. Both escape the text and add only <mark>.
    const { hiddenFrom } = this.strings;
    const own = data.excerpt.includes(hiddenFrom) ? ownExcerpt({ content: data.content, words, hiddenFrom, length: EXCERPT_WORDS }) : undefined;
    const excerpt = el('p', { className: 'excerpt' });
    excerpt.innerHTML = own ?? data.excerpt;
    return el(
      'li',
      {},
      el('span', { className: 'kind' }, data.meta.jenis ?? ''),
      ' ',
      el('a', { href: data.url }, data.meta.title ?? data.url),
      el('div', { className: 'meta' }, resultMetaLine(data.meta)),
      excerpt,
    );
  }

  /** Every word first; when no page has them all, the pages with most of them (partialMatches). */
  private async find(words: string[], filters: Record<string, { any: string[] }>): Promise<{ results: PagefindResult[]; partial: boolean }> {
    const pagefind = this.pagefind!;
    const all = await pagefind.search(words.length ? words.join(' ') : null, { filters });
    if (all.results.length || words.length < 2) return { results: all.results, partial: false };
    const perWord = await Promise.all(words.map((w) => pagefind.search(w, { filters }).then((s) => s.results)));
    const results = partialMatches(perWord);
    return { results, partial: results.length > 0 };
  }

  /** Near spellings as links, and the catalogue, when nothing matches. */
  private renderSuggestions(words: string[]): void {
    const options = suggestQueries(words, this.vocabulary);
    const parts: (Node | string)[] = [];
    if (options.length) {
      parts.push(`${this.strings.suggest} `);
      options.forEach((q, i) => parts.push(...(i ? [', '] : []), el('a', { href: `?q=${encodeURIComponent(q)}` }, q)));
      parts.push('. ');
    }
    parts.push(el('a', { href: '#fallback-title' }, this.strings.seeCatalogue));
    this.suggest.replaceChildren(...parts);
    this.suggest.hidden = false;
  }

  private async run(): Promise<void> {
    const run = ++this.latest;
    if (!this.pagefind) return;
    const query = this.query();
    const words = queryWords(query.q.trim());
    this.suggest.hidden = true;
    if (isEmptyQuery(words, query)) {
      this.list.replaceChildren();
      this.status.textContent = this.strings.typeToSearch;
      this.fallback.hidden = false;
      return;
    }
    const { results, partial } = await this.find(words, pagefindFilters(query.filters, this.strings.inForce));
    // Each result's data is a separate fetch: show the first few at once, then the rest.
    const first = await Promise.all(results.slice(0, FIRST_RESULTS).map((r) => r.data()));
    if (run !== this.latest) return; // a newer query has started
    this.fallback.hidden = first.length > 0;
    this.list.replaceChildren(...first.map((r) => this.renderResult(r, words)));
    this.status.textContent = statusText(this.strings, { total: first.length ? results.length : 0, partial, filtered: Object.keys(query.filters).length > 0 });
    if (!first.length && words.length) this.renderSuggestions(words);
    const rest = await Promise.all(results.slice(FIRST_RESULTS, MAX_RESULTS).map((r) => r.data()));
    if (run === this.latest) this.list.append(...rest.map((r) => this.renderResult(r, words)));
  }
}

/** A new element with properties and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

export function startSearch(): void {
  new SearchPage().start();
}
