/**
 * The walk-through ("Mulai"): one step at a time, "Sebelumnya"/"Berikutnya" and the arrow keys; at a
 * decision the question with one button per branch, labelled as printed, and the branch taken is
 * followed (loop-backs included). Its state changes are the pure functions of walk-state.ts, what it
 * shows and says at a position those of walk-view.ts (the time so far included; variable or missing
 * times are listed, never hidden); this class only draws that and wires the buttons.
 */
import type { ViewerModel } from '../../domain/views/index.ts';
import { $, behavior, h, shown, type Strings } from './shared.ts';
import { stepActivity, stepFactList } from './step-view.ts';
import { answer as answerAt, back as backFrom, forward as forwardFrom, START, viewWalk, type WalkState } from './walk-state.ts';
import { branchButton, decisionLine, decisionPrompt, walkAnnouncement, walkHeading, walkNotes, walkTime } from './walk-view.ts';

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

/** The walk-through's part of the page: `[data-vw-<name>]` inside its section. */
const partOf = <E extends HTMLElement = HTMLElement>(section: HTMLElement, name: string) => $<E>(`[data-vw-${name}]`, section)!;

class WalkThrough implements Walk {
  private state: WalkState = START;
  private isActive = false;
  private readonly heading: HTMLElement;
  private readonly note: HTMLElement;
  private readonly body: HTMLElement;
  private readonly facts: HTMLElement;
  private readonly decision: HTMLElement;
  private readonly question: HTMLElement;
  private readonly answers: HTMLElement;
  private readonly done: HTMLElement;
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly elapsed: HTMLElement;
  private readonly variable: HTMLElement;
  private readonly trail: HTMLElement;

