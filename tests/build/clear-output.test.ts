import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { clearOutput } from '../../src/integrations/clear-output/index.ts';

/** The integration's three hooks as a build calls them, on real folders (no Astro build needed). */
async function runHooks(outDir: string): Promise<void> {
  const hooks = clearOutput().hooks as Required<AstroIntegration['hooks']>;
  await hooks['astro:config:setup']({ command: 'build' } as never);
  await hooks['astro:config:done']({ config: { outDir: pathToFileURL(`${outDir}/`) } } as never);
  await hooks['astro:build:done']({} as never);
}

let root: string;
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the previous output, cleared beside the build (src/integrations/clear-output/index.ts)', () => {
  it('is nothing to clear on a first build into a folder not made yet', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sop-clear-'));
    await expect(runHooks(path.join(root, 'belum-ada', 'dist'))).resolves.toBeUndefined();
  });

  it('removes the old output and what a stopped build left aside, and nothing beside them', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sop-clear-'));
    const outDir = path.join(root, 'dist');
    await mkdir(path.join(outDir, 'sop'), { recursive: true });
    await writeFile(path.join(outDir, 'sop', 'index.html'), 'lama');
    await mkdir(path.join(root, 'dist.lama-1'));
    await mkdir(path.join(root, 'cache'));
    await runHooks(outDir);
    expect(existsSync(outDir)).toBe(false);
    expect(await readdir(root)).toEqual(['cache']);
  });
});
