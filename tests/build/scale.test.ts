import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeScaleCorpus } from '../support/scale-corpus.ts';
import { buildFixture, NO_BROWSER, type BuildResult } from '../support/site-build.ts';

/**
 * The site at a province's size: the corpus `npm run bench` builds, 2,000 SOPs and 200 Standar
 * Pelayanan with their monitoring records, built without a browser (no PDFs, no diagrams drawn in
 * Chromium: page sizes are what this file checks). No page may pass 200 KB gzipped, the desk's
 * overview 100 KB. The generated corpus is written to .cache/generated/ (the build is shared and
 * kept by the files' content, tests/support/README.md).
 */
const KB = 1024;
let build: BuildResult;
let sizes: Array<{ route: string; gzip: number }>;

async function htmlFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(dir, rel)));
    else if (entry.name.endsWith('.html')) out.push(rel);
  }
  return out;
}

beforeAll(async () => {
  build = await buildFixture(await writeScaleCorpus(), NO_BROWSER);
  expect(build.code, build.output.slice(-3000)).toBe(0);
  sizes = await Promise.all((await htmlFiles(build.outDir)).map(async (rel) => ({ route: `/${rel.replace(/index\.html$/, '')}`, gzip: gzipSync(await readFile(path.join(build.outDir, rel))).length })));
}, 900_000);

describe('2,000 SOPs and 200 Standar Pelayanan', () => {
  it('no page is over 200 KB gzipped', () => {
    const over = sizes.filter((s) => s.gzip > 200 * KB).map((s) => `${s.route} ${Math.round(s.gzip / KB)} KB`);
    expect(over).toEqual([]);
    expect(sizes.length).toBeGreaterThan(4000);
  });

  it('the desk\'s overview is at most 100 KB gzipped, its findings on the units\' and rules\' pages', async () => {
    const overview = sizes.find((s) => s.route === '/kepatuhan/')!;
    expect(overview.gzip).toBeLessThanOrEqual(100 * KB);
    const page = await build.page('kepatuhan');
    expect(page.querySelectorAll('.unit-table tr[data-unit]').length).toBeGreaterThan(150);
    expect(page.querySelectorAll('li[data-code]')).toHaveLength(0);
    // The rule that fires on every SOP is split into pages, each listing whole documents.
    const ruleAt = sizes.filter((s) => s.route.startsWith('/kepatuhan/aturan/waktu-total/'));
    expect(ruleAt.length).toBeGreaterThan(5);
    const second = await build.page('kepatuhan/aturan/waktu-total/2');
    expect(second.querySelectorAll('.report-doc').length).toBeGreaterThan(50);
    expect(second.querySelector('.pager [aria-current="page"]')?.text).toBe('2');
  });
});
