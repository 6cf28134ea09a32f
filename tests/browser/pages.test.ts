import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

/** Every built page, read when the file is collected so that each page is its own test. */
function builtRoutes(dir: string, prefix = '/'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'pagefind' && !entry.name.startsWith('_')) out.push(...builtRoutes(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name === 'index.html') out.push(prefix);
  }
  return out.sort();
}
const routes = builtRoutes(inject('siteDir'));
/**
 * Axe reads every page, except the desk's rule pages (one per rule that found something, all of one
 * template, each ~2 s of axe): three of them; the overflow check below still visits every one.
 */
const RULE_PAGE = /^\/kepatuhan\/aturan\//;
const axeRoutes = [...routes.filter((r) => !RULE_PAGE.test(r)), ...routes.filter((r) => RULE_PAGE.test(r)).slice(0, 3)];


/** CSS properties set inside @media (prefers-color-scheme: dark) that are not colours ("display", "width", …). */
function darkModeNonColourProperties(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const colour = /^(?:--.*|color|background(?:-color|-image)?|fill|stroke|opacity|fill-opacity|stroke-opacity|(?:border|outline|text-decoration|caret|accent|column-rule)(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?-color|box-shadow|text-shadow|color-scheme)$/;
    const found = new Set<string>();
    const visit = (rules: CSSRuleList, dark: boolean) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSMediaRule) visit(rule.cssRules, dark || rule.conditionText.includes('prefers-color-scheme: dark'));
        else if (dark && rule instanceof CSSStyleRule) for (const p of Array.from(rule.style)) if (!colour.test(p)) found.add(`${rule.selectorText} { ${p} }`);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules, false);
    return [...found];
  });
}

describe('every page', () => {
  it('are all there', () => expect(routes.length).toBeGreaterThan(20));

  // One page for every route: axe in light mode, then the same document switched to dark mode
  // (prefers-color-scheme is a media feature; the page restyles without a reload).
  let page: Page;
  beforeAll(async () => {
    page = await (await site.browser.newContext({ colorScheme: 'light' })).newPage();
  });
  afterAll(() => page?.context().close());

  it.each(axeRoutes)('%s passes axe (WCAG 2.2 A and AA) in light and dark mode', async (route) => {
    const failures: string[] = [];
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(site.url + route);
    // Dark mode changes colours only, so in dark mode axe's colour rules are what can differ: this
    // page's dark-mode CSS is checked to set nothing else.
    expect(await darkModeNonColourProperties(page), route).toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      const violations = await axeViolations(page, { colourOnly: colorScheme === 'dark' });
      failures.push(...violations.map((v) => `${colorScheme} ${v}`));
    }
    expect(failures).toEqual([]);
  });

  it('has no horizontal page overflow at 360 px, with lang="id" and one h1', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const route of routes) {
      await page.goto(site.url + route);
      const { overflow, lang, h1 } = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        lang: document.documentElement.lang,
        h1: document.querySelectorAll('h1').length,
      }));
      if (overflow > 0) problems.push(`${route} overflows by ${overflow}px`);
      if (lang !== 'id') problems.push(`${route} lang=${lang}`);
      if (h1 !== 1) problems.push(`${route} has ${h1} h1`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('reading without JavaScript', () => {
  it('shows every step of every SOP', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const route of routes.filter((r) => /^\/sop\/[^/]+\/$/.test(r))) { // document pages, not /sop/<id>/riwayat/
      await page.goto(site.url + route);
      const rows = page.locator('tr[id^="langkah-"]');
      expect(await rows.count(), route).toBeGreaterThan(2);
      for (const row of await rows.all()) expect(await row.isVisible(), `${route} ${await row.getAttribute('id')}`).toBe(true);
    }
    await context.close();
  });
});

describe('print', () => {
  const pageSize = (pdf: Buffer) => {
    const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    return { pages: sizes.length, sizes: [...new Set(sizes.map((s) => s.join('x')))] };
  };

  it('prints an SOP on A4 landscape pages and a Standar Pelayanan on A4 portrait', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/sop/pelaksanaan-kegiatan-diklat/`);
    const sop = pageSize(await page.pdf({ preferCSSPageSize: true }));
    expect(sop.sizes).toEqual(['842x595']);
    await page.goto(`${site.url}/standar-pelayanan/pelayanan-konsultasi/`);
    const sp = pageSize(await page.pdf({ preferCSSPageSize: true }));
    expect(sp.sizes).toEqual(['595x842']);
    expect(sop.pages).toBeGreaterThan(0);
  });

  it('leaves navigation, search and buttons off the printed page', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}/sop/pelayanan-konsultasi/`);
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', 'form[role=search]'])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
  });
});
