import { describe, expect, it } from 'vitest';
import { CONVERSION_RULE } from '../../../src/domain/duration.ts';
import { describePath, describeTotal } from '../../../src/domain/validate/timings.ts';
import { sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, findingsOf, SP_FILE, standard, type Expected } from './helpers.ts';

// VALID_SOP: 10 Menit, 1 Jam, 15 menit (decision, "Tidak" back to step 2), Sesuai waktu konsultasi.
describe('rule 1: timings', () => {
  it.each<{ name: string; files: Record<string, string> } & Expected>([
    {
      name: 'an unknown unit is a schema error quoting the text',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: 1 Jem') },
      code: 'schema', severity: 'error', file: FILE, at: 'waktu: 1 Jem', message: 'satuan waktu tidak dikenal dalam "1 Jem"',
    },
    {
      name: 'a step with no waktu',
      files: { [FILE]: sopWith('    waktu: 1 Jam\n', '') },
      code: 'waktu-kosong', severity: 'warning', file: FILE, at: 'id: susun-draf', step: 2,
    },
    {
      name: 'the totals of every SOP, at langkah',
      files: { [FILE]: VALID_SOP },
      code: 'waktu-total', severity: 'info', file: FILE, at: '  - kegiatan: Memerintahkan',
      message:
        'total waktu jalur terpendek (langkah 1–4): 85 menit (± 1 jam 25 menit) + 1 langkah tak tentu ("Sesuai waktu konsultasi"); ' +
        'dengan tiap putaran balik sekali (langkah 1–3, 2–4): 160 menit (± 2 jam 40 menit) + 1 langkah tak tentu ("Sesuai waktu konsultasi")',
    },
    {
      name: 'days convert with the stated rule, shown next to the total',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: 1 hari kerja') },
      code: 'waktu-total', severity: 'info', file: FILE, at: '  - kegiatan: Memerintahkan',
      message: `475 menit (± 1 hari 25 menit) + 1 langkah tak tentu ("Sesuai waktu konsultasi"); dengan tiap putaran balik sekali (langkah 1–3, 2–4): 940 menit (± 2 hari 40 menit) + 1 langkah tak tentu ("Sesuai waktu konsultasi"); hitungan: ${CONVERSION_RULE}`,
    },
    {
      name: 'an SOP without a loop-back has one total',
      files: { [FILE]: sopWith('    keputusan:\n      pertanyaan: Draf disetujui?\n      tidak: susun-draf\n', '') },
      code: 'waktu-total', severity: 'info', file: FILE, at: '  - kegiatan: Memerintahkan',
      message: 'total waktu (langkah 1–4, tanpa putaran balik): 85 menit (± 1 jam 25 menit) + 1 langkah tak tentu',
    },
  ])('$name', ({ files, ...expected }) => {
    expectFinding(files, expected);
  });

  it('states no conversion rule when no day is involved', () => {
    const total = findingsOf({ [FILE]: VALID_SOP }).find((f) => f.code === 'waktu-total')!;
    expect(total.message).not.toContain('hitungan');
  });

  it.each([['waktu-kosong'], ['schema']])('a valid SOP has no %s', (code) => expectNoFinding({ [FILE]: VALID_SOP }, code));

  it('says totals as exact minutes, spoken time and variable count', () => {
    expect(describeTotal({ minMinutes: 20, maxMinutes: 20, variable: ['Sesuai waktu konsultasi', 'Sesuai waktu konsultasi'], usesDayRule: false }))
      .toBe('20 menit + 2 langkah tak tentu ("Sesuai waktu konsultasi")');
    expect(describeTotal({ minMinutes: 480, maxMinutes: 930, variable: [], usesDayRule: true })).toBe('480–930 menit (1 hari 30 menit sampai 2 hari 30 menit)');
    expect(describeTotal({ minMinutes: 0.5, maxMinutes: 0.5, variable: [], usesDayRule: false })).toBe('0,5 menit');
    expect(describePath([1, 2, 3, 4, 2, 3, 4, 5])).toBe('1–4, 2–5');
    expect(describePath([1, 3, 4, 7])).toBe('1, 3–4, 7');
  });
});

describe('rule 2: Standar Pelayanan against its SOPs', () => {
  it.each<{ name: string; files: Record<string, string> } & Expected>([
    {
      name: 'the shortest path of the SOP is longer than the promise',
      files: { [FILE]: VALID_SOP, [SP_FILE]: standard({ waktu: ['15 Menit', 'Sesuai materi konsultasi'] }) },
      code: 'waktu-melebihi-sp', severity: 'warning', file: SP_FILE, at: 'sop: [contoh]',
      message: 'SOP Contoh Prosedur butuh 85 menit (± 1 jam 25 menit) + 1 langkah tak tentu ("Sesuai waktu konsultasi") di jalur terpendeknya, lebih lama dari jangka waktu yang dijanjikan: 15 menit + 1 langkah tak tentu ("Sesuai materi konsultasi") [Bagian 1: 15 Menit; Bagian 2: Sesuai materi konsultasi]',
    },
    {
      name: 'only the path with its loop-backs is longer than the promise',
      files: { [FILE]: VALID_SOP, [SP_FILE]: standard({ waktu: ['2 Jam'] }) },
      code: 'waktu-putaran-melebihi-sp', severity: 'info', file: SP_FILE, at: 'sop: [contoh]',
      message: 'dengan putaran baliknya butuh 160 menit',
    },
    {
      name: 'a promise in working days states the rule',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: 3 hari'), [SP_FILE]: standard({ waktu: ['2 hari kerja'] }) },
      code: 'waktu-melebihi-sp', severity: 'warning', file: SP_FILE, at: 'sop: [contoh]',
      message: `lebih lama dari jangka waktu yang dijanjikan: 900 menit (± 2 hari); hitungan: ${CONVERSION_RULE}`,
    },
    {
      name: 'a Standar Pelayanan that names no SOP',
      files: { [FILE]: VALID_SOP, [SP_FILE]: standard({ sop: '[]' }) },
      code: 'sp-tanpa-sop', severity: 'info', file: SP_FILE, at: 'sop: []',
    },
  ])('$name', ({ files, ...expected }) => {
    const f = expectFinding(files, expected);
    if (expected.code !== 'sp-tanpa-sop') expect(f.alsoAt?.map((a) => a.documentId)).toEqual(['sop/contoh']);
  });

  it.each([
    ['a promise the SOP keeps, loop-backs included', standard({ waktu: ['3 Jam'] })],
    ['a promise with no number', standard({ waktu: ['Sesuai materi konsultasi'] })],
  ])('no finding for %s', (_name, sp) => {
    const files = { [FILE]: VALID_SOP, [SP_FILE]: sp };
    for (const code of ['waktu-melebihi-sp', 'waktu-putaran-melebihi-sp', 'sp-tanpa-sop']) expectNoFinding(files, code);
  });
});
