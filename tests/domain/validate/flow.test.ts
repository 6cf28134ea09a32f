import { describe, expect, it } from 'vitest';
import { pathWithLoopsOnce, sopTotals } from '../../../src/domain/flow/graph.ts';
import { corpusOf, lineOf, sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, findingsOf, type Expected } from './helpers.ts';

/** VALID_SOP with its decision (step 3) given other branches; step 1 gets id `mulai`, step 4 id `akhir`. */
function withDecision(branches: string): string {
  return sopWith('      tidak: susun-draf\n', branches)
    .replace('  - kegiatan: Memerintahkan', '  - id: mulai\n    kegiatan: Memerintahkan')
    .replace('  - kegiatan: Mendokumentasikan', '  - id: akhir\n    kegiatan: Mendokumentasikan');
}

/** Five steps; step 2 decides: "Ya" jumps to step 4 (skipping 3), "Tidak" back to step 1. */
const SKIPPING = sopWith(
  '  - kegiatan: Mendokumentasikan',
  '  - id: lompat\n    kegiatan: Mengarsipkan\n    pelaksana: anggota-tim\n    waktu: 5 menit\n  - kegiatan: Mendokumentasikan',
)
  .replace('  - id: susun-draf\n    kegiatan: Menyusun draf\n    pelaksana: anggota-tim\n    waktu: 1 Jam\n',
    '  - id: susun-draf\n    kegiatan: Menyusun draf\n    pelaksana: anggota-tim\n    waktu: 1 Jam\n    keputusan:\n      pertanyaan: Perlu diteliti?\n      ya: lompat\n      tidak: susun-draf\n');

describe('rule 3: flow', () => {
  it.each<{ name: string; text: string } & Omit<Expected, 'file'>>([
    {
      name: 'a step that cannot be reached from the first',
      text: SKIPPING,
      code: 'alur-tak-terjangkau', severity: 'error', at: '  - kegiatan: Meneliti draf', step: 3,
      message: 'langkah 3 tidak bisa dicapai dari langkah 1',
    },
    {
      name: 'a decision with no "Tidak" branch',
      text: sopWith('      tidak: susun-draf\n', ''),
      code: 'keputusan-tanpa-cabang', severity: 'error', at: 'pertanyaan: Draf disetujui?', step: 3,
      message: 'keputusan "Draf disetujui?" hanya punya cabang Ya',
    },
    {
      name: 'a decision whose branches go to the same step',
      text: withDecision('      tidak: akhir\n'),
      code: 'keputusan-cabang-sama', severity: 'warning', at: 'tidak: akhir', step: 3,
    },
    {
      name: 'a decision target that is not a step id (schema)',
      text: sopWith('tidak: susun-draf', 'tidak: tidak-ada'),
      code: 'schema', severity: 'error', at: 'tidak: tidak-ada', message: 'langkah tujuan "tidak-ada" tidak ada',
    },
    {
      name: 'a step whose pelaksana the source does not show (allowed, a warning)',
      text: sopWith('pelaksana: [ketua-tim, anggota-tim]', 'pelaksana: []'),
      code: 'langkah-tanpa-pelaksana', severity: 'warning', at: '  - kegiatan: Meneliti draf', step: 3,
      message: 'langkah 3: pelaksana tidak diisi',
    },
  ])('$name', ({ name: _name, text, ...expected }) => {
    expectFinding({ [FILE]: text }, { ...expected, file: FILE });
  });

  it('a loop with no way out: each step in it is a dead end (error), the step after it unreachable', () => {
    const text = withDecision('      ya: mulai\n      tidak: susun-draf\n');
    const findings = findingsOf({ [FILE]: text });
    const deadEnds = findings.filter((f) => f.code === 'alur-buntu');
    expect(deadEnds.map((f) => [f.severity, f.file, f.step, f.line])).toEqual([
      ['error', FILE, 1, lineOf(text, '  - id: mulai')],
      ['error', FILE, 2, lineOf(text, '  - id: susun-draf')],
      ['error', FILE, 3, lineOf(text, '  - kegiatan: Meneliti draf')],
    ]);
    expect(deadEnds[2]!.message).toBe('dari langkah 3 tidak ada jalur yang sampai ke langkah terakhir (4); langkah ini ada dalam putaran tanpa jalan keluar');
    expect(findings.filter((f) => f.code === 'alur-tak-terjangkau').map((f) => f.step)).toEqual([4]);
  });

  it.each(['alur-tak-terjangkau', 'alur-buntu', 'keputusan-tanpa-cabang', 'keputusan-cabang-sama'])('a valid SOP has no %s', (code) => {
    expectNoFinding({ [FILE]: VALID_SOP }, code);
  });

  it('a forward "Ya" jump leaves nothing unreachable when "Tidak" goes on to the skipped step', () => {
    const text = SKIPPING.replace('ya: lompat\n      tidak: susun-draf', 'ya: lompat\n      tidak: teliti').replace('  - kegiatan: Meneliti draf', '  - id: teliti\n    kegiatan: Meneliti draf');
    expectNoFinding({ [FILE]: text }, 'alur-tak-terjangkau');
  });
});

