/**
 * The SOP viewer in the reader's browser (progressive enhancement of the SOP page):
 * - views as tabs (tabs.ts), the choice remembered;
 * - "Pelaksana Anda": that role's steps marked in the table, the swimlane and the step list, the
 *   others muted; "N dari M langkah" and the role's time; in the URL (?pelaksana=…) and remembered
 *   across SOPs by role (roles.roleSlug, as the per-pelaksana index joins them);
 * - step focus: a details panel for a step picked in the table, the swimlane or the list, or named by
 *   the URL (#langkah-N), with its arrows marked in both drawings; the URL follows;
 * - the walk-through (walk.ts) and the swimlane's zoom (zoom.ts).
 * Everything comes from the JSON island (the domain model at build time) and the ids on the page.
 */
import { formatTotal } from '../../domain/time/index.ts';
import { actorSteps, actorTotal } from '../../domain/flow/index.ts';
import { roleSlug } from '../../domain/text/index.ts';
import { $, $$, behavior, fill, h, shown, store, type Island } from './shared.ts';
import { printedNote, printedSuffix, stepFacts, stepLinks } from './step-view.ts';
import { enhanceDiagram, swimlaneSvgIn, type Diagram } from './swimlane.ts';
import { setupTabs } from './tabs.ts';
import { setupWalk } from './walk.ts';
import { setupZoom } from './zoom.ts';

