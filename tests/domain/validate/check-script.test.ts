import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const PROJECT = path.resolve(import.meta.dirname, '../../..');
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/check.ts', ...args], { cwd: PROJECT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

describe('npm run check', () => {
  it('prints one finding a line and exits 1 when there is an error', async () => {
    const r = await run('--root', 'tests/fixtures/corpus-error');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toContain('content/sop/rusak.mdx:15:16  error  schema  langkah 2 › pelaksana: "ketua" bukan pelaksana SOP ini (ketua-tim, anggota-tim)');
    expect(r.stderr).toContain('; 5 galat'); // the broken SOP and the four broken monitoring and evaluation records

  });

  it('exits 0 with warnings only, and --json prints the same findings as an array', async () => {
    const text = await run('--root', 'tests/fixtures/corpus-warnings');
    const json = await run('--root', 'tests/fixtures/corpus-warnings', '--json');
    expect([text.code, json.code]).toEqual([0, 0]);
    const findings = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.code}  ${f.message}`)).toEqual(text.stdout.trimEnd().split('\n'));
    expect(findings[0]).toEqual({
      file: 'content/sop/belum-bernomor.mdx', line: 2, column: 8, severity: 'warning', code: 'nomor-kosong',
      message: 'nomor SOP "061/ /CONTOH" tanpa nomor urut: belum diberi nomor', documentId: 'sop/belum-bernomor',
    });
    expect(findings.find((f) => f.code === 'peran-tanpa-kolom')).toMatchObject({ step: 1 });
  });

  it('reports every time finding class on the time fixture, and no time text is an error', async () => {
    const r = await run('--root', 'tests/fixtures/corpus-time', '--json');
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout) as Array<{ code: string; step?: number }>;
    const time = findings.filter((f) => f.code.startsWith('waktu-')).map((f) => `${f.code}${f.step ? ` ${f.step}` : ''}`);
    expect(time).toEqual(['waktu-total', 'waktu-bertentangan 4', 'waktu-kosong 9', 'waktu-tak-terbaca 14', 'waktu-melebihi-sp']);
  });

  it('on documents written from issue 26, names each defect a reviewer names there, and nothing else, one finding a line', async () => {
    const text = await run('--root', 'tests/fixtures/corpus-review');
    const json = await run('--root', 'tests/fixtures/corpus-review', '--json');
    expect([text.code, json.code]).toEqual([0, 0]);
    const lines = text.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^content\/\S+\.mdx:\d+:\d+ {2}(error|warning|info) {2}[a-z-]+ {2}\S.*$/);
    const findings = JSON.parse(json.stdout) as Array<{ file: string; code: string; step?: number }>;
    expect(lines).toHaveLength(findings.length);
    const where = (f: { file: string; code: string; step?: number }) => `${f.file.replace(/^content\/(sop|standar-pelayanan)\/.*$/, '$1')} ${f.code}${f.step ? ` ${f.step}` : ''}`;
    expect(findings.map(where)).toEqual([
      'sop spasi-kata', // "TerkiniProvinsi" (point 4)
      'sop rujukan-belum-tersedia', // a title not published here: true, and what was said before
      'sop rujukan-diri-sendiri', // its own title written out, with a final "." (point 3)
      'sop rujukan-belum-tersedia',
      'sop kolom-bukan-peran', // "Sarana Pelayanan" (point 6)
      'sop waktu-total',
      'sop pelaksana-ditulis-lain 2', // "Petugas pelayanan" for "Petugas Layanan" (point 4); "… oleh pemohon" is no doer (point 8)
      'sop rujukan-tidak-cocok 4', // "Lihat SOP … (Cantik)" (point 2)
      'sop penomoran-tidak-urut 5', // an unnumbered row between "4" and "5" (point 5)
      'sop syarat-tanpa-keputusan 6', // "(apabila diperlukan)" (point 5)
      'sop waktu-salah-ketik 6', // "15 Menitt" (point 4)
      'sop spasi-kata 7', // "rekomen dasi" (point 4)
      'sop alur-ke-diri-sendiri 7', // "Tidak" back to itself (point 5)
      'standar-pelayanan sp-komponen-kosong', // the procedure of complaints, no channels (point 9)
      'standar-pelayanan kalimat-terpotong', // "Pasien umum membawa:" (point 1)
      'standar-pelayanan salah-ketik', // "( bila perlu)\\" (point 1)
      'standar-pelayanan butir-ganda', // one regulation twice in an item (point 1)
      'standar-pelayanan salah-ketik', // ",," (point 1)
      'standar-pelayanan penomoran-tidak-urut', // "6." under "2. Dokter Jaga" (point 1)
      'standar-pelayanan butir-kosong', // "3. Administrasi" with nothing under it (point 1)
    ]);
    const message = (code: string) => findings.find((f) => f.code === code) as unknown as { message: string };
    expect(message('sp-komponen-kosong').message).toBe('komponen Penanganan Pengaduan, Saran dan Masukan tidak memuat saluran pengaduan');
    expect(message('waktu-salah-ketik').message).toContain('tampaknya salah ketik untuk "menit"');
  });
});

