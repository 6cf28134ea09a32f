/** What the walk-through shows and says (walk-view.ts), without a browser, on the positions walk-state.ts gives. */
import { describe, expect, it } from 'vitest';
import { viewerModel } from '../../domain/views/index.ts';
import { ui } from '../../i18n/id.ts';
import { readCorpus } from '../../node/read-corpus.ts';
import { answer, forward, START, viewWalk, type WalkState } from './walk-state.ts';
import { branchButton, branchName, decisionLine, walkAnnouncement, walkHeading, walkNotes, walkTime } from './walk-view.ts';

const s = ui.viewer.client;
const flow = await readCorpus('tests/fixtures/corpus-flow');
const seed = await readCorpus('.');
/** Step 2 decides three ways; "Ada aksi koreksi" goes to 3, which loops back to 2 without a diamond. */
const audit = viewerModel(flow.sops.get('tindak-lanjut-hasil-audit')!.data);
/** Steps 4 and 5 take "Sesuai waktu konsultasi". */
const consultation = viewerModel(seed.sops.get('pelayanan-konsultasi')!.data);
const izin = viewerModel(flow.sops.get('verifikasi-berkas-izin')!.data);

const play = (model: typeof audit, ...moves: Array<number | '›'>): WalkState =>
  moves.reduce<WalkState>((state, m) => (m === '›' ? forward(model.steps, state) : answer(model.steps, state, m)), START);

describe('at a decision', () => {
  it('says how the reader came back, asks for one of the printed answers, and names each button with where it goes', () => {
    const v = viewWalk(audit.steps, play(audit, '›', 1, '›'));
    expect(v.step).toBe(2);
    expect(walkNotes(v, s)).toEqual(['Kembali ke langkah ini dari langkah 3.']);
    expect(decisionLine(audit.steps[1]!, v.branches, s)).toBe('Jawab pertanyaan ini untuk melanjutkan: Lengkap, Ada aksi koreksi atau Tak ada aksi koreksi.');
    expect(v.branches.map(branchButton)).toEqual([
      { name: 'Lengkap', goes: '→ lanjut ke langkah 5' },
      { name: 'Ada aksi koreksi', goes: '→ lanjut ke langkah 3' },
      { name: 'Tak ada aksi koreksi', goes: '→ lanjut ke langkah 4' },
    ]);
  });

  it('shows the answer given when the reader steps back to it', () => {
    const v = viewWalk(audit.steps, { answers: [2], pos: 1 });
    expect(decisionLine(audit.steps[1]!, v.branches, s)).toBe('Jawaban Anda: Tak ada aksi koreksi.');
  });

  it('names an unlabelled branch by where it goes, and asks to pick a way where no question is printed', () => {
    expect(branchName({ to: 2, loopBack: true })).toBe('kembali ke langkah 2');
    expect(branchButton({ index: 0, to: 7, loopBack: false, chosen: false })).toEqual({ name: 'lanjut ke langkah 7' });
    const noQuestion = { decision: { branches: [] } };
    expect(decisionLine(noQuestion as never, [{ index: 0, to: 7, loopBack: false, chosen: false }, { index: 1, label: 'T', to: 2, loopBack: true, chosen: false }], s)).toBe(
      'Pilih salah satu jalan untuk melanjutkan: lanjut ke langkah 7 atau T.',
    );
  });
});

describe('the time of the walk', () => {
  it('adds the steps walked, loop included, and at the end compares with the quickest way and gives the day rule', () => {
    const v = viewWalk(audit.steps, play(audit, '›', 1, '›', 0));
    expect(v).toMatchObject({ step: 5, done: true, trail: [1, 2, 3, 2, 5] });
    const time = walkTime(audit, v.trail, v.done, s);
    expect(time.elapsed).toBe('± 3 hari kerja 6 jam');
    expect(time.uncounted).toEqual([]);
    expect(time.summary).toBe(`Prosedur selesai. Total waktu jalur ini: ± 3 hari kerja 6 jam, 5 langkah dilalui. Jalur tercepat: ± 4 jam. ${ui.times.dayRule('hari-kerja')}`);
    expect(walkAnnouncement(audit, v, time.elapsed, s, 2)).toBe(`Langkah 5 dari 5. ${audit.steps[4]!.activity} Selesai. Total waktu jalur ini: ± 3 hari kerja 6 jam.`);
  });

  it('lists each step it cannot count once, and has no summary before the end', () => {
    const time = walkTime(consultation, [1, 2, 3, 4, 5, 4], false, s);
    expect(time.uncounted).toEqual(['langkah 4: Sesuai waktu konsultasi', 'langkah 5: Sesuai waktu konsultasi']);
    expect(time.elapsed).toBe('± 20 menit, ditambah “Sesuai waktu konsultasi”');
    expect(time.summary).toBeUndefined();
  });

  it('says a move back as going back, and names the steps handed on in parallel', () => {
    expect(walkAnnouncement(audit, { step: 2, done: false }, '', s, 3)).toBe(`Kembali ke langkah 2. ${audit.steps[1]!.decision?.question ?? audit.steps[1]!.activity}`);
    const v = viewWalk(izin.steps, play(izin, '›', 0));
    expect(walkNotes(v, s)).toEqual(['Sesudah langkah ini dikerjakan bersamaan: langkah 4, langkah 5. Panduan ini menampilkannya satu per satu.']);
    expect(walkHeading(izin, 4, s)).toBe('Langkah 4 dari 9 (tercetak nomor 5)');
  });
});