export function startViewer(): void {
  const island = document.getElementById('sop-viewer-data');
  const bar = $('[data-vw-bar]');
  if (!island || !bar) return;
  const { model, strings: s } = JSON.parse(island.textContent!) as Island;
  const count = model.steps.length;
  const root = document.documentElement;
  root.classList.add('vw-on');

  const announcer = $('[data-vw-announce]')!;
  let announcing: ReturnType<typeof setTimeout> | undefined;
  /** Said by screen readers (a polite status); cleared first so that a repeated text is said again. */
  const announce = (text: string) => {
    announcer.textContent = '';
    clearTimeout(announcing);
    announcing = setTimeout(() => (announcer.textContent = text), 80);
  };

  // The page's elements of each step, by the ids the build emitted.
  const byStep = <E extends Element>(selector: string) => new Map($$<E & HTMLElement>(selector).map((e) => [Number(e.dataset.step), e]));
  const rows = byStep<HTMLTableRowElement>('tr.fc-row[data-step]');
  const items = byStep<HTMLLIElement>('ol.step-list > li[data-step]');
  const tableEdges = $$<SVGElement>('.fc-table [data-edge]');
  let diagram: Diagram | undefined;
  let placed = false;

  const state = { role: '', focus: undefined as number | undefined, walk: undefined as number | undefined };

  // ---- Marks: the chosen role's steps, the others, the step in focus and its arrows --------------
  const markers = new Map<Element, HTMLElement>();
  const marker = (host: Element | null, on: boolean) => {
    if (!host) return;
    let m = markers.get(host);
    // The marker and a space, so that it is not read run together with the text after it.
    if (on && !m) markers.set(host, (m = h('span', {}, h('span', { class: 'vw-mark' }, `● ${s.mine}`), ' ')));
    if (m && on && m.parentNode !== host) host.prepend(m);
    if (m && !on) m.remove();
  };
  const classes = (e: Element, mine: boolean, dim: boolean, current: boolean) => {
    e.classList.toggle('vw-mine', mine);
    e.classList.toggle('vw-dim', dim);
    e.classList.toggle('vw-current', current);
  };

  function paint() {
    const { role } = state;
    const mine = new Set(role ? actorSteps(model.steps, role) : []);
    const column = model.actors.findIndex((a) => a.id === role);
    const current = state.focus ?? state.walk;
    for (const [n, tr] of rows) {
      const isMine = mine.has(n);
      classes(tr, isMine, !!role && !isMine, n === current);
      marker(tr.querySelector('.fc-activity'), isMine);
      $$('td.fc-lane', tr).forEach((td, k) => {
        const symbol = td.querySelector('.fc-symbol[data-step]');
        if (symbol) classes(symbol, isMine && k === column, !!role && !isMine, n === current);
      });
    }
    for (const [n, li] of items) {
      classes(li, mine.has(n), !!role && !mine.has(n), n === current);
      marker(li.querySelector('.step-list__what'), mine.has(n));
    }
    if (diagram)
      for (const node of diagram.nodes) {
        const isMine = !!role && node.dataset.actor === role;
        classes(node, isMine, !!role && !isMine, Number(node.dataset.step) === current);
        diagram.badges.get(node)!.hidden = !isMine;
      }
    for (const e of [...tableEdges, ...(diagram?.edges ?? [])]) {
      const [from, to] = (e.dataset.edge ?? '').split('-').map(Number);
      e.classList.toggle('vw-edge', current !== undefined && (from === current || to === current));
    }
  }

  // ---- URL: ?pelaksana=<actor id> and #langkah-N ---------------------------------------------------
  const stepOfHash = (hash: string) => {
    const n = Number(/^#(?:daftar-)?langkah-(\d+)$/.exec(hash)?.[1]);
    return n >= 1 && n <= count ? n : undefined;
  };
  function writeUrl(push: boolean) {
    const params = new URLSearchParams(location.search);
    if (state.role) params.set('pelaksana', state.role);
    else params.delete('pelaksana');
    const query = params.toString();
    const hash = state.focus ? `#langkah-${state.focus}` : stepOfHash(location.hash) ? '' : location.hash;
    const url = `${location.pathname}${query ? `?${query}` : ''}${hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  // ---- My role -------------------------------------------------------------------------------------
  const select = $<HTMLSelectElement>('[data-vw-role]')!;
  const summary = $('[data-vw-role-summary]')!;
  const actorOf = (id: string) => model.actors.find((a) => a.id === id);
  function setRole(id: string) {
    state.role = actorOf(id) ? id : '';
    select.value = state.role;
    const n = state.role ? actorSteps(model.steps, state.role).length : 0;
    summary.replaceChildren(
      ...(state.role
        ? n
          ? [h('span', { class: 'vw-mark' }, `● ${s.mine}`), ' ', fill(s.roleSummary, { n, m: count, t: formatTotal(actorTotal(model.steps, state.role)) })]
          : [s.roleNoSteps]
        : []),
    );
    paint();
  }
  /** Remembered by role, not by id: "Ketua Tim Kerja" in one SOP is "Ketua Tim Kerja" in the next. */
  const remember = () => store.set('pelaksana', state.role ? roleSlug(actorOf(state.role)!.label) : '');
  select.addEventListener('change', () => {
    setRole(select.value);
    remember();
    writeUrl(true);
    const actor = actorOf(state.role);
    announce(actor ? fill(s.roleAnnounce, { role: actor.label, n: actorSteps(model.steps, actor.id).length, m: count }) : s.roleCleared);
  });

  // ---- Step details ----------------------------------------------------------------------------------
  const details = $('[data-vw-details]')!;
  const detailsTitle = $('[data-vw-details-title]')!;
  const detailsBody = $('[data-vw-details-body]')!;
  let opener: HTMLElement | undefined;
  let tabs: ReturnType<typeof setupTabs>;

  /** Scrolls the step into view in the view on screen ('nearest': only if the details panel hides it). */
  function reveal(n: number, block: ScrollLogicalPosition) {
    const view = tabs?.current ?? 'tabel';
    const target = view === 'diagram' ? diagram?.buttons.get(n) : view === 'langkah' ? items.get(n) : rows.get(n);
    if (shown(target ?? null)) target!.scrollIntoView({ block, inline: 'nearest', behavior: behavior() });
  }

  /** Shows step n's details; `scroll`: bring it into view ('center' when named by a link or the URL, 'nearest' when picked). */
  function openDetails(n: number, o: { push?: boolean; write?: boolean; focus?: boolean; scroll?: ScrollLogicalPosition; from?: HTMLElement }) {
    const again = state.focus === n && !details.hidden;
    state.focus = n;
    if (o.from) opener = o.from;
    const step = model.steps[n - 1]!;
    detailsTitle.textContent = fill(s.stepTitle, { n }) + printedSuffix(model, n, s);
    detailsBody.replaceChildren(stepFacts(model, step, s), stepLinks(model, step, s));
    details.hidden = false;
    root.classList.add('vw-details-open');
    paint();
    if (o.write !== false) writeUrl(!!o.push);
    reveal(n, o.scroll && !again ? o.scroll : 'nearest');
    if (o.focus) detailsTitle.focus({ preventScroll: true });
    if (!again) announce(`${fill(s.stepTitle, { n })}. ${step.decision?.question ?? step.activity}`);
  }
  function closeDetails(write = true) {
    if (state.focus === undefined) return;
    const hadFocus = details.contains(document.activeElement);
    state.focus = undefined;
    details.hidden = true;
    root.classList.remove('vw-details-open');
    paint();
    if (write) writeUrl(false);
    if (hadFocus && opener && shown(opener)) opener.focus();
  }
  $('[data-vw-details-close]')!.addEventListener('click', () => closeDetails());
  details.addEventListener('keydown', (e) => e.key === 'Escape' && (e.preventDefault(), closeDetails()));

  // Step buttons in the table (the number) and the list ("Langkah N"), and the table's symbols.
  const stepButton = (n: number, source: Element, className: string) => {
    // The printed number goes in the name without brackets: the button shows it, and a name must
    // contain what the button shows (WCAG 2.5.3), which bracketed words do not count for. A number
    // the transcriber guessed keeps its "dugaan" mark, in the button and in its name.
    const note = printedNote(model, n, s);
    const mark = source.querySelector('.dugaan');
    const name = fill(s.stepButton, { n }) + (note && `, ${note}`) + (mark ? `, ${mark.textContent}` : '');
    const content = mark ? [...source.childNodes] : [source.textContent!.trim()];
    const button = h('button', { type: 'button', class: className, 'aria-label': name }, ...content);
    button.addEventListener('click', () => openDetails(n, { push: true, focus: true, from: button }));
    return button;
  };
  for (const [n, tr] of rows) {
    const cell = tr.querySelector('td.fc-no');
    if (cell) cell.replaceChildren(stepButton(n, cell, 'vw-stepbtn'));
  }
  $('.fc-table')?.addEventListener('click', (e) => {
    const cell = (e.target as Element).closest<HTMLElement>('td.fc-lane[data-step]');
    if (cell) openDetails(Number(cell.dataset.step), { push: true, focus: true, from: cell.parentElement!.querySelector<HTMLElement>('.vw-stepbtn') ?? undefined });
  });
  for (const [n, li] of items) {
    const label = li.querySelector('.step-list__no');
    if (label) label.replaceWith(stepButton(n, label, 'vw-stepbtn step-list__no'));
  }

  // ---- The swimlane: node buttons, zoom ------------------------------------------------------------
  const swimlane = $('section.swimlane');
  const svg = swimlane && swimlaneSvgIn(swimlane);
  if (swimlane && svg) {
    diagram = enhanceDiagram(svg, s, (n, from) => openDetails(n, { push: true, focus: true, from }));
    placed = diagram.place();
    const box = $('.swimlane__scroll', swimlane);
    if (box) setupZoom(box, svg, s);
    paint();
  }

  // ---- Tabs, walk-through ------------------------------------------------------------------------------
  tabs = setupTabs(s, (view) => {
    if (view === 'diagram' && diagram && !placed) placed = diagram.place();
  });
  /** A link to an anchor inside a view that is not on screen: show that view first. */
  const showTarget = (hash: string) => {
    const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    const panel = target?.closest<HTMLElement>('[data-view]');
    if (tabs && panel?.hidden) tabs.select(panel.dataset.view!);
    return target;
  };
  setupWalk(model, s, {
    announce,
    onStep: (n) => {
      state.walk = n;
      paint();
    },
  });

  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const link = (e.target as Element).closest?.<HTMLAnchorElement>('a[href^="#"]');
    if (!link) return;
    const hash = link.getAttribute('href')!;
    const n = stepOfHash(hash);
    if (n === undefined) return void showTarget(hash);
    e.preventDefault();
    openDetails(n, { push: true, focus: true, scroll: 'center', from: details.contains(link) ? undefined : link });
  });

  /** The state the URL describes (back/forward, a changed hash). */
  const sync = () => {
    setRole(new URLSearchParams(location.search).get('pelaksana') ?? '');
    const n = stepOfHash(location.hash);
    if (n) openDetails(n, { write: false, scroll: 'center' });
    else {
      closeDetails(false);
      showTarget(location.hash)?.scrollIntoView();
    }
  };
  addEventListener('popstate', sync);
  addEventListener('hashchange', sync);

  // ---- Start: the role from the URL, else the one remembered; the step of the URL -----------------
  const fromUrl = new URLSearchParams(location.search).get('pelaksana');
  if (fromUrl !== null) {
    setRole(fromUrl);
    if (state.role) remember();
  } else {
    const slug = store.get('pelaksana');
    const actor = slug ? model.actors.find((a) => roleSlug(a.label) === slug) : undefined;
    setRole(actor?.id ?? '');
    if (actor) writeUrl(false);
  }
  const first = stepOfHash(location.hash);
  if (first) openDetails(first, { write: false, scroll: 'center' });
  else if (location.hash) showTarget(location.hash)?.scrollIntoView();
  bar.hidden = false;
}
