import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, PROJECT, runBuild, type BuildResult } from './run-build.ts';

/**
 * Time as real documents write it (issue 11, points 4 and 9), built for real from
 * tests/fixtures/corpus-time: every waktu is printed verbatim, the total says how it was counted,
 * and the findings come out in the build's output.
 */
let build: BuildResult;

beforeAll(async () => {
  build = await runBuild(path.join(PROJECT, 'tests/fixtures/corpus-time'), NO_BROWSER); // no diagram or PDF rendering: not what this tests
});

const WAKTU = [
  'maksimal 5 menit', '5-10 menit', '1x24 jam', '10 hari kerja', '1 – 20 Hari Kerja', 'paling lambat 14 hari kalender',
  'selambat-lambatnya 3 jam', 'Sesuai kebutuhan', '-', '6 jam, atau lebih', 'Semesteran', 'Sesuai jadwal',
  '1 bulan (tanggal 1-20)', 'setelah rapat evaluasi', '2 hari',
];

const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('time as real documents write it', () => {
  it('builds, reporting the contradiction, the "-" and the unread text', () => {
    expect(build.code, build.output).toBe(0);
    const file = 'content/sop/surat-keterangan-rawat-inap.mdx';
    expect(build.output).toContain(`${file}:31:12  warning  waktu-bertentangan  langkah 4: teks langkah menyebut "10 hari kalender", tetapi waktunya "10 hari kerja"`);
    expect(build.output).toContain(`${file}:44:5  warning  waktu-kosong  langkah 9: waktu tidak diisi ("-")`);
    expect(build.output).toContain(`${file}:61:12  info  waktu-tak-terbaca  langkah 14: waktu "setelah rapat evaluasi"`);
  });

  it('prints every waktu as written, in the official table and in the step list', async () => {
    const page = await build.page('sop/surat-keterangan-rawat-inap');
    const table = page.querySelectorAll('tr[id^="langkah-"] td.fc-time').map((td) => squash(td.text));
    // Step 15's waktu was inferred by the transcriber: every view says so beside it.
    const shown = [...WAKTU.slice(0, -1), '2 hari dugaan'];
    expect(table).toEqual(shown);
    const list = page.querySelectorAll('ol.step-list > li').map((li) => squash(li.querySelectorAll('dd')[1]?.text));
    expect(list).toEqual(shown);
  });

  it('says the total with calendar days apart, what it could not count, and the rule it used', async () => {
    const page = await build.page('sop/surat-keterangan-rawat-inap');
    expect(squash(page.querySelector('[data-time-total]')?.text)).toBe(
      'Perkiraan waktu total: 14 hari kerja 1 jam 40 menit sampai 33 hari kerja 1 jam 45 menit + 15 hari kalender atau lebih · 15 langkah',
    );
    expect(squash(page.querySelector('[data-time-uncounted]')?.text)).toBe(
      '1 langkah tanpa waktu (langkah 9) dan 5 langkah yang waktunya bukan angka (langkah 8, 11, 12, 13, 14) tidak ikut dihitung.',
    );
    expect(squash(page.querySelector('[data-time-inferred]')?.text)).toBe('Total ini memakai waktu dugaan (disimpulkan penyalin): langkah 15.');
    expect(page.querySelectorAll('[data-time-rule]').map((p) => squash(p.text))).toEqual([
      'Cara menghitung: "hari" tanpa keterangan dihitung sebagai hari kerja; 1 hari kerja = 7,5 jam kerja, 1 minggu = 5 hari kerja, 1 bulan = 22 hari kerja (Perpres 21/2023).',
      'Hari kalender dijumlah tersendiri, tidak disamakan dengan hari kerja.',
    ]);
  });

  it('lists the SOP with the same total and how many steps it could not count', async () => {
    const home = await build.page('');
    const entry = home.querySelectorAll('li').find((li) => li.querySelector('a')?.text === 'Penerbitan Surat Keterangan Rawat Inap')!;
    expect(squash(entry.querySelector('.meta')?.text)).toBe(
      '445/ 017 /RM · 15 langkah · 14 hari kerja 1 jam 40 menit sampai 33 hari kerja 1 jam 45 menit + 15 hari kalender atau lebih + 6 langkah tak terhitung',
    );
  });

  it('keeps the Standar Pelayanan time promises as printed', async () => {
    const text = squash((await build.page('standar-pelayanan/surat-keterangan-rawat-inap')).querySelector('main')?.text);
    for (const promise of ['maksimal 5 menit', '1x24 jam', 'selambat-lambatnya 3 jam', 'Segera', 'paling lambat 14 hari kalender'])
      expect(text).toContain(promise);
  });

  it('compares the promise with the SOP, saying how calendar days were compared', () => {
    expect(build.output).toContain('content/standar-pelayanan/surat-keterangan-rawat-inap.mdx:21:7  warning  waktu-melebihi-sp');
    expect(build.output).toContain('Untuk perbandingan, 7 hari kalender dianggap 5 hari kerja.');
  });
});
