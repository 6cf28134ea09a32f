import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { deskSectionOf } from '../support/desk.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/chromium.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { NO_BROWSER, PROJECT, runBuild, type BuildResult } from './run-build.ts';

/**
 * Status lifecycle on seed documents: a copy of some seeds in which Penyiapan Bahan/Materi Diklat
 * is superseded by a 2024 revision, Penyiapan Sarana dan Prasarana Diklat is revoked, a draft
 * exists, and Pelaksanaan Kegiatan Diklat (in force) still cites the two withdrawn SOPs.
 */
const SEEDS = ['pelaksanaan-kegiatan-diklat', 'penyiapan-bahan-materi-diklat', 'penyiapan-sarana-prasarana-diklat', 'pelayanan-konsultasi'];
let build: BuildResult;
let root: string;

/** Inserts lifecycle keys after the `unit:` line (a new top-level key, as an author would). */
const withKeys = (text: string, keys: string) => text.replace(/^unit: .*$/m, (line) => `${line}\n${keys}`);

beforeAll(async () => {
  await mkdir(path.join(PROJECT, '.cache'), { recursive: true });
  root = await mkdtemp(path.join(PROJECT, '.cache/lifecycle-'));
  await mkdir(path.join(root, 'content/sop'), { recursive: true });
  await mkdir(path.join(root, 'content/standar-pelayanan'), { recursive: true });
  await copyFile(path.join(PROJECT, 'content/organisasi.yaml'), path.join(root, 'content/organisasi.yaml'));
  const seed = (slug: string) => readFile(path.join(PROJECT, 'content/sop', `${slug}.mdx`), 'utf8');
  const write = (rel: string, text: string) => writeFile(path.join(root, 'content', rel), text);
  for (const slug of SEEDS) await write(`sop/${slug}.mdx`, await seed(slug));
  await write('sop/penyiapan-bahan-materi-diklat.mdx',
    withKeys(await seed('penyiapan-bahan-materi-diklat'), 'status: digantikan\ndigantikan_oleh: penyiapan-bahan-materi-diklat-2024\ntanggal_dicabut: 2024-01-05'));
  await write('sop/penyiapan-bahan-materi-diklat-2024.mdx',
    (await seed('penyiapan-bahan-materi-diklat')).replace('061/ 1625.1 /DISKOPUKM', '061/ 1625.9 /DISKOPUKM').replace('nama: "Penyiapan Bahan/Materi Diklat"', 'nama: "Penyiapan Bahan/Materi Diklat Revisi 2024"'));
  await write('sop/penyiapan-sarana-prasarana-diklat.mdx', withKeys(await seed('penyiapan-sarana-prasarana-diklat'), 'status: dicabut\ntanggal_dicabut: 2024-02-01'));
  await write('sop/rancangan-layanan.mdx',
    withKeys((await seed('pelayanan-konsultasi')).replace('000.8/1619.8/DISKOPUKM.A', '000.8/1619.99/DISKOPUKM.A').replace('nama: Pelayanan Konsultasi', 'nama: Rancangan Layanan Baru'), 'status: draf'));
  const sp = await readFile(path.join(PROJECT, 'content/standar-pelayanan/pelayanan-konsultasi.mdx'), 'utf8');
  await write('standar-pelayanan/pelayanan-konsultasi.mdx', sp.replace(/^sop: \[\]$/m, 'sop: [penyiapan-sarana-prasarana-diklat]'));
  build = await runBuild(root, NO_BROWSER); // no diagram or PDF rendering: not what this tests
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('a superseded, a revoked and a draft SOP', () => {
  it('builds, and reports citations of withdrawn SOPs at the citing documents', () => {
    expect(build.code, build.output).toBe(0);
    const lines = build.output.split('\n').filter((l) => l.includes('rujukan-tidak-berlaku'));
    expect(lines.filter((l) => l.includes('content/sop/pelaksanaan-kegiatan-diklat.mdx:'))).toHaveLength(2);
    expect(lines.join('\n')).toContain('yang sudah digantikan oleh SOP Penyiapan Bahan/Materi Diklat Revisi 2024 sejak 2024-01-05');
    expect(lines.join('\n')).toContain('yang sudah dicabut sejak 2024-02-01');
    expect(lines.some((l) => l.includes('content/standar-pelayanan/pelayanan-konsultasi.mdx:'))).toBe(true);
    expect(build.output).toContain('1 draf (tidak diterbitkan)');
  });

  it('shows a banner naming and linking the successor, and never calls the page in force', async () => {
    const page = await build.page('sop/penyiapan-bahan-materi-diklat');
    const banner = page.querySelector('.status-banner[data-status="digantikan"]')!;
    expect(banner.text).toContain('Tidak berlaku lagi');
    expect(banner.text).toContain('sejak 5 Januari 2024');
    expect(banner.querySelector('a[data-successor]')?.getAttribute('href')).toBe('/sop/penyiapan-bahan-materi-diklat-2024/');
    expect(page.querySelector('title')?.text).toMatch(/^SOP Penyiapan Bahan\/Materi Diklat \(digantikan\)/);
    const successor = await build.page('sop/penyiapan-bahan-materi-diklat-2024');
    expect(successor.querySelector('.status-banner')).toBeNull();
    expect(successor.querySelector('.status-replaces a')?.getAttribute('href')).toBe('/sop/penyiapan-bahan-materi-diklat/');
  });

  it('marks links to withdrawn SOPs with their status', async () => {
    const citing = await build.page('sop/pelaksanaan-kegiatan-diklat');
    const refs = citing.querySelectorAll('[data-box="keterkaitan"] li[data-ref="terbit"]');
    const badges = Object.fromEntries(refs.map((li) => [li.querySelector('a')!.getAttribute('href'), li.querySelector('.status-badge')?.text ?? null]));
    expect(badges).toMatchObject({ '/sop/penyiapan-bahan-materi-diklat/': 'Digantikan', '/sop/penyiapan-sarana-prasarana-diklat/': 'Dicabut' });
    const sp = await build.page('standar-pelayanan/pelayanan-konsultasi');
    expect(sp.querySelector('a[href="/sop/penyiapan-sarana-prasarana-diklat/"] + .status-badge')?.text).toBe('Dicabut');
  });

  it('shows a revoked SOP with the date it was revoked', async () => {
    const page = await build.page('sop/penyiapan-sarana-prasarana-diklat');
    expect(page.querySelector('.status-banner[data-status="dicabut"]')?.text).toContain('SOP ini dicabut sejak 1 Februari 2024.');
  });

  it('publishes no page for a draft', () => {
    expect(existsSync(path.join(build.outDir, 'sop/rancangan-layanan'))).toBe(false);
    expect(existsSync(path.join(build.outDir, 'sop/pelaksanaan-kegiatan-diklat/index.html'))).toBe(true);
  });

  it('lists withdrawn documents apart from the catalogue, with their status', async () => {
    const home = await build.page('');
    const catalogueLinks = home.querySelectorAll('section:not(.retired) .doc-list a').map((a) => a.getAttribute('href'));
    expect(catalogueLinks).toContain('/sop/penyiapan-bahan-materi-diklat-2024/');
    expect(catalogueLinks).not.toContain('/sop/penyiapan-bahan-materi-diklat/');
    expect(catalogueLinks).not.toContain('/sop/penyiapan-sarana-prasarana-diklat/');
    expect(home.toString()).not.toContain('rancangan-layanan');
    const retired = home.querySelectorAll('.retired .doc-list li').map((li) => li.text.replace(/\s+/g, ' ').trim());
    expect(retired).toEqual([expect.stringMatching(/Penyiapan Bahan\/Materi Diklat ?Digantikan/), expect.stringMatching(/Penyiapan Sarana dan Prasarana Diklat ?Dicabut/)]);
    const unit = await build.page('unit/bidang-pemberdayaan-usaha-kecil');
    expect(unit.querySelectorAll('.retired .doc-list a').map((a) => a.getAttribute('href'))).toEqual(['/sop/penyiapan-bahan-materi-diklat/', '/sop/penyiapan-sarana-prasarana-diklat/']);
  });

  it('gives each document its status in the open-data catalogue; drafts are not in it', async () => {
    const catalogue = JSON.parse(await readFile(path.join(build.outDir, 'data/katalog.json'), 'utf8'));
    const status = Object.fromEntries(catalogue.dokumen.map((d: { id: string; status: string }) => [d.id, d.status]));
    expect(status).toMatchObject({ 'penyiapan-bahan-materi-diklat': 'digantikan', 'penyiapan-sarana-prasarana-diklat': 'dicabut', 'penyiapan-bahan-materi-diklat-2024': 'berlaku' });
    expect(status).not.toHaveProperty('rancangan-layanan');
    const superseded = catalogue.dokumen.find((d: { id: string }) => d.id === 'penyiapan-bahan-materi-diklat');
    expect(superseded).toMatchObject({ digantikan_oleh: 'penyiapan-bahan-materi-diklat-2024', tanggal: { dicabut: '2024-01-05' } });
    expect(existsSync(path.join(build.outDir, 'data/sop/rancangan-layanan.json'))).toBe(false);
  });

  it('shows the findings on the citing page and on its unit\'s page of the desk', async () => {
    const page = await build.page('sop/pelaksanaan-kegiatan-diklat');
    expect(page.querySelector('[data-note="citesWithdrawn"]')?.text).toContain('merujuk SOP yang sudah tidak berlaku');
    const { section } = await deskSectionOf(build, 'sop/pelaksanaan-kegiatan-diklat');
    expect(section.getAttribute('data-document')).toBe('sop/pelaksanaan-kegiatan-diklat');
    expect(section.querySelectorAll('li[data-code="rujukan-tidak-berlaku"]')).toHaveLength(2);
    // The overview lists each citation of a withdrawn document, with what replaced it.
    const overview = await build.page('kepatuhan');
    expect(overview.querySelectorAll('[aria-labelledby="rujukan-tidak-berlaku"] tbody tr')).toHaveLength(4);
    const json = JSON.parse(await readFile(path.join(build.outDir, 'kepatuhan.json'), 'utf8'));
    // Both citations of the pelaksanaan SOP, the 2024 revision's of the revoked SOP, the standard's.
    expect(json.findings.filter((f: { code: string }) => f.code === 'rujukan-tidak-berlaku')).toHaveLength(4);
  });
});

describe('search and the status filter', () => {
  let browser: Browser;
  let url = '';
  let close = () => {};
  beforeAll(async () => {
    const served = await serveStatic(build.outDir);
    url = served.url;
    close = () => served.server.close();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    close();
  });

  const results = async (query: string) => {
    const page = await browser.newPage();
    await page.goto(`${url}/cari/?${query}`);
    await page.waitForFunction(() => /ditemukan|Tidak ada/.test(document.getElementById('search-status')!.textContent!));
    await page.waitForFunction(() => {
      const found = Number(/^(\d+) dokumen/.exec(document.getElementById('search-status')!.textContent!)?.[1] ?? 0);
      return document.querySelectorAll('#search-results li').length === Math.min(found, 30);
    });
    const titles = await page.locator('#search-results li > a').allTextContents();
    return { page, titles };
  };

  it('leaves withdrawn documents out by default', async () => {
    const { titles } = await results('q=penyiapan');
    expect(titles).toContain('SOP Penyiapan Bahan/Materi Diklat Revisi 2024');
    expect(titles).not.toContain('SOP Penyiapan Bahan/Materi Diklat');
    expect(titles).not.toContain('SOP Penyiapan Sarana dan Prasarana Diklat');
  });

  it('finds them with the status filter, marked with their status', async () => {
    const { page, titles } = await results('q=penyiapan&status=Dicabut&status=Digantikan');
    expect(titles.sort()).toEqual(['SOP Penyiapan Bahan/Materi Diklat', 'SOP Penyiapan Sarana dan Prasarana Diklat']);
    expect(await page.locator('#search-results li .meta').first().textContent()).toMatch(/^(Dicabut|Digantikan) · /);
    await page.locator('summary', { hasText: 'Status' }).click();
    await expect(page.getByRole('checkbox', { name: /^\s*Dicabut \(1\)$/ }).isChecked()).resolves.toBe(true);
  });
});
