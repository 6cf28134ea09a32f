import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { setPriority } from 'node:os';
import { existsSync } from 'node:fs';
import { appendFile, lstat, mkdir, readdir, readFile, readlink, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';
import { withBuildSlot } from './astro-lock.ts';

/**
 * Real `astro build`s for build and browser tests, each made ONCE and shared: by every test file of
 * a run, and by later runs while nothing the build reads has changed. See tests/support/README.md.
 *
 * A build is keyed by what it reads: the fixture's content/ (or the project's) and the last commit
 * that touched it, the site code (src/, public/, astro.config.mjs, package-lock.json, tsconfig.json),
 * Chromium's version stamp and the build's environment. It lives in .cache/test-builds/<name>-<key>/ (dist/, cache/, result.json).
 * A build that failed is reused only within the run that made it (a broken Chromium or a full disk
 * must not stick); SOP_TEST_REBUILD=1 ignores every earlier run's builds.
 */

export const PROJECT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(PROJECT, 'tests/fixtures');
const BUILDS = path.join(PROJECT, '.cache/test-builds');
const CHROMIUM = '/usr/bin/chromium';

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
  /** The build's SOP_CACHE_DIR (diagram and Astro caches): pass it to another build to build warm. */
  cacheDir: string;
  /** Parses a built page: page('sop/pelayanan-konsultasi') reads sop/pelayanan-konsultasi/index.html. */
  page(route: string): Promise<HTMLElement>;
  /** A built file's text: file('sitemap-index.xml'). */
  file(relative: string): Promise<string>;
}

export interface BuildOptions {
  /** Extra environment, e.g. SOP_NO_BROWSER=1, SITE_URL, or SOP_CACHE_DIR of an earlier build to build warm. */
  env?: Record<string, string>;
}

/**
 * Options several test files pass for the same shared build (same options, same key): a build
 * without Chromium (diagrams drawn in the reader's browser, no PDFs), one with a SITE_URL, and one
 * without PDFs.
 */
export const NO_BROWSER: BuildOptions = { env: { SOP_NO_BROWSER: '1' } };
export const WITH_SITE_URL: BuildOptions = { env: { SITE_URL: 'https://sop.contoh.go.id' } };
/** For files that check pages, not their PDFs (printing is tested on the seed and corpus-diagrams builds). */
export const NO_PDF: BuildOptions = { env: { SOP_PDF: '0' } };

/** Environment variables the build reads; anything else in process.env is not part of the key. */
const BUILD_ENV = ['SITE_URL', 'SOP_NO_BROWSER', 'SOP_PDF'];

/** `name` is a folder of tests/fixtures ('corpus-error'), 'seed' for the project's own content, or an absolute content root. */
export function contentRootOf(name: string): string {
  if (name === 'seed') return PROJECT;
  return path.isAbsolute(name) ? name : path.join(FIXTURES, name);
}

/** Every file under dir (sorted, relative), skipping what a build or an editor leaves. */
async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') continue;
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

async function hashTree(hash: ReturnType<typeof createHash>, root: string, label: string): Promise<void> {
  for (const rel of await filesUnder(root)) {
    hash.update(`\0${label}/${rel}\0`);
    // A symbolic link (the hostile fixtures' links out of content/, to nothing, in a loop) counts by where it points.
    const full = path.join(root, rel);
    hash.update((await lstat(full)).isSymbolicLink() ? `link:${await readlink(full)}` : await readFile(full));
  }
}

