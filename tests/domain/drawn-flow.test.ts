/**
 * The flowchart as drawn (issue 24, points 1–4): each actor's symbol shape, arrows inside a row, exits
 * from a given symbol, unlabelled alternatives, a label on a single exit, dashed lines, decisions
 * without a printed question; and the time summary reading the exits as the flow rules do. On the
 * fixture written from the descriptions (tests/fixtures/corpus-flow, the PBG SOP) and on
 * small documents made from the valid minimal SOP.
 */
import { describe, expect, it } from 'vitest';
import {
  edgeId,
  endSteps,
  flowEdges,
  reachableFromStart,
  reachingEnd,
  rowEntryActors,
  rowExitActors,
  shortestPath,
  stepShape,
  symbolShape,
} from '../../src/domain/flow/graph.ts';
import { sopTimeSummary } from '../../src/domain/flow/time-summary.ts';
import type { Step } from '../../src/domain/model/index.ts';
import { checkCorpus } from '../../src/domain/validate/index.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { corpusOf, sopWith, VALID_SOP } from '../fixtures/minimal.ts';
import { FILE, findingsOf } from './validate/helpers.ts';

const corpus = await readCorpus('tests/fixtures/corpus-flow');
const pbg = corpus.sops.get('penerbitan-persetujuan-bangunan-gedung')!.data;
const step = (n: number) => pbg.steps[n - 1]!;
/** The decision of the valid minimal SOP's third step, replaced by the tests. */
const decisionStep = '      pertanyaan: Draf disetujui?\n      tidak: susun-draf\n';

