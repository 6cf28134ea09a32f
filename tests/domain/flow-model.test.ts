/**
 * The step model of issue 11 (points 1, 2, 3, 5, 10) on the fixtures written from the issue's
 * descriptions (tests/fixtures/corpus-flow): labelled and three-way decisions, jumps and loops drawn
 * without a diamond, parallel targets, ends in mid-table, printed numbers, paragraphs, `dugaan`.
 */
import { describe, expect, it } from 'vitest';
import { edgeId, endSteps, flowEdges, pathWithLoopsOnce, reachableFromStart, reachingEnd, shortestPath, stepShape, walk } from '../../src/domain/flow/graph.ts';
import { layoutFlowchart, type StepRow } from '../../src/domain/flowchart/index.ts';
import { enumeratePaths, followChoices } from '../../src/domain/flow/paths.ts';
import { numberingFindings } from '../../src/domain/validate/flow.ts';
import { checkCorpus } from '../../src/domain/validate/index.ts';
import { swimlaneSource } from '../../src/domain/swimlane/mermaid.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { corpusOf, sopWith, VALID_SOP } from '../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, findingsOf } from './validate/helpers.ts';

const corpus = await readCorpus('tests/fixtures/corpus-flow');
const audit = corpus.sops.get('tindak-lanjut-hasil-audit')!.data;
const izin = corpus.sops.get('verifikasi-berkas-izin')!.data;

