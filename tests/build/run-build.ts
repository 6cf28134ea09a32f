import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/** Runs the real `astro build` of the project on a content root (the project, or a fixture). */
export async function runBuild(contentRoot = PROJECT): Promise<BuildResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'sop-build-'));
  const outDir = path.join(work, 'dist');
  const env = { ...process.env, SOP_CONTENT_ROOT: contentRoot, SOP_OUT_DIR: outDir, SOP_CACHE_DIR: path.join(work, 'cache'), FORCE_COLOR: '0' };
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
