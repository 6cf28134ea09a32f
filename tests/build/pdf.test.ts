import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../support/pdf-text.ts';
import { freshBuild, NO_BROWSER, PROJECT, runBuild, WITH_SITE_URL } from './run-build.ts';

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

  it('prints the page address under SITE_URL beside its QR code', async () => {
    const build = await runBuild(FIXTURE, WITH_SITE_URL);
    expect(build.code, build.output).toBe(0);
    const pages = await pdfPages(new Uint8Array(await readFile(path.join(build.outDir, 'sop/dengan-diagram/dengan-diagram.pdf'))));
    expect(pages[0]!.text).toContain('https://sop.contoh.go.id/sop/dengan-diagram/');
    expect(pages[0]!.text).not.toContain('SITE_URL');
    const catalogue = JSON.parse(await readFile(path.join(build.outDir, 'data/katalog.json'), 'utf8'));
    expect(catalogue.dokumen[0].url.pdf).toMatch(/^https:\/\/sop\.contoh\.go\.id\/sop\/.+\.pdf$/);
  });

  it('without Chromium the build succeeds, says the PDFs were skipped, and links none', async () => {
    const build = await runBuild(FIXTURE, NO_BROWSER);
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('PDF dilewati');
    const page = await build.page('sop/dengan-diagram');
    expect(page.querySelector('a[data-export="pdf"]')).toBeNull();
    expect(page.querySelector('a[data-export="json"]')).not.toBeNull();
    expect(existsSync(path.join(build.outDir, 'sop/dengan-diagram/dengan-diagram.pdf'))).toBe(false);
  });
});
