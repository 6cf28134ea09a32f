import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { brokenWords } from '../support/words.ts';

/**
 * What a member of the public reads on a document page, at the widths they read it: no reviewer
 * output, the official table whole on a desktop and scrolling in its box on a phone, no word cut.
 */
const site = useBuiltSite();
const sopSlugs = readdirSync(path.join(inject('siteDir'), 'sop'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('public pages show no reviewer output', () => {
  it('an SOP page has a plain note and a link to its section of the desk, no codes or paths', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/sop/pendaftaran-narasumber/`);
    const main = (await page.locator('main').textContent())!;
    expect(main).not.toMatch(/content\/sop\/|\.mdx:\d+|nomor-kosong|disahkan-kosong|pelaksana-ganda/);
    await expect(page.locator('.public-note').textContent()).resolves.toContain('Dokumen ini belum ditandatangani.');
    const link = page.locator('.public-note a');
    expect(await link.getAttribute('href')).toBe('/kepatuhan/unit/bidang-pemberdayaan-usaha-kecil/#dokumen-sop-pendaftaran-narasumber');
    await link.click();
    await page.waitForURL(/kepatuhan\/unit/);
    const section = page.locator('#dokumen-sop-pendaftaran-narasumber');
    await expect(section.locator('li[data-code="disahkan-kosong"]').count()).resolves.toBe(1);
    await expect(section.textContent()).resolves.toContain('content/sop/pendaftaran-narasumber.mdx:');
  });

  it('no document page shows a rule code or a source path', async () => {
    const page = await site.browser.newPage();
    const leaks: string[] = [];
    for (const route of [...sopSlugs.map((s) => `/sop/${s}/`), '/standar-pelayanan/pelayanan-konsultasi/']) {
      await page.goto(site.url + route);
      const text = (await page.locator('main').textContent())!;
      if (/content\/(sop|standar-pelayanan)\/|\.mdx:\d+/.test(text) || (await page.locator('main [data-code]').count()) > 0) leaks.push(route);
    }
    expect(leaks).toEqual([]);
  });
});

describe('the official table', () => {
  it.each([1366, 1920])('fits its box at %i px on every SOP, no word cut', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const slug of sopSlugs) {
      await page.goto(`${site.url}/sop/${slug}/`);
      const fit = await page.evaluate(() => {
        const box = document.querySelector('.fc-scroll')!;
        const notes = document.querySelector('.fc-table thead .fc-notes')!.getBoundingClientRect();
        return { scroll: box.scrollWidth - box.clientWidth, clipped: notes.right - box.getBoundingClientRect().right };
      });
      if (fit.scroll > 0) problems.push(`${slug}: scrolls by ${fit.scroll}px`);
      if (fit.clipped > 0) problems.push(`${slug}: Ket. clipped by ${fit.clipped}px`);
      for (const word of await brokenWords(page)) problems.push(`${slug}: "${word}" cut`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('on a 360-px phone scrolls inside its box with No. and Kegiatan kept in view, no word cut', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const slug of sopSlugs) {
      await page.goto(`${site.url}/sop/${slug}/`);
      await page.getByRole('tab', { name: 'Tabel resmi' }).click();
      const box = page.locator('.fc-scroll');
      const widths = await box.evaluate((b) => ({ scroll: b.scrollWidth, client: b.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth }));
      if (widths.scroll <= widths.client) problems.push(`${slug}: does not scroll in its box`);
      if (widths.page > 0) problems.push(`${slug}: the page overflows by ${widths.page}px`);
      await box.evaluate((b) => b.scrollTo({ left: b.scrollWidth }));
      const kept = await page.evaluate(() => {
        const box = document.querySelector('.fc-scroll')!.getBoundingClientRect();
        const no = document.querySelector('#langkah-1 .fc-no')!.getBoundingClientRect();
        const activity = document.querySelector('#langkah-1 .fc-activity')!.getBoundingClientRect();
        return no.left >= box.left - 1 && activity.left >= no.right - 2 && activity.right <= box.right;
      });
      if (!kept) problems.push(`${slug}: No./Kegiatan scrolled away`);
      for (const word of await brokenWords(page)) problems.push(`${slug}: "${word}" cut`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('/kepatuhan/', () => {
  it('on a phone shows every rule with its explanation in view', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/kepatuhan/`);
    // The rules that found nothing are folded; opened, they read as the others.
    await page.evaluate(() => document.querySelectorAll('details.rules-quiet').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('.rules-table tbody tr')]
        .filter((tr) => {
          const r = tr.querySelector('.rule-description')!.getBoundingClientRect();
          return r.width < 150 || r.right > document.documentElement.clientWidth;
        })
        .map((tr) => tr.getAttribute('data-code')),
    );
    expect(hidden).toEqual([]);
    await context.close();
  });

  it('lists the findings of a document by line on every unit\'s page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/kepatuhan/`);
    const units = await page.locator('.unit-table th[scope="row"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(units.length).toBeGreaterThan(1);
    const unsorted: string[] = [];
    for (const unit of units) {
      await page.goto(site.url + unit);
      unsorted.push(...await page.evaluate(() =>
        [...document.querySelectorAll('.report-doc .findings-list')].flatMap((list) => {
          const lines = [...list.querySelectorAll(':scope > li')].map((li) => Number(/\.mdx:(\d+):/.exec(li.textContent!)?.[1]));
          return lines.some((n, i) => i > 0 && n < lines[i - 1]!) ? [`${location.pathname} ${list.closest('.report-doc')!.id}: ${lines.join(',')}`] : [];
        }),
      ));
    }
    expect(unsorted).toEqual([]);
  });
});

