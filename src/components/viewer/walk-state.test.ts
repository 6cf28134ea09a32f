/** The walk-through's state machine (src/components/viewer/walk-state.ts), without a browser. */
import { describe, expect, it } from 'vitest';
import { answer, back, forward, START, viewWalk, type WalkState } from './walk-state.ts';
import { readCorpus } from '../../node/read-corpus.ts';

const corpus = await readCorpus('tests/fixtures/corpus-flow');
const audit = corpus.sops.get('tindak-lanjut-hasil-audit')!.data.steps;
const izin = corpus.sops.get('verifikasi-berkas-izin')!.data.steps;

/** Applies moves in order: a number answers with that branch, "›" goes forward, "‹" back. */
function play(steps: typeof audit, ...moves: Array<number | '›' | '‹'>): WalkState {
  return moves.reduce<WalkState>((state, m) => (m === '›' ? forward(steps, state) : m === '‹' ? back(state) : answer(steps, state, m)), START);
}

describe('the walk-through state machine', () => {
  it('offers one button per branch of a three-way decision, labelled as printed, and cannot go on without an answer', () => {
    const atDecision = play(audit, '›');
    const v = viewWalk(audit, atDecision);
    expect(v.step).toBe(2);
    expect(v.branches.map((b) => [b.label, b.to, b.loopBack, b.chosen])).toEqual([
      ['Lengkap', 5, false, false],
      ['Ada aksi koreksi', 3, false, false],
      ['Tak ada aksi koreksi', 4, false, false],
    ]);
    expect([v.needsAnswer, v.canForward, v.canBack]).toEqual([true, false, true]);
    expect(forward(audit, atDecision)).toBe(atDecision); // "Berikutnya" does nothing there
  });

  it('follows the chosen branch, and the loop drawn without a diamond back to the decision', () => {
    let s = play(audit, '›', 1);
    expect(viewWalk(audit, s)).toMatchObject({ step: 3, arrivedBy: { from: 2, label: 'Ada aksi koreksi', loopBack: false }, canForward: true });
    s = forward(audit, s);
    expect(viewWalk(audit, s)).toMatchObject({ step: 2, arrivedBy: { from: 3, loopBack: true }, needsAnswer: true, trail: [1, 2, 3, 2] });
    expect(viewWalk(audit, s).arrivedBy!.label).toBeUndefined();
    s = answer(audit, s, 0);
    expect(viewWalk(audit, s)).toMatchObject({ step: 5, done: true, canForward: false, trail: [1, 2, 3, 2, 5] });
  });

  it('going back shows the answer given; a new answer there drops the later ones', () => {
    const s = play(audit, '›', 1, '›', 0, '‹', '‹');
    expect(viewWalk(audit, s)).toMatchObject({ step: 3 });
    const atFirst = back(s);
    expect(viewWalk(audit, atFirst).branches.map((b) => b.chosen)).toEqual([false, true, false]);
    const changed = answer(audit, atFirst, 2);
    expect(changed.answers).toEqual([2]);
    expect(viewWalk(audit, changed)).toMatchObject({ step: 4, trail: [1, 2, 4] });
    expect(viewWalk(audit, forward(audit, changed))).toMatchObject({ step: 5, done: true });
  });

  it('never moves before the first step or past an end', () => {
    expect(back(START)).toBe(START);
    const end = play(izin, '›', 0, '›', '›', '›', 1);
    expect(viewWalk(izin, end)).toMatchObject({ step: 7, done: true, canForward: false });
    expect(forward(izin, end)).toBe(end);
  });

  it('says which steps a parallel hand-over starts, and visits each of them', () => {
    const s = play(izin, '›', 0);
    expect(viewWalk(izin, s)).toMatchObject({ step: 3, parallel: [4, 5] });
    const then = [1, 2, 3].reduce((st) => forward(izin, st), s);
    expect(viewWalk(izin, then)).toMatchObject({ step: 6, trail: [1, 2, 3, 4, 5, 6], needsAnswer: true });
    expect(viewWalk(izin, then).branches.map((b) => b.label)).toEqual(['Y', 'T']);
  });

  it('ignores an answer where there is no decision, or a branch that does not exist', () => {
    expect(answer(audit, START, 0)).toBe(START);
    const atDecision = play(audit, '›');
    expect(answer(audit, atDecision, 3)).toBe(atDecision);
  });
});
