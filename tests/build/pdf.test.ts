import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshBuild, PROJECT, runBuild } from './run-build.ts';

const FIXTURE = path.join(PROJECT, 'tests/fixtures/corpus-diagrams');

describe('PDFs at build time', () => {
  it('a warm build prints nothing again: every PDF comes from the cache', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'sop-pdf-cache-'));
    const cold = await freshBuild(FIXTURE, { env: { SOP_CACHE_DIR: cache } });
    expect(cold.code, cold.output).toBe(0);
    expect(cold.output).toMatch(/PDF: 2 dicetak, 0 dari cache/);
    const warm = await freshBuild(FIXTURE, { env: { SOP_CACHE_DIR: cache } });
    expect(warm.output).toMatch(/PDF: 0 dicetak, 2 dari cache/);
    expect(existsSync(path.join(warm.outDir, 'sop/dengan-diagram/dengan-diagram.pdf'))).toBe(true);
  });

  it('without Chromium the build succeeds, says the PDFs were skipped, and links none', async () => {
    const build = await runBuild(FIXTURE, { env: { SOP_NO_BROWSER: '1' } });
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('PDF dilewati');
    const page = await build.page('sop/dengan-diagram');
    expect(page.querySelector('a[data-export="pdf"]')).toBeNull();
    expect(page.querySelector('a[data-export="json"]')).not.toBeNull();
    expect(existsSync(path.join(build.outDir, 'sop/dengan-diagram/dengan-diagram.pdf'))).toBe(false);
  });
});
