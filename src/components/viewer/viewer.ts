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
 * The state, the URL, the marks and the words are viewer-state.ts; these classes only read and
 * write the page.
 */
import type { ViewerModel } from '../../domain/views/index.ts';
import { $, $$, behavior, h, shown, store, type Island, type Strings } from './shared.ts';
import { stepFacts, stepLinks } from './step-view.ts';
import { enhanceDiagram, swimlaneSvgIn, type Diagram } from './swimlane.ts';
import { setupTabs, type Tabs } from './tabs.ts';
import {
  detailsAnnouncement,
  detailsTitle,
  isPlainClick,
  knownRole,
  marksOf,
  rememberedAs,
  roleAnnouncement,
  roleSummary,
  startingRole,
  stepButtonName,
  stepOfHash,
  urlOf,
  type Look,
  type ViewerState,
} from './viewer-state.ts';
import { setupWalk } from './walk.ts';
import { setupZoom } from './zoom.ts';

/** Said by screen readers (a polite status); cleared first so that a repeated text is said again. */
class Announcer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(private readonly region: HTMLElement) {}

  say(text: string): void {
    this.region.textContent = '';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.region.textContent = text), 80);
  }
}

/** The page's elements of each step, by the ids the build emitted, marked as the state says. */
class StepMarks {
  readonly rows = byStep<HTMLTableRowElement>('tr.fc-row[data-step]');
  readonly items = byStep<HTMLLIElement>('ol.step-list > li[data-step]');
  private readonly tableEdges = $$<SVGElement>('.fc-table [data-edge]');
  /** "● Langkah Anda" before a step's text, one per host, made once. */
  private readonly markers = new Map<Element, HTMLElement>();
  diagram: Diagram | undefined;

  constructor(private readonly s: Strings) {}

  paint(model: ViewerModel, state: ViewerState): void {
    const marks = marksOf(model, state);
    for (const [n, tr] of this.rows) {
      const look = marks.step(n);
      classes(tr, look);
      this.marker(tr.querySelector('.fc-activity'), look.mine);
      $$('td.fc-lane', tr).forEach((td, k) => {
        const symbol = td.querySelector('.fc-symbol[data-step]');
        if (symbol) classes(symbol, marks.symbol(n, k));
      });
    }
    for (const [n, li] of this.items) {
      const look = marks.step(n);
      classes(li, look);
      this.marker(li.querySelector('.step-list__what'), look.mine);
    }
    if (this.diagram)
      for (const node of this.diagram.nodes) {
        const look = marks.node(Number(node.dataset.step), node.dataset.actor);
        classes(node, look);
        this.diagram.badges.get(node)!.hidden = !look.mine;
      }
    for (const e of [...this.tableEdges, ...(this.diagram?.edges ?? [])]) e.classList.toggle('vw-edge', marks.edge(e.dataset.edge ?? ''));
  }

  private marker(host: Element | null, on: boolean): void {
    if (!host) return;
    let m = this.markers.get(host);
    // The marker and a space, so that it is not read run together with the text after it.
    if (on && !m) this.markers.set(host, (m = h('span', {}, h('span', { class: 'vw-mark' }, `● ${this.s.mine}`), ' ')));
    if (m && on && m.parentNode !== host) host.prepend(m);
    if (m && !on) m.remove();
  }
}

const byStep = <E extends Element>(selector: string) => new Map($$<E & HTMLElement>(selector).map((e) => [Number(e.dataset.step), e]));

function classes(e: Element, look: Look): void {
  e.classList.toggle('vw-mine', look.mine);
  e.classList.toggle('vw-dim', look.dim);
  e.classList.toggle('vw-current', look.current);
}

/** How the details panel is asked to open: the URL written (pushed), the focus moved, the step scrolled into view. */
interface OpenOptions {
  push?: boolean;
  write?: boolean;
  focus?: boolean;
  /** 'center' when a link or the URL names the step, 'nearest' (only if the panel hides it) when it is picked. */
  scroll?: ScrollLogicalPosition;
  /** What opened it: the keyboard focus returns there when the panel closes. */
  from?: HTMLElement;
}

