import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { LINK_ERRORS, linkedTree, SECRET } from '../support/hostile-tree.ts';
import { buildFixture, FIXTURES, PROJECT } from '../support/site-build.ts';

/**
 * tests/fixtures/corpus-hostile: raw HTML and a javascript: link in an MDX body, a javascript: complaint
 * channel and a WhatsApp text showing another number, a .md beside the .mdx, a subfolder, a YAML alias
 * bomb, a right-to-left override and a zero-width space (issue 14, points 13–16); 3,000 nested
 * mappings, an alias inside its own node, a 16,000-character pelaksana name, control characters
 * and terminal escape sequences, a BOM, a mailto: and a complaint e-mail that copy a third party,
 * a //other.site link showing a path of this site, a digantikan_oleh cycle between two documents
 * of one title (issue 27). `npm run check` and the build print one line for each, no stack trace,
 * no escape sequence from a document, and the build publishes nothing. The same with symbolic
 * links out of content/ (tests/support/hostile-tree.ts), and with a SITE_URL under a path.
 */
const EXPECTED_ERRORS = [
  'content/sop/alias-diri.mdx:7:5  error  yaml  YAML tidak terbaca: alias *dasar berada di dalam nilai yang dinamainya sendiri (&dasar)',
  'content/sop/arsip/:1:1  error  nama-berkas  subfolder tidak dibaca dan tidak diterbitkan',
  'content/sop/baik.md:1:1  error  berkas-ganda  dokumen sop/baik sudah ada di content/sop/baik.mdx',
  'content/sop/bersarang.mdx:5:266  error  yaml  YAML tidak terbaca: nilai bersarang lebih dari 64 tingkat',
  'content/sop/bom.mdx:3:8  error  yaml  YAML tidak terbaca: alias (*nama) yang berlipat terlalu banyak',
  'content/sop/kendali.mdx:3:7  error  karakter-tersembunyi  nama: karakter kendali U+0000 (NUL), ditulis sebagai kode',
  'content/sop/kendali.mdx:9:29  error  karakter-tersembunyi  karakter kendali U+001B (ESC)',
  'content/sop/kendali.mdx:9:44  error  karakter-tersembunyi  karakter kendali U+0007 (BEL)',
  'content/sop/kendali.mdx:9:51  error  karakter-tersembunyi  karakter kendali U+001B (ESC)',
  'content/sop/skrip.mdx:2:18  error  karakter-tersembunyi  karakter tak terlihat U+202E',
  'content/sop/skrip.mdx:3:15  error  karakter-tersembunyi  karakter tak terlihat U+200B',
  'content/sop/skrip.mdx:18:1  error  html-mentah  tag <script> di isi dokumen ditolak',
  'content/sop/skrip.mdx:20:1  error  html-mentah  tag <img> di isi dokumen ditolak',
  'content/sop/skrip.mdx:22:1  error  tautan-tidak-aman  alamat tautan "javascript:alert(1)" ditolak',
  'content/sop/skrip.mdx:24:1  error  tautan-menyesatkan  teks tautan menampilkan "/sop/baik/", alamat di situs ini, tetapi tautannya ke situs lain: "//penipu.example/sop/baik/"',
  'content/sop/skrip.mdx:26:1  error  tautan-menyesatkan  tautan e-mail menulis ke 2 alamat ("kesra@kalbarprov.go.id", "spy@penipu.example")',
  'content/standar-pelayanan/layanan.mdx:8:15  error  alamat-tidak-sah  penanganan_pengaduan › saluran 1 › alamat: alamat "javascript:alert(document.cookie)"',
  'content/standar-pelayanan/layanan.mdx:10:19  error  tautan-menyesatkan  penanganan_pengaduan › saluran 2 › keterangan: keterangan menampilkan nomor +6285828735503',
  'content/standar-pelayanan/layanan.mdx:14:15  error  alamat-tidak-sah  penanganan_pengaduan › saluran 3 › alamat: alamat "kesra%40kalbarprov.go.id?bcc=spy@penipu.example": alamat e-mail memuat ?, %, &, = atau koma',
];
const EXPECTED_WARNINGS = [
  'content/sop/pelaksana-panjang.mdx:7:11  warning  teks-terlalu-panjang  pelaksana 1 › nama: 16319 karakter (lebih dari 2000)',
  'content/sop/putar-a.mdx:3:7  warning  judul-ganda  judul "Prosedur Berputar" juga dipakai content/sop/putar-b.mdx (digantikan)',
  'content/sop/putar-a.mdx:5:18  warning  pengganti-berputar  digantikan_oleh berputar: SOP Prosedur Berputar (putar-a) → SOP Prosedur Berputar (putar-b) → SOP Prosedur Berputar (putar-a)',
];
const STACK_LINE = /^\s+at .*(?:\(.*:\d+:\d+\)|:\d+:\d+)$/m;
/** The sequences kendali.mdx holds (window title, clear screen): never sent to a terminal raw. */
const CONTENT_ESCAPES = /\u001b\]0;judul-palsu|\u001b\[2J|\u0007/;

const check = (root: string) =>
  promisify(execFile)(process.execPath, ['scripts/check.ts', '--root', root], { cwd: PROJECT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('hostile and misplaced content', () => {
  it('npm run check: one line per problem, exit 1, no stack trace, no escape sequence of a document', async () => {
    const result = await check(path.join(FIXTURES, 'corpus-hostile'));
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((l) => l.includes('  error  '));
    expect(errors).toHaveLength(EXPECTED_ERRORS.length);
    errors.forEach((line, i) => expect(line.startsWith(EXPECTED_ERRORS[i]!), line).toBe(true));
    for (const line of EXPECTED_WARNINGS) expect(result.stdout.split('\n').filter((l) => l.startsWith(line)), line).toHaveLength(1);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('the build stops with the same lines and publishes nothing', async () => {
    const build = await buildFixture('corpus-hostile');
    expect(build.code).not.toBe(0);
    for (const line of EXPECTED_ERRORS) expect(build.output).toContain(line);
    expect(build.output).not.toMatch(STACK_LINE);
    expect(build.output).not.toMatch(CONTENT_ESCAPES);
    expect(existsSync(path.join(build.outDir, 'sop/skrip/index.html'))).toBe(false);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});

describe('symbolic links out of content/, to nothing, in a loop (issue 27, points 1 and 2)', () => {
  const base = path.join(PROJECT, '.cache/test-builds', `own-hostile-links-${process.pid}`);
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('the build refuses each by name, never reads or prints what is outside, and publishes nothing', async () => {
    await rm(base, { recursive: true, force: true });
    await mkdir(base, { recursive: true });
    const { root } = await linkedTree(base);
    const build = await buildFixture(root);
    expect(build.code).not.toBe(0);
    for (const line of LINK_ERRORS) expect(build.output).toContain(line);
    expect(build.output).not.toContain(SECRET);
    expect(build.output).not.toMatch(STACK_LINE);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});

describe('SITE_URL under a path (issue 27, point 9)', () => {
  it('is refused before anything is built, in one line that says why', async () => {
    const build = await buildFixture('corpus-hostile', { env: { SITE_URL: 'https://kalbarprov.go.id/portal' } });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('SITE_URL "https://kalbarprov.go.id/portal" memuat jalur "/portal": situs ini hanya dapat disajikan di akar sebuah host');
    expect(build.output).not.toMatch(STACK_LINE);
    expect(build.output).not.toContain('Validasi');
  });
});
