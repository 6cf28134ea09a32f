/** The viewer's role, focus and URL state, its marks and its words (viewer-state.ts, step-text.ts), without a browser. */
import { describe, expect, it } from 'vitest';
import { viewerModel } from '../../domain/views/index.ts';
import { ui } from '../../i18n/id.ts';
import { readCorpus } from '../../node/read-corpus.ts';
import { actorNames, printedNote, printedSuffix } from './step-text.ts';
import {
  detailsAnnouncement,
  detailsTitle,
  edgeEnds,
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
} from './viewer-state.ts';

const s = ui.viewer.client;
const seed = await readCorpus('.');
const flow = await readCorpus('tests/fixtures/corpus-flow');
/** 10 steps, 4 pelaksana; decisions at 6 (Tidak → 5) and 7 (Tidak → 6). */
const diklat = viewerModel(seed.sops.get('pelaksanaan-kegiatan-diklat')!.data);
/** Printed numbers other than the places: 4 prints 5, 5 prints 4, 6 and 9 print none. */
const izin = viewerModel(flow.sops.get('verifikasi-berkas-izin')!.data);

describe('the URL', () => {
  it('names a step of the SOP by #langkah-N or #daftar-langkah-N, and nothing else', () => {
    expect(['#langkah-4', '#daftar-langkah-10', '#langkah-11', '#langkah-0', '#bagan-alir', ''].map((h) => stepOfHash(h, 10))).toEqual([4, 10, undefined, undefined, undefined, undefined]);
  });

  it('holds the role beside other parameters and the step in focus as the hash', () => {
    const at = (search: string, hash = '') => ({ pathname: '/sop/x/', search, hash });
    expect(urlOf(at('?utm=a'), { role: 'ketua-tim', focus: 6 }, 10)).toBe('/sop/x/?utm=a&pelaksana=ketua-tim#langkah-6');
    expect(urlOf(at('?pelaksana=ketua-tim&utm=a', '#langkah-6'), { role: '' }, 10)).toBe('/sop/x/?utm=a');
    // Another anchor stays when no step is in focus.
    expect(urlOf(at('', '#bagan-alir'), { role: '' }, 10)).toBe('/sop/x/#bagan-alir');
  });
});

describe('the role', () => {
  it('is one of the SOP’s pelaksana or none', () => {
    expect([knownRole(diklat, 'ketua-tim'), knownRole(diklat, 'kepala-dinas'), knownRole(diklat, '')]).toEqual(['ketua-tim', '', '']);
  });

  it("starts from the URL's, remembered; else from one remembered in another SOP by its name, then put in the URL", () => {
    expect(startingRole(diklat, 'anggota-tim', 'ketua-tim-kerja')).toEqual({ role: 'anggota-tim', remember: true, writeUrl: false });
    expect(startingRole(diklat, '', 'ketua-tim-kerja')).toEqual({ role: '', remember: false, writeUrl: false });
    expect(startingRole(diklat, null, rememberedAs(diklat, 'ketua-tim'))).toEqual({ role: 'ketua-tim', remember: false, writeUrl: true });
    expect(startingRole(diklat, null, 'juru-parkir')).toEqual({ role: '', remember: false, writeUrl: false });
    expect(rememberedAs(diklat, '')).toBe('');
  });

  it("says the role's share of the SOP and its time on the quickest way, or that it has none", () => {
    expect(roleSummary(diklat, '', s)).toBeUndefined();
    expect(roleSummary(diklat, 'pejabat-level-2', s)).toEqual({ text: '3 dari 10 langkah · ± 1 hari kerja 2 jam 15 menit pada jalur tercepat', marked: true });
    const idle = { ...diklat, steps: diklat.steps.map((st) => ({ ...st, actorIds: st.actorIds.filter((id) => id !== 'pejabat-level-2') })) };
    expect(roleSummary(idle, 'pejabat-level-2', s)).toEqual({ text: s.roleNoSteps, marked: false });
    expect(roleAnnouncement(diklat, 'pejabat-level-2', s)).toBe(`Langkah ${diklat.actors.find((a) => a.id === 'pejabat-level-2')!.label} ditandai: 3 dari 10 langkah.`);
    expect(roleAnnouncement(diklat, '', s)).toBe(s.roleCleared);
  });
});

describe('the marks', () => {
  it("mark the role's steps, mute the others, and its symbols in its own column only", () => {
    const marks = marksOf(diklat, { role: 'pejabat-level-2', focus: 4 });
    expect(marks.step(4)).toEqual({ mine: true, dim: false, current: true });
    expect(marks.step(1)).toEqual({ mine: false, dim: true, current: false });
    const column = diklat.actors.findIndex((a) => a.id === 'pejabat-level-2');
    expect([marks.symbol(4, column).mine, marks.symbol(4, column + 1).mine, marks.symbol(1, column).dim]).toEqual([true, false, true]);
    expect([marks.node(4, 'pejabat-level-2').mine, marks.node(4, 'ketua-tim').dim]).toEqual([true, true]);
  });

  it('mute nothing without a role, and light the arrows into and out of the step in focus, else the walk’s', () => {
    const marks = marksOf(diklat, { role: '', walk: 6 });
    expect(marks.step(3)).toEqual({ mine: false, dim: false, current: false });
    expect(['5-6-next', '6-5-no', '6-7-yes', '7-8-yes', '6-6-r0'].map(marks.edge)).toEqual([true, true, true, false, true]);
    expect(marksOf(diklat, { role: '', focus: 2, walk: 6 }).edge('6-7-yes')).toBe(false);
    expect(marksOf(diklat, { role: '' }).edge('5-6-next')).toBe(false);
    expect(edgeEnds('12-3-b2')).toEqual([12, 3]);
  });
});

describe('a step named', () => {
  it('by its printed number when that is not its place, in titles, buttons and what is said', () => {
    expect([printedNote(izin, 4, s), printedNote(izin, 6, s), printedNote(izin, 3, s)]).toEqual(['tercetak nomor 5', 'tanpa nomor di naskah asli', '']);
    expect(printedSuffix(izin, 4, s)).toBe(' (tercetak nomor 5)');
    expect(detailsTitle(izin, 4, s)).toBe('Langkah 4 (tercetak nomor 5)');
    expect(stepButtonName(izin, 4, s)).toBe('Rincian langkah 4, tercetak nomor 5');
    expect(stepButtonName(izin, 3, s, 'dugaan')).toBe('Rincian langkah 3, dugaan');
    expect(detailsAnnouncement(izin, 2, s)).toBe(`Langkah 2. ${izin.steps[1]!.decision?.question ?? izin.steps[1]!.activity}`);
    expect(actorNames(diklat, { actorIds: ['ketua-tim', 'anggota-tim'] }, s)).toBe('Ketua Tim Kerja & Anggota Tim Kerja');
  });
});

describe('a click on a link', () => {
  it('is the page’s to handle only with the main button and no modifier key', () => {
    const click = { defaultPrevented: false, button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    expect([isPlainClick(click), isPlainClick({ ...click, ctrlKey: true }), isPlainClick({ ...click, button: 1 }), isPlainClick({ ...click, defaultPrevented: true })]).toEqual([true, false, false, false]);
  });
});