describe('the path with every loop-back once', () => {
  const stepsOf = (text: string) => corpusOf({ [FILE]: text }).sops.get('contoh')!.data.steps;

  it('takes "Tidak" back once, then "Ya"', () => {
    expect(pathWithLoopsOnce(stepsOf(VALID_SOP))).toEqual([1, 2, 3, 2, 3, 4]);
  });

  it('takes a loop on "Ya" once, then goes on by "Tidak" (it used to loop until the step limit)', () => {
    const steps = stepsOf(withDecision('      ya: mulai\n      tidak: akhir\n'));
    expect(pathWithLoopsOnce(steps)).toEqual([1, 2, 3, 1, 2, 3, 4]);
    const totals = sopTotals({ steps });
    expect(totals.shortest?.path).toEqual([1, 2, 3, 4]);
    expect(totals.withLoops.total.minMinutes).toBe(10 + 60 + 15 + 10 + 60 + 15);
  });
});

/** Issue 26, point 5: a condition the chart does not draw, and a decision whose exit leads back to itself. */
describe('flow as a reviewer reads it', () => {
  const noted = (note: string, base = VALID_SOP) => sopWith('    output: Disposisi\n', `    output: Disposisi\n    keterangan: ${note}\n`, base);

  it.each<{ name: string; text: string } & Omit<Expected, 'file'>>([
    {
      name: 'a step "(apabila diperlukan)" with no decision before or on it',
      text: noted('(apabila diperlukan)'),
      code: 'syarat-tanpa-keputusan', severity: 'info', at: 'keterangan: (apabila', step: 1,
      message: 'langkah 1 dijalankan dengan syarat ("apabila diperlukan"), tetapi bagan alir tidak menggambar keputusan untuk syarat itu',
    },
    {
      name: 'a condition in the kegiatan',
      text: sopWith('kegiatan: Memerintahkan anggota tim', 'kegiatan: Memerintahkan anggota tim menyusun catatan perbaikan (jika ada)'),
      code: 'syarat-tanpa-keputusan', severity: 'info', at: 'kegiatan: Memerintahkan', step: 1, message: '("jika ada")',
    },
    {
      name: 'a decision whose "Tidak" leads back to itself',
      text: withDecision('      tidak: periksa\n').replace('  - kegiatan: Meneliti draf', '  - id: periksa\n    kegiatan: Meneliti draf'),
      code: 'alur-ke-diri-sendiri', severity: 'warning', at: 'tidak: periksa', step: 3,
      message: 'langkah 3: cabang Tidak keputusan "Draf disetujui?" kembali ke keputusan itu sendiri',
    },
    {
      name: 'a "lanjut" back to its own step',
      text: sopWith('  - kegiatan: Mendokumentasikan\n', '  - id: akhir-saja\n    kegiatan: Mengarsipkan\n    pelaksana: anggota-tim\n    lanjut: [akhir-saja, dokumentasi]\n  - id: dokumentasi\n    kegiatan: Mendokumentasikan\n'),
      code: 'alur-ke-diri-sendiri', severity: 'warning', at: 'lanjut: [akhir-saja', step: 4, message: 'langkah 4: "lanjut" kembali ke langkah 4 sendiri',
    },
  ])('$name', ({ name: _name, text, ...expected }) => {
    expectFinding({ [FILE]: text }, { ...expected, file: FILE });
  });

  it.each([
    ['a valid SOP', VALID_SOP],
    ['a condition on the step a decision leads to ("Tidak": back to step 2)', sopWith('kegiatan: Menyusun draf', 'kegiatan: Menyusun draf, apabila diperlukan dengan perbaikan')],
    ['a condition on the decision itself', sopWith('kegiatan: Meneliti draf', 'kegiatan: Meneliti draf dan mengembalikannya jika perlu')],
    ['the step after a decision', sopWith('kegiatan: Mendokumentasikan', 'kegiatan: Mendokumentasikan bila diperlukan')],
    ['a sentence that sets no condition', noted('Diperlukan tanda tangan; jika lengkap, diteruskan')],
    ['the case a procedure is for ("jika terdapat permasalahan")', sopWith('kegiatan: Memerintahkan anggota tim', 'kegiatan: Menelaah, jika terdapat permasalahan segera memproses jawaban')],
  ])('no syarat-tanpa-keputusan for %s', (_name, text) => {
    expectNoFinding({ [FILE]: text }, 'syarat-tanpa-keputusan');
  });

  it('a decision going back to an earlier step is no exit to itself', () => expectNoFinding({ [FILE]: VALID_SOP }, 'alur-ke-diri-sendiri'));
});
