import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildFixture, FIXTURES, PROJECT } from '../support/site-build.ts';

/**
 * tests/fixtures/corpus-hostile: raw HTML and a javascript: link in an MDX body, a javascript: complaint
 * channel and a WhatsApp text showing another number, a .md beside the .mdx, a subfolder, a YAML alias
 * bomb, a right-to-left override and a zero-width space (issue 14, points 13–16). `npm run check` and
 * the build print one line for each, no stack trace, and the build publishes nothing.
 */
const EXPECTED_ERRORS = [
  'content/sop/arsip/:1:1  error  nama-berkas  subfolder tidak dibaca dan tidak diterbitkan',
  'content/sop/baik.md:1:1  error  berkas-ganda  dokumen sop/baik sudah ada di content/sop/baik.mdx',
  'content/sop/bom.mdx:3:8  error  yaml  YAML tidak terbaca: alias (*nama) yang berlipat terlalu banyak',
  'content/sop/skrip.mdx:2:18  error  karakter-tersembunyi  karakter tak terlihat U+202E',
  'content/sop/skrip.mdx:3:15  error  karakter-tersembunyi  karakter tak terlihat U+200B',
  'content/sop/skrip.mdx:18:1  error  html-mentah  tag <script> di isi dokumen ditolak',
  'content/sop/skrip.mdx:20:1  error  html-mentah  tag <img> di isi dokumen ditolak',
  'content/sop/skrip.mdx:22:1  error  tautan-tidak-aman  alamat tautan "javascript:alert(1)" ditolak',
  'content/standar-pelayanan/layanan.mdx:8:15  error  alamat-tidak-sah  penanganan_pengaduan › saluran 1 › alamat: alamat "javascript:alert(document.cookie)"',
  'content/standar-pelayanan/layanan.mdx:10:19  error  tautan-menyesatkan  penanganan_pengaduan › saluran 2 › keterangan: keterangan menampilkan nomor +6285828735503',
];
const STACK_LINE = /^\s+at .*(?:\(.*:\d+:\d+\)|:\d+:\d+)$/m;

describe('hostile and misplaced content', () => {
  it('npm run check: one line per problem, exit 1, no stack trace', async () => {
    const result = await promisify(execFile)(process.execPath, ['scripts/check.ts', '--root', path.join(FIXTURES, 'corpus-hostile')], { cwd: PROJECT }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((l) => l.includes('  error  '));
    expect(errors).toHaveLength(EXPECTED_ERRORS.length);
    errors.forEach((line, i) => expect(line.startsWith(EXPECTED_ERRORS[i]!), line).toBe(true));
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('the build stops with the same lines and publishes nothing', async () => {
    const build = await buildFixture('corpus-hostile');
    expect(build.code).not.toBe(0);
    for (const line of EXPECTED_ERRORS) expect(build.output).toContain(line);
    expect(build.output).not.toMatch(STACK_LINE);
    expect(existsSync(path.join(build.outDir, 'sop/skrip/index.html'))).toBe(false);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});
