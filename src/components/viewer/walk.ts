/**
 * The walk-through ("Mulai"): one step at a time, "Sebelumnya"/"Berikutnya" and the arrow keys; at a
 * decision the question with one button per branch, labelled as printed, and the branch taken is
 * followed (loop-backs included). Its state changes are the pure functions of walk-state.ts; this
 * module only draws that state and wires the buttons. The time comes from the domain (pathTotal,
 * formatTotal): the same code the build uses for the page's totals. Variable or missing times are
 * listed, never hidden.
 */
import { isNumeric } from '../../domain/time/index.ts';
import { formatTotal, ruleLines } from '../../domain/time/index.ts';
import { goWords, pathTotal, shortestPath } from '../../domain/flow/index.ts';
import { flowWords } from '../../i18n/id.ts';
import type { ViewerModel } from '../../domain/views/index.ts';
import { $, behavior, fill, h, shown, type Strings } from './shared.ts';
import { printedSuffix, stepActivity, stepFactList } from './step-view.ts';
import { answer as answerAt, back as backFrom, forward as forwardFrom, START, viewWalk, type WalkBranch, type WalkState } from './walk-state.ts';

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
  const facts = part('walk-facts');
  const decision = part('walk-decision');
  const question = part('walk-question');
  const answers = part('walk-answers');
  const done = part('walk-done');
  const prev = part<HTMLButtonElement>('prev');
  const next = part<HTMLButtonElement>('next');
  const elapsed = part('elapsed');
  const variable = part('variable');
  const trail = part('trail');
  const steps = model.steps;
  const or = (labels: string[]) => (labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')}${s.or}${labels[labels.length - 1]}`);
  /** A branch as the reader chooses it: its printed label, or where it goes when none is printed. */
  const branchName = (b: { label?: string; to: number; loopBack: boolean }) => b.label ?? goWords(b);
  const prompt = (step: (typeof steps)[number], branches: WalkBranch[]) =>
    fill(step.decision?.question === undefined ? s.choosePrompt : s.answerPrompt, { b: or(branches.map(branchName)) });

  let state: WalkState = START;
  let active = false;

  function render() {
    const v = viewWalk(steps, state);
    const n = v.step;
    const step = steps[n - 1]!;
    heading.textContent = fill(s.stepOf, { x: n, n: steps.length }) + printedSuffix(model, n, s);
    const notes: string[] = [];
    if (v.arrivedBy?.loopBack) notes.push(v.arrivedBy.label ? fill(s.loopNote, { b: v.arrivedBy.label, n: v.arrivedBy.from }) : fill(s.jumpBackNote, { n: v.arrivedBy.from }));
    if (v.parallel.length) notes.push(fill(s.parallelNote, { list: v.parallel.map((m) => flowWords.stepRef(m)).join(', ') }));
    note.hidden = notes.length === 0;
    note.textContent = notes.join(' ');
    body.replaceChildren(stepActivity(step, s));
    facts.replaceChildren(stepFactList(model, step, s, false));

    decision.hidden = v.branches.length === 0;
    if (step.decision) {
      const chosen = v.branches.find((b) => b.chosen);
      // The question only when the source prints one; the activity above already says what is decided.
      const asked = step.decision.question;
      question.replaceChildren(
        ...(asked === undefined ? [] : [asked, ...(step.inferred.includes('keputusan') ? [' ', h('span', { class: 'dugaan' }, s.inferred)] : []), h('br')]),
        h('span', { class: 'meta' }, chosen ? fill(s.answered, { b: branchName(chosen) }) : prompt(step, v.branches)),
        ...(asked === undefined && step.inferred.includes('keputusan') ? [' ', h('span', { class: 'dugaan' }, s.inferred)] : []),
      );
      answers.replaceChildren(
        ...v.branches.map((b) =>
          h('button', { type: 'button', 'data-vw-answer': b.index, 'aria-pressed': String(b.chosen) },
            ...(b.label === undefined
              ? [branchName(b)]
              : [b.label, ' ', h('small', {}, `→ ${goWords(b)}`)])),
        ),
      );
    } else answers.replaceChildren();

    const sofar = v.trail;
    const sofarTotal = pathTotal(steps, sofar);
    const total = formatTotal(sofarTotal);
    done.hidden = !v.done;
    if (v.done) {
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
    prev.disabled = !v.canBack;
    // At a decision the branch buttons go on; "Berikutnya" cannot guess the answer.
    next.disabled = !v.canForward;
    elapsed.textContent = total;

    // Steps whose time cannot be counted: listed by name, so the total never hides them.
    const uncounted = [...new Set(sofar)].map((m) => steps[m - 1]!).filter((st) => !st.duration || !isNumeric(st.duration));
    variable.replaceChildren(
      ...(uncounted.length
        ? [h('p', { class: 'meta' }, s.variableLead), h('ul', {}, ...uncounted.map((st) => h('li', {}, fill(s.variableItem, { n: st.number, text: st.duration?.kind === 'empty' || !st.timeText.trim() ? s.noTime : st.timeText }))))]
        : []),
    );
    trail.replaceChildren(h('ol', { class: 'vw-trail' }, ...sofar.map((m, i) => h('li', { 'aria-current': i === sofar.length - 1 ? 'step' : false }, String(m)))));
    hooks.onStep(n);
    return { v, n, step, total };
  }

  /** After a move (forward from step `from`, or not): announce it, and keep the keyboard focus somewhere visible. */
  function moved(from?: number) {
    const { v, n, step, total } = render();
    const text = step.decision?.question ?? step.activity;
    const said = fill(from !== undefined && n <= from ? s.announceBack : s.announceStep, { x: n, n: steps.length, text });
    hooks.announce(v.done ? `${said} ${fill(s.announceDone, { t: total })}` : said);
    const focused = document.activeElement as HTMLButtonElement | null;
    const firstAnswer = $<HTMLButtonElement>('button', answers);
    if (focused === next && v.needsAnswer && firstAnswer) firstAnswer.focus();
    else if (!focused || !panel.contains(focused) || !shown(focused) || focused.disabled) heading.focus();
    // On a phone the branch buttons must be in view when a decision comes up.
    if (v.needsAnswer) decision.scrollIntoView({ block: 'nearest', behavior: behavior() });
  }

  function forward() {
    const v = viewWalk(steps, state);
    if (v.needsAnswer) {
      hooks.announce(prompt(steps[v.step - 1]!, v.branches));
      $<HTMLButtonElement>('button', answers)?.focus();
      return;
    }
    const after = forwardFrom(steps, state);
    if (after === state) return;
    state = after;
    moved(v.step);
  }
  function back() {
    const after = backFrom(state);
    if (after === state) return;
    state = after;
    moved();
  }
  function answer(branch: number) {
    const from = viewWalk(steps, state).step;
    const hadFocus = answers.contains(document.activeElement);
    state = answerAt(steps, state, branch);
    moved(from);
    // The buttons are redrawn: a keyboard user at the next decision stays on the same branch's button.
    const same = $<HTMLButtonElement>(`button[data-vw-answer="${branch}"]`, answers);
    if (hadFocus && same && shown(same)) same.focus();
  }

  next.addEventListener('click', forward);
  prev.addEventListener('click', back);
  answers.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-vw-answer]');
    if (button) answer(Number(button.dataset.vwAnswer));
  });
  part('restart').addEventListener('click', () => {
    state = START;
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
      state = START;
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
