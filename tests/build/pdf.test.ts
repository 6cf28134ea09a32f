import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../support/pdf-text.ts';
import { NO_BROWSER, PROJECT, runBuild, warmSeedBuild, WITH_SITE_URL } from './run-build.ts';

const FIXTURE = path.join(PROJECT, 'tests/fixtures/corpus-diagrams');

describe('PDFs at build time', () => {
  it('a warm build prints nothing again: every PDF comes from the cache', async () => {
    // The seed build starts on an empty cache; the warm one (shared with diagrams.test.ts) on its cache.
    const cold = await runBuild('seed');
    expect(cold.code, cold.output.slice(-2000)).toBe(0);
    const printed = Number(/PDF: (\d+) dicetak, 0 dari cache/.exec(cold.output)?.[1]);
    expect(printed, cold.output.slice(-2000)).toBeGreaterThan(5);
    const warm = await warmSeedBuild();
    expect(warm.code, warm.output.slice(-2000)).toBe(0);
    expect(warm.output).toContain(`PDF: 0 dicetak, ${printed} dari cache`);
    expect(existsSync(path.join(warm.outDir, 'sop/pelayanan-konsultasi/pelayanan-konsultasi.pdf'))).toBe(true);
  });

  it('is dated by its content, not by the moment of printing: two builds of one commit print the same bytes (issue 27, point 15)', async () => {
    const build = await runBuild('seed');
    const file = 'content/sop/pelayanan-konsultasi.mdx';
    const committed = execFileSync('git', ['log', '-1', '--format=%aI', '--', file], { cwd: PROJECT, encoding: 'utf8' }).trim();
    const iso = new Date(committed).toISOString();
    const stamp = `D:${iso.slice(0, 19).replace(/[-T:]/g, '')}+00'00'`;
    const pdf = (await readFile(path.join(build.outDir, 'sop/pelayanan-konsultasi/pelayanan-konsultasi.pdf'))).toString('latin1');
    expect(pdf.match(/\/(?:CreationDate|ModDate) \([^)]*\)/g)).toEqual([`/CreationDate (${stamp})`, `/ModDate (${stamp})`]);
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
