/**
 * The walk-through ("Mulai"): one step at a time, "Sebelumnya"/"Berikutnya" and the arrow keys; at a
 * decision the question with "Ya"/"Tidak", and the branch taken is followed (loop-backs included).
 * The path and its time come from the domain (walkSoFar, pathTotal, formatTotal): the same code the
 * build uses for the page's totals. Variable or missing times are listed, never hidden.
 */
import { isNumeric } from '../../domain/time/duration.ts';
import { formatTotal, ruleLines } from '../../domain/time/format.ts';
import { pathTotal, shortestPath, type Branch } from '../../domain/flow.ts';
import { walkSoFar } from '../../domain/paths.ts';
import type { ViewerModel } from '../../domain/viewer-model.ts';
import { $, behavior, fill, h, shown, type Strings } from './shared.ts';
import { stepFacts } from './step-view.ts';

export interface Walk {
  readonly active: boolean;
  open(): void;
  close(): void;
}

export interface WalkHooks {
  announce(text: string): void;
  /** The step the reader stands on (undefined when the walk-through closes). */
  onStep(step: number | undefined): void;
}

export function setupWalk(model: ViewerModel, s: Strings, hooks: WalkHooks): Walk | undefined {
  const section = $('[data-vw-walk]');
  const start = $<HTMLButtonElement>('[data-vw-start]');
  if (!section || !start) return undefined;
  const panel: HTMLElement = section;
  const part = <E extends HTMLElement = HTMLElement>(name: string) => $<E>(`[data-vw-${name}]`, section)!;
  const heading = part('walk-heading');
  const note = part('walk-note');
  const body = part('walk-body');
  const decision = part('walk-decision');
  const question = part('walk-question');
  const yes = part<HTMLButtonElement>('answer="yes"');
  const no = part<HTMLButtonElement>('answer="no"');
  const done = part('walk-done');
  const prev = part<HTMLButtonElement>('prev');
  const next = part<HTMLButtonElement>('next');
  const elapsed = part('elapsed');
  const variable = part('variable');
  const trail = part('trail');
  const steps = model.steps;

  let branches: Branch[] = [];
  let pos = 0;
  let active = false;

  const walked = () => {
    const w = walkSoFar(steps, branches);
    pos = Math.min(pos, w.steps.length - 1);
    return w;
  };
  /** Which answer a decision at position i of the path uses: the count of decisions before it. */
  const answerIndex = (path: number[], i: number) => path.slice(0, i).filter((n) => steps[n - 1]!.decision).length;
  const atEnd = (w: ReturnType<typeof walkSoFar>) => w.done && pos === w.steps.length - 1;

  const answerButton = (button: HTMLButtonElement, word: string, target: number | undefined, from: number, chosen: boolean) => {
    button.hidden = target === undefined;
    if (target === undefined) return;
    const where = `→ ${fill(s.stepLink, { n: target })}${target <= from ? ` (${s.loopBack})` : ''}`;
    button.replaceChildren(word, ' ', h('small', {}, where));
    button.setAttribute('aria-pressed', String(chosen));
  };

  function render() {
    const w = walked();
    const path = w.steps;
    const n = path[pos]!;
    const step = steps[n - 1]!;
    heading.textContent = fill(s.stepOf, { x: n, n: steps.length });
    // Arrived here by a loop-back: say which answer sent the reader back.
    const from = pos > 0 ? path[pos - 1]! : 0;
    note.hidden = !(from && n <= from && steps[from - 1]!.decision);
    if (!note.hidden) note.textContent = fill(s.loopNote, { b: branches[answerIndex(path, pos - 1)] === 'no' ? s.no : s.yes, n: from });
    body.replaceChildren(stepFacts(model, step, s, false));

    const k = answerIndex(path, pos);
    const answer = branches[k];
    decision.hidden = !step.decision;
    if (step.decision) {
      question.replaceChildren(step.decision.question, h('br'), h('span', { class: 'meta' }, answer ? fill(s.answered, { b: answer === 'yes' ? s.yes : s.no }) : s.answerPrompt));
      answerButton(yes, s.yes, step.decision.yes <= steps.length ? step.decision.yes : undefined, n, answer === 'yes');
      answerButton(no, s.no, step.decision.no, n, answer === 'no');
    }

    const end = atEnd(w);
    const sofar = path.slice(0, pos + 1);
    const sofarTotal = pathTotal(steps, sofar);
    const total = formatTotal(sofarTotal);
    done.hidden = !end;
    if (end) {
      const quickest = shortestPath(steps);
      const quickestTotal = quickest && quickest.length < sofar.length ? pathTotal(steps, quickest) : undefined;
      // The day rule goes with every total that used it, here as on the page.
      const rules = ruleLines(quickestTotal ? [sofarTotal, quickestTotal] : [sofarTotal], model.dayRule);
      done.textContent = [
        s.done,
        fill(s.doneTotal, { t: total, k: sofar.length }),
        ...(quickestTotal ? [fill(s.quickest, { t: formatTotal(quickestTotal) })] : []),
        ...rules,
      ].join(' ');
    }
    prev.disabled = pos === 0;
    next.disabled = end;
    elapsed.textContent = total;

    // Steps whose time cannot be counted: listed by name, so the total never hides them.
    const uncounted = [...new Set(sofar)].map((m) => steps[m - 1]!).filter((st) => !st.duration || !isNumeric(st.duration));
    variable.replaceChildren(
      ...(uncounted.length
        ? [h('p', { class: 'meta' }, s.variableLead), h('ul', {}, ...uncounted.map((st) => h('li', {}, fill(s.variableItem, { n: st.number, text: st.timeText || s.noTime }))))]
        : []),
    );
    trail.replaceChildren(h('ol', { class: 'vw-trail' }, ...sofar.map((m, i) => h('li', { 'aria-current': i === pos ? 'step' : false }, String(m)))));
    hooks.onStep(n);
    return { w, n, step, end, total };
  }

  /** After a move (forward from step `from`, or not): announce it, and keep the keyboard focus somewhere visible. */
  function moved(from?: number) {
    const { n, step, end, total } = render();
    const text = step.decision?.question ?? step.activity;
    const said = fill(from !== undefined && n <= from ? s.announceBack : s.announceStep, { x: n, n: steps.length, text });
    hooks.announce(end ? `${said} ${fill(s.announceDone, { t: total })}` : said);
    const focused = document.activeElement as HTMLButtonElement | null;
    if (!focused || !panel.contains(focused) || !shown(focused) || focused.disabled) heading.focus();
  }

  const current = () => walked().steps[pos]!;
  function forward() {
    const w = walked();
    if (atEnd(w)) return;
    const step = steps[w.steps[pos]! - 1]!;
    if (step.decision && answerIndex(w.steps, pos) >= branches.length) {
      hooks.announce(s.answerPrompt);
      yes.focus();
      return;
    }
    const from = current();
    pos++;
    moved(from);
  }
  function back() {
    if (pos === 0) return;
    pos--;
    moved();
  }
  function answer(branch: Branch) {
    const w = walked();
    const from = current();
    branches = [...branches.slice(0, answerIndex(w.steps, pos)), branch];
    pos++;
    moved(from);
  }

  next.addEventListener('click', forward);
  prev.addEventListener('click', back);
  yes.addEventListener('click', () => answer('yes'));
  no.addEventListener('click', () => answer('no'));
  part('restart').addEventListener('click', () => {
    branches = [];
    pos = 0;
    moved();
  });
  section.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key === 'ArrowRight') forward();
    else if (e.key === 'ArrowLeft') back();
    else if (e.key === 'Escape') walk.close();
    else return;
    e.preventDefault();
  });
  part('walk-close').addEventListener('click', () => walk.close());
  start.addEventListener('click', () => walk.open());

  const walk: Walk = {
    get active() {
      return active;
    },
    open() {
      active = true;
      branches = [];
      pos = 0;
      section.hidden = false;
      start.parentElement!.hidden = true;
      start.setAttribute('aria-expanded', 'true');
      moved();
      heading.focus({ preventScroll: true });
      section.scrollIntoView({ block: 'start', behavior: behavior() });
    },
    close() {
      if (!active) return;
      active = false;
      section.hidden = true;
      start.parentElement!.hidden = false;
      start.setAttribute('aria-expanded', 'false');
      hooks.onStep(undefined);
      start.focus();
    },
  };
  return walk;
}
