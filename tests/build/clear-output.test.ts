import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { publishOnSuccess } from '../../src/integrations/clear-output/index.ts';
import { buildFixture, FIXTURES, NO_BROWSER, PROJECT, startBuildInto } from '../support/site-build.ts';

/**
 * A build publishes only a whole site (src/integrations/clear-output/index.ts, issue 27 points 11,
 * 12, 15): it builds beside the output and swaps it in at the end; a build stopped mid-way leaves
 * the previous site as it was; two builds of one output take turns; a build after a killed one
 * makes the same site, byte for byte, as any other build of that commit.
 */

interface Run {
  warnings: string[];
  outDir?: string;
}

/** The integration's hooks as a build calls them, on real folders (no Astro build). */
function hooksOf(outDir: string, cacheDir: string) {
  const hooks = publishOnSuccess(outDir).hooks as Required<AstroIntegration['hooks']>;
  const run: Run = { warnings: [] };
  const logger = { warn: (m: string) => run.warnings.push(m), info: () => {} };
  return {
    run,
    setup: () => hooks['astro:config:setup']({
      command: 'build', logger, config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
      updateConfig: (c: { outDir: URL }) => (run.outDir = c.outDir.pathname.replace(/\/$/, '')),
    } as never),
    done: () => hooks['astro:build:done']({ logger } as never),
  };
}

let root: string;
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the output swapped in only when the build succeeded (hooks on real folders)', () => {
  it('builds beside the output and swaps it in at the end, leaving nothing else once the old output is deleted', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sop-publish-'));
    const outDir = path.join(root, 'dist');
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'index.html'), 'lama');
    const build = hooksOf(outDir, path.join(root, 'cache'));
    await build.setup();
    expect(build.run.outDir).toBe(`${outDir}.belum-jadi`);
    // While it builds the old site is where it was, whole.
    await mkdir(build.run.outDir!);
    await writeFile(path.join(build.run.outDir!, 'index.html'), 'baru');
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('lama');
    await build.done();
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('baru');
    // The old output goes in a process of its own, which the build does not wait for.
    await expect.poll(async () => (await readdir(root)).sort()).toEqual(['dist']);
  });

  it('a first build into a folder not made yet', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sop-publish-'));
    const outDir = path.join(root, 'belum-ada', 'dist');
    const build = hooksOf(outDir, path.join(root, 'cache'));
    await build.setup();
    await mkdir(build.run.outDir!, { recursive: true });
    await build.done();
    expect(existsSync(outDir)).toBe(true);
  });

  it('after a stopped build: its folder and Astro\'s page manifest are deleted, the old output stays', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sop-publish-'));
    const outDir = path.join(root, 'dist');
    const cacheDir = path.join(root, 'cache');
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'index.html'), 'lama');
    await mkdir(`${outDir}.belum-jadi`);
    await writeFile(path.join(`${outDir}.belum-jadi`, 'setengah.html'), '');
    await mkdir(`${outDir}.lama-1`);
    await mkdir(cacheDir);
    await writeFile(path.join(cacheDir, 'incremental-build.json'), '{}');
    await writeFile(path.join(cacheDir, 'lain.json'), '{}');
    const build = hooksOf(outDir, cacheDir);
    await build.setup();
    expect(build.run.warnings).toEqual([expect.stringContaining('build sebelumnya berhenti sebelum selesai')]);
    expect((await readdir(root)).sort()).toEqual(['cache', 'dist', 'dist.lock']);
    expect(await readdir(cacheDir)).toEqual(['lain.json']);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('lama');
  });

  it('waits while a living build holds the output, and takes over the lock of a dead one', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sop-publish-'));
    const outDir = path.join(root, 'dist');
    const other = spawn('sleep', ['30']);
    await writeFile(`${outDir}.lock`, String(other.pid));
    const build = hooksOf(outDir, path.join(root, 'cache'));
    let started = false;
    const setup = Promise.resolve(build.setup()).then(() => (started = true));
    await new Promise((r) => setTimeout(r, 1500));
    expect(started).toBe(false);
    expect(build.run.warnings).toEqual([`build lain (proses ${other.pid}) sedang membangun ke ${outDir}: menunggu sampai selesai`]);
    other.kill('SIGKILL');
    await setup;
    expect(await readFile(`${outDir}.lock`, 'utf8')).toBe(String(process.pid));
  });
});

describe('real builds: one killed mid-way while a second waits for it', () => {
  const dir = path.join(PROJECT, '.cache/test-builds', `own-publish-${process.pid}`);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('the killed build leaves the previous site whole; the waiting one then publishes the same site as any build of this commit', async () => {
    const contentRoot = path.join(FIXTURES, 'corpus-flow');
    const reference = await buildFixture('corpus-flow', NO_BROWSER);
    expect(reference.code, reference.output).toBe(0);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await cp(reference.outDir, path.join(dir, 'dist'), { recursive: true });
    await writeFile(path.join(dir, 'dist', 'PENANDA-SITUS-LAMA.txt'), 'lama');

    const first = startBuildInto(contentRoot, dir, NO_BROWSER);
    await first.reached(/generating static routes/);
    first.pause();
    const second = startBuildInto(contentRoot, dir, NO_BROWSER, { slot: false });
    await second.reached(/menunggu sampai selesai/);
    first.kill();
    expect((await first.result).code).not.toBe(0);
    // Killed while rendering pages: the published site is the one before, whole.
    expect(await readFile(path.join(dir, 'dist', 'PENANDA-SITUS-LAMA.txt'), 'utf8')).toBe('lama');
    expect(await readFile(path.join(dir, 'dist', 'index.html'))).toEqual(await readFile(path.join(reference.outDir, 'index.html')));

    const built = await second.result;
    expect(built.code, built.output).toBe(0);
    expect(built.output).toContain('build sebelumnya berhenti sebelum selesai');
    await expect.poll(async () => (await readdir(dir)).sort()).toEqual(['cache', 'dist', 'root']);
    const files = async (d: string) => (await readdir(d, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(d, path.join(e.parentPath, e.name))).sort();
    const published = await files(built.outDir);
    expect(published).toEqual(await files(reference.outDir));
    expect(published.length).toBeGreaterThan(30);
    for (const file of published) expect(await readFile(path.join(built.outDir, file)), file).toEqual(await readFile(path.join(reference.outDir, file)));
  }, 600_000); // one build and a half, and the reference's when it is not made yet: minutes on a loaded machine
});
