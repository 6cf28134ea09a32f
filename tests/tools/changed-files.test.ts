/** The files npm run format and format:check look at (tools/changed-files.ts), in a real git repository. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseCommit, changedSince, toFormat } from '../../tools/changed-files.ts';

const repo = mkdtempSync(path.join(tmpdir(), 'changed-files-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' }).trim();
const write = (file: string, text = 'x\n') => writeFileSync(path.join(repo, file), text);

describe('the files to format', () => {
  it('are the TypeScript and JavaScript files among those changed, once each, that still exist', () => {
    const there = new Set(['src/a.ts', 'b.mjs', 'c.js', 'page.astro', 'notes.md']);
    expect(toFormat(['src/a.ts', 'page.astro', 'notes.md', 'b.mjs', 'gone.ts', 'src/a.ts', 'c.js'], (f) => there.has(f))).toEqual([
      'b.mjs',
      'c.js',
      'src/a.ts',
    ]);
  });

  it("are what HEAD's first parent lacks, uncommitted and new files included; a first commit has no base", () => {
    git('init', '-q');
    write('kept.ts');
    write('changed.ts');
    write('removed.ts');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    expect(baseCommit(undefined, repo)).toBeUndefined();
    write('changed.ts', 'y\n');
    rmSync(path.join(repo, 'removed.ts'));
    write('added.ts');
    git('add', '.');
    git('commit', '-q', '-m', 'second');
    write('uncommitted.ts');
    const base = baseCommit(undefined, repo)!;
    expect(base).toBe(git('rev-parse', 'HEAD^1'));
    expect(toFormat(changedSince(base, repo), (f) => existsSync(path.join(repo, f)))).toEqual(['added.ts', 'changed.ts', 'uncommitted.ts']);
    expect(baseCommit('HEAD', repo)).toBe(git('rev-parse', 'HEAD'));
    expect(() => baseCommit('no-such-branch', repo)).toThrow(/no such commit: no-such-branch/);
  });
});