class SopViewer {
  private readonly state: ViewerState = { role: '' };
  private readonly count: number;
  private readonly root = document.documentElement;
  private readonly announcer = new Announcer($('[data-vw-announce]')!);
  private readonly marks: StepMarks;
  private readonly select = $<HTMLSelectElement>('[data-vw-role]')!;
  private readonly summary = $('[data-vw-role-summary]')!;
  private readonly details = $('[data-vw-details]')!;
  private readonly detailsTitle = $('[data-vw-details-title]')!;
  private readonly detailsBody = $('[data-vw-details-body]')!;
  private opener: HTMLElement | undefined;
  private tabs: Tabs | undefined;
  private placed = false;

  constructor(
    private readonly model: ViewerModel,
    private readonly s: Strings,
  ) {
    this.count = model.steps.length;
    this.root.classList.add('vw-on');
    this.marks = new StepMarks(s);
  }

  start(bar: HTMLElement): void {
    const { model, s } = this;
    this.select.addEventListener('change', () => {
      this.setRole(this.select.value);
      this.remember();
      this.writeUrl(true);
      this.announcer.say(roleAnnouncement(model, this.state.role, s));
    });
    $('[data-vw-details-close]')!.addEventListener('click', () => this.closeDetails());
    this.details.addEventListener('keydown', (e) => e.key === 'Escape' && (e.preventDefault(), this.closeDetails()));
    this.addStepButtons();
    this.enhanceSwimlane();

    this.tabs = setupTabs(s, (view) => {
      if (view === 'diagram' && this.marks.diagram && !this.placed) this.placed = this.marks.diagram.place();
    });
    setupWalk(model, s, {
      announce: (text) => this.announcer.say(text),
      onStep: (n) => {
        this.state.walk = n;
        this.paint();
      },
    });
    document.addEventListener('click', (e) => this.onLinkClick(e));
    addEventListener('popstate', () => this.sync());
    addEventListener('hashchange', () => this.sync());

    // The role from the URL, else the one remembered; the step of the URL.
    const opening = startingRole(model, new URLSearchParams(location.search).get('pelaksana'), store.get('pelaksana'));
    this.setRole(opening.role);
    if (opening.remember) this.remember();
    if (opening.writeUrl) this.writeUrl(false);
    const first = stepOfHash(location.hash, this.count);
    if (first) this.openDetails(first, { write: false, scroll: 'center' });
    else if (location.hash) this.showTarget(location.hash)?.scrollIntoView();
    bar.hidden = false;
  }

  private paint(): void {
    this.marks.paint(this.model, this.state);
  }