  constructor(
    private readonly section: HTMLElement,
    private readonly startButton: HTMLButtonElement,
    private readonly model: ViewerModel,
    private readonly s: Strings,
    private readonly hooks: WalkHooks,
  ) {
    const part = <E extends HTMLElement = HTMLElement>(name: string) => partOf<E>(section, name);
    this.heading = part('walk-heading');
    this.note = part('walk-note');
    this.body = part('walk-body');
    this.facts = part('walk-facts');
    this.decision = part('walk-decision');
    this.question = part('walk-question');
    this.answers = part('walk-answers');
    this.done = part('walk-done');
    this.prev = part<HTMLButtonElement>('prev');
    this.next = part<HTMLButtonElement>('next');
    this.elapsed = part('elapsed');
    this.variable = part('variable');
    this.trail = part('trail');

    this.next.addEventListener('click', () => this.forward());
    this.prev.addEventListener('click', () => this.back());
    this.answers.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-vw-answer]');
      if (button) this.answer(Number(button.dataset.vwAnswer));
    });
    part('restart').addEventListener('click', () => {
      this.state = START;
      this.moved();
    });
    section.addEventListener('keydown', (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key === 'ArrowRight') this.forward();
      else if (e.key === 'ArrowLeft') this.back();
      else if (e.key === 'Escape') this.close();
      else return;
      e.preventDefault();
    });
    part('walk-close').addEventListener('click', () => this.close());
    startButton.addEventListener('click', () => this.open());
  }

  get active(): boolean {
    return this.isActive;
  }

  open(): void {
    this.isActive = true;
    this.state = START;
    this.section.hidden = false;
    this.startButton.parentElement!.hidden = true;
    this.startButton.setAttribute('aria-expanded', 'true');
    this.moved();
    this.heading.focus({ preventScroll: true });
    this.section.scrollIntoView({ block: 'start', behavior: behavior() });
  }

  close(): void {
    if (!this.isActive) return;
    this.isActive = false;
    this.section.hidden = true;
    this.startButton.parentElement!.hidden = false;
    this.startButton.setAttribute('aria-expanded', 'false');
    this.hooks.onStep(undefined);
    this.startButton.focus();
  }

  private render() {
    const { model, s } = this;
    const v = viewWalk(model.steps, this.state);
    const n = v.step;
    const step = model.steps[n - 1]!;
    this.heading.textContent = walkHeading(model, n, s);
    const notes = walkNotes(v, s);
    this.note.hidden = notes.length === 0;
    this.note.textContent = notes.join(' ');
    this.body.replaceChildren(stepActivity(step, s));
    this.facts.replaceChildren(stepFactList(model, step, s, false));

    this.decision.hidden = v.branches.length === 0;
    if (step.decision) {
      // The question only when the source prints one; the activity above already says what is decided.
      const asked = step.decision.question;
      const guessed = step.inferred.includes('keputusan') ? [' ', h('span', { class: 'dugaan' }, s.inferred)] : [];
      this.question.replaceChildren(
        ...(asked === undefined ? [] : [asked, ...guessed, h('br')]),
        h('span', { class: 'meta' }, decisionLine(step, v.branches, s)),
        ...(asked === undefined ? guessed : []),
      );
      this.answers.replaceChildren(
        ...v.branches.map((b) => {
          const { name, goes } = branchButton(b);
          return h('button', { type: 'button', 'data-vw-answer': b.index, 'aria-pressed': String(b.chosen) }, ...(goes === undefined ? [name] : [name, ' ', h('small', {}, goes)]));
        }),
      );
    } else this.answers.replaceChildren();

    const time = walkTime(model, v.trail, v.done, s);
    this.done.hidden = !v.done;
    if (time.summary !== undefined) this.done.textContent = time.summary;
    this.prev.disabled = !v.canBack;
    // At a decision the branch buttons go on; "Berikutnya" cannot guess the answer.
    this.next.disabled = !v.canForward;
    this.elapsed.textContent = time.elapsed;
    this.variable.replaceChildren(...(time.uncounted.length ? [h('p', { class: 'meta' }, s.variableLead), h('ul', {}, ...time.uncounted.map((item) => h('li', {}, item)))] : []));
    this.trail.replaceChildren(h('ol', { class: 'vw-trail' }, ...v.trail.map((m, i) => h('li', { 'aria-current': i === v.trail.length - 1 ? 'step' : false }, String(m)))));
    this.hooks.onStep(n);
    return { v, elapsed: time.elapsed };
  }

  /** After a move (forward from step `from`, or not): announce it, and keep the keyboard focus somewhere visible. */
  private moved(from?: number): void {
    const { v, elapsed } = this.render();
    this.hooks.announce(walkAnnouncement(this.model, v, elapsed, this.s, from));
    const focused = document.activeElement as HTMLButtonElement | null;
    const firstAnswer = $<HTMLButtonElement>('button', this.answers);
    if (focused === this.next && v.needsAnswer && firstAnswer) firstAnswer.focus();
    else if (!focused || !this.section.contains(focused) || !shown(focused) || focused.disabled) this.heading.focus();
    // On a phone the branch buttons must be in view when a decision comes up.
    if (v.needsAnswer) this.decision.scrollIntoView({ block: 'nearest', behavior: behavior() });
  }

  private forward(): void {
    const { steps } = this.model;
    const v = viewWalk(steps, this.state);
    if (v.needsAnswer) {
      this.hooks.announce(decisionPrompt(steps[v.step - 1]!, v.branches, this.s));
      $<HTMLButtonElement>('button', this.answers)?.focus();
      return;
    }
    const after = forwardFrom(steps, this.state);
    if (after === this.state) return;
    this.state = after;
    this.moved(v.step);
  }

  private back(): void {
    const after = backFrom(this.state);
    if (after === this.state) return;
    this.state = after;
    this.moved();
  }

  private answer(branch: number): void {
    const { steps } = this.model;
    const from = viewWalk(steps, this.state).step;
    const hadFocus = this.answers.contains(document.activeElement);
    this.state = answerAt(steps, this.state, branch);
    this.moved(from);
    // The buttons are redrawn: a keyboard user at the next decision stays on the same branch's button.
    const same = $<HTMLButtonElement>(`button[data-vw-answer="${branch}"]`, this.answers);
    if (hadFocus && same && shown(same)) same.focus();
  }
}

export function setupWalk(model: ViewerModel, s: Strings, hooks: WalkHooks): Walk | undefined {
  const section = $('[data-vw-walk]');
  const start = $<HTMLButtonElement>('[data-vw-start]');
  if (!section || !start) return undefined;
  return new WalkThrough(section, start, model, s, hooks);
}
