import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The files `npm run format` and `format:check` look at: those changed since a base commit, not the
 * whole tree, so that a file is formatted when someone next changes it (the tree predates the
 * formatter, and reformatting every file at once would collide with every branch in flight).
 */

/** The kinds Prettier formats here. Not .astro: its plugin may move the whitespace a page renders. */
export const FORMATTED = /\.(ts|mts|mjs|js)$/;

/** Of the changed paths, those to format: of a formatted kind and still there (a deleted file has nothing to format). */
export const toFormat = (changed: readonly string[], exists: (file: string) => boolean = existsSync): string[] =>
  [...new Set(changed)].filter((f) => FORMATTED.test(f) && exists(f)).sort();

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/**
 * The base to compare with: the one given, else the first parent of HEAD (on a merge, what the
 * merged branch brought; on a clean clone, what the last commit changed). Undefined when HEAD has
 * no parent (the first commit, a clone of depth 1).
 */
export function baseCommit(given?: string, cwd = '.'): string | undefined {
  try {
    return git(cwd, 'rev-parse', '--verify', '--quiet', `${given ?? 'HEAD^1'}^{commit}`);
  } catch {
    if (given) throw new Error(`no such commit: ${given}`);
    return undefined;
  }
}

/** Files changed between `base` and the working tree (commits after it and changes not yet committed), and new files git does not ignore. */
export function changedSince(base: string, cwd = '.'): string[] {
  const lines = (text: string) => text.split('\n').filter(Boolean);
  return [...lines(git(cwd, 'diff', '--name-only', '--no-renames', base)), ...lines(git(cwd, 'ls-files', '--others', '--exclude-standard'))];
}
