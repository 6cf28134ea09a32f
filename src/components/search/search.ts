/**
 * The search page in the reader's browser: Pagefind's own API (no wrapper), the query and filters
 * in the URL (a shareable link; the back button works), the result count announced, and the
 * catalogue kept as the fallback when Pagefind cannot load.
 */
import { ownExcerpt } from '../../domain/search/index.ts';
import { partialMatches, queryWords, suggestQueries, withDefaultStatus } from '../../domain/search/index.ts';

interface Strings {
  base: string;
  loading: string;
  typeToSearch: string;
  results: string;
  noResults: string;
  partialResults: string;
  suggest: string;
  seeCatalogue: string;
  noResultsWithFilters: string;
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
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] }>;
}

const FILTER_ORDER = ['status', 'jenis', 'perangkat daerah', 'unit', 'pelaksana'];
const FIRST_RESULTS = 5;
const MAX_RESULTS = 30;
const EXCERPT_WORDS = 24;
/** Pause after a keystroke before searching: long enough to skip letters typed in a burst. */
export const TYPING_PAUSE_MS = 60;

export function startSearch(): void {
  const strings = JSON.parse(document.getElementById('search-strings')!.textContent!) as Strings;
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const filtersBox = document.getElementById('search-filters')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const fallback = document.getElementById('search-fallback')!;
  const suggest = document.getElementById('search-suggest')!;
  const vocabulary = JSON.parse(document.getElementById('search-vocabulary')!.textContent!) as string[];
  document.getElementById('search-nojs')!.hidden = true;

  let pagefind: Pagefind | undefined;
  let latest = 0;

  const selected = (): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'))
      (out[box.name] ??= []).push(box.value);
    return out;
  };

  const writeUrl = (push: boolean) => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [name, values] of Object.entries(selected())) for (const v of values) params.append(name, v);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      box.checked = params.getAll(box.name).includes(box.value);
  };

  const renderFilters = (filters: Record<string, Record<string, number>>) => {
    filtersBox.replaceChildren();
    for (const name of FILTER_ORDER) {
      const values = Object.keys(filters[name] ?? {}).sort((a, b) => a.localeCompare(b, 'id'));
      if (values.length < 2) continue;
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = strings.filterNames[name] ?? name;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.className = 'visually-hidden';
      legend.textContent = strings.filterNames[name] ?? name;
      fieldset.append(legend);
      for (const value of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        label.append(box, ` ${value} (${filters[name]![value]})`);
        fieldset.append(label);
      }
      details.append(summary, fieldset);
      filtersBox.append(details);
    }
    filtersBox.hidden = filtersBox.childElementCount === 0;
  };

  const renderResult = (data: PagefindResultData, words: string[]): HTMLLIElement => {
    const li = document.createElement('li');
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = data.meta.jenis ?? '';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = [data.meta.status, data.meta.nomor, data.meta.unit].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    // Pagefind's excerpt, unless it shows the hidden search words ("perizinan" matched only "Ejaan lain:
    // perizinan"): then one from the document's own text. Both escape the text and add only <mark>.
    const own = data.excerpt.includes(strings.hiddenFrom)
      ? ownExcerpt({ content: data.content, words, hiddenFrom: strings.hiddenFrom, length: EXCERPT_WORDS })
      : undefined;
    excerpt.innerHTML = own ?? data.excerpt;
    li.append(kind, ' ', link, meta, excerpt);
    return li;
  };

  /** Every word first; when no page has them all, the pages with most of them (partialMatches). */
  const find = async (words: string[], options: Parameters<Pagefind['search']>[1]): Promise<{ results: PagefindResult[]; partial: boolean }> => {
    const all = await pagefind!.search(words.length ? words.join(' ') : null, options);
    if (all.results.length || words.length < 2) return { results: all.results, partial: false };
    const perWord = await Promise.all(words.map((w) => pagefind!.search(w, options).then((s) => s.results)));
    const results = partialMatches(perWord);
    return { results, partial: results.length > 0 };
  };

  /** Near spellings as links, and the catalogue, when nothing matches. */
  const renderSuggestions = (words: string[]) => {
    const options = suggestQueries(words, vocabulary);
    const parts: Node[] = [];
    if (options.length) {
      parts.push(document.createTextNode(`${strings.suggest} `));
      options.forEach((q, i) => {
        const a = document.createElement('a');
        a.href = `?q=${encodeURIComponent(q)}`;
        a.textContent = q;
        parts.push(...(i ? [document.createTextNode(', ')] : []), a);
      });
      parts.push(document.createTextNode('. '));
    }
    const catalogue = document.createElement('a');
    catalogue.href = '#fallback-title';
    catalogue.textContent = strings.seeCatalogue;
    parts.push(catalogue);
    suggest.replaceChildren(...parts);
    suggest.hidden = false;
  };

  const run = async () => {
    const run = ++latest;
    const query = input.value.trim();
    const filters = selected();
    const filterCount = Object.keys(filters).length;
    if (!pagefind) return;
    const words = queryWords(query);
    suggest.hidden = true;
    if (!words.length && filterCount === 0) {
      list.replaceChildren();
      status.textContent = strings.typeToSearch;
      fallback.hidden = false;
      return;
    }
    const { results, partial } = await find(words, {
      filters: Object.fromEntries(Object.entries(withDefaultStatus(filters, strings.inForce)).map(([k, v]) => [k, { any: v }])),
    });
    // Each result's data is a separate fetch: show the first few at once, then the rest.
    const first = await Promise.all(results.slice(0, FIRST_RESULTS).map((r) => r.data()));
    if (run !== latest) return; // a newer query has started
    fallback.hidden = first.length > 0;
    list.replaceChildren(...first.map((r) => renderResult(r, words)));
    status.textContent = first.length
      ? (partial ? strings.partialResults : strings.results).replace('{n}', String(results.length))
      : filterCount ? strings.noResultsWithFilters : strings.noResults;
    if (!first.length && words.length) renderSuggestions(words);
    const rest = await Promise.all(results.slice(FIRST_RESULTS, MAX_RESULTS).map((r) => r.data()));
    if (run === latest) list.append(...rest.map((r) => renderResult(r, words)));
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => (writeUrl(false), void run()), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(true);
    void run();
  });
  filtersBox.addEventListener('change', () => (writeUrl(true), void run()));
  window.addEventListener('popstate', () => (readUrl(), void run()));

  status.textContent = strings.loading;
  import(/* @vite-ignore */ `${strings.base}pagefind/pagefind.js`)
    .then(async (module: Pagefind) => {
      pagefind = module;
      await pagefind.options({ excerptLength: EXCERPT_WORDS });
      await pagefind.init();
      renderFilters(await pagefind.filters());
      readUrl();
      await run();
    })
    .catch(() => {
      status.textContent = strings.failed;
      fallback.hidden = false;
    });
}