  private writeUrl(push: boolean): void {
    const url = urlOf(location, this.state, this.count);
    if (url !== `${location.pathname}${location.search}${location.hash}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  private setRole(id: string): void {
    this.state.role = knownRole(this.model, id);
    this.select.value = this.state.role;
    const line = roleSummary(this.model, this.state.role, this.s);
    this.summary.replaceChildren(...(line ? (line.marked ? [h('span', { class: 'vw-mark' }, `● ${this.s.mine}`), ' ', line.text] : [line.text]) : []));
    this.paint();
  }

  /** Remembered by role, not by id: "Ketua Tim Kerja" in one SOP is "Ketua Tim Kerja" in the next. */
  private remember(): void {
    store.set('pelaksana', rememberedAs(this.model, this.state.role));
  }

  /** Scrolls the step into view in the view on screen ('nearest': only if the details panel hides it). */
  private reveal(n: number, block: ScrollLogicalPosition): void {
    const view = this.tabs?.current ?? 'tabel';
    const target = view === 'diagram' ? this.marks.diagram?.buttons.get(n) : view === 'langkah' ? this.marks.items.get(n) : this.marks.rows.get(n);
    if (shown(target ?? null)) target!.scrollIntoView({ block, inline: 'nearest', behavior: behavior() });
  }

  /** Shows step n's details. */
  private openDetails(n: number, o: OpenOptions): void {
    const { model, s, details } = this;
    const again = this.state.focus === n && !details.hidden;
    this.state.focus = n;
    if (o.from) this.opener = o.from;
    const step = model.steps[n - 1]!;
    this.detailsTitle.textContent = detailsTitle(model, n, s);
    this.detailsBody.replaceChildren(stepFacts(model, step, s), stepLinks(model, step, s));
    details.hidden = false;
    this.root.classList.add('vw-details-open');
    this.paint();
    if (o.write !== false) this.writeUrl(!!o.push);
    this.reveal(n, o.scroll && !again ? o.scroll : 'nearest');
    if (o.focus) this.detailsTitle.focus({ preventScroll: true });
    if (!again) this.announcer.say(detailsAnnouncement(model, n, s));
  }

  private closeDetails(write = true): void {
    if (this.state.focus === undefined) return;
    const hadFocus = this.details.contains(document.activeElement);
    this.state.focus = undefined;
    this.details.hidden = true;
    this.root.classList.remove('vw-details-open');
    this.paint();
    if (write) this.writeUrl(false);
    if (hadFocus && this.opener && shown(this.opener)) this.opener.focus();
  }

  /** Step buttons in the table (the number) and the list ("Langkah N"), and the table's symbols. */
  private addStepButtons(): void {
    const stepButton = (n: number, source: Element, className: string) => {
      // A number the transcriber guessed keeps its "dugaan" mark, in the button and in its name.
      const mark = source.querySelector('.dugaan');
      const content = mark ? [...source.childNodes] : [source.textContent!.trim()];
      const button = h('button', { type: 'button', class: className, 'aria-label': stepButtonName(this.model, n, this.s, mark ? (mark.textContent ?? '') : undefined) }, ...content);
      button.addEventListener('click', () => this.openDetails(n, { push: true, focus: true, from: button }));
      return button;
    };
    for (const [n, tr] of this.marks.rows) {
      const cell = tr.querySelector('td.fc-no');
      if (cell) cell.replaceChildren(stepButton(n, cell, 'vw-stepbtn'));
    }
    $('.fc-table')?.addEventListener('click', (e) => {
      const cell = (e.target as Element).closest<HTMLElement>('td.fc-lane[data-step]');
      if (cell) this.openDetails(Number(cell.dataset.step), { push: true, focus: true, from: cell.parentElement!.querySelector<HTMLElement>('.vw-stepbtn') ?? undefined });
    });
    for (const [n, li] of this.marks.items) {
      const label = li.querySelector('.step-list__no');
      if (label) label.replaceWith(stepButton(n, label, 'vw-stepbtn step-list__no'));
    }
  }

  /** The swimlane: a button over each node, and its zoom. */
  private enhanceSwimlane(): void {
    const swimlane = $('section.swimlane');
    const svg = swimlane && swimlaneSvgIn(swimlane);
    if (!swimlane || !svg) return;
    this.marks.diagram = enhanceDiagram(svg, this.s, (n, from) => this.openDetails(n, { push: true, focus: true, from }));
    this.placed = this.marks.diagram.place();
    const box = $('.swimlane__scroll', swimlane);
    if (box) setupZoom(box, svg, this.s);
    this.paint();
  }

  /** A link to an anchor inside a view that is not on screen: show that view first. */
  private showTarget(hash: string): HTMLElement | null {
    const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    const panel = target?.closest<HTMLElement>('[data-view]');
    if (this.tabs && panel?.hidden) this.tabs.select(panel.dataset.view!);
    return target;
  }

  /** A link to a step opens its details, in place of the jump. */
  private onLinkClick(e: MouseEvent): void {
    if (!isPlainClick(e)) return;
    const link = (e.target as Element).closest?.<HTMLAnchorElement>('a[href^="#"]');
    if (!link) return;
    const hash = link.getAttribute('href')!;
    const n = stepOfHash(hash, this.count);
    if (n === undefined) return void this.showTarget(hash);
    e.preventDefault();
    this.openDetails(n, { push: true, focus: true, scroll: 'center', from: this.details.contains(link) ? undefined : link });
  }

  /** The state the URL describes (back/forward, a changed hash). */
  private sync(): void {
    this.setRole(new URLSearchParams(location.search).get('pelaksana') ?? '');
    const n = stepOfHash(location.hash, this.count);
    if (n) this.openDetails(n, { write: false, scroll: 'center' });
    else {
      this.closeDetails(false);
      this.showTarget(location.hash)?.scrollIntoView();
    }
  }
}

export function startViewer(): void {
  const island = document.getElementById('sop-viewer-data');
  const bar = $('[data-vw-bar]');
  if (!island || !bar) return;
  const { model, strings } = JSON.parse(island.textContent!) as Island;
  new SopViewer(model, strings).start(bar);
}
