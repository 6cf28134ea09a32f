import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { commitsAtMonthEnds, lastTwelveMonths, snapshotCounts, type SnapshotCounts } from '../domain/desk/index.ts';
import { RULES } from '../domain/findings/index.ts';
import { ORGANISATION_FILE, RECORD_FOLDERS, type SourceFile } from '../domain/model/index.ts';
import { buildState } from './build-state.ts';
import { catFiles, gitPlace } from './git-history.ts';
import { checkFilesOf, type ParsedFiles } from './read-corpus.ts';
import { getSite, type Site } from './site.ts';

/**
 * The desk's twelve months (src/domain/desk/trend.ts) from git: for the end of each month, the
 * content/ folder at its newest commit by then, read from git (`ls-tree`, one `cat-file --batch`),
 * validated with today's rules and counted per unit. A past commit's counts never change, so they
 * are kept in the build cache by commit (`<cacheDir>/sop-riwayat-temuan/<rules>/<commit>.json`,
 * under a hash of the rule table: new rules count the past again); a file unchanged since it was
 * read from disk is not parsed again.
 */
export interface FindingHistory {
  /** False without git history (a tarball, a generated corpus): the pages say so. */
  available: boolean;
  /** A shallow clone: months before its oldest commit have no counts. */
  shallow: boolean;
  /** The twelve months, oldest first; the last is the content as it is now. */
  months: Array<{ month: string; counts?: SnapshotCounts }>;
}

const run = promisify(execFile);
const SEP = '\x1f';
const RULES_KEY = createHash('sha256').update(`1\n${JSON.stringify(RULES.map((r) => [r.code, r.severity]))}`).digest('hex').slice(0, 12);

const cached = new WeakMap<Site, Promise<FindingHistory>>();

export async function getFindingHistory(): Promise<FindingHistory> {
  const site = await getSite();
  let history = cached.get(site);
  if (!history) cached.set(site, (history = readFindingHistory(site)));
  return history;
}

async function readFindingHistory(site: Site): Promise<FindingHistory> {
  const { corpus, findings } = site;
  const root = buildState().settings.contentRoot;
  const current = snapshotCounts(corpus, findings);
  const asOf = corpus.asOf;
  const place = asOf && asOf.basis !== 'files' ? await gitPlace(root) : undefined;
  const months = lastTwelveMonths(asOf?.iso ?? '1970-01-01');
  if (!place) return { available: false, shallow: false, months: months.map((month, i) => (i === months.length - 1 ? { month, counts: current } : { month })) };

  const git = (args: string[]) => run('git', args, { cwd: place.top, maxBuffer: 256 * 1024 * 1024 }).then((r) => r.stdout);
  const spec = path.posix.join(place.prefix, 'content');
  const [log, shallow] = await Promise.all([git(['log', `--format=%H${SEP}%cI`, '--', spec]).catch(() => ''), git(['rev-parse', '--is-shallow-repository']).catch(() => 'false')]);
  const commits = log.split('\n').filter(Boolean).map((line) => {
    const [hash = '', date = ''] = line.split(SEP);
    return { hash, day: date.slice(0, 10) };
  });
  const atEnds = commitsAtMonthEnds(months.slice(0, -1), commits);
  // Oldest first, one after another, each month keeping only the month before's texts and parses
  // (most files are the same from month to month): memory stays that of two months of content.
  const counts = new Map<string, SnapshotCounts>();
  let before: Month = { blobs: new Map(), parsed: new Map() };
  const past: Array<SnapshotCounts | undefined> = [];
  for (const hash of atEnds) {
    if (hash && !counts.has(hash)) {
      const counted = await countsAt(root, place, hash, commits.find((x) => x.hash === hash)!.day, before);
      counts.set(hash, counted.counts);
      if (counted.month) before = counted.month;
    }
    past.push(hash ? counts.get(hash) : undefined);
  }
  return {
    available: true,
    shallow: shallow.trim() === 'true',
    months: months.map((month, i) => {
      const c = i === months.length - 1 ? current : past[i];
      return c ? { month, counts: c } : { month };
    }),
  };
}

