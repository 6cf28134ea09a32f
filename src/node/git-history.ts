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
  const git = (args: string[], cwd = root) => run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'])).stdout.trim();
  } catch {
    return undefined; // not a git checkout, or no git
  }
  const prefix = path.relative(top, path.resolve(root));
  if (prefix.startsWith('..')) return undefined;
  // A repository with no commit yet (just `git init`): every document is a working copy.
  const hasCommit = await git(['rev-parse', '--verify', '--quiet', 'HEAD'], top).then(() => true, () => false);
  if (!hasCommit) return { files: new Map(), shallow: false };
  const shallow = (await git(['rev-parse', '--is-shallow-repository'], top)).stdout.trim() === 'true';
  const specs = folders.map((f) => path.posix.join(prefix.split(path.sep).join('/'), f));
  const { stdout } = await git(['log', `--format=${SEP_RECORD}%H${SEP_FIELD}%aI${SEP_FIELD}%s`, '--name-only', '--no-renames', '--', ...specs], top);

  const files = new Map<string, Revision[]>();
  const wanted: Array<{ revision: Revision; object: string }> = [];
  for (const record of stdout.split(SEP_RECORD).slice(1)) {
    const [header = '', ...names] = record.split('\n');
    const [commit = '', date = '', subject = ''] = header.split(SEP_FIELD);
    for (const name of names.map((n) => n.trim()).filter(Boolean)) {
      const rel = prefix ? path.posix.relative(prefix.split(path.sep).join('/'), name) : name;
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

/** Reads many blobs through one `git cat-file --batch`; undefined for an object that is missing. */
function catFiles(cwd: string, objects: string[]): Promise<Array<string | undefined>> {
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
