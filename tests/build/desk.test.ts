import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureWithHistory } from '../../tools/git-fixture.ts';
import { buildFixture, FIXTURES, NO_BROWSER, type BuildResult } from '../support/site-build.ts';

/**
 * The reviewer's desk on a fixture with a history of its own (tests/fixtures/corpus-monev: two
 * perangkat daerah, monitoring and evaluation records; five commits from December 2025 to
 * 20 November 2026, one with an error fixed later). Built without a browser: nothing here needs one.
 */
let build: BuildResult;
const text = (el: { text: string } | null | undefined) => el?.text.replace(/\s+/g, ' ').trim();
/** A table row as its cells read, one " | " between cells. */
const cells = (tr: HTMLElement) => tr.querySelectorAll('th, td').map((c) => c.structuredText.replace(/\s+/g, ' ').trim()).join(' | ');

beforeAll(async () => {
  build = await buildFixture(fixtureWithHistory(path.join(FIXTURES, 'corpus-monev')), NO_BROWSER);
  expect(build.code, build.output.slice(-3000)).toBe(0);
});

describe('the overview', () => {
  it('says which day "today" was: the newest commit of content/', async () => {
    const page = await build.page('kepatuhan');
    const line = page.querySelector('.reference-date')!;
    expect(line.getAttribute('data-reference-date')).toBe('2026-11-20');
    expect(text(line)).toMatch(/^Tanggal acuan: 20 November 2026, yaitu tanggal commit terbaru folder content\/ \([0-9a-f]{7}\)\./);
  });

  it('has a row per unit: documents by status, findings, monitoring, the oldest SOP, the twelve months', async () => {
    const page = await build.page('kepatuhan');
    const row = (id: string) => page.querySelector(`.unit-table tr[data-unit="${id}"]`)!;
    const byLabel = (id: string) => Object.fromEntries(row(id).querySelectorAll('td').filter((td) => !td.hasAttribute('hidden')).map((td) => [td.getAttribute('data-label'), text(td)]));
    expect(byLabel('bidang-pelayanan-perizinan')).toMatchObject({
      Berlaku: '3', Draf: '0', Digantikan: '0', Dicabut: '0', Galat: '0', Peringatan: '3',
      'Belum pernah dipantau': '0', 'Terlambat dipantau': '1', 'Harus direvisi, belum diubah': '1',
      'Tanggal SOP tertua': '1 Februari 2024', 'Perubahan 12 bulan (galat / peringatan)': '−1 / 0',
    });
    expect(byLabel('subbag-umum-dpmptsp')).toMatchObject({ Berlaku: '1', Digantikan: '1', 'Belum pernah dipantau': '1' });
    expect(byLabel('bidang-informasi-publik')).toMatchObject({ Berlaku: '1', Draf: '1', Dicabut: '1', 'Belum pernah dipantau': '1' });
    // A revision after its "direvisi" evaluation: not listed as unchanged.
    expect(byLabel('bidang-statistik')).toMatchObject({ 'Harus direvisi, belum diubah': '0', 'Terlambat dipantau': '0' });
    expect(row('bidang-statistik').querySelector('th a')?.getAttribute('href')).toBe('/kepatuhan/unit/bidang-statistik/');
    // Grouped by perangkat daerah, in the order of organisasi.yaml.
    expect(page.querySelectorAll('.unit-table .agency-row th').map(text)).toEqual(['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'Dinas Komunikasi dan Informatika']);
  });

  it('draws twelve months from the git history, each month at its last commit, now at the end', async () => {
    const page = await build.page('kepatuhan');
    const chart = page.querySelector('figure.trend')!;
    expect(chart.querySelector('svg')?.getAttribute('role')).toBe('img');
    const rows = chart.querySelectorAll('.trend-numbers tbody tr').map((tr) => tr.querySelectorAll('th, td').map(text).join(' '));
    expect(rows).toEqual([
      'Desember 2025 1 3', 'Januari 2026 1 3', 'Februari 2026 1 4', 'Maret 2026 1 4', 'April 2026 0 7', 'Mei 2026 0 7',
      'Juni 2026 0 7', 'Juli 2026 0 5', 'Agustus 2026 0 5', 'September 2026 0 5', 'Oktober 2026 0 5', 'November 2026 0 7',
    ]);
    expect(chart.querySelectorAll('.trend-line--error circle')).toHaveLength(12);
    // Each past commit counted once, kept in the build cache by commit.
    const kept = await readdir(path.join(build.cacheDir, 'sop-riwayat-temuan')).then((dirs) => readdir(path.join(build.cacheDir, 'sop-riwayat-temuan', dirs[0]!)));
    expect(kept).toHaveLength(4);
  });

  it('ranks the titles cited and not published, and lists citations of withdrawn SOPs', async () => {
    const page = await build.page('kepatuhan');
    const gaps = page.querySelectorAll('.gap-list > li');
    expect(gaps.map((li) => text(li.querySelector('strong')))).toEqual(['SOP Pengelolaan Pengaduan Masyarakat', 'SOP Pelayanan Informasi Publik', 'SOP Penyimpanan Arsip']);
    expect(gaps[0]!.getAttribute('data-units')).toBe('bidang-pelayanan-perizinan bidang-statistik bidang-informasi-publik');
    const withdrawn = page.querySelectorAll('[aria-labelledby="rujukan-tidak-berlaku"] tbody tr');
    expect(withdrawn.map(cells)).toEqual([
      'SOP Permintaan Data Sektoral | SOP Pengelolaan Surat Masuk (2019) | Digantikan sejak 1 Juni 2024 penggantinya SOP Pengelolaan Surat Masuk',
    ]);
  });

  it('sets each Standar Pelayanan\'s promise against its SOP, those that take longer first', async () => {
    const page = await build.page('kepatuhan/janji-waktu');
    const rows = page.querySelectorAll('.promise-table tbody tr');
    expect(rows.map((tr) => tr.getAttribute('data-verdict'))).toEqual(['exceeds', 'fits']);
    expect(cells(rows[0]!)).toBe('Standar Pelayanan Layanan Izin Usaha Perdagangan dan Jasa | 1 Jam | SOP Pelayanan Penerbitan Izin Usaha Perdagangan dan Jasa: ± 2 jam 35 menit Lebih lama dari janji');
  });
});

describe('the monitoring cycle', () => {
  it('lists SOPs told to revise and unchanged, overdue, and never monitored', async () => {
    const page = await build.page('kepatuhan/pemantauan');
    const ids = (id: string) => page.querySelectorAll(`[aria-labelledby="${id}"] tbody th a`).map((a) => a.getAttribute('href'));
    expect(ids('harus-direvisi')).toEqual(['/sop/pelayanan-izin-usaha/']);
    expect(ids('terlambat')).toEqual(['/sop/verifikasi-berkas-permohonan/']);
    expect(page.querySelectorAll('.never-monitored a').map((a) => a.getAttribute('href'))).toEqual([
      '/sop/pengelolaan-surat-masuk/', '/sop/permintaan-data-sektoral/', '/sop/permohonan-informasi-publik/',
    ]);
    const overdue = page.querySelector('[aria-labelledby="terlambat"] tbody tr')!;
    expect(text(overdue.querySelector('[data-label="Jatuh tempo"]'))).toBe('15 September 2026');
  });

  it('shows on the SOP\'s page when it was last monitored and evaluated, and the steps found not working', async () => {
    const page = await build.page('sop/pelayanan-izin-usaha');
    const note = page.querySelector('.monitoring-note')!;
    expect(text(note.querySelector('[data-monitored]'))).toBe('Terakhir dipantau pada 10 Agustus 2026 oleh Dra. Siti Aminah (Kepala Sub Bagian Umum dan Kepegawaian). 6 dari 6 langkah dinilai; 2 tidak berjalan dengan baik.');
    const steps = note.querySelectorAll('.not-working li');
    expect(steps.map((li) => li.getAttribute('data-step'))).toEqual(['3', '5']);
    expect(steps[0]!.querySelector('a')?.getAttribute('href')).toBe('#langkah-3');
    expect(text(steps[0])).toContain('Tindakan: Koordinasi dengan Diskominfo untuk jaringan cadangan; tinjau ulang waktu langkah 3.');
    expect(text(note.querySelector('[data-evaluated]'))).toMatch(/^Terakhir dievaluasi pada 1 September 2026 oleh Ir\. Budi Santoso, M\.Si\. \(Kepala Bagian Organisasi Sekretariat Daerah\): SOP perlu direvisi\./);
    // After the document, and no finding code or overdue state on the public page.
    expect(note.closest('article')).not.toBeNull();
    expect(text(note)).not.toMatch(/monev-|terlambat|\.yaml/i);
  });

  it('says on a revised SOP\'s page that it was revised after the last evaluation, and nothing on an SOP without records', async () => {
    const revised = await build.page('sop/penyusunan-data-statistik-sektoral');
    expect(text(revised.querySelector('.monitoring-note [data-evaluated]'))).toContain('SOP perlu direvisi');
    expect(revised.querySelector('.monitoring-note .not-working')).toBeNull();
    expect((await build.page('sop/pengelolaan-surat-masuk')).querySelector('.monitoring-note')).toBeNull();
  });
});

describe('the unit\'s page', () => {
  it('holds the findings by document, its SOPs\' monitoring and its own twelve months', async () => {
    const page = await build.page('kepatuhan/unit/bidang-pelayanan-perizinan');
    expect(page.querySelectorAll('.report-doc').map((d) => d.getAttribute('data-document'))).toEqual([
      'standar-pelayanan/layanan-izin-usaha', 'sop/pelayanan-izin-usaha', 'sop/verifikasi-berkas-permohonan',
    ]);
    expect(page.querySelectorAll('.monitoring-table tbody tr').map((tr) => tr.getAttribute('data-state'))).toEqual(['current', 'overdue']);
    expect(page.querySelector('.trend-numbers tbody tr td')?.text).toBe('1');
  });
});

describe('the exports', () => {
  it('writes every finding as CSV with a BOM, one row per document it is about, as the JSON says', async () => {
    const csv = await build.file('kepatuhan/temuan.csv');
    expect(csv.startsWith('\ufeffPerangkat daerah,Unit,Dokumen,Id dokumen,Berkas,Baris,Kolom,Tingkat,Aturan,Pesan,Halaman\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = csvParseRows(csv.slice(1).replace(/\r\n/g, '\n').trimEnd());
    const json = JSON.parse(await build.file('kepatuhan.json')) as { findings: Array<{ code: string; message: string; alsoAt?: unknown[] }>; referenceDate: { iso: string }; units: Array<{ id: string }> };
    expect(rows).toHaveLength(json.findings.reduce((n, f) => n + 1 + (f.alsoAt?.length ?? 0), 0));
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    // A message with commas and quotes reads back whole.
    const gap = json.findings.find((f) => f.code === 'rujukan-belum-tersedia' && f.message.includes(','))!;
    expect(rows.filter((r) => r[9] === gap.message)).toHaveLength(3);
    expect(json.referenceDate.iso).toBe('2026-11-20');
    const units = csvParseRows((await build.file('kepatuhan/unit.csv')).slice(1).replace(/\r\n/g, '\n').trimEnd());
    expect(units.slice(1).map((r) => r[2])).toEqual(json.units.map((u) => u.id));
    expect(units[0]!.slice(0, 3)).toEqual(['Perangkat daerah', 'Unit', 'Id unit']);
  });
});

describe('pages of a desk', () => {
  it('are all reachable from the overview, each rule that found something with a page', async () => {
    const page = await build.page('kepatuhan');
    const links = page.querySelectorAll('main a').map((a) => a.getAttribute('href')!).filter((h) => h.startsWith('/kepatuhan'));
    for (const href of new Set(links.map((h) => h.split('#')[0]!))) {
      const file = href.endsWith('/') ? path.join(href, 'index.html') : href;
      await expect(readFile(path.join(build.outDir, file)).then(() => true), href).resolves.toBe(true);
    }
    expect(links).toEqual(expect.arrayContaining(['/kepatuhan/aturan/rujukan-belum-tersedia/', '/kepatuhan/temuan.csv', '/kepatuhan/keterkaitan/']));
  });
});
