import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { buildFixture, NO_BROWSER, PROJECT } from '../support/site-build.ts';
import { serveStatic } from '../../tools/static-server.ts';

/**
 * The pages run under their own Content-Security-Policy (issue 14.17): the viewer in use, search
 * (Pagefind's WebAssembly), and a ```mermaid fence drawn in the reader's browser, with no policy
 * violation and no console error. The listener is proven by a script the policy must refuse. The
 * site is served with the security headers docs/hosting.md tells hosts to set (read from that file).
 */
function documentedHostingHeaders(): Record<string, string> {
  const readme = readFileSync(path.join(PROJECT, 'docs/hosting.md'), 'utf8');
  const block = /<!-- hosting-headers:[^>]*-->\s*```text\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('docs/hosting.md has no hosting-headers block');
  return Object.fromEntries(block.trim().split('\n').map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]));
}
const HEADERS = documentedHostingHeaders();
const site = useBuiltSite(undefined, HEADERS);

interface Watched {
  page: Page;
  /** "script-src-elem inline", … */
  violations: string[];
  errors: string[];
}

async function watch(browser: Browser, url: string): Promise<Watched> {
  const page = await browser.newPage();
  const watched: Watched = { page, violations: [], errors: [] };
  await page.exposeFunction('__reportViolation', (v: string) => watched.violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation(v: string): void }).__reportViolation(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    ),
  );
  page.on('console', (m) => m.type() === 'error' && watched.errors.push(m.text()));
  page.on('pageerror', (e) => watched.errors.push(e.message));
  await page.goto(url);
  return watched;
}

describe('under the Content-Security-Policy', () => {
  it('is served with the hosting headers of docs/hosting.md', async () => {
    expect(Object.keys(HEADERS)).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']));
    const response = await fetch(`${site.url}/`);
    expect(response.headers.get('content-security-policy')).toBe(HEADERS['Content-Security-Policy']);
  });

  it('the policy is enforced: an injected inline script is refused and reported', async () => {
    const w = await watch(site.browser, `${site.url}/`);
    await w.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await expect.poll(() => w.violations.length).toBe(1);
    expect(w.violations[0]).toMatch(/^script-src-elem inline /);
    expect(await w.page.evaluate(() => 'ran' in window || '__ran' in window)).toBe(false);
    await w.page.close();
  });

  it('the viewer works: role marks, step focus, walk-through, tabs and zoom, with no violation', async () => {
    const w = await watch(site.browser, `${site.url}/sop/pelaksanaan-kegiatan-diklat/`);
    const { page } = w;
    await page.waitForSelector('[data-vw-bar]:not([hidden])');
    await page.getByLabel('Pelaksana Anda').selectOption({ index: 1 });
    await expect.poll(() => page.locator('tr.fc-row.vw-mine').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Mulai' }).click();
    await page.waitForSelector('[data-vw-walk-heading]');
    await page.getByRole('tab', { name: 'Diagram' }).click();
    await page.getByRole('button', { name: 'Perbesar' }).click();
    await page.getByRole('tab', { name: 'Langkah', exact: true }).click();
    expect(w.violations).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('search runs Pagefind (WebAssembly) and lists results, with no violation', async () => {
    const w = await watch(site.browser, `${site.url}/cari/`);
    await w.page.locator('#search-status').filter({ hasText: 'Ketik kata kunci' }).waitFor();
    await w.page.locator('#q').fill('konsultasi');
    await w.page.locator('#q').press('Enter');
    await w.page.waitForFunction(() => /ditemukan/.test(document.getElementById('search-status')!.textContent!));
    expect(await w.page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(w.violations).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('every other kind of page loads with no violation', async () => {
    for (const route of ['/', '/kepatuhan/', '/standar-pelayanan/pelayanan-konsultasi/', '/pelaksana/', '/unit/biro-kesra/']) {
      const w = await watch(site.browser, site.url + route);
      await w.page.waitForLoadState('networkidle');
      expect(w.violations, route).toEqual([]);
      expect(w.errors, route).toEqual([]);
      await w.page.close();
    }
  });

  describe('a ```mermaid fence drawn in the browser (build without Chromium)', () => {
    let served: Awaited<ReturnType<typeof serveStatic>>;
    beforeAll(async () => {
      const build = await buildFixture('corpus-diagrams', NO_BROWSER);
      if (build.code !== 0) throw new Error(build.output);
      served = await serveStatic(build.outDir, HEADERS);
    });
    afterAll(() => served?.server.close());

    it('mermaid renders it with no violation', async () => {
      const w = await watch(site.browser, `${served.url}/sop/dengan-diagram/`);
      await w.page.waitForSelector('pre.mermaid[data-processed] > svg', { timeout: 30_000 });
      expect(await w.page.locator('pre.mermaid > svg').count()).toBeGreaterThan(0);
      expect(w.violations).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.page.close();
    });
  });
});
