import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBuildState } from '../../src/node/build-state.ts';
import { getFindingHistory } from '../../src/node/finding-history.ts';
import { readSettings } from '../../src/node/settings.ts';
import { readReferenceDate } from '../../src/node/reference-date.ts';
import { commitAll, fixtureWithHistory } from '../../tools/git-fixture.ts';
import { FIXTURES, PROJECT } from '../support/site-build.ts';

/**
 * The desk's twelve months, read from git without a site build (src/node/finding-history.ts): each
 * month's last commit counted once and kept in the cache by commit, so that a later build reads
 * the counts instead of validating the past again.
 */
const repo = fixtureWithHistory(path.join(FIXTURES, 'corpus-monev'));
let cacheDir: string;
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

/** A build's state as a build starts it; `dev` gives a fresh one (nothing kept in memory). */
const start = (dev: boolean) => startBuildState(readSettings({ SOP_CONTENT_ROOT: repo, SOP_CACHE_DIR: cacheDir, SOP_NO_BROWSER: '1' }, PROJECT), dev);

describe('the findings\' twelve months', () => {
  it('counts each past month at its last commit, and reads the counts from the cache the next time', async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'sop-history-'));
    start(false);
    const first = await getFindingHistory();
    expect(first.available).toBe(true);
    expect(first.months.map((m) => `${m.month} ${m.counts ? `${m.counts.total.error}/${m.counts.total.warning}` : '-'}`)).toEqual([
      '2025-12 1/3', '2026-01 1/3', '2026-02 1/4', '2026-03 1/4', '2026-04 0/7', '2026-05 0/7',
      '2026-06 0/7', '2026-07 0/5', '2026-08 0/5', '2026-09 0/5', '2026-10 0/5', '2026-11 0/7',
    ]);
    // February's error is the monitoring record naming a step the SOP does not have: counted in its unit.
    expect(first.months[2]!.counts!.byUnit['bidang-pelayanan-perizinan']).toEqual({ error: 1, warning: 4 });

    const folder = path.join(cacheDir, 'sop-riwayat-temuan', (await readdir(path.join(cacheDir, 'sop-riwayat-temuan')))[0]!);
    const files = (await readdir(folder)).sort();
    expect(files).toHaveLength(4); // December, February, April and July; November is the content as it is
    // A count planted in the cache is what the next build shows: the past is not validated again.
    const planted = { total: { error: 0, warning: 99 }, byUnit: {} };
    let replaced = 0;
    for (const f of files) {
      const counts = JSON.parse(await readFile(path.join(folder, f), 'utf8'));
      if (counts.total.error !== 1 || counts.total.warning !== 4) continue;
      await writeFile(path.join(folder, f), JSON.stringify(planted));
      replaced++;
    }
    expect(replaced).toBe(1);
    start(true);
    const second = await getFindingHistory();
    expect(second.months.slice(2, 4).map((m) => m.counts!.total)).toEqual([planted.total, planted.total]);
    expect(second.months[0]!.counts!.total).toEqual({ error: 1, warning: 3 });
  });
});

describe('the reference date', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });
  const modified = async (root: string, files: string[]) => new Map(await Promise.all(files.map(async (f) => [f, (await stat(path.join(root, f))).mtimeMs] as const)));

  it('is the newest commit of content/, or a later save not yet committed, or the files\' days when content/ is not committed', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'sop-asof-'));
    try {
      expect((await readReferenceDate(repo, new Map())).iso).toBe('2026-11-20');
      // A content folder git ignores (a corpus generated inside a checkout): no commit speaks for it.
      git(root, 'init', '-q');
      await writeFile(path.join(root, '.gitignore'), 'content/\n');
      await mkdir(path.join(root, 'content'), { recursive: true });
      await writeFile(path.join(root, 'content/organisasi.yaml'), 'instansi: []\n');
      await utimes(path.join(root, 'content/organisasi.yaml'), new Date('2026-03-04T12:00:00'), new Date('2026-03-04T12:00:00'));
      expect(await readReferenceDate(root, await modified(root, ['content/organisasi.yaml']))).toEqual({ iso: '2026-03-04', basis: 'files' });
      // Committed, then a file saved later and not committed.
      await rm(path.join(root, '.gitignore'));
      commitAll(root, '2026-05-01', 'isi');
      await writeFile(path.join(root, 'content/baru.yaml'), 'x: 1\n');
      await utimes(path.join(root, 'content/baru.yaml'), new Date('2026-06-02T12:00:00'), new Date('2026-06-02T12:00:00'));
      const dirty = await readReferenceDate(root, await modified(root, ['content/organisasi.yaml', 'content/baru.yaml']));
      expect(dirty).toMatchObject({ iso: '2026-06-02', basis: 'working-copy' });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
