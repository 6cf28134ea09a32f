import { describe, expect, it } from 'vitest';
import { sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, findingsOf, OTHER, SP_FILE, type Expected } from './helpers.ts';

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

/** Issue 26, point 1: a Standar Pelayanan component copied from another service's standard. */
describe('copy-paste between Standar Pelayanan', () => {
  const standard = (title: string, requirements: string[]) =>
    `---\nnama: ${title}\nunit: bidang-dua\npersyaratan:\n${requirements.map((r) => `  - ${r}\n`).join('')}sop: [contoh]\n---\n`;
  const SECOND = 'content/standar-pelayanan/izin-penelitian.mdx';
  const THREE = ['Surat permohonan izin penelitian', 'Proposal penelitian', 'Fotokopi KTP'];

  it('the same Persyaratan in the standard of another service', () => {
    const f = expectFinding(
      { [FILE]: VALID_SOP, [SP_FILE]: standard('Pelayanan Informasi Publik', THREE), [SECOND]: standard('Izin Penelitian', THREE) },
      { code: 'salin-tempel', severity: 'info', file: SP_FILE, at: '  - Surat permohonan', message: 'komponen Persyaratan sama persis di 2 Standar Pelayanan yang judulnya berbeda: Standar Pelayanan Informasi Publik dan Standar Pelayanan Izin Penelitian; periksa apakah tersalin dari Standar Pelayanan lain' },
    );
    expect(f.alsoAt?.map((a) => a.documentId)).toEqual(['standar-pelayanan/izin-penelitian']);
  });

  it('is quiet for short requirements two services may well share, and for different ones', () => {
    expectNoFinding({ [FILE]: VALID_SOP, [SP_FILE]: standard('Pelayanan Informasi Publik', ['Fotokopi KTP', 'Surat permohonan']), [SECOND]: standard('Izin Penelitian', ['Fotokopi KTP', 'Surat permohonan']) }, 'salin-tempel');
    expectNoFinding({ [FILE]: VALID_SOP, [SP_FILE]: standard('Pelayanan Informasi Publik', THREE), [SECOND]: standard('Izin Penelitian', [...THREE.slice(0, 2), 'Fotokopi KK']) }, 'salin-tempel');
  });
});
