import { describe, expect, it } from 'vitest';
import { sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, findingsOf, OTHER, type Expected } from './helpers.ts';

/** An SOP with its own title, number and steps, and the boxes it is given. */
function sop(title: string, number: string, boxes: string, activity = 'Menyusun draf'): string {
  return sopWith('keterkaitan:', `${boxes}keterkaitan:`)
    .replace('nama: Contoh Prosedur', `nama: ${title}`)
    .replace('061/ 100.1 /CONTOH', `061/ ${number} /CONTOH`)
    .replace('kegiatan: Menyusun draf', `kegiatan: ${activity}`);
}
const RECORDS = 'pencatatan_pendataan:\n  - Hasil bimbingan dan pendampingan\n  - Evaluasi serta tindak lanjut\n';
const WARNINGS = 'peringatan:\n  - Apabila SOP Pendaftaran Online Narasumber tidak dilaksanakan maka kinerja Dinas\n';

describe('rule 7: copy-paste', () => {
  it.each<{ name: string; files: Record<string, string> } & Expected>([
    {
      name: 'the same pencatatan under different titles',
      files: { [FILE]: sop('Bimbingan', '1', RECORDS), [OTHER]: sop('Layanan Konsultasi', '2', RECORDS.replace('lanjut', 'lanjut;'), 'Menjawab') },
      code: 'salin-tempel', severity: 'info', file: FILE, at: '  - Hasil bimbingan',
      message: 'kotak Pencatatan dan Pendataan sama persis di 2 SOP yang judulnya berbeda: SOP Bimbingan dan SOP Layanan Konsultasi',
    },
    {
      name: 'the same peringatan under different titles',
      files: { [FILE]: sop('Pendaftaran', '1', WARNINGS), [OTHER]: sop('Permintaan', '2', WARNINGS, 'Menjawab') },
      code: 'salin-tempel', severity: 'info', file: FILE, at: '  - Apabila SOP', message: 'kotak Peringatan sama persis',
    },
    {
      name: 'the same steps under different titles',
      files: { [FILE]: sop('Satu', '1', ''), [OTHER]: sop('Dua', '2', '') },
      code: 'salin-tempel', severity: 'info', file: FILE, at: '  - kegiatan: Memerintahkan', message: 'seluruh kegiatan langkah sama persis',
    },
  ])('$name', ({ name: _name, files, ...expected }) => {
    const f = expectFinding(files, expected);
    expect(f.alsoAt?.map((a) => a.documentId)).toEqual(['sop/lain']);
  });

  it.each([
    ['boxes that differ', { [FILE]: sop('Satu', '1', RECORDS), [OTHER]: sop('Dua', '2', RECORDS.replace('Evaluasi', 'Laporan'), 'Menjawab') }],
    ['empty boxes and different steps', { [FILE]: sop('Satu', '1', ''), [OTHER]: sop('Dua', '2', '', 'Menjawab') }],
    ['one SOP alone', { [FILE]: VALID_SOP }],
  ])('no finding for %s', (_name, files) => {
    expectNoFinding(files, 'salin-tempel');
  });

  it('shared dasar hukum is not copy-paste', () => {
    const findings = findingsOf({ [FILE]: sop('Satu', '1', ''), [OTHER]: sop('Dua', '2', '', 'Menjawab') });
    expect(findings.some((f) => f.code === 'salin-tempel')).toBe(false);
  });
});
