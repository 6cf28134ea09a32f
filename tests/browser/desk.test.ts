import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureWithHistory } from '../../tools/git-fixture.ts';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { buildFixture, FIXTURES, NO_BROWSER } from '../support/site-build.ts';

/**
 * The reviewer's desk in Chromium, on the desk's fixture (two perangkat daerah, four units): the
 * overview's filters by unit, rule and severity, the same page without JavaScript, and every page
 * of the desk on a 360-px phone with axe.
 */
const site = useBuiltSite(() => buildFixture(fixtureWithHistory(path.join(FIXTURES, 'corpus-monev')), NO_BROWSER));

const visibleUnits = (page: Page) => page.locator('.unit-table tr[data-unit]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')));
const ruleCount = (page: Page, code: string) => page.locator(`.rules-table tr[data-code="${code}"] td.num`).first().textContent();

describe("the overview's filters", () => {
  it('keep a unit, or a whole perangkat daerah, and show its numbers in the rule table and the counts', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/kepatuhan/`);
    await expect(page.locator('#desk-filter').isVisible()).resolves.toBe(true);
    expect(await visibleUnits(page)).toEqual(['bidang-pelayanan-perizinan', 'subbag-umum-dpmptsp', 'bidang-statistik', 'bidang-informasi-publik']);
    expect(await ruleCount(page, 'rujukan-belum-tersedia')).toBe('3');

    await page.selectOption('select[name="unit"]', 'unit:bidang-statistik');
    expect(await visibleUnits(page)).toEqual(['bidang-statistik']);
    await expect(page.locator('#desk-filter-status').textContent()).resolves.toBe('Menampilkan 1 dari 4 unit.');
    // Its findings: two titles not published cited, one withdrawn SOP cited, the promise kept.
    expect(await ruleCount(page, 'rujukan-belum-tersedia')).toBe('2');
    expect(await ruleCount(page, 'waktu-melebihi-sp')).toBe('0');
    expect(await page.locator('[data-count="warning"]').textContent()).toBe('4');
    // The gap list keeps the titles its documents cite; the other perangkat daerah's heading goes.
    expect(await page.locator('.gap-list > li:visible strong').allTextContents()).toEqual(['SOP Pengelolaan Pengaduan Masyarakat', 'SOP Penyimpanan Arsip']);
    expect(await page.locator('.unit-table tbody[data-agency="dpmptsp"]').isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('unit')).toBe('unit:bidang-statistik');

    await page.selectOption('select[name="unit"]', 'pd:dpmptsp');
    expect(await visibleUnits(page)).toEqual(['bidang-pelayanan-perizinan', 'subbag-umum-dpmptsp']);
    // A title cited in both of its units counts once for the perangkat daerah.
    expect(await ruleCount(page, 'rujukan-belum-tersedia')).toBe('2');
    await page.close();
  });

  it('by rule or severity keep the units with such findings, their number in a column of its own', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/kepatuhan/`);
    await expect(page.locator('th.desk-selected').isVisible()).resolves.toBe(false);
    await page.selectOption('select[name="aturan"]', 'rujukan-tidak-berlaku');
    expect(await visibleUnits(page)).toEqual(['bidang-statistik']);
    await expect(page.locator('th.desk-selected').isVisible()).resolves.toBe(true);
    expect(await page.locator('tr[data-unit="bidang-statistik"] td.desk-selected').textContent()).toBe('1');
    expect(await page.locator('.rules-table tr[data-code]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))).toEqual([
      'rujukan-tidak-berlaku',
    ]);

    await page.selectOption('select[name="aturan"]', '');
    await page.selectOption('select[name="tingkat"]', 'info');
    // Every unit with an SOP has its time total (info); the Standar Pelayanan's unit too.
    expect((await visibleUnits(page)).length).toBe(4);
    const codes = await page.locator('.rules-table tr[data-code]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-severity')));
    expect(new Set(codes)).toEqual(new Set(['info']));

    // A shared address opens with the same view; the reset button shows everything again.
    await page.goto(`${site.url}/kepatuhan/?aturan=waktu-melebihi-sp`);
    expect(await visibleUnits(page)).toEqual(['bidang-pelayanan-perizinan']);
    expect(await page.locator('select[name="aturan"]').inputValue()).toBe('waktu-melebihi-sp');
    await page.click('#desk-filter button[type="reset"]');
    await expect.poll(() => visibleUnits(page)).toHaveLength(4);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it("without JavaScript: no filter form, every unit, rule and list shown, each unit's page a link away", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/kepatuhan/?unit=unit:bidang-statistik`);
    await expect(page.locator('#desk-filter').isVisible()).resolves.toBe(false);
    expect(await visibleUnits(page)).toHaveLength(4);
    expect(await page.locator('.gap-list > li:visible').count()).toBe(3);
    await page.click('.unit-table tr[data-unit="bidang-statistik"] th a');
    await expect(page.locator('h1').textContent()).resolves.toBe('Kepatuhan Bidang Persandian dan Statistik Sektoral');
    expect(await page.locator('.report-doc:visible').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the desk on a 360-px phone', () => {
  it("every page of it, and an SOP's page with its monitoring, fits the width, reads its numbers with their labels, and passes axe in light and dark mode", async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/kepatuhan/`);
    const links = await page.locator('main a[href^="/kepatuhan"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[0]!));
    const routes = [...new Set(['/kepatuhan/', ...links.filter((l) => l.endsWith('/')), '/sop/pelayanan-izin-usaha/'])];
    expect(routes).toEqual(
      expect.arrayContaining([
        '/kepatuhan/unit/bidang-statistik/',
        '/kepatuhan/pemantauan/',
        '/kepatuhan/janji-waktu/',
        '/kepatuhan/rujukan/',
        '/kepatuhan/keterkaitan/',
      ]),
    );
    const problems: string[] = [];
    // This fixture's graph is drawn by mermaid in the browser, when the page is idle, in the theme of
    // that moment: each scheme is checked once its drawing is there (the dark one drawn in the dark).
    const drawn = () => page.waitForFunction(() => !document.querySelector('pre.mermaid:not([data-processed])'), undefined, { timeout: 20_000 });
    for (const route of routes) {
      await page.goto(site.url + route);
      await drawn();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${route} overflows by ${overflow}px`);
      problems.push(...(await axeViolations(page)).map((v) => `${route} ${v}`));
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload();
      await drawn();
      problems.push(...(await axeViolations(page, { colourOnly: true })).map((v) => `${route} dark ${v}`));
      await page.emulateMedia({ colorScheme: 'light' });
    }
    expect(problems).toEqual([]);
    // A unit is a card: its numbers carry their labels, zeros left out.
    await page.goto(`${site.url}/kepatuhan/`);
    const card = page.locator('tr[data-unit="bidang-pelayanan-perizinan"]');
    const labels = await card.locator('td:visible').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(expect.arrayContaining(['"Berlaku: "', '"Terlambat dipantau: "']));
    expect(labels).not.toContain('"Draf: "');
    const box = await card.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    await context.close();
  });
});
