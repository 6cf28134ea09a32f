import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/domain/findings/index.ts';
import { checkCorpus } from '../../../src/domain/validate/index.ts';
import { AuthorError, crashError, guarded } from '../../../src/node/crash.ts';
import { readCorpus } from '../../../src/node/read-corpus.ts';
import { LINK_ERRORS, linkedTree, SECRET } from '../../support/hostile-tree.ts';
import { siteUrlOf } from '../../../src/node/settings.ts';

/**
 * Hostile trees on disk (issue 27, points 1, 2, 9, 13): `npm run check` on symbolic links out of
 * content/, to nothing and to folders, on a missing content/ or organisasi.yaml; the settings that
 * cannot be used; a crash of the tool itself. The links are made in a temporary copy of
 * tests/fixtures/corpus-hostile (tests/support/hostile-tree.ts). The build on the same tree:
 * tests/build/hostile.test.ts.
 */

const PROJECT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(PROJECT, 'tests/fixtures/corpus-hostile');
const STACK_LINE = /^\s+at .*(?:\(.*:\d+:\d+\)|:\d+:\d+)$/m;

const check = async (root: string, ...args: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/check.ts', '--root', root, ...args], { cwd: PROJECT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

/** What `npm run check` prints on stdout, in this process (the script itself runs once above, for its exit code and stderr). */
const errorLines = async (root: string) => checkCorpus(await readCorpus(root)).filter((f) => f.severity === 'error').map(formatFinding);

let base: string;
beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'sop-hostile-'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('1, 2. npm run check on symbolic links', () => {
  it('links out of content/, to nothing, in a loop and to a folder: one line each, nothing outside read or printed', async () => {
    const { root } = await linkedTree(path.join(base, 'a'));
    const result = await check(root);
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((l) => l.includes('  error  '));
    for (const line of LINK_ERRORS) expect(errors.filter((e) => e.startsWith(line)), line).toHaveLength(1);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    expect(result.stdout + result.stderr).not.toContain('PATH=/usr/bin');
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
    // Without its units every unit is unknown: that is said once, at organisasi.yaml, not per document.
    expect(errors.filter((l) => l.includes('unit-tidak-dikenal'))).toEqual([]);
  });

  it('a content/sop that is a link out of the root lists nothing in it', async () => {
    const { sopFolderOut } = await linkedTree(path.join(base, 'b'));
    expect(await errorLines(sopFolderOut)).toEqual(['content/sop/:1:1  error  tautan-keluar  folder ini tautan simbolik ke luar folder content/: tidak dibaca dan tidak diterbitkan; salin berkasnya ke dalam content/']);
  });
});

describe('13. what is missing is named', () => {
  it('no content/ folder; no organisasi.yaml; an empty one; content/sop a file', async () => {
    const empty = path.join(base, 'kosong');
    await mkdir(empty, { recursive: true });
    expect(await errorLines(empty)).toEqual([`content/:1:1  error  berkas-tak-terbaca  folder content/ tidak ada di ${empty}: jalankan dari folder proyek, atau beri --root (SOP_CONTENT_ROOT) folder yang berisi content/`]);

    const root = path.join(base, 'tanpa-organisasi');
    await cp(path.join(FIXTURE, 'content/sop/baik.mdx'), path.join(root, 'content/sop/baik.mdx'), { recursive: true });
    expect(await errorLines(root)).toEqual([
      'content/organisasi.yaml:1:1  error  berkas-tak-terbaca  berkas organisasi tidak ada: buat content/organisasi.yaml berisi instansi, perangkat daerah dan unitnya (lihat docs/frontmatter.md); setiap dokumen menyebut unitnya dari sini',
    ]);
    await writeFile(path.join(root, 'content/organisasi.yaml'), '# belum diisi\n');
    expect(await errorLines(root)).toEqual([
      'content/organisasi.yaml:1:1  error  schema  berkas organisasi kosong: tulis instansi, perangkat daerahnya dan unitnya (lihat docs/frontmatter.md); setiap dokumen menyebut unitnya dari sini',
    ]);
    await rm(path.join(root, 'content/sop'), { recursive: true });
    await writeFile(path.join(root, 'content/sop'), 'bukan folder');
    expect(await errorLines(root)).toEqual([expect.stringContaining('schema  berkas organisasi kosong'), 'content/sop/:1:1  error  berkas-tak-terbaca  ini berkas, bukan folder: dokumen sop disimpan di folder content/sop/']);
  });
});

describe('9. SITE_URL: the root of a host, or refused with the reason', () => {
  it('a path, a query, a quote, a password: refused, the password never echoed', () => {
    expect(siteUrlOf('https://sop.kalbarprov.go.id/')).toBe('https://sop.kalbarprov.go.id');
    expect(siteUrlOf('http://localhost:4321')).toBe('http://localhost:4321');
    const refused = (value: string) => {
      try {
        siteUrlOf(value);
      } catch (error) {
        return (error as Error).message;
      }
      return 'diterima';
    };
    expect(refused('https://kalbarprov.go.id/portal')).toMatch(/^SITE_URL "https:\/\/kalbarprov\.go\.id\/portal" memuat jalur "\/portal": situs ini hanya dapat disajikan di akar sebuah host/);
    expect(refused('https://kalbarprov.go.id/?a=1')).toContain('memuat jalur');
    expect(refused('https://sop.go.id"onload="x')).toContain('bukan nama host');
    expect(refused("https://sop'.go.id")).toContain('bukan nama host');
    expect(refused('https://admin:rahasia@sop.go.id')).toBe('SITE_URL (alamat dengan nama pengguna/kata sandi, tidak dicetak): tulis alamat situsnya saja, tanpa nama pengguna atau kata sandi; contoh: SITE_URL=https://sop.kalbarprov.go.id');
  });
});

describe('a crash of the tool itself: one line naming a log, the trace in the log', () => {
  it('crashError writes the stack to a log file and throws a line without a trace; an author error passes as it is', () => {
    const crash = crashError(new TypeError("Cannot read properties of undefined (reading 'steps')"), 'check');
    expect(crash.stack).toBe('');
    const m = /^galat internal di check \(bug pada alat, bukan kesalahan dokumen Anda\): Cannot read properties of undefined \(reading 'steps'\)\. Rincian untuk pengembang: (\S+\.log)$/.exec(crash.message);
    expect(m, crash.message).not.toBeNull();
    expect(readFileSync(m![1]!, 'utf8')).toMatch(STACK_LINE);
    const own = new AuthorError('Validasi gagal: 1 galat.');
    expect(crashError(own, 'build')).toBe(own);
  });

  it('a guarded integration hook that throws reaches Astro as that line', async () => {
    const integration = guarded({ name: 'sop-contoh', hooks: { 'astro:build:done': () => { throw new RangeError('Maximum call stack size exceeded'); } } });
    const error = await Promise.resolve((integration.hooks['astro:build:done'] as () => unknown)()).then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^galat internal di sop-contoh \(astro:build:done\) \(bug pada alat, bukan kesalahan dokumen Anda\): Maximum call stack size exceeded\. Rincian untuk pengembang: .*\/sop-galat\/build-.*\.log$/);
    expect(existsSync(error!.message.split(': ').at(-1)!)).toBe(true);
  });
});
