// Content with a git history of its own, made the same on every machine: fixed author, fixed dates,
// so the same files give the same commits (and a test build's key, tests/support/site-build.ts,
// stays the same from run to run). Tests use it for a fixture whose history matters (the desk's
// twelve months, the reference date); the corpus generator for a history at scale.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const PROJECT = path.resolve(import.meta.dirname, '..');
const REPOS = path.join(PROJECT, '.cache/fixture-repos');

/** Starts a repository in `dir` (which must exist): no hooks, no signing, whatever the user's git config says. */
export function initRepo(dir: string): void {
  git(dir, ['init', '-q', '-b', 'main']);
}

/** Commits everything in `dir` as of `day` (10:00 in Pontianak, UTC+7), by a fixed author. */
export function commitAll(dir: string, day: string, message: string): void {
  const date = `${day}T10:00:00+07:00`;
  git(dir, ['add', '-A']);
  git(dir, ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', 'commit', '-q', '--allow-empty', '-m', message], {
    GIT_AUTHOR_NAME: 'Fixture', GIT_AUTHOR_EMAIL: 'fixture@contoh.go.id', GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: 'Fixture', GIT_COMMITTER_EMAIL: 'fixture@contoh.go.id', GIT_COMMITTER_DATE: date,
  });
}

function git(dir: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, ...env } });
}

function hashTree(root: string, hash = createHash('sha256'), prefix = ''): ReturnType<typeof createHash> {
  for (const name of readdirSync(path.join(root, prefix)).sort()) {
    const rel = path.join(prefix, name);
    if (statSync(path.join(root, rel)).isDirectory()) hashTree(root, hash, rel);
    else hash.update(`\0${rel}\0`).update(readFileSync(path.join(root, rel)));
  }
  return hash;
}

/**
 * A tests/fixtures folder laid out as a history: `history/<YYYY-MM-DD>/content/…` holds the files
 * added or changed that day (applied in date order, each a commit), and `content/` is the state of
 * the last commit, dated by `history.json` ({"final": "YYYY-MM-DD"}). Returns the repository,
 * made once per fixture text under .cache/fixture-repos/.
 */
export function fixtureWithHistory(fixture: string): string {
  const { final } = JSON.parse(readFileSync(path.join(fixture, 'history.json'), 'utf8')) as { final: string };
  const repo = path.join(REPOS, `${path.basename(fixture)}-${hashTree(fixture).digest('hex').slice(0, 12)}`);
  if (existsSync(path.join(repo, '.git'))) return repo;
  const building = `${repo}.${process.pid}.tmp`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  initRepo(building);
  for (const day of readdirSync(path.join(fixture, 'history')).sort()) {
    cpSync(path.join(fixture, 'history', day), building, { recursive: true });
    commitAll(building, day, `Isi per ${day}`);
  }
  rmSync(path.join(building, 'content'), { recursive: true, force: true });
  cpSync(path.join(fixture, 'content'), path.join(building, 'content'), { recursive: true });
  commitAll(building, final, `Isi per ${final}`);
  try {
    renameSync(building, repo);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another process made it first
  }
  return repo;
}
