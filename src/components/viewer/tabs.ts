/**
 * The page's views (`[data-view]` blocks: official table, swimlane, plain steps) as tabs, following
 * the ARIA tabs pattern: one tab stop, arrow keys/Home/End move and select, the panel follows. The
 * choice is remembered. Without JavaScript the views stay stacked.
 */
import { $$, h, store, type Strings } from './shared.ts';

export interface Tabs {
  readonly current: string;
  select(view: string, focusTab?: boolean): void;
  panel(view: string): HTMLElement | undefined;
}

export function setupTabs(s: Strings, onSelect: (view: string) => void): Tabs | undefined {
  const panels = $$('[data-view]');
  if (panels.length < 2) return undefined;
  const names = s.tabs as Record<string, string>;
  const tabs = panels.map((panel) => {
    const view = panel.dataset.view!;
    panel.id ||= `vw-panel-${view}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', `vw-tab-${view}`);
    return h('button', { type: 'button', role: 'tab', id: `vw-tab-${view}`, 'aria-controls': panel.id, 'data-tab': view }, names[view] ?? view);
  });
  const list = h('div', { class: 'vw-tabs no-print', role: 'tablist', 'aria-label': s.tabsLabel, 'data-pagefind-ignore': '' }, ...tabs);
  panels[0]!.before(list);

  let current = '';
  const select = (view: string, focusTab = false) => {
    const index = panels.findIndex((p) => p.dataset.view === view);
    if (index < 0) return;
    tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      panels[i]!.hidden = i !== index;
    });
    if (focusTab) tabs[index]!.focus();
    if (view !== current) {
      current = view;
      store.set('view', view);
      onSelect(view);
    }
  };

  list.addEventListener('click', (e) => {
    const tab = (e.target as Element).closest<HTMLElement>('[role=tab]');
    if (tab) select(tab.dataset.tab!);
  });
  list.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(e.target as HTMLButtonElement);
    if (i < 0) return;
    const n = tabs.length;
    const to = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(tabs[to]!.dataset.tab!, true);
  });

  // The remembered view; else on a phone the plain steps, on a wider screen the official table.
  const phone = matchMedia('(max-width: 40rem)').matches;
  const wanted = [store.get('view'), phone ? 'langkah' : null].find((v) => panels.some((p) => p.dataset.view === v));
  select(wanted ?? panels[0]!.dataset.view!);
  return {
    get current() {
      return current;
    },
    select,
    panel: (view) => panels.find((p) => p.dataset.view === view),
  };
}