let siteHash: Promise<string> | undefined;
/** The site code's part of every key, hashed once per test file. */
function siteCodeHash(): Promise<string> {
  return (siteHash ??= (async () => {
    const hash = createHash('sha256');
    for (const dir of ['src', 'public']) await hashTree(hash, path.join(PROJECT, dir), dir);
    for (const file of ['astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'scripts/build.env'])
      hash.update(`\0${file}\0`).update(await readFile(path.join(PROJECT, file)).catch(() => Buffer.alloc(0)));
    const chromium = await stat(CHROMIUM).catch(() => undefined);
    hash.update(`\0chromium\0${chromium ? `${chromium.size} ${chromium.mtimeMs}` : 'none'}`);
    return hash.digest('hex');
  })());
}

/** The last commit that touched content/ (the revision history pages are built from git), if any. */
function contentCommit(contentRoot: string): string {
  try {
    return execFileSync('git', ['-C', contentRoot, 'log', '-1', '--format=%H', '--', 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'no-git';
  }
}

async function keyOf(contentRoot: string, env: Record<string, string>): Promise<string> {
  const hash = createHash('sha256').update(await siteCodeHash());
  await hashTree(hash, path.join(contentRoot, 'content'), 'content');
  hash.update(`\0git\0${contentCommit(contentRoot)}`);
  hash.update(`\0env\0${JSON.stringify(Object.entries(env).sort(([a], [b]) => a.localeCompare(b)))}`);
  hash.update('\0NODE_ENV=production\0'); // builds made before it was set had the dev banner in
  return hash.digest('hex').slice(0, 16);
}

/** The test run (tests/global-setup.ts provides it), so that a failed build is retried in the next run. */
function runId(): string {
  if (process.env.SOP_TEST_RUN) return process.env.SOP_TEST_RUN;
  try {
    return inject('testRun');
  } catch {
    return `pid-${process.pid}`; // outside a Vitest worker (global setup itself, a script)
  }
}

interface Stored {
  code: number;
  output: string;
  run: string;
}

function resultOf(stored: Stored, dir: string): BuildResult {
  const outDir = path.join(dir, 'dist');
  return {
    code: stored.code,
    output: stored.output,
    outDir,
    cacheDir: path.join(dir, 'cache'),
    page: async (route) => parse(await readFile(path.join(outDir, route.replace(/^\/|\/$/g, ''), 'index.html'), 'utf8')),
    file: (relative) => readFile(path.join(outDir, relative), 'utf8'),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The shared build of a fixture: built on first use, then read from .cache/test-builds/. Treat its
 * dist/ as read-only (other test files read the same one); a test that must change a build makes
 * its own with runBuild().
 */
export async function buildFixture(name: string, options: BuildOptions = {}): Promise<BuildResult> {
  const contentRoot = contentRootOf(name);
  const env: Record<string, string> = {};
  for (const k of BUILD_ENV) if (process.env[k] !== undefined) env[k] = process.env[k]!;
  Object.assign(env, options.env);
  const label = path.resolve(contentRoot) === PROJECT ? 'seed' : contentRoot.startsWith(FIXTURES) ? path.basename(contentRoot) : 'dir';
  const dir = path.join(BUILDS, `${label}-${await keyOf(contentRoot, env)}`);
  const resultFile = path.join(dir, 'result.json');
  const lock = `${dir}.lock`;
  await mkdir(BUILDS, { recursive: true });
  for (;;) {
    const stored = await readFile(resultFile, 'utf8').then((t) => JSON.parse(t) as Stored, () => undefined);
    const rebuild = process.env.SOP_TEST_REBUILD === '1' && stored?.run !== runId();
    if (stored && !rebuild && (stored.code === 0 || stored.run === runId())) {
      const now = new Date();
      await utimes(dir, now, now).catch(() => {}); // keeps it from the sweep
      return resultOf(stored, dir);
    }
    try {
      await mkdir(lock);
    } catch {
      // Another test file (or another run in this worktree) is building it: wait, unless it died.
      const held = await stat(lock).catch(() => undefined);
      if (held && Date.now() - held.mtimeMs > 20 * 60_000) await rm(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      const built = await astroBuild(contentRoot, path.join(dir, 'dist'), { SOP_CACHE_DIR: path.join(dir, 'cache'), ...env });
      // Whole or not at all: another file waiting for this build reads the result as soon as it is there.
      await writeFile(`${resultFile}.${process.pid}.tmp`, JSON.stringify({ ...built, run: runId() } satisfies Stored));
      await rename(`${resultFile}.${process.pid}.tmp`, resultFile);
      await sweepOldBuilds();
      return resultOf({ ...built, run: runId() }, dir);
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}

/** A second build of the seed content on the first one's caches, as a warm `npm run build` is; shared like any other. */
export async function warmSeedBuild(): Promise<BuildResult> {
  const first = await buildFixture('seed');
  return buildFixture('seed', { env: { SOP_CACHE_DIR: first.cacheDir } });
}

/** A build of its own, never shared: for a test that changes the output or times the build. */
export async function freshBuild(contentRoot = PROJECT, options: BuildOptions = {}): Promise<BuildResult> {
  await mkdir(BUILDS, { recursive: true });
  const dir = path.join(BUILDS, `own-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`);
  const built = await astroBuild(contentRoot, path.join(dir, 'dist'), { SOP_CACHE_DIR: path.join(dir, 'cache'), ...options.env });
  return resultOf({ ...built, run: runId() }, dir);
}

/**
 * A build into dir/dist with dir/cache, whatever they already hold: for a test of what a build
 * does with the output and the caches of a build before it.
 */
export async function buildInto(contentRoot: string, dir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const built = await astroBuild(contentRoot, path.join(dir, 'dist'), { SOP_CACHE_DIR: path.join(dir, 'cache'), ...options.env });
  return resultOf({ ...built, run: runId() }, dir);
}

/** A build under way (startBuildInto): its log so far, and a way to stop it as a power cut would. */
export interface RunningBuild {
  result: Promise<BuildResult>;
  log(): string;
  /** Resolves once the log matches (or rejects when the build ends first). */
  reached(pattern: RegExp): Promise<void>;
  /** SIGSTOP: the process stays alive (and holds what it holds) without going on. */
  pause(): void;
  /** SIGKILL: no hook, no clean-up runs. */
  kill(): void;
}

/**
 * As buildInto, without waiting: for a test of a build stopped mid-way, or of two builds at once.
 * `slot: false` starts it at once, outside the two build slots (astro-lock.ts): for a build that
 * mostly waits for another.
 */
export function startBuildInto(contentRoot: string, dir: string, options: BuildOptions = {}, { slot = true } = {}): RunningBuild {
  let child: ChildProcess | undefined;
  let log = '';
  let ended = false;
  const waiters: Array<{ pattern: RegExp; resolve(): void; reject(e: Error): void }> = [];
  const check = () => {
    for (const w of waiters.splice(0)) {
      if (w.pattern.test(log)) w.resolve();
      else if (ended) w.reject(new Error(`the build ended before ${w.pattern}:\n${log}`));
      else waiters.push(w);
    }
  };
  const build = slot ? astroBuild : astroBuildLocked;
  const result = build(contentRoot, path.join(dir, 'dist'), { SOP_CACHE_DIR: path.join(dir, 'cache'), ...options.env }, (c) => {
    child = c;
    const add = (d: Buffer) => {
      log += d;
      check();
    };
    c.stdout!.on('data', add);
    c.stderr!.on('data', add);
  }).then((built) => resultOf({ ...built, run: runId() }, dir)).finally(() => {
    ended = true;
    check();
  });
  return {
    result,
    log: () => log,
    reached: (pattern) => new Promise((resolve, reject) => {
      waiters.push({ pattern, resolve, reject });
      check();
    }),
    pause: () => child?.kill('SIGSTOP'),
    kill: () => child?.kill('SIGKILL'),
  };
}

/** Removes builds nobody used for a day (each use touches its folder). */
async function sweepOldBuilds(): Promise<void> {
  const cutoff = Date.now() - 24 * 3600_000;
  for (const name of await readdir(BUILDS).catch(() => [] as string[])) {
    const full = path.join(BUILDS, name);
    const info = await stat(full).catch(() => undefined);
    if (info && info.mtimeMs < cutoff && !existsSync(`${full}.lock`)) await rm(full, { recursive: true, force: true }).catch(() => {});
  }
}

/**
 * `astro build` of the project on a content root. The outDir must be inside the project: with one
 * outside, Astro writes its server build to the shared ./.astro/.prerender, and builds running at
 * the same time then delete each other's chunks.
 */
async function astroBuild(contentRoot: string, outDir: string, env: Record<string, string>, onChild?: (child: ChildProcess) => void): Promise<{ code: number; output: string }> {
  return withBuildSlot(`build ${path.relative(PROJECT, contentRoot) || 'seed'}`, () => astroBuildLocked(contentRoot, outDir, env, onChild));
}

async function astroBuildLocked(contentRoot: string, outDir: string, env: Record<string, string>, onChild?: (child: ChildProcess) => void): Promise<{ code: number; output: string }> {
  // NODE_ENV=production as `npm run build` has it: Vitest sets NODE_ENV=test, under which Vite's
  // import.meta.env.DEV is true and the dev-only findings banner (DevFindings) would be built in.
  // A root of its own beside its dist/ (inside the project, where node_modules resolves): its own
  // .astro/ folder, so builds can run side by side (astro-lock.ts).
  const root = path.join(path.dirname(outDir), 'root');
  await mkdir(root, { recursive: true });
  // What Vitest puts in a test worker's environment (VITEST_*, and import.meta.env's MODE, DEV,
  // PROD, SSR, BASE_URL) is left out: Astro's builds read these, and a build run by a test worker
  // compiled to other code than one run by the global setup (Astro's incremental build then kept
  // nothing between them).
  const VITEST_ENV = new Set(['TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'FORCE_TTY']);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !VITEST_ENV.has(k)));
  const childEnv = { ...inherited, NODE_ENV: 'production', SOP_CONTENT_ROOT: contentRoot, SOP_OUT_DIR: outDir, SOP_ASTRO_ROOT: root, FORCE_COLOR: '0', ...env };
  // The node running the tests (Node 24 from node_modules) runs Astro too, whatever PATH says.
  const started = Date.now();
  // As `npm run build` runs it (package.json), with scripts/build.env.
  const child = spawn(process.execPath, [`--env-file=${path.join(PROJECT, 'scripts/build.env')}`, path.join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: PROJECT, env: childEnv });
  onChild?.(child);
  // Test files wait on builds (two at a time, browser tests beside them): builds go ahead of the
  // rest where the system allows it (root may raise a priority; others go on as they are).
  try {
    setPriority(child.pid!, -5);
  } catch {
    // not permitted: same priority as the rest
  }
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  // Where the suite's time goes: one line per build (tests/support/README.md, "Suite time").
  const line = `${new Date().toISOString()}\t${((Date.now() - started) / 1000).toFixed(1)}s\t${path.relative(PROJECT, contentRoot) || 'seed'}\t${JSON.stringify(env)}\n`;
  await appendFile(path.join(BUILDS, 'build-times.log'), line).catch(() => {});
  return { code, output };
}
