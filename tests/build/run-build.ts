import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const PROJECT = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
  /** Parses a built page: page('sop/pelayanan-konsultasi') reads sop/pelayanan-konsultasi/index.html. */
  page(route: string): Promise<HTMLElement>;
}

export interface BuildOptions {
  /** Extra environment, e.g. SOP_CACHE_DIR of an earlier build (to reuse its caches) or SOP_NO_BROWSER=1. */
  env?: Record<string, string>;
}

/** Removes build directories of earlier test runs (older than two hours; a run takes minutes). */
async function sweepOldBuilds(dir: string): Promise<void> {
  const cutoff = Date.now() - 2 * 3600_000;
  for (const name of await readdir(dir)) {
    const full = path.join(dir, name);
    const info = await stat(full).catch(() => undefined);
    if (info && info.mtimeMs < cutoff) await rm(full, { recursive: true, force: true }).catch(() => {});
  }
}

/** Runs the real `astro build` of the project on a content root (the project, or a fixture). */
export async function runBuild(contentRoot = PROJECT, options: BuildOptions = {}): Promise<BuildResult> {
  // Inside the project (.cache/ is git-ignored): with an outDir outside the working directory Astro
  // writes its server build to the shared ./.astro/.prerender, and builds running at the same time
  // (other test files, other people's builds) then delete each other's chunks.
  const builds = path.join(PROJECT, '.cache/builds');
  await mkdir(builds, { recursive: true });
  await sweepOldBuilds(builds);
  const work = await mkdtemp(path.join(builds, 'sop-build-'));
  const outDir = path.join(work, 'dist');
  const env = { ...process.env, SOP_CONTENT_ROOT: contentRoot, SOP_OUT_DIR: outDir, SOP_CACHE_DIR: path.join(work, 'cache'), FORCE_COLOR: '0', ...options.env };
  // The node running the tests (Node 24 from node_modules) runs Astro too, whatever PATH says.
  const child = spawn(process.execPath, [path.join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: PROJECT, env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return {
    code,
    output,
    outDir,
    page: async (route) => parse(await readFile(path.join(outDir, route.replace(/^\/|\/$/g, ''), 'index.html'), 'utf8')),
  };
}
