// npm run impor on a folder: progress, a summary, one-line reasons, files that `npm run check --root`
// accepts, and nothing overwritten without --timpa.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { BASE_SOP, LONG_SOP, makeSopPdf } from '../../tools/sop-pdf.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [path.join(PROJECT, script), ...args], { cwd: PROJECT, encoding: 'utf8' });

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'impor-'));
  const pdfs = path.join(dir, 'pdf');
  await mkdir(path.join(pdfs, 'sub'), { recursive: true });
  await writeFile(path.join(pdfs, 'a-dasar.pdf'), await makeSopPdf(BASE_SOP, { rules: 'P', terminator: 'flattened' }));
  await writeFile(path.join(pdfs, 'sub', 'b-panjang.pdf'), await makeSopPdf({ ...LONG_SOP, nomor: 'SOP-014/17000/2025' }, { rowsPerPage: [4, 4], tableOnPage1: false }));
  await writeFile(path.join(pdfs, 'c-gambar.pdf'), await makeSopPdf({ ...BASE_SOP, nama: 'Bagan Gambar', nomor: 'SOP-013/17000/2025' }, { rasterFlow: true }));
  // The same title twice in one run: the second gets its own id.
  await writeFile(path.join(pdfs, 'd-dasar-lagi.pdf'), await makeSopPdf({ ...BASE_SOP, nomor: 'SOP-099/17000/2025' }, { rules: 'C' }));
  // The same number as another document: an error the check would report, so not written.
  await writeFile(path.join(pdfs, 'g-nomor-sama.pdf'), await makeSopPdf({ ...BASE_SOP, nama: 'Nomor Sama' }, { rules: 'R' }));
  const scan = await PDFDocument.create();
  scan.addPage([842, 595]);
  await writeFile(path.join(pdfs, 'e-kosong.pdf'), await scan.save());
  await writeFile(path.join(pdfs, 'f-rusak.pdf'), 'bukan pdf');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run impor', () => {
  it('imports a folder, says why a file was not imported, and the result passes npm run check', async () => {
    const out = path.join(dir, 'situs');
    const r = run('scripts/impor.ts', path.join(dir, 'pdf'), '--out', out);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\[1\/7\] a-dasar\.pdf → content\/sop\/pengolahan-data-survei-sosial\.mdx/);
    expect(r.stdout).toMatch(/d-dasar-lagi\.pdf → content\/sop\/pengolahan-data-survei-sosial-2\.mdx/);
    expect(r.stdout).toMatch(/e-kosong\.pdf: tidak diimpor: tidak ada lapisan teks/);
    expect(r.stdout).toMatch(/f-rusak\.pdf: tidak diimpor: bukan PDF yang terbaca/);
    expect(r.stdout).toMatch(/g-nomor-sama\.pdf: tidak diimpor: hasil tidak lolos pemeriksaan: \d+:\d+ nomor-ganda /);
    expect(r.stdout).toMatch(/Ringkasan\nberkas\s+id\s+langkah\s+pelaksana terbaca\s+dari bagan\s+tak terbaca\s+waktu/);
    // Per file: values read from the drawing (8 actors, the decision, the loop's jump) and values not read.
    expect(r.stdout).toMatch(/b-panjang\.pdf\s+pengadaan-barang-melalui-e-katalog\s+8\s+8\/8\s+10\s+0\s/);
    expect(r.stdout).toMatch(/c-gambar\.pdf\s+bagan-gambar\s+5\s+0\/5\s+0\s+1\s/);
    // Refusals grouped by reason, with counts.
    expect(r.stdout).toMatch(/Tidak diimpor: 3 dari 7 PDF\n/);
    expect(r.stdout).toMatch(/\n  pindaian tanpa lapisan teks \(perlu OCR\): 1 — e-kosong\.pdf\n/);
    expect(r.stdout).toMatch(/\n  bukan PDF yang terbaca \(rusak atau terkunci\): 1 — f-rusak\.pdf\n/);
    expect(r.stdout).toMatch(/\n  hasil tidak lolos pemeriksaan proyek: 1 — g-nomor-sama\.pdf\n/);
    expect(r.stdout).toMatch(/4 dari 7 PDF diimpor/);
    expect(r.stdout).toMatch(/1 dokumen punya nilai yang tidak terbaca/);
    expect((await readdir(path.join(out, 'content/sop'))).sort()).toEqual([
      'bagan-gambar.mdx', 'pengadaan-barang-melalui-e-katalog.mdx', 'pengolahan-data-survei-sosial-2.mdx', 'pengolahan-data-survei-sosial.mdx',
    ]);
    const org = await readFile(path.join(out, 'content/organisasi.yaml'), 'utf8');
    expect(org).toMatch(/nama: BADAN PUSAT STATISTIK[\s\S]*nama: PROVINSI CONTOH[\s\S]*nama: TIM STATISTIK SOSIAL/);
    const check = run('scripts/check.ts', '--root', out);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).not.toMatch(/\berror\b/);
  });

  it('never overwrites a document unless told (--timpa)', async () => {
    const out = path.join(dir, 'situs');
    const file = path.join(out, 'content/sop/bagan-gambar.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('nama: Bagan Gambar', 'nama: Bagan Gambar (diedit)'));
    const again = run('scripts/impor.ts', path.join(dir, 'pdf', 'c-gambar.pdf'), '--out', out);
    expect(again.stdout).toMatch(/c-gambar\.pdf: tidak diimpor: content\/sop\/bagan-gambar\.mdx sudah ada; tidak ditimpa \(pakai --timpa/);
    expect(await readFile(file, 'utf8')).toContain('(diedit)');
    const forced = run('scripts/impor.ts', path.join(dir, 'pdf', 'c-gambar.pdf'), '--out', out, '--timpa');
    expect(forced.stdout).toMatch(/c-gambar\.pdf → content\/sop\/bagan-gambar\.mdx/);
    expect(await readFile(file, 'utf8')).not.toContain('(diedit)');
  });
});

