import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { buildFixture, NO_BROWSER } from '../support/site-build.ts';

/**
 * The as-printed fixture in Chromium: the hospital SP (nested lists, tariff table, hours, SMS), the
 * statistics office's SOP (kop, printed labels and text, boxes) and the unit pages of the hierarchy
 * pass axe in light and dark mode and fit a 360-px phone; the SMS link opens the phone's SMS app.
 */
const site = useBuiltSite(() => buildFixture('corpus-as-printed', NO_BROWSER));
const ROUTES = ['/standar-pelayanan/pelayanan-rawat-jalan/', '/sop/penyusunan-publikasi-daerah/', '/standar-pelayanan/rekomendasi-teknis-perumahan/', '/sop/rekomendasi-teknis-perumahan/', '/unit/bps-provinsi-contoh/', '/unit/rsud-sehat-sentosa/', '/'];

describe('the as-printed fixture in a browser', () => {
  it.each(ROUTES)('%s passes axe in light and dark mode and fits 360 px', async (route) => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(site.url + route);
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      failures.push(...(await axeViolations(page)).map((v) => `${colorScheme} ${v}`));
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await context.close();
    expect(failures).toEqual([]);
    expect(overflow).toBe(0);
  });

  it('offers the SMS channel as an sms: link and the tariff as a table a keyboard can scroll', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/standar-pelayanan/pelayanan-rawat-jalan/`);
    expect(await page.getAttribute('li[data-channel="sms"] a', 'href')).toBe('sms:+6281234567890');
    expect(await page.getAttribute('.tariff-scroll', 'tabindex')).toBe('0');
    expect(await page.locator('table.tariff tbody tr').count()).toBe(3);
    await page.close();
  });
});
