import { readdirSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { brokenWords } from '../support/words.ts';

/** Every SOP and the Standar Pelayanan printed to PDF by Chromium, read back page by page with pdf.js. */
const site = useBuiltSite();
const sopSlugs = readdirSync(path.join(inject('siteDir'), 'sop'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const routes = [...sopSlugs.map((s) => `/sop/${s}/`), '/standar-pelayanan/pelayanan-konsultasi/'];

interface PrintedPage {
  text: string;
  /** How far down the page the content reaches, 0–1 of the space between the margins. */
  fill: number;
  /** The lowest line of content (above the page number). */
  lastLine: string;
}

/** 12 mm margins in PDF points: the page head and foot (title, page number) live there. */
const MARGIN = (12 / 25.4) * 72;

async function printed(page: Page): Promise<PrintedPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ preferCSSPageSize: true })) }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const p = await pdf.getPage(n);
    const height = p.view[3]!;
    const items = (await p.getTextContent()).items.flatMap((i) => ('str' in i && i.str.trim() ? [{ text: i.str, y: i.transform[5] as number }] : []));
    const body = items.filter((i) => i.y > MARGIN && i.y < height - MARGIN);
    const lowest = Math.min(...body.map((i) => i.y));
    pages.push({
      // pdf.js splits a word at a ligature ("O", "ffl", "ine"): joined without spaces, compare without spaces.
      text: items.map((i) => i.text).join(' '),
      fill: (height - MARGIN - lowest) / (height - 2 * MARGIN),
      lastLine: body.filter((i) => Math.abs(i.y - lowest) < 2).map((i) => i.text).join(' ').trim(),
    });
  }
  return pages;
}

describe('print', () => {
  // One printing per document (printing is the costly part): every check of the printed pages in it.
  it('numbers every page and repeats the title, leaves no nearly blank page and no heading at a page foot', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    for (const route of routes) {
      await page.goto(site.url + route);
      await page.evaluate(() => document.fonts.ready);
      const title = (await page.locator('h1').textContent())!.trim();
      await page.emulateMedia({ media: 'print' });
      const headings = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((hs) => hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.textContent!.trim()));
      await page.emulateMedia({ media: null });
      const pages = await printed(page);
      pages.forEach((p, i) => {
        if (!p.text.includes(`Halaman ${i + 1} dari ${pages.length}`)) problems.push(`${route} p.${i + 1}: no page number`);
        if (!p.text.replace(/\s+/g, '').includes(title.replace(/\s+/g, ''))) problems.push(`${route} p.${i + 1}: no title`);
        if (i < pages.length - 1 && p.fill < 0.3) problems.push(`${route} p.${i + 1} is ${Math.round(p.fill * 100)}% full`);
        if (i < pages.length - 1 && headings.includes(p.lastLine)) problems.push(`${route} p.${i + 1} ends with the heading "${p.lastLine}"`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('cuts no word in the printed table (A4 landscape: 1032 px between the margins)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1032, height: 703 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const problems: string[] = [];
    for (const slug of sopSlugs) {
      await page.goto(`${site.url}/sop/${slug}/`);
      for (const word of await brokenWords(page)) problems.push(`${slug}: "${word}" cut`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('closes the official table with a line under its last row and under each page’s last row', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    const problems: string[] = [];
    for (const slug of sopSlugs) {
      await page.goto(`${site.url}/sop/${slug}/`);
      const open = await page.evaluate(() =>
        [...document.querySelectorAll('.fc-table tbody tr:last-child, .fc-table tbody tr.fc-break-after')].flatMap((tr) =>
          [...tr.children].filter((c) => parseFloat(getComputedStyle(c).borderBottomWidth) < 1).map(() => tr.id || tr.className),
        ),
      );
      if (open.length) problems.push(`${slug}: ${[...new Set(open)].join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});
