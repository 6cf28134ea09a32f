import type { ReferenceDate } from '../domain/model/index.ts';
import { contentGitState } from './git-history.ts';

/**
 * The content's reference date (src/domain/model/reference-date.ts), from git: the committer's day
 * of the newest commit touching content/, or, when a content file was saved after it and not
 * committed, the day of that save. Without git, or when content/ was never committed: the newest
 * modification day of the content files.
 * Never the build's clock: a build of a committed tree gives the same day on any machine, any day.
 */
export async function readReferenceDate(root: string, modified: ReadonlyMap<string, number>): Promise<ReferenceDate> {
  const state = await contentGitState(root);
  const newestDay = (files: Iterable<string>) => {
    let newest = -Infinity;
    for (const file of files) newest = Math.max(newest, modified.get(file) ?? -Infinity);
    return Number.isFinite(newest) ? localDay(newest) : undefined;
  };
  // No git, or content/ never committed (a folder git ignores, a fresh `git init`): the files' days.
  if (!state?.commit) return { iso: newestDay(modified.keys()) ?? '1970-01-01', basis: 'files' };
  const committed = state.commit.date.slice(0, 10);
  const saved = newestDay(state.changed);
  const commit = { commit: state.commit.hash };
  if (saved && saved > committed) return { iso: saved, basis: 'working-copy', ...commit };
  return { iso: committed, basis: 'commit', ...commit };
}

/** The day of a modification time on this machine's calendar: the day the author saved the file. */
function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
