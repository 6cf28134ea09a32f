import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, PROJECT, runBuild, type BuildResult } from './run-build.ts';

/**
 * Revision history from git: a seed SOP committed twice in a repository of its own (the second
 * commit rewords a step and changes a waktu), and the same kind of site built from a
 * folder without git, as from a tarball.
 */
const SLUG = 'penyiapan-bahan-materi-diklat';
const FILE = `content/sop/${SLUG}.mdx`;
let withGit: BuildResult;
let withoutGit: BuildResult;
const dirs: string[] = [];

async function contentDir(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `sop-${name}-`));
  dirs.push(dir);
  await mkdir(path.join(dir, 'content/sop'), { recursive: true });
  await copyFile(path.join(PROJECT, 'content/organisasi.yaml'), path.join(dir, 'content/organisasi.yaml'));
  return dir;
}

beforeAll(async () => {
  // Alone in its repository: its keterkaitan keep their titles, without ids of SOPs not there.
  const v1 = (await readFile(path.join(PROJECT, FILE), 'utf8')).replace(/^\s+sop: .*\n/gm, '');
  const v2 = v1
    .replace('kegiatan: "Anggota tim kerja menyiapkan bahan/materi kegiatan Diklat dan dilaporkan kepada Ketua Tim Kerja;"',
      'kegiatan: "Anggota tim kerja menyiapkan bahan/materi kegiatan Diklat secara lengkap dan dilaporkan kepada Ketua Tim Kerja;"')
    .replace(/(Menkonsep bahan\/materi[^\n]*\n(?:.*\n)*?\s+waktu: )"15 Menit"/, '$1"30 Menit"');
  expect(v2).not.toBe(v1);

  const repo = await contentDir('history');
  const git = (args: string[], date: string) =>
    execFileSync('git', args, {
      cwd: repo,
      env: { ...process.env, GIT_AUTHOR_NAME: 'Penyusun', GIT_AUTHOR_EMAIL: 'penyusun@contoh.go.id', GIT_COMMITTER_NAME: 'Penyusun', GIT_COMMITTER_EMAIL: 'penyusun@contoh.go.id', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  git(['init', '-q', '-b', 'main'], '2024-01-02T09:00:00+07:00');
  await writeFile(path.join(repo, FILE), v1);
  git(['add', '-A'], '2024-01-02T09:00:00+07:00');
  git(['commit', '-q', '-m', 'Tambah SOP Penyiapan Bahan/Materi Diklat'], '2024-01-02T09:00:00+07:00');
  await writeFile(path.join(repo, FILE), v2);
  git(['commit', '-q', '-am', 'Revisi 2024: konsep bahan 30 menit'], '2024-03-15T10:30:00+07:00');
  withGit = await runBuild(repo, NO_BROWSER); // no diagram or PDF rendering: not what this tests

  const tarball = await contentDir('tarball');
  await writeFile(path.join(tarball, FILE), v1.replace('Penyiapan Bahan/Materi Diklat"', 'Penyiapan Bahan/Materi Diklat (salinan)"'));
  withoutGit = await runBuild(tarball, NO_BROWSER);
});
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('revision history from git', () => {
  it('lists each revision, newest first, with date and commit message', async () => {
    expect(withGit.code, withGit.output).toBe(0);
    const page = await withGit.page(`sop/${SLUG}/riwayat`);
    const revisions = page.querySelectorAll('.revision');
    expect(revisions.map((r) => r.getAttribute('data-kind'))).toEqual(['changed', 'first']);
    expect(revisions[0]!.querySelector('h2')?.text).toBe('15 Maret 2024 — Revisi 2024: konsep bahan 30 menit');
    expect(revisions[1]!.querySelector('h2')?.text).toBe('2 Januari 2024 — Tambah SOP Penyiapan Bahan/Materi Diklat');
    expect(revisions[1]!.text).toContain('8 langkah');
  });

  it('says what changed: the reworded step, the waktu, the total before and after', async () => {
    const page = await withGit.page(`sop/${SLUG}/riwayat`);
    const latest = page.querySelector('.revision')!;
    const changes = latest.querySelectorAll('.diff__steps > li[data-change="changed"]');
    expect(changes).toHaveLength(2);
    expect(changes[0]!.querySelector('li[data-field="kegiatan"]')?.text).toContain('→ Anggota tim kerja menyiapkan bahan/materi kegiatan Diklat secara lengkap');
    expect(changes[1]!.querySelector('li[data-field="waktu"]')?.text).toBe('Waktu: 15 Menit → 30 Menit');
    expect(latest.querySelector('[data-total]')?.text).toMatch(/Perkiraan waktu total: .+ → .+/);
  });

  it('shows "Terakhir diperbarui" on the document page, linking the history', async () => {
    const page = await withGit.page(`sop/${SLUG}`);
    const line = page.querySelector('.last-updated')!;
    expect(line.text).toContain('Terakhir diperbarui 15 Maret 2024');
    expect(line.querySelector('a[data-history-link]')?.getAttribute('href')).toBe(`/sop/${SLUG}/riwayat/`);
  });

  it('builds without git history and says so', async () => {
    expect(withoutGit.code, withoutGit.output).toBe(0);
    const page = await withoutGit.page(`sop/${SLUG}/riwayat`);
    expect(page.querySelector('[data-history="unavailable"]')?.text).toContain('tanpa riwayat git');
    const doc = await withoutGit.page(`sop/${SLUG}`);
    expect(doc.querySelector('.last-updated')?.text).not.toContain('Terakhir diperbarui');
  });
});

describe('a repository with no commit yet (just `git init`)', () => {
  it('reads as no history, not as a failed build', async () => {
    const { readContentHistory } = await import('../../src/node/git-history.ts');
    const dir = await contentDir('fresh-repo');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const history = await readContentHistory(dir, ['content/sop']);
    expect(history).toEqual({ files: new Map(), shallow: false });
  });
});
