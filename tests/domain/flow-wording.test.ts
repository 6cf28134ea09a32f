/** Arrows between steps in words (src/domain/flow/wording.ts): the same sentences on every view. */
import { describe, expect, it } from 'vitest';
import { entryWords, exitPhrase, exitWords, goWords, listedNumber, rowArrowWords, stepRefOf, type FlowEdge } from '../../src/domain/flow/index.ts';

const edge = (from: number, to: number, kind: FlowEdge['kind'], extra: Partial<FlowEdge> = {}): FlowEdge => ({ from, to, kind, loopBack: to <= from, ...extra });
/** The table's way of naming a step: its printed number beside its place when they differ. */
const printed: Record<number, string> = { 4: '5', 5: '4', 6: '' };
const refTo = (n: number) => stepRefOf({ number: n, printedNumber: printed[n] ?? String(n) });

describe('a step named as the pages name it', () => {
  it('says its printed number when it is not its place, and when none is printed', () => {
    expect([refTo(3), refTo(4), refTo(6)]).toEqual(['langkah 3', 'langkah 4 (No. 5)', 'langkah 6 (tanpa nomor)']);
    expect(stepRefOf({ number: 3, printedNumber: '3.' })).toBe('langkah 3');
  });

  it('shows the step list its printed number without the stop, or its place in brackets', () => {
    expect([listedNumber({ number: 3, printedNumber: '3.' }), listedNumber({ number: 9, printedNumber: '9a' }), listedNumber({ number: 6, printedNumber: '' })]).toEqual(['3', '9a', '(6)']);
  });
});

describe('an exit in words', () => {
  it('goes on or back, by the number alone unless the view names steps otherwise', () => {
    expect(goWords(edge(2, 3, 'next'))).toBe('lanjut ke langkah 3');
    expect(goWords(edge(5, 2, 'jump'))).toBe('kembali ke langkah 2');
    expect(goWords(edge(3, 4, 'jump'), refTo)).toBe('lanjut ke langkah 4 (No. 5)');
  });

  it('puts a branch label before it as a condition, a single label as a label, and says a dashed line', () => {
    expect(exitWords(edge(2, 5, 'branch', { label: 'Lengkap' }))).toBe('Jika Lengkap: lanjut ke langkah 5');
    expect(exitWords(edge(3, 4, 'next', { label: 'Y' }))).toBe('Y: lanjut ke langkah 4');
    expect(exitWords(edge(5, 4, 'jump', { dashed: true }))).toBe('kembali ke langkah 4 (garis putus-putus)');
    expect(exitWords(edge(6, 2, 'branch', { label: 'Tidak', dashed: true }), refTo)).toBe('Jika Tidak: kembali ke langkah 2 (garis putus-putus)');
  });

  it('comes in parts whose middle a page makes the link, the parts read as the whole', () => {
    const e = edge(6, 2, 'branch', { label: 'Belum lengkap', dashed: true });
    const phrase = exitPhrase(e, refTo);
    expect(phrase).toEqual({ lead: 'Jika Belum lengkap: ', go: 'kembali ke langkah 2', tail: ' (garis putus-putus)' });
    expect(phrase.lead + phrase.go + phrase.tail).toBe(exitWords(e, refTo));
    expect(exitPhrase(edge(1, 2, 'next'))).toEqual({ lead: '', go: 'lanjut ke langkah 2', tail: '' });
  });
});

describe('where the flow into a step comes from', () => {
  it('names the step, the answer that leads here, and a loop back', () => {
    expect(entryWords(edge(4, 5, 'next'))).toBe('langkah 4');
    expect(entryWords(edge(2, 3, 'branch', { label: 'Ya' }))).toBe('langkah 2, bila jawabannya Ya');
    expect(entryWords(edge(7, 5, 'branch', { label: 'Tidak' }))).toBe('langkah 7, bila jawabannya Tidak (putaran kembali)');
    expect(entryWords(edge(3, 2, 'jump'))).toBe('langkah 3 (putaran kembali)');
  });
});

describe('the arrows drawn inside a row', () => {
  it('name the two actors, the printed label and a dashed line', () => {
    const names: Record<string, string> = { v: 'Verifikator', k: 'Kepala Bidang' };
    const step = { rowArrows: [{ from: 'v', to: 'k', label: 'Tidak perlu peninjauan' }, { from: 'k', to: 'v', dashed: true }] };
    expect(rowArrowWords(step, (id) => names[id]!)).toEqual(['Verifikator → Kepala Bidang (Tidak perlu peninjauan)', 'Kepala Bidang → Verifikator (garis putus-putus)']);
    expect(rowArrowWords({}, String)).toEqual([]);
  });
});