describe('npm run impor on hostile paths: one line, a non-zero exit, no stack trace', () => {
  const noStack = (r: ReturnType<typeof run>) => expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);

  it('--out that is a file', async () => {
    const file = path.join(dir, 'bukan-folder.txt');
    await writeFile(file, 'x');
    const r = run('scripts/impor.ts', path.join(dir, 'pdf', 'a-dasar.pdf'), '--out', file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^\S*bukan-folder\.txt  error  impor-keluaran  --out menunjuk sebuah berkas, bukan folder/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    noStack(r);
  });

  it('an --out inside a file, and a target whose content/sop is a file: one line each, the stack only in the log', async () => {
    const file = path.join(dir, 'berkas.txt');
    await writeFile(file, 'x');
    const inside = run('scripts/impor.ts', path.join(dir, 'pdf', 'a-dasar.pdf'), '--out', path.join(file, 'sub'));
    expect(inside.status).toBe(2);
    expect(inside.stderr.trim()).toMatch(/berkas\.txt\/sub  error  impor-keluaran  --out tidak bisa dipakai sebagai folder \(ENOTDIR\)/);
    const target = path.join(dir, 'situs-rusak');
    await mkdir(path.join(target, 'content'), { recursive: true });
    await writeFile(path.join(target, 'content', 'sop'), 'bukan folder');
    const r = run('scripts/impor.ts', path.join(dir, 'pdf', 'a-dasar.pdf'), '--out', target);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^impor  error  impor-galat  EEXIST: .*; proses berhenti \(rincian: \.cache\/impor-galat\.log\)$/)]);
    noStack(inside);
    noStack(r);
  });

  it('an input path that does not exist: nothing imported', async () => {
    const out = path.join(dir, 'situs-tidak-ada');
    const r = run('scripts/impor.ts', path.join(dir, 'pdf', 'a-dasar.pdf'), path.join(dir, 'tidak-ada'), '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${path.join(dir, 'tidak-ada')}  error  impor-masukan  berkas atau folder ini tidak ada; tidak ada yang diimpor`);
    expect(await readdir(out).catch(() => [])).toEqual([]);
    noStack(r);
  });

  it('a folder with a symlink loop: each PDF read once, the loop named in one line', async () => {
    const folder = path.join(dir, 'putaran');
    await mkdir(path.join(folder, 'sub'), { recursive: true });
    await writeFile(path.join(folder, 'sub', 'a.pdf'), await makeSopPdf({ ...BASE_SOP, nomor: 'SOP-201/17000/2025' }, {}));
    await symlink('..', path.join(folder, 'sub', 'balik'));
    await symlink(path.join(folder, 'tidak-ada.pdf'), path.join(folder, 'patah.pdf'));
    const r = run('scripts/impor.ts', folder, '--out', path.join(dir, 'situs-putaran'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/1 dari 1 PDF diimpor/);
    expect(r.stderr.trim().split('\n').sort()).toEqual([
      `${path.join(folder, 'patah.pdf')}  error  impor-masukan  tautan simbolik ke berkas yang tidak ada; dilewati`,
      `${path.join(folder, 'sub', 'balik')}  error  impor-masukan  tautan simbolik yang berputar ke folder di atasnya; dilewati (isinya sudah dibaca sekali)`,
    ]);
    noStack(r);
  });
});