describe('the schema: frontmatter keys to the English model', () => {
  it('reads both fixtures without a finding of error severity', () => {
    expect(corpus.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('keeps a three-way decision with its labels as printed and its targets', () => {
    expect(audit.steps[1]!.decision).toEqual({
      question: 'Hasil pemeriksaan tindak lanjut?',
      branches: [
        { label: 'Lengkap', to: 5 },
        { label: 'Ada aksi koreksi', to: 3 },
        { label: 'Tak ada aksi koreksi', to: 4 },
      ],
    });
  });

  it('reads a branch without "ke" as the next step, and "Y"/"T" as printed', () => {
    expect(izin.steps[1]!.decision!.branches).toEqual([{ label: 'Lengkap', to: 3 }, { label: 'Belum lengkap', to: 9 }]);
    expect(izin.steps[5]!.decision!.branches.map((b) => b.label)).toEqual(['Y', 'T']);
  });

  it('reads lanjut (one id or several), selesai, printed numbers, paragraphs, missing pelaksana and dugaan', () => {
    expect(audit.steps[2]).toMatchObject({ next: [2], printedNumber: '3.' });
    expect(audit.steps[2]!.activity).toBe('Menyusun rencana aksi koreksi untuk setiap temuan yang belum selesai.\n\nRencana memuat penanggung jawab dan batas waktu.');
    expect(audit.steps[3]!.notes).toBe('Temuan berulang dilaporkan tersendiri.\nSalinan kepada Sekretaris.');
    expect(audit.steps[3]!.inferred).toEqual(['pelaksana']);
    expect(izin.steps[2]!.next).toEqual([4, 5]);
    expect(izin.steps.map((s) => s.printedNumber)).toEqual(['1', '2', '3', '5', '4', '', '6', '7', '']);
    expect(izin.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(izin.steps[6]!.ends).toBe(true);
    expect(izin.steps[7]).toMatchObject({ actorIds: [], ends: true, inferred: ['no'] });
  });

  it.each([
    ['both decision forms at once', sopWith('      tidak: susun-draf\n', '      tidak: susun-draf\n      cabang:\n        - label: A\n        - label: B\n'), 'tidak keduanya'],
    ['a decision with one cabang', sopWith('      tidak: susun-draf\n', '      cabang:\n        - label: A\n'), 'sedikitnya dua cabang'],
    ['a cabang target that is no step id', sopWith('      tidak: susun-draf\n', '      cabang:\n        - label: A\n        - label: B\n          ke: entah\n'), 'langkah tujuan "entah" tidak ada'],
    ['a lanjut target that is no step id', sopWith('    waktu: 10 Menit\n', '    waktu: 10 Menit\n    lanjut: entah\n'), 'langkah tujuan "entah" tidak ada'],
    ['lanjut on a decision', sopWith('      tidak: susun-draf\n', '      tidak: susun-draf\n    lanjut: susun-draf\n'), 'hapus "lanjut"'],
    ['selesai with lanjut', sopWith('    waktu: 10 Menit\n', '    waktu: 10 Menit\n    selesai: true\n    lanjut: susun-draf\n'), 'hapus "lanjut" atau "selesai"'],
    ['dugaan naming an empty key', sopWith('    waktu: 10 Menit\n', '    waktu: 10 Menit\n    dugaan: [keterangan]\n'), '"keterangan" ditandai dugaan'],
    ['dugaan naming an unknown key', sopWith('    waktu: 10 Menit\n', '    waktu: 10 Menit\n    dugaan: [warna]\n'), 'dugaan'],
    ['an unknown bentuk', sopWith('    waktu: 10 Menit\n', '    waktu: 10 Menit\n    bentuk: lingkaran\n'), 'bentuk'],
  ])('refuses %s', (_, text, message) => {
    const found = corpusOf({ [FILE]: text }).findings.filter((f) => f.code === 'schema');
    expect(found.map((f) => f.message).join('\n')).toContain(message);
  });
});

describe('flowEdges: one graph with labels and kinds', () => {
  it('gives a three-way decision three labelled branch edges, and a loop drawn from a process box a jump', () => {
    const edges = flowEdges(audit.steps);
    expect(edges.map((e) => [edgeId(e), e.label ?? '', e.loopBack])).toEqual([
      ['1-2-next', '', false],
      ['2-5-b0', 'Lengkap', false],
      ['2-3-b1', 'Ada aksi koreksi', false],
      ['2-4-b2', 'Tak ada aksi koreksi', false],
      ['3-2-jump', '', true],
      ['4-5-next', '', false],
    ]);
  });

  it('gives parallel targets one jump each, no edge out of an end, and keeps Ya/Tidak ids for the short form', () => {
    const edges = flowEdges(izin.steps);
    expect(edges.filter((e) => e.from === 3).map(edgeId)).toEqual(['3-4-jump', '3-5-jump']);
    expect(edges.filter((e) => e.from === 7 || e.from === 8)).toEqual([]);
    expect(endSteps(izin.steps)).toEqual([7, 8]);
    const valid = corpusOf({ [FILE]: VALID_SOP }).sops.get('contoh')!.data;
    expect(flowEdges(valid.steps).map(edgeId)).toEqual(['1-2-next', '2-3-next', '3-4-yes', '3-2-no']);
  });

  it('draws selesai as a terminator, and bentuk as given', () => {
    expect(izin.steps.map((s) => stepShape(s, izin.steps.length))).toEqual(['terminator', 'decision', 'process', 'process', 'process', 'decision', 'terminator', 'terminator', 'terminator']);
    const boxed = corpusOf({ [FILE]: sopWith('    waktu: 1 Jam\n', '    waktu: 1 Jam\n    bentuk: terminator\n') }).sops.get('contoh')!.data;
    expect(stepShape(boxed.steps[1]!, 4)).toBe('terminator');
  });

  it('reaches every step from the first and an end from every step', () => {
    for (const sop of [audit, izin]) {
      expect([...reachableFromStart(sop.steps)].sort((a, b) => a - b)).toEqual(sop.steps.map((s) => s.number));
      expect([...reachingEnd(sop.steps)].sort((a, b) => a - b)).toEqual(sop.steps.map((s) => s.number));
    }
  });
});

describe('paths through the whole graph', () => {
  it('enumerates each branch of the three-way decision, the loop through the jump taken once', () => {
    expect(enumeratePaths(audit.steps).map((p) => [p.steps.join(' '), p.choices.map((c) => c.label).join(' / ')])).toEqual([
      ['1 2 5', 'Lengkap'],
      ['1 2 3 2 5', 'Ada aksi koreksi / Lengkap'],
      ['1 2 3 2 4 5', 'Ada aksi koreksi / Tak ada aksi koreksi'],
      ['1 2 4 5', 'Tak ada aksi koreksi'],
    ]);
  });

  it('takes the loop through a jump drawn without a diamond once', () => {
    expect(pathWithLoopsOnce(audit.steps)).toEqual([1, 2, 3, 2, 5]);
  });

  it('walks parallel work in file order, each step once, and stops at an end in mid-table', () => {
    expect(followChoices(izin.steps, [0, 0]).steps).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(followChoices(izin.steps, [0, 1]).steps).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(followChoices(izin.steps, [1, 0, 0]).steps).toEqual([1, 2, 9, 1, 2, 3, 4, 5, 6, 8]);
    // A thread that ends hands over to the parallel step still to do.
    expect(walk(izin.steps, () => 0)).toEqual([1, 2, 3, 4, 5, 6, 8]);
  });

  it('counts both parallel steps in the quickest way, which ends at the last end of the table (not the refusal)', () => {
    expect(shortestPath(izin.steps)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(shortestPath(audit.steps)).toEqual([1, 2, 5]);
  });
});

describe('numbering as printed', () => {
  const numbers = (...printed: string[]) => numberingFindings(printed.map((p) => ({ printedNumber: p }))).map((f) => [f.index + 1, f.message.replace(/ \(nomor tercetak.*$/, '')]);

  it.each<[string, string[], Array<[number, string]>]>([
    ['in order, with or without a full stop', ['1.', '2.', '3'], []],
    ['an unnumbered row between numbered ones is reported; before the first and after the last it is not', ['', '1', '', '2', ''], [
      [3, 'langkah 3 tidak bernomor, di antara baris bernomor "1" dan "2" (langkah ini tetap ditampilkan; tautan memakai urutan baris)'],
    ]],
    ['a row printed with a letter, not a number, between numbered ones', ['1', 'a', '2'], [
      [2, 'langkah 2 bernomor "a", di antara baris bernomor "1" dan "2" (langkah ini tetap ditampilkan; tautan memakai urutan baris)'],
    ]],
    ['seed 003a: 1–7, 9, 8, 9', ['1', '2', '3', '4', '5', '6', '7', '9', '8', '9'], [
      [8, 'langkah 8 bernomor "9" sesudah "7": nomor 8 terlewati'],
      [9, 'langkah 9 bernomor "8" sesudah "9": nomor mundur'],
      [10, 'langkah 10 bernomor "9" sesudah "8": nomor 9 sudah dipakai langkah 8'],
    ]],
    ['a repeat', ['1', '2', '3', '3', '4'], [[4, 'langkah 4 bernomor "3" sesudah "3": nomor berulang']]],
    ['two swapped rows, then in order again', ['1', '2', '3', '5', '4', '6'], [
      [4, 'langkah 4 bernomor "5" sesudah "3": nomor 4 terlewati'],
      [5, 'langkah 5 bernomor "4" sesudah "5": nomor mundur'],
    ]],
    ['a first number other than 1', ['2', '3'], [[1, 'langkah 1 bernomor "2": nomor pertama bukan 1']]],
    ['a gap of several', ['1', '4'], [[2, 'langkah 2 bernomor "4" sesudah "1": nomor 2–3 terlewati']]],
  ])('%s', (_, printed, expected) => {
    expect(numbers(...printed)).toEqual(expected);
  });

  it('reports at the no: key, as a warning', () => {
    const text = sopWith('  - kegiatan: Mendokumentasikan', '  - no: "3"\n    kegiatan: Mendokumentasikan');
    expectFinding({ [FILE]: text }, { code: 'penomoran-tidak-urut', severity: 'warning', file: FILE, at: 'no: "3"', step: 4, message: 'nomor berulang' });
    expectNoFinding({ [FILE]: VALID_SOP }, 'penomoran-tidak-urut');
  });
});

describe('validation over the whole graph', () => {
  it('a loop drawn without a diamond and with no way out is a dead end', () => {
    // Step 4 jumps back to step 2 always: 2 → 3 → 4 → 2 never reaches an end.
    const text = sopWith('  - kegiatan: Mendokumentasikan\n    pelaksana: anggota-tim\n', '  - kegiatan: Mendokumentasikan\n    pelaksana: anggota-tim\n    lanjut: susun-draf\n').replace('      tidak: susun-draf\n', '      tidak: susun-draf\n      ya: akhir\n').replace('  - kegiatan: Mendokumentasikan', '  - id: akhir\n    kegiatan: Mendokumentasikan');
    const dead = findingsOf({ [FILE]: text }).filter((f) => f.code === 'alur-buntu');
    expect(dead.map((f) => f.step)).toEqual([1, 2, 3, 4]);
    expect(dead[3]!.message).toContain('putaran tanpa jalan keluar');
  });

  it('npm run check on the fixtures reports the numbering and the missing pelaksana, each where it is', () => {
    const found = checkCorpus(corpus).filter((f) => f.code === 'penomoran-tidak-urut' || f.code === 'langkah-tanpa-pelaksana');
    expect(found.map((f) => [f.file, f.code, f.severity, f.step])).toEqual([
      ['content/sop/verifikasi-berkas-izin.mdx', 'penomoran-tidak-urut', 'warning', 4],
      ['content/sop/verifikasi-berkas-izin.mdx', 'penomoran-tidak-urut', 'warning', 5],
      // The decision row, printed unnumbered between "4" and "6" (the unnumbered last row is not reported).
      ['content/sop/verifikasi-berkas-izin.mdx', 'penomoran-tidak-urut', 'warning', 6],
      ['content/sop/verifikasi-berkas-izin.mdx', 'langkah-tanpa-pelaksana', 'warning', 8],
    ]);
  });

  it('an end in mid-table is an end: nothing after it is a dead end', () => {
    const codes = checkCorpus(corpus).map((f) => f.code);
    expect(codes).not.toContain('alur-buntu');
    expect(codes).not.toContain('alur-tak-terjangkau');
  });
});

describe('the flowchart table layout', () => {
  const rows = (sop: typeof audit) => layoutFlowchart(sop).rows.filter((r): r is StepRow => r.kind === 'step');

  it('prints each branch label of the three-way decision once, beside the diamond', () => {
    const labels = rows(audit)[1]!.cells.flatMap((c) => c.labels).map((l) => l.text).sort();
    expect(labels).toEqual(['Ada aksi koreksi', 'Lengkap', 'Tak ada aksi koreksi']);
  });

  it('routes the jump back from a process box through the gutter, with an arrowhead into step 2', () => {
    const chart = layoutFlowchart(audit);
    expect(chart.lanes).toBeGreaterThan(0);
    const r = rows(audit);
    expect(r[2]!.gutter.wires.some((w) => w.edge && edgeId(w.edge) === '3-2-jump')).toBe(true);
    expect(r[1]!.cells.flatMap((c) => c.wires).some((w) => w.arrowhead && w.edge && edgeId(w.edge) === '3-2-jump')).toBe(true);
  });

  it('gives the three exits of the decision three different heights', () => {
    const exits = rows(audit)[1]!.cells.flatMap((c) => c.wires).filter((w) => w.edge?.from === 2 && typeof w.from.x === 'number' && w.from.x > 0);
    const levels = new Set(exits.map((w) => w.from.y));
    expect(levels.size).toBe(exits.length);
  });

  it('draws no symbol for a step without pelaksana, and no wire into it', () => {
    const r = rows(izin);
    expect(r[7]!.cells.some((c) => c.symbol)).toBe(false);
    expect(r.flatMap((x) => [...x.cells, x.gutter]).flatMap((c) => c.wires).some((w) => w.edge?.to === 8)).toBe(false);
  });
});

describe('the swimlane source', () => {
  it('writes every printed label, quoting those that are not plain words, and numbers as printed', () => {
    const source = swimlaneSource(audit);
    expect(source).toContain('L2 -->|Lengkap| L5');
    expect(source).toContain('L2 -->|Ada aksi koreksi| L3');
    expect(source).toContain('L3 --> L2');
    expect(source).toMatch(/L4\["4\. Mencatat temuan tanpa aksi koreksi…? \(dugaan\)"\]/);
    const izinSource = swimlaneSource(izin);
    expect(izinSource).toContain('L6 -->|Y| L8');
    expect(izinSource).toContain('L4 -->|dugaan| L6');
    expect(izinSource).toMatch(/L4\["5\. /);
    expect(izinSource).toMatch(/L6\{"Permohonan disetujui\?"\}/);
  });
});