/** A month's files as read: texts by blob id, parses by name and text hash. */
interface Month {
  blobs: Map<string, string>;
  parsed: ParsedFiles;
}

/** A commit's counts, from the cache or counted (then with what was read, for the next month). */
async function countsAt(root: string, place: { top: string; prefix: string }, commit: string, day: string, before: Month): Promise<{ counts: SnapshotCounts; month?: Month }> {
  const file = path.join(buildState().settings.cacheDir, 'sop-riwayat-temuan', RULES_KEY, `${commit}.json`);
  const kept = await readFile(file, 'utf8').then((t) => JSON.parse(t) as SnapshotCounts, () => undefined);
  if (kept) return { counts: kept };
  const { stdout } = await run('git', ['ls-tree', '-r', '-z', commit, '--', path.posix.join(place.prefix, 'content')], { cwd: place.top, maxBuffer: 256 * 1024 * 1024 });
  const entries = stdout.split('\0').filter(Boolean).map((line) => {
    const [meta = '', name = ''] = line.split('\t');
    return { blob: meta.split(' ')[2]!, rel: place.prefix ? path.posix.relative(place.prefix, name) : name };
  });
  const read = entries.filter((e) => e.rel === ORGANISATION_FILE || readAsFile(e.rel));
  const blobs = new Map(read.map((e) => [e.blob, before.blobs.get(e.blob)] as const));
  const missing = [...blobs].filter(([, text]) => text === undefined).map(([blob]) => blob);
  (await catFiles(place.top, missing)).forEach((text, i) => blobs.set(missing[i]!, text ?? ''));
  const files: SourceFile[] = read.map((e) => ({ file: e.rel, text: blobs.get(e.blob) ?? '' }));
  // Folders where the reader expects files are reported by it, as on disk (content/sop/x/ …).
  for (const folder of new Set(entries.map((e) => folderEntry(e.rel)).filter((f): f is string => f !== undefined))) files.push({ file: folder, text: '' });
  const organisation = files.find((f) => f.file === ORGANISATION_FILE) ?? { file: ORGANISATION_FILE, text: '' };
  const { corpus, findings, parsed } = checkFilesOf(root, organisation, files.filter((f) => f !== organisation).sort((a, b) => (a.file < b.file ? -1 : 1)), { iso: day, basis: 'commit', commit }, before.parsed);
  const counts = snapshotCounts(corpus, findings);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(counts));
  await rename(temporary, file);
  return { counts, month: { blobs: blobs as Map<string, string>, parsed } };
}

const DOCUMENT_FOLDERS = ['content/sop/', 'content/standar-pelayanan/'];
const RECORDS = Object.values(RECORD_FOLDERS).map((f) => `content/${f}/`);
const hidden = (rel: string) => rel.split('/').some((part) => part.startsWith('.'));

/** What the reader reads as a file (src/node/read-corpus.ts): documents one level down, records two. */
function readAsFile(rel: string): boolean {
  if (hidden(rel)) return false;
  const depth = rel.split('/').length;
  return (DOCUMENT_FOLDERS.some((f) => rel.startsWith(f)) && depth === 3) || (RECORDS.some((f) => rel.startsWith(f)) && (depth === 3 || depth === 4));
}

/** A file deeper than the reader reads: the folder it lists in its place ("content/sop/x/"). */
function folderEntry(rel: string): string | undefined {
  if (hidden(rel)) return undefined;
  const parts = rel.split('/');
  if (DOCUMENT_FOLDERS.some((f) => rel.startsWith(f)) && parts.length > 3) return `${parts.slice(0, 3).join('/')}/`;
  if (RECORDS.some((f) => rel.startsWith(f)) && parts.length > 4) return `${parts.slice(0, 4).join('/')}/`;
  return undefined;
}
