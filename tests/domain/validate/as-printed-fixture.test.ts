import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * `npm run check` on tests/fixtures/corpus-as-printed (a statistics office's SOPs and a hospital's
 * Standar Pelayanan, written from issue 11's descriptions) reports every finding class issue 11 adds,
 * at the line of the value, and none of the former false positives.
 */
const PROJECT = path.resolve(import.meta.dirname, '../../..');
type JsonFinding = { file: string; line: number; severity: string; code: string; message: string };

async function check(): Promise<{ code: number; findings: JsonFinding[] }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/check.ts', '--root', 'tests/fixtures/corpus-as-printed', '--json'], { cwd: PROJECT });
    return { code: 0, findings: JSON.parse(stdout) };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, findings: JSON.parse(err.stdout || '[]') };
  }
}

describe('npm run check on the as-printed fixture', async () => {
  const { code, findings } = await check();
  const at = (c: string) => findings.filter((f) => f.code === c).map((f) => `${f.file.replace('content/', '')}:${f.line} ${f.severity}`);

  it('exits 0: every document is valid', () => {
    expect(code).toBe(0);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([
    ['tanggal-kosong', ['sop/pengolahan-data-survei.mdx:10 warning']],
    ['tanggal-tidak-ada', ['sop/penyusunan-publikasi-daerah.mdx:18 warning']],
    ['nama-terpotong', ['sop/pengolahan-data-survei.mdx:15 warning', 'sop/penyusunan-publikasi-daerah.mdx:19 warning']],
    ['tertulis-berbeda', ['sop/pengolahan-data-survei.mdx:17 info']],
    ['rujukan-tidak-cocok', ['sop/pengolahan-data-survei.mdx:28 warning']],
    ['rujukan-diri-sendiri', ['sop/pengolahan-data-survei.mdx:30 warning']],
    ['rujukan-lingkup', ['sop/pengolahan-data-survei.mdx:31 info']],
    ['butir-ganda', ['sop/pengolahan-data-survei.mdx:35 warning']],
    // A box printed with only "-" is empty (issue 24): Pencatatan dan Pendataan of the Perkim SOP.
    ['kotak-kosong', ['sop/pengolahan-data-survei.mdx:36 warning', 'sop/rekomendasi-teknis-perumahan.mdx:7 warning', 'sop/rekomendasi-teknis-perumahan.mdx:47 warning']],
    ['kolom-bukan-peran', ['sop/pengolahan-data-survei.mdx:45 info']],
    ['kalimat-terpotong', ['sop/pengolahan-data-survei.mdx:47 warning']],
    ['pelaksana-berbeda', ['sop/pengolahan-data-survei.mdx:51 warning']],
    ['sp-komponen-kosong', ['standar-pelayanan/pelayanan-rawat-jalan.mdx:7 warning']],
  ])('reports %s', (c, expected) => {
    expect(at(c)).toEqual(expected);
  });

  it('takes a printed "-" for what it is: no false "not a date", no cut sentence, no repeated item (issue 24)', () => {
    const perkim = findings.filter((f) => f.file === 'content/sop/rekomendasi-teknis-perumahan.mdx');
    expect(perkim.filter((f) => ['tanggal-tidak-ada', 'tanggal-kosong', 'kalimat-terpotong', 'butir-ganda', 'tertulis-berbeda', 'schema'].includes(f.code))).toEqual([]);
    expect(perkim.find((f) => f.code === 'kotak-kosong' && f.line === 47)?.message).toBe('kotak Pencatatan dan Pendataan kosong (tertulis "-")');
  });

  it('does not report a recipient as an actor, SOPs naming each other, a scope, or a reference found by nomor', () => {
    expect(at('peran-tanpa-kolom')).toEqual([]);
    expect(at('rujukan-melingkar')).toEqual([]);
    // Only the title not published anywhere is unresolved; SOP-015/61000/2025 resolves by its number.
    expect(findings.filter((f) => f.code === 'rujukan-belum-tersedia').map((f) => f.message)).toEqual([
      expect.stringContaining('"SOP Rilis Berita Resmi Statistik" belum terbit di sini'),
    ]);
  });
});
