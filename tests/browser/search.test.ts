import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();


/** Opens the search page and types like a reader; returns the result titles in order. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.url}/cari/`);
  await page.locator('#search-status').filter({ hasText: 'Ketik kata kunci' }).waitFor();
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.waitForFunction(() => /ditemukan|Tidak ada/.test(document.getElementById('search-status')!.textContent!));
  // The first results show at once and the rest follow: wait until every result (at most 30) is listed.
  await page.waitForFunction(() => {
    const found = Number(/^(\d+) dokumen/.exec(document.getElementById('search-status')!.textContent!)?.[1] ?? 0);
    return document.querySelectorAll('#search-results li').length === Math.min(found, 30);
  });
  return page.locator('#search-results li > a').allTextContents();
}

describe('search through the real UI', () => {
  it('ranks both narasumber SOPs first for "narasumber"', async () => {
    const page = await site.browser.newPage();
    const titles = await search(page, 'narasumber');
    expect(titles.slice(0, 2).sort()).toEqual(['SOP Pendaftaran Narasumber (Narsum)', 'SOP Permintaan Narasumber']);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^\d+ dokumen ditemukan$/);
    await expect(page.locator('#search-results mark').first().textContent()).resolves.toMatch(/narasumber/i);
  });

  it('finds Penyiapan Bahan/Materi Diklat first by its number, typed short or whole', async () => {
    const page = await site.browser.newPage();
    expect((await search(page, '1625.1'))[0]).toBe('SOP Penyiapan Bahan/Materi Diklat');
    expect((await search(page, '061/1625.1/DISKOPUKM'))[0]).toBe('SOP Penyiapan Bahan/Materi Diklat');
  });

  // Pairs that Pagefind's Indonesian stemmer really joins: the inflected form finds what the root finds.
  it.each([
    ['pelatihan', 'latih'],
    ['konsultasikan', 'konsultasi'],
    ['dikoordinasikan', 'koordinasi'],
    ['penyiapan', 'siapkan'],
  ])('"%s" finds the same documents as "%s"', async (inflected, root) => {
    const page = await site.browser.newPage();
    const a = await search(page, inflected);
    const b = await search(page, root);
    expect(a.length).toBeGreaterThan(0);
    expect(a.sort()).toEqual(b.sort());
  });

  it('narrows the results with a unit filter, and keeps it in a shareable URL', async () => {
    const page = await site.browser.newPage();
    const all = await search(page, 'konsultasi');
    await page.locator('summary', { hasText: 'Unit' }).click();
    await page.getByRole('checkbox', { name: /^\s*Bidang Perijinan dan Kelembagaan \(\d+\)$/ }).check();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length < n, all.length);
    const narrowed = await page.locator('#search-results li > a').allTextContents();
    expect(narrowed).toEqual(['SOP Konsultasi Perijinan dan Kelembagaan Koperasi']);
    expect(new URL(page.url()).searchParams.getAll('unit')).toEqual(['Bidang Perijinan dan Kelembagaan']);
    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length === n, all.length);
  });

  it('reads ?q= from a shared link', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/cari/?q=narasumber`);
    await page.locator('#search-status').filter({ hasText: 'ditemukan' }).waitFor();
    await expect(page.locator('#q').inputValue()).resolves.toBe('narasumber');
  });

  it('does not index the footer: a word only the footer has finds nothing', async () => {
    const page = await site.browser.newPage();
    expect(await page.goto(`${site.url}/`).then(() => page.locator('footer').textContent())).toContain('aslinya');
    expect(await search(page, 'aslinya')).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    const page = await site.browser.newPage();
    expect(await search(page, 'xyzzyqw')).toEqual([]);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('Tidak ada dokumen yang cocok.');
  });

  it('without JavaScript shows the catalogue instead of nothing', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/cari/?q=narasumber`);
    await expect(page.locator('#search-fallback').isVisible()).resolves.toBe(true);
    expect(await page.locator('#search-fallback .doc-list li').count()).toBe(11);
    await context.close();
  });
});