describe('one role identity', () => {
  it('lists an SOP once on a role page, even with two same-named columns', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/pelaksana/`);
    const roleLinks = await page.locator('main .doc-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const twice: string[] = [];
    for (const href of roleLinks) {
      await page.goto(site.url + href);
      const sops = await page.locator('.role-sop h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      if (new Set(sops).size !== sops.length) twice.push(href);
      const summary = (await page.locator('main > p').filter({ hasText: /\d+ SOP/ }).first().textContent())!;
      expect(summary, href).toContain(`${sops.length} SOP`);
    }
    expect(twice).toEqual([]);
  });

  it('gives the search filter the same role names as the per-pelaksana pages', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/pelaksana/`);
    const roles = (await page.locator('main .doc-list a').allTextContents()).map((t) => t.trim()).sort();
    await page.goto(`${site.url}/cari/`);
    await page.locator('summary', { hasText: 'Pelaksana' }).click();
    const filter = (await page.locator('input[name="pelaksana"]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).sort();
    expect(filter).toEqual(roles);
  });
});

describe('names and the home page', () => {
  it('shows role names in consistent capitals, acronyms kept', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/sop/permintaan-narasumber/`);
    expect(await page.locator('.fc-actor-head').allTextContents()).toEqual(['Pemohon', 'Pejabat Level 1', 'Eselon/Fungsional Khusus', 'Petugas Teknis']);
    await page.goto(`${site.url}/pelaksana/`);
    const names = await page.locator('main .doc-list a').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Pemohon', 'TU', 'PPID Pembantu']));
    expect(names.filter((n) => /\p{Lu}{5,}/u.test(n))).toEqual([]);
  });

  it('never doubles the kind in a document title', async () => {
    const page = await site.browser.newPage();
    const doubled: string[] = [];
    for (const route of [...sopSlugs.map((s) => `/sop/${s}/`), '/standar-pelayanan/pelayanan-konsultasi/']) {
      await page.goto(site.url + route);
      for (const text of [await page.title(), (await page.locator('h1').textContent())!])
        if (/\b(\p{L}+) \1\b/iu.test(text) || /\bSOP Standar Operasional/i.test(text)) doubled.push(`${route}: ${text}`);
    }
    expect(doubled).toEqual([]);
    await page.goto(`${site.url}/standar-pelayanan/pelayanan-konsultasi/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Standar Pelayanan Konsultasi');
  });

  it('has a favicon: no request of a first visit fails', async () => {
    const page = await site.browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    await page.goto(`${site.url}/sop/pendaftaran-narasumber/`, { waitUntil: 'networkidle' });
    expect(await page.locator('link[rel="icon"]').count()).toBe(1);
    expect(failed).toEqual([]);
    expect(site.requests).toContain('/favicon.svg');
  });

  it.each([360, 1366])('home at %i px: one search box, its placeholder whole, Standar Pelayanan first', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const route of ['/', '/cari/', '/sop/pendaftaran-narasumber/']) {
      await page.goto(site.url + route);
      expect(await page.locator('form[role="search"]').count(), route).toBe(1);
      const fits = await page.locator('form[role="search"] input[type="search"]').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return context.measureText(input.placeholder).width <= room;
      });
      expect(fits, route).toBe(true);
    }
    await page.goto(`${site.url}/`);
    const firstDocument = page.locator('main .doc-list li').first();
    await expect(firstDocument.locator('.kind').textContent()).resolves.toBe('Standar Pelayanan');
    await context.close();
  });
});
