import { describe, expect, it } from 'vitest';
import { isUnassignedNumber, nipProblem } from '../../../src/domain/validate/identity.ts';
import { normaliseNumber } from '../../../src/domain/references/index.ts';
import { lineOf, sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, findingsOf, OTHER, type Expected } from './helpers.ts';

const NIP = 'nip: 19650809 198603 1 012';
const APPROVAL = 'disahkan_oleh:\n  nama: Drs. Contoh, MM\n  jabatan: Kepala Dinas Contoh\n  nip: 19650809 198603 1 012\n';

describe('rule 5: identity', () => {
  it.each<{ name: string; files: Record<string, string> } & Expected>([
    {
      name: 'a number with a blank sequence',
      files: { [FILE]: sopWith('nomor: 061/ 100.1 /CONTOH', 'nomor: "061/ /CONTOH"') },
      code: 'nomor-kosong', severity: 'warning', file: FILE, at: 'nomor:', message: 'nomor SOP "061/ /CONTOH" tanpa nomor urut',
    },
    {
      name: 'an empty number',
      files: { [FILE]: sopWith('nomor: 061/ 100.1 /CONTOH', 'nomor: ""') },
      code: 'nomor-kosong', severity: 'warning', file: FILE, at: 'nomor:', message: 'nomor SOP kosong',
    },
    {
      name: 'a number used twice, spaces aside (first file)',
      files: { [FILE]: VALID_SOP, [OTHER]: sopWith('nomor: 061/ 100.1 /CONTOH', 'nomor: 061/100.1/CONTOH') },
      code: 'nomor-ganda', severity: 'error', file: FILE, at: 'nomor:', message: 'nomor "061/ 100.1 /CONTOH" juga dipakai SOP Contoh Prosedur (content/sop/lain.mdx)',
    },
    {
      name: 'a number used twice, spaces aside (second file)',
      files: { [FILE]: VALID_SOP, [OTHER]: sopWith('nomor: 061/ 100.1 /CONTOH', 'nomor: 061/100.1/CONTOH') },
      code: 'nomor-ganda', severity: 'error', file: OTHER, at: 'nomor:',
    },
    {
      name: 'an effective date before the date drafted',
      files: { [FILE]: sopWith('tanggal_efektif: 2023-09', 'tanggal_efektif: 2023-07') },
      code: 'tanggal-tidak-urut', severity: 'warning', file: FILE, at: 'tanggal_efektif:', message: 'tanggal_efektif 2023-07 lebih awal dari tanggal_pembuatan 2023-08-31',
    },
    {
      name: 'a revision before the date drafted',
      files: { [FILE]: sopWith('tanggal_efektif: 2023-09', 'tanggal_revisi: 2023-08-30\ntanggal_efektif: 2023-09') },
      code: 'tanggal-tidak-urut', severity: 'warning', file: FILE, at: 'tanggal_revisi:', message: 'tanggal_revisi 2023-08-30 lebih awal',
    },
    {
      name: 'an impossible date (schema)',
      files: { [FILE]: sopWith('tanggal_pembuatan: 2023-08-31', 'tanggal_pembuatan: "2023-09-31"') },
      code: 'schema', severity: 'error', file: FILE, at: 'tanggal_pembuatan:', message: 'tidak ada di kalender',
    },
    ...[
      ['19650809 198603 1 01', 'berisi 17 angka, seharusnya 18'],
      ['NIP. 19650809 198603 1 012', 'harus berisi angka saja'],
      ['19650230 198603 1 012', 'tanggal lahir 19650230 tidak ada di kalender'],
      ['19650809 198613 1 012', 'TMT 198613 tidak ada (bulan 13)'],
      ['19650809 196003 1 012', 'TMT 196003 tidak sesudah tanggal lahir 19650809'],
      ['19650809 198603 3 012', 'angka jenis kelamin (ke-15) "3" harus 1 atau 2'],
    ].map(([nip, message]) => ({
      name: `NIP ${nip}`,
      files: { [FILE]: sopWith(NIP, `nip: "${nip}"`) },
      code: 'nip-tidak-sah', severity: 'error' as const, file: FILE, at: 'nip:', message,
    })),
    {
      name: 'an effective SOP with no "disahkan oleh"',
      files: { [FILE]: sopWith(APPROVAL, '') },
      code: 'disahkan-kosong', severity: 'warning', file: FILE, at: 'tanggal_efektif:', message: 'SOP berlaku sejak 2023-09 tetapi "Disahkan oleh" kosong',
    },
    {
      name: 'an effective SOP whose "disahkan oleh" names nobody',
      files: { [FILE]: sopWith('  nama: Drs. Contoh, MM\n', '') },
      code: 'disahkan-kosong', severity: 'warning', file: FILE, at: '  jabatan: Kepala Dinas Contoh', message: 'tidak menyebut nama',
    },
  ])('$name', ({ name: _name, files, ...expected }) => {
    expectFinding(files, expected);
  });

  it.each([
    ['nomor-kosong', { [FILE]: VALID_SOP }],
    ['nomor-ganda', { [FILE]: VALID_SOP, [OTHER]: sopWith('nomor: 061/ 100.1 /CONTOH', 'nomor: 061/ 100.2 /CONTOH') }],
    ['tanggal-tidak-urut', { [FILE]: sopWith('tanggal_efektif: 2023-09', 'tanggal_efektif: 2023-08') }], // same month: not earlier
    ['nip-tidak-sah', { [FILE]: VALID_SOP }],
    ['nip-tidak-sah', { [FILE]: sopWith(NIP, 'nip: "196508091986031012"') }],
    ['disahkan-kosong', { [FILE]: VALID_SOP }],
    ['disahkan-kosong', { [FILE]: sopWith(APPROVAL, '').replace('tanggal_efektif: 2023-09\n', '') }], // not effective yet
  ])('no %s for a case that is fine', (code, files) => {
    expectNoFinding(files, code);
  });

  it('two blank numbers are two unassigned numbers, never a duplicate', () => {
    const blank = sopWith('nomor: 061/ 100.1 /CONTOH', 'nomor: "061/ /CONTOH"');
    const findings = findingsOf({ [FILE]: blank, [OTHER]: sopWith('nomor: 061/ 100.1 /CONTOH', 'nomor: "061//CONTOH"') });
    expect(findings.filter((f) => f.code === 'nomor-ganda')).toEqual([]);
    expect(findings.filter((f) => f.code === 'nomor-kosong').map((f) => [f.file, f.line])).toEqual([[FILE, lineOf(blank, 'nomor:')], [OTHER, lineOf(blank, 'nomor:')]]);
  });

  it('normalises numbers and NIPs', () => {
    expect(normaliseNumber('500.3.2/ 1830-V/ DISKOPUKM.A')).toBe('500.3.2/1830-V/DISKOPUKM.A');
    expect(isUnassignedNumber('061/ /DISKOPUKM')).toBe(true);
    expect(isUnassignedNumber('  ')).toBe(true);
    expect(isUnassignedNumber('000.8 / 1622.3 / DISKOPUKM.B')).toBe(false);
    expect(nipProblem('19650809 198603 1 012')).toBeUndefined();
  });
});
