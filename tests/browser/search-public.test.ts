import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

/** Search as the public types: other spellings, abbreviations, questions, typing errors. */
const site = useBuiltSite();

async function search(page: Page, query: string): Promise<{ titles: string[]; status: string; excerpts: string[] }> {
  await page.goto(`${site.url}/cari/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /dokumen|Tidak ada|Ketik/.test(document.getElementById('search-status')!.textContent!));
  await page.waitForFunction(() => {
    const found = Number(/^(\d+) dokumen/.exec(document.getElementById('search-status')!.textContent!)?.[1] ?? 0);
    return document.querySelectorAll('#search-results li').length === Math.min(found, 30);
  });
  return {
    titles: await page.locator('#search-results li > a').allTextContents(),
    status: (await page.locator('#search-status').textContent())!,
    excerpts: await page.locator('#search-results .excerpt').allTextContents(),
  };
}

describe('spelling variants and abbreviations', () => {
  it.each([
    ['perizinan', 'SOP Konsultasi Perijinan dan Kelembagaan Koperasi'],
    ['perijinan', 'SOP Konsultasi Perijinan dan Kelembagaan Koperasi'],
    ['izin', 'SOP Konsultasi Perijinan dan Kelembagaan Koperasi'],
    ['whatsapp', 'Standar Pelayanan Konsultasi'],
    ['propinsi', 'SOP Pelayanan Konsultasi'],
    ['narsum', 'SOP Permintaan Narasumber'],
    ['kepala dinas', 'SOP Permintaan Narasumber'],
  ])('"%s" finds %s', async (query, title) => {
    const page = await site.browser.newPage();
    expect((await search(page, query)).titles).toContain(title);
    await page.close();
  });
});

describe('both spellings find the same documents', () => {
  it.each([['propinsi', 'provinsi'], ['perizinan', 'perijinan']])('"%s" and "%s"', async (one, other) => {
    const page = await site.browser.newPage();
    const a = (await search(page, one)).titles.sort();
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual((await search(page, other)).titles.sort());
    await page.close();
  });
});

describe('questions and several words', () => {
  it('"mengajukan permohonan data" finds Permintaan Data dan Informasi Offline first, though no page has all three words', async () => {
    const page = await site.browser.newPage();
    const { titles, status } = await search(page, 'mengajukan permohonan data');
    expect(titles[0]).toBe('SOP Permintaan Data dan Informasi Offline');
    expect(status).toMatch(/^\d+ dokumen memuat sebagian kata/);
  });

  it.each(['bagaimana cara konsultasi', 'berapa lama konsultasi', 'apa itu konsultasi', 'di mana konsultasi'])('question words never block a result: "%s"', async (query) => {
    const page = await site.browser.newPage();
    const withQuestion = await search(page, query);
    const plain = await search(page, 'konsultasi');
    expect(withQuestion.titles.length).toBeGreaterThan(0);
    expect(withQuestion.titles.sort()).toEqual(plain.titles.sort());
    await page.close();
  });

  it('suggests near spellings and links the catalogue when nothing matches', async () => {
    const page = await site.browser.newPage();
    const { titles, status } = await search(page, 'konsutlasi');
    expect(titles).toEqual([]);
    expect(status).toBe('Tidak ada dokumen yang cocok.');
    const suggestion = page.locator('#search-suggest a', { hasText: 'konsultasi' });
    await expect(suggestion.count()).resolves.toBe(1);
    await expect(page.locator('#search-suggest a[href="#fallback-title"]').count()).resolves.toBe(1);
    await expect(page.locator('#search-fallback').isVisible()).resolves.toBe(true);
    await suggestion.click();
    await page.waitForFunction(() => /ditemukan/.test(document.getElementById('search-status')!.textContent!));
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
  });
});

describe('excerpts', () => {
  it('read as the document: no glued label and value, no summary box', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    for (const query of ['narasumber', 'konsultasi', 'diklat', 'agustus', 'pemohon', 'data', 'instansi', 'pembuatan', 'waktu']) {
      for (const excerpt of (await search(page, query)).excerpts) {
        // A lower-case letter or a digit run straight into a capital or a digit of the next field.
        if (/\p{Ll}\p{Lu}\p{Ll}|\p{L}\d{1,2} \p{Lu}\p{Ll}+ \d{4}|[a-z]\d/u.test(excerpt.replace(/\b\d+\.\d+\b/g, ''))) problems.push(`${query}: ${excerpt}`);
        if (/Perkiraan waktu total|langkah dalam bahasa sederhana|Tanggal Pembuatan|Perangkat Daerah/.test(excerpt)) problems.push(`${query}: ${excerpt}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('come from the document’s own text when only another spelling matched, that spelling marked', async () => {
    const page = await site.browser.newPage();
    for (const [query, marked] of [['perizinan', 'Perijinan'], ['propinsi', 'Provinsi'], ['narsum', 'Narasumber'], ['whatsapp', 'WA']] as const) {
      const { excerpts } = await search(page, query);
      expect(excerpts.length, query).toBeGreaterThan(0);
      expect(excerpts.filter((e) => e.includes('Ejaan lain')), query).toEqual([]);
      const marks = await page.locator('#search-results .excerpt mark').allTextContents();
      expect(marks.map((m) => m.toLowerCase()), query).toContain(marked.toLowerCase());
    }
    await page.close();
  });
});
