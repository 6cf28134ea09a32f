/**
 * The viewer on the flow fixtures (tests/fixtures/corpus-flow): the walk-through through a three-way
 * labelled decision and a loop drawn without a diamond, by keyboard; the branch buttons in view on a
 * phone; the details panel leaving the row's Waktu, Output and Ket. in view, with unambiguous wording.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { buildFixture, NO_BROWSER } from '../support/site-build.ts';

const site = useBuiltSite(() => buildFixture('corpus-flow', NO_BROWSER));
const ROUTE = '/sop/tindak-lanjut-hasil-audit/';

async function open(viewport = { width: 1366, height: 768 }) {
  const context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(site.url + ROUTE);
  return { context, page, errors };
}

const heading = (page: Page) => page.textContent('[data-vw-walk-heading]');
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
const answers = (page: Page) => page.$$eval('[data-vw-walk-answers] button', (bs) => bs.map((b) => b.textContent!.replace(/\s+/g, ' ').trim()));

describe('the walk-through with a three-way decision', () => {
  it('offers one button per branch, labelled as printed; follows the loop drawn without a diamond; keyboard only', async () => {
    const { context, page, errors } = await open();
    await page.getByRole('button', { name: 'Mulai' }).focus();
    await page.keyboard.press('Enter');
    expect(await heading(page)).toBe('Langkah 1 dari 5');
    await page.keyboard.press('ArrowRight');
    expect(await heading(page)).toBe('Langkah 2 dari 5');
    expect(await answers(page)).toEqual([
      'Lengkap → lanjut ke langkah 5',
      'Ada aksi koreksi → lanjut ke langkah 3',
      'Tak ada aksi koreksi → lanjut ke langkah 4',
    ]);
    // At the decision "Berikutnya" is off; the arrow key asks for an answer and goes to the first button.
    expect(await page.isDisabled('[data-vw-next]')).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await heading(page)).toBe('Langkah 2 dari 5');
    await expect.poll(() => page.textContent('[data-vw-announce]')).toBe('Jawab pertanyaan ini untuk melanjutkan: Lengkap, Ada aksi koreksi atau Tak ada aksi koreksi.');
    expect(await focused(page)).toBe('Lengkap → lanjut ke langkah 5');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Ada aksi koreksi → lanjut ke langkah 3');
    await page.keyboard.press('Enter');
    expect(await heading(page)).toBe('Langkah 3 dari 5');
    expect(await page.innerHTML('[data-vw-walk-body] .vw-activity')).toMatch(/belum selesai\.<br><br>Rencana memuat/);
    await page.keyboard.press('ArrowRight'); // the back-arrow from the process box
    expect(await heading(page)).toBe('Langkah 2 dari 5');
    expect(await page.textContent('[data-vw-walk-note]')).toBe('Kembali ke langkah ini dari langkah 3.');
    expect(await page.$$eval('[data-vw-trail] li', (lis) => lis.map((li) => li.textContent).join(' '))).toBe('1 2 3 2');

    await page.locator('[data-vw-walk-answers] button', { hasText: 'Tak ada aksi koreksi' }).focus();
    await page.keyboard.press('Enter');
    expect(await heading(page)).toBe('Langkah 4 dari 5');
    expect(await page.textContent('[data-vw-walk-facts]')).toContain('Auditor dugaan');
    await page.keyboard.press('ArrowRight');
    expect(await heading(page)).toBe('Langkah 5 dari 5');
    expect(await page.isVisible('[data-vw-walk-done]')).toBe(true);
    expect(await page.isDisabled('[data-vw-next]')).toBe(true);
    expect(await page.$$eval('tr.fc-row.vw-current', (rows) => rows.map((r) => r.getAttribute('data-step')))).toEqual(['5']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a 360-px phone the branch buttons are in view when the decision comes up', async () => {
    const { context, page } = await open({ width: 360, height: 740 });
    await page.getByRole('button', { name: 'Mulai' }).click();
    await page.click('[data-vw-next]');
    for (const box of await page.$$eval('[data-vw-walk-answers] button', (bs) => bs.map((b) => b.getBoundingClientRect().toJSON())))
      expect(box.top >= 0 && box.bottom <= 740, JSON.stringify(box)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await context.close();
  });
});

describe('the official table (issue 14.6)', () => {
  it('writes branch labels at 11 px or more, and leaves the gutter without a header or row lines', async () => {
    const { context, page } = await open();
    await page.getByRole('tab', { name: 'Tabel resmi' }).click();
    const sizes = await page.$$eval('text.fc-label', (ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    expect(sizes.length).toBe(3);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11);
    const lines = await page.$$eval('tbody td.fc-gutter', (tds) =>
      tds.map((td) => getComputedStyle(td)).map((c) => c.borderBottomWidth !== '0px' && c.borderBottomColor !== 'rgba(0, 0, 0, 0)'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter(Boolean)).toEqual([]);
    expect(await page.textContent('thead td.fc-gutter')).toBe('');
    await context.close();
  });
});

describe('the details panel', () => {
  it('leaves the row’s Waktu, Output and Ket. in view and says where each branch goes', async () => {
    const { context, page } = await open();
    await page.getByRole('tab', { name: 'Tabel resmi' }).click();
    await page.click('tr#langkah-4 td.fc-no button');
    const panel = (await page.locator('[data-vw-details]').boundingBox())!;
    for (const cls of ['fc-time', 'fc-text', 'fc-notes']) {
      const cell = (await page.locator(`tr#langkah-4 td.${cls}`).last().boundingBox())!;
      expect(cell.y + cell.height <= panel.y + 1, `${cls} ends above the panel: ${JSON.stringify({ cell, panel })}`).toBe(true);
    }
    const text = (await page.textContent('[data-vw-details]'))!.replace(/\s+/g, ' ');
    expect(text).toContain('Datang dari: langkah 2, bila jawabannya Tak ada aksi koreksi');
    expect(text).toContain('Selanjutnya: lanjut ke langkah 5');
    await page.click('tr#langkah-2 td.fc-no button');
    const two = (await page.textContent('[data-vw-details]'))!.replace(/\s+/g, ' ');
    expect(two).toContain('Datang dari: langkah 1; langkah 3 (putaran kembali)');
    expect(two).toContain('Selanjutnya: Jika Lengkap: lanjut ke langkah 5; Jika Ada aksi koreksi: lanjut ke langkah 3; Jika Tak ada aksi koreksi: lanjut ke langkah 4');
    await context.close();
  });
});

describe('a printed number the transcriber guessed', () => {
  it('keeps its "dugaan" mark when the viewer turns the table’s No. into a button, and says so in its name', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/sop/verifikasi-berkas-izin/`);
    const button = page.locator('tr#langkah-8 td.fc-no button.vw-stepbtn');
    await button.waitFor();
    expect(await button.locator('.dugaan').textContent()).toBe('dugaan');
    expect(await button.getAttribute('aria-label')).toBe('Rincian langkah 8, tercetak nomor 7, dugaan');
    // The mark fits the No. column: not cut at its right edge.
    const [mark, cell] = await Promise.all([button.locator('.dugaan').boundingBox(), page.locator('tr#langkah-8 td.fc-no').boundingBox()]);
    expect(mark!.x + mark!.width).toBeLessThanOrEqual(cell!.x + cell!.width);
    await context.close();
  });
});

describe('the walk-through of a flowchart as drawn (issue 24)', () => {
  it('offers unlabelled alternatives by where they go, asks no question none printed, and names a dashed line in the details', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/sop/penerbitan-persetujuan-bangunan-gedung/`);
    await page.getByRole('button', { name: 'Mulai' }).click();
    await page.click('[data-vw-next]');
    expect(await heading(page)).toBe('Langkah 2 dari 30');
    // A box whose exits are alternatives: one unlabelled, one labelled "Berkas belum lengkap/valid".
    expect(await answers(page)).toEqual(['lanjut ke langkah 3', 'Berkas belum lengkap/valid → kembali ke langkah 1']);
    expect((await page.textContent('[data-vw-walk-question]'))!.trim()).toBe('Pilih salah satu jalan untuk melanjutkan: lanjut ke langkah 3 atau Berkas belum lengkap/valid.');
    await page.locator('[data-vw-walk-answers] button').first().click();
    expect(await heading(page)).toBe('Langkah 3 dari 30');
    // The row of several symbols is one step, with the arrows inside it among its facts.
    await page.click('tr#langkah-6 td.fc-no button');
    const details = (await page.textContent('[data-vw-details]'))!.replace(/\s+/g, ' ');
    expect(details).toContain('Di dalam baris ini');
    expect(details).toContain('Verifikator Berkas Administrasi → Kepala Bidang Perizinan Bangunan (Tidak perlu peninjauan)');
    expect(details).toContain('Jika Belum memenuhi syarat: kembali ke langkah 5 (garis putus-putus)');
    expect(details).not.toContain('Keputusan');
    expect(errors).toEqual([]);
    await context.close();
  });
});