describe('the schema holds what the drawing shows', () => {
  it('reads the fixture without an error', () => {
    expect(corpus.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(checkCorpus(corpus).filter((f) => f.severity === 'error' && f.documentId === 'sop/penerbitan-persetujuan-bangunan-gedung')).toEqual([]);
  });

  it('keeps each actor’s symbol shape and the arrows inside a row', () => {
    expect(step(1)).toMatchObject({
      actorIds: ['pemohon', 'front-office', 'verifikator'],
      actorShapes: { pemohon: 'terminator', 'front-office': 'process', verifikator: 'process' },
      rowArrows: [{ from: 'pemohon', to: 'front-office' }, { from: 'pemohon', to: 'verifikator' }],
    });
    expect(step(1).shape).toBeUndefined();
    expect(step(6).rowArrows).toEqual([
      { from: 'verifikator', to: 'tim-teknis', label: 'Perlu peninjauan lapangan' },
      { from: 'verifikator', to: 'kabid', label: 'Tidak perlu peninjauan' },
    ]);
    expect(['verifikator', 'tim-teknis', 'kabid'].map((a) => symbolShape(step(6), a, 30))).toEqual(['decision', 'decision', 'process']);
    // An actor the map leaves out keeps the derived shape; a row without a map, the step's shape.
    expect(symbolShape(step(30), 'verifikator', 30)).toBe('terminator');
  });

  it('enters a row at the symbols no arrow of the row points at, and leaves it from those that send none', () => {
    expect(rowEntryActors(step(1))).toEqual(['pemohon']);
    expect(rowExitActors(step(1))).toEqual(['front-office', 'verifikator']);
    expect(rowEntryActors(step(6))).toEqual(['verifikator']);
    expect(rowExitActors(step(6))).toEqual(['tim-teknis', 'kabid']);
    // Today's joint row (no arrows): every symbol is both.
    expect(rowEntryActors(step(30))).toEqual(['verifikator', 'front-office']);
    expect(rowExitActors(step(30))).toEqual(['verifikator', 'front-office']);
  });

  it('keeps a decision without a question, its exits with or without labels, dashed, and from a given symbol', () => {
    expect(step(6).decision).toEqual({
      branches: [
        { label: 'Memenuhi syarat teknis', fromActor: 'tim-teknis', to: 7 },
        { label: 'Belum memenuhi syarat', fromActor: 'tim-teknis', dashed: true, to: 5 },
        { fromActor: 'kabid', to: 10 },
      ],
    });
    expect(step(2).decision).toEqual({ branches: [{ to: 3 }, { label: 'Berkas belum lengkap/valid', dashed: true, to: 1 }] });
    expect(stepShape(step(2), 30)).toBe('process');
    expect(step(10).decision).toEqual({ branches: [{ to: 11 }, { dashed: true, to: 9 }] });
    expect(pbg.steps.every((s) => s.decision?.question === undefined)).toBe(true);
  });

  it('keeps a single labelled exit and a dashed jump on steps that are no decision', () => {
    expect(step(3)).toMatchObject({ exitMarks: [{ to: 4, label: 'Y' }] });
    expect(step(3).next).toBeUndefined();
    expect(step(3).decision).toBeUndefined();
    expect(step(5)).toMatchObject({ next: [4], exitMarks: [{ to: 4, dashed: true }] });
    expect(step(15)).toMatchObject({ next: [16, 17] });
    expect(step(15).exitMarks).toBeUndefined();
  });

  it('reads today’s forms into the same model as before', () => {
    const valid = corpusOf({ [FILE]: VALID_SOP }).sops.get('contoh')!.data;
    expect(valid.steps[2]!.decision).toEqual({ question: 'Draf disetujui?', branches: [{ label: 'Ya', to: 4, short: 'yes' }, { label: 'Tidak', to: 2, short: 'no' }] });
    for (const s of valid.steps) {
      expect(s).not.toHaveProperty('exitMarks');
      expect(s).not.toHaveProperty('actorShapes');
      expect(s).not.toHaveProperty('rowArrows');
    }
    expect(flowEdges(valid.steps).map((e) => Object.keys(e).sort().join())).toEqual([
      'from,kind,loopBack,to',
      'from,kind,loopBack,to',
      'branch,from,kind,label,loopBack,short,to',
      'branch,from,kind,label,loopBack,short,to',
    ]);
  });

  it.each([
    ['a bentuk for an actor who is not in the row', sopWith('    waktu: 1 Jam\n', '    waktu: 1 Jam\n    bentuk: {ketua-tim: terminator}\n'), '"ketua-tim" bukan pelaksana langkah ini'],
    ['a bentuk map with an unknown shape', sopWith('    waktu: 1 Jam\n', '    waktu: 1 Jam\n    bentuk: {anggota-tim: lingkaran}\n'), 'bentuk'],
    ['an arrow in the row from an actor who is not in it', sopWith('    waktu: 15 menit\n', '    waktu: 15 menit\n    panah:\n      - {dari: tamu, ke: ketua-tim}\n'), '"tamu" bukan pelaksana langkah ini'],
    ['an arrow in the row to its own symbol', sopWith('    waktu: 15 menit\n', '    waktu: 15 menit\n    panah:\n      - {dari: ketua-tim, ke: ketua-tim}\n'), 'ke dirinya sendiri'],
    ['an exit from a symbol the row does not have', sopWith(decisionStep, '      cabang:\n        - label: Ya\n        - ke: susun-draf\n          dari: tamu\n'), '"tamu" bukan pelaksana langkah ini'],
    ['a lanjut list entry without ke', sopWith('    waktu: 10 Menit\n', '    waktu: 10 Menit\n    lanjut: [susun-draf, {label: Y}]\n'), 'perlu tujuan "ke"'],
    ['a lanjut arrow to the next row on the last row', sopWith('    waktu: Sesuai waktu konsultasi\n', '    waktu: Sesuai waktu konsultasi\n    lanjut: {label: Y}\n'), 'tidak punya baris berikutnya'],
    ['an empty label', sopWith(decisionStep, '      cabang:\n        - label: ""\n        - ke: susun-draf\n'), 'label kosong'],
    ['a dashed line spelt otherwise', sopWith('    waktu: 10 Menit\n', '    waktu: 10 Menit\n    lanjut: {ke: susun-draf, garis: titik}\n'), 'putus-putus'],
    ['one cabang, pointing at the single-exit form', sopWith(decisionStep, '      cabang:\n        - label: Y\n'), 'lanjut: {label: …}'],
  ])('refuses %s', (_, text, message) => {
    const found = corpusOf({ [FILE]: text }).findings.filter((f) => f.code === 'schema');
    expect(found.map((f) => f.message).join('\n')).toContain(message);
  });

  it('accepts a decision with no question, unlabelled exits, and dugaan on panah', () => {
    const text = sopWith(decisionStep, '      cabang:\n        - {}\n        - ke: susun-draf\n          garis: putus-putus\n')
      .replace('    pelaksana: [ketua-tim, anggota-tim]\n', '    pelaksana: [ketua-tim, anggota-tim]\n    panah:\n      - {dari: ketua-tim, ke: anggota-tim, garis: putus-putus}\n    dugaan: [panah]\n');
    const parsed = corpusOf({ [FILE]: text });
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const s = parsed.sops.get('contoh')!.data.steps[2]!;
    expect(s.decision).toEqual({ branches: [{ to: 4 }, { to: 2, dashed: true }] });
    expect(s.rowArrows).toEqual([{ from: 'ketua-tim', to: 'anggota-tim', dashed: true }]);
    expect(s.inferred).toEqual(['panah']);
  });
});

describe('the exits in the one flow graph', () => {
  const edges = flowEdges(pbg.steps);
  const out = (n: number) => edges.filter((e) => e.from === n).map((e) => ({ id: edgeId(e), label: e.label, dashed: e.dashed, from: e.fromActor }));

  it('carries each exit’s label, line and source symbol to every view', () => {
    expect(out(2)).toEqual([
      { id: '2-3-b0', label: undefined, dashed: undefined, from: undefined },
      { id: '2-1-b1', label: 'Berkas belum lengkap/valid', dashed: true, from: undefined },
    ]);
    expect(out(3)).toEqual([{ id: '3-4-next', label: 'Y', dashed: undefined, from: undefined }]);
    expect(out(5)).toEqual([{ id: '5-4-jump', label: undefined, dashed: true, from: undefined }]);
    expect(out(6).map((e) => [e.id, e.from])).toEqual([['6-7-b0', 'tim-teknis'], ['6-5-b1', 'tim-teknis'], ['6-10-b2', 'kabid']]);
    expect(out(22)).toEqual([
      { id: '22-23-b0', label: undefined, dashed: true, from: undefined },
      { id: '22-24-b1', label: undefined, dashed: undefined, from: undefined },
    ]);
  });

  it('reads unlabelled exits of one step as alternatives, not parallel work', () => {
    // The quickest way takes one exit at each choice: at step 22 it skips the optional survey.
    const path = shortestPath(pbg.steps)!;
    expect(path).toContain(22);
    expect(path).not.toContain(23);
    expect(path).toContain(24);
    // Parallel work (row 15) is all done.
    expect(path).toEqual(expect.arrayContaining([16, 17, 18]));
  });
});

describe('the time summary follows the flow rules', () => {
  it('finds a total when a parallel arrow loops back (a choice written as lanjut before issue 24)', () => {
    // Step 3 was written "lanjut: [susun-draf, next]": back to 2, on to 4. The rules reach the end.
    const text = sopWith(`    keputusan:\n${decisionStep}`, '    lanjut: [susun-draf, akhir]\n').replace('  - kegiatan: Mendokumentasikan', '  - id: akhir\n    kegiatan: Mendokumentasikan');
    const data = corpusOf({ [FILE]: text }).sops.get('contoh')!.data;
    expect(findingsOf({ [FILE]: text }).filter((f) => f.code.startsWith('alur-'))).toEqual([]);
    const summary = sopTimeSummary(data);
    expect(summary.reachesEnd).toBe(true);
    expect(summary.headline.path).toEqual([1, 2, 3, 4]);
    expect(findingsOf({ [FILE]: text }).find((f) => f.code === 'waktu-total')?.message).not.toContain('tidak bisa dicapai');
  });

  it('on many small graphs: a total exactly when an end is reachable from the first step', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let round = 0; round < 400; round++) {
      const count = 2 + random(6);
      const steps: Step[] = Array.from({ length: count }, (_, i): Step => {
        const number = i + 1;
        const base: Step = { number, printedNumber: String(number), activity: `Langkah ${number}`, actorIds: ['a'], inputs: '', timeText: '', output: '', notes: '', inferred: [] };
        const pick = random(5);
        const to = () => 1 + random(count);
        if (pick === 0) return { ...base, decision: { branches: [{ to: to() }, { to: to() }] } };
        if (pick === 1) return { ...base, next: [to(), to()].filter((t, k, all) => all.indexOf(t) === k) };
        if (pick === 2) return { ...base, next: [to()] };
        if (pick === 3 && number < count) return { ...base, ends: true };
        return base;
      });
      const reachable = reachableFromStart(steps);
      const rulesReachEnd = endSteps(steps).some((e) => reachable.has(e));
      expect(sopTimeSummary(steps).reachesEnd, JSON.stringify(steps.map((s) => [s.decision?.branches.map((b) => b.to), s.next, s.ends]))).toBe(rulesReachEnd);
      // And the rules' dead-end finding agrees: when the first step reaches no end, there is no total.
      if (!reachingEnd(steps).has(1)) expect(sopTimeSummary(steps).reachesEnd).toBe(false);
    }
  });
});
