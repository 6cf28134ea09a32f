/**
 * The dev server's findings banner (file paths, rule codes) is reviewer output: it must never reach a
 * built page, whatever NODE_ENV the build runs under (a test runner sets "test", under which Vite's
 * import.meta.env.DEV is true). The banner keys on Astro's command instead (src/integrations/validation/index.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/site-build.ts';

async function pagesWithBanner(outDir: string): Promise<string[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  const hits: string[] = [];
  for (const f of files) if ((await readFile(path.join(outDir, f), 'utf8')).includes('dev-findings')) hits.push(f);
  expect(files.length).toBeGreaterThan(3);
  return hits;
}

describe('the dev-only findings banner', () => {
  it('is in no page of a build run with NODE_ENV=test, on a corpus that has findings', async () => {
    const build = await buildFixture('corpus-flow', { env: { NODE_ENV: 'test', SOP_NO_BROWSER: '1', SOP_PDF: '0' } });
    expect(build.code, build.output).toBe(0);
    expect(build.output).toMatch(/warning|info/); // the corpus does have findings the banner would show
    expect(await pagesWithBanner(build.outDir)).toEqual([]);
  });
});
