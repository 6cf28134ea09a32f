import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The revisions of the content files, read from git: one `git log` for the whole content folder and
 * one `git cat-file --batch` for every file text, however many documents there are. A checkout
 * without git history (a tarball, a fixture outside the repository) gives `undefined`, and the
 * pages say so.
 */

const run = promisify(execFile);

export interface Revision {
  commit: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  /** The first line of the commit message. */
  subject: string;
  /** The file at that commit; undefined when the commit deleted it. */
  text?: string;
}

export interface ContentHistory {
  /** Relative file ("content/sop/x.mdx") -> its revisions, newest first. */
  files: Map<string, Revision[]>;
  /** A shallow clone: older revisions are missing. */
  shallow: boolean;
}

const SEP_RECORD = '\x1e';
const SEP_FIELD = '\x1f';

export async function readContentHistory(root: string, folders: readonly string[]): Promise<ContentHistory | undefined> {
  const place = await gitPlace(root);
  if (!place) return undefined; // not a git checkout, or no git
  const { top, prefix } = place;
  const git = (args: string[], cwd = root) => run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  // A repository with no commit yet (just `git init`): every document is a working copy.
  const hasCommit = await git(['rev-parse', '--verify', '--quiet', 'HEAD'], top).then(() => true, () => false);
  if (!hasCommit) return { files: new Map(), shallow: false };
  const shallow = (await git(['rev-parse', '--is-shallow-repository'], top)).stdout.trim() === 'true';
  const specs = folders.map((f) => path.posix.join(prefix, f));
  const { stdout } = await git(['log', `--format=${SEP_RECORD}%H${SEP_FIELD}%aI${SEP_FIELD}%s`, '--name-only', '--no-renames', '--', ...specs], top);

  const files = new Map<string, Revision[]>();
  const wanted: Array<{ revision: Revision; object: string }> = [];
  for (const record of stdout.split(SEP_RECORD).slice(1)) {
    const [header = '', ...names] = record.split('\n');
    const [commit = '', date = '', subject = ''] = header.split(SEP_FIELD);
    for (const name of names.map((n) => n.trim()).filter(Boolean)) {
      const rel = prefix ? path.posix.relative(prefix, name) : name;
      const revision: Revision = { commit, date, subject };
      const list = files.get(rel) ?? [];
      list.push(revision);
      files.set(rel, list);
      wanted.push({ revision, object: `${commit}:${name}` });
    }
  }
  const texts = await catFiles(top, wanted.map((w) => w.object));
  wanted.forEach((w, i) => {
    const text = texts[i];
    if (text !== undefined) w.revision.text = text;
  });
  return { files, shallow };
}

/** Where the content root sits in its git checkout; undefined outside one (or without git). */
export async function gitPlace(root: string): Promise<{ top: string; prefix: string } | undefined> {
  try {
    const top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd: root })).stdout.trim();
    const prefix = path.relative(top, path.resolve(root)).split(path.sep).join('/');
    return prefix.startsWith('..') ? undefined : { top, prefix };
  } catch {
    return undefined;
  }
}

/**
 * The state of `<root>/content` in git: its newest commit (hash and the committer's ISO date) and
 * the files changed since, never committed or ignored (relative to the root). Undefined without git.
 */
export async function contentGitState(root: string): Promise<{ commit?: { hash: string; date: string }; changed: string[] } | undefined> {
  const place = await gitPlace(root);
  if (!place) return undefined;
  const spec = path.posix.join(place.prefix, 'content');
  const git = (args: string[]) => run('git', args, { cwd: place.top, maxBuffer: 64 * 1024 * 1024 }).then((r) => r.stdout, () => '');
  const [log, status] = await Promise.all([
    git(['log', '-1', `--format=%H${SEP_FIELD}%cI`, '--', spec]),
    git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames', '--', spec]),
  ]);
  const [hash = '', date = ''] = log.trim().split(SEP_FIELD);
  const changed = status.split('\0').filter((e) => e.length > 3).map((e) => path.posix.relative(place.prefix, e.slice(3)));
  return { ...(hash ? { commit: { hash, date } } : {}), changed };
}

/** Reads many blobs through one `git cat-file --batch`; undefined for an object that is missing. */
export function catFiles(cwd: string, objects: string[]): Promise<Array<string | undefined>> {
  if (objects.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file stopped with ${code}`));
      const out = Buffer.concat(chunks);
      const texts: Array<string | undefined> = [];
      let at = 0;
      for (let i = 0; i < objects.length; i++) {
        const eol = out.indexOf(0x0a, at);
        const header = out.subarray(at, eol).toString('utf8');
        at = eol + 1;
        if (header.endsWith(' missing')) {
          texts.push(undefined);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        texts.push(out.subarray(at, at + size).toString('utf8'));
        at += size + 1;
      }
      resolve(texts);
    });
    child.stdin.end(`${objects.join('\n')}\n`);
  });
}
