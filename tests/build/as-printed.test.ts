import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { buildFixture, NO_BROWSER, type BuildResult } from '../support/site-build.ts';

/**
 * The real build of tests/fixtures/corpus-as-printed (issue 11, points 6-9): a provincial statistics
 * office with teams, its SOP's identity block as printed, and a hospital's Standar Pelayanan with its
 * own groups, labels, payer groups, tariff table, service hours and SMS channel.
 */
let build: BuildResult;
let sop: HTMLElement;
let sp: HTMLElement;
const texts = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((e) => e.text.replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  build = await buildFixture('corpus-as-printed', NO_BROWSER);
  expect(build.code, build.output).toBe(0);
  sop = await build.page('sop/penyusunan-publikasi-daerah');
  sp = await build.page('standar-pelayanan/pelayanan-rawat-jalan');
});

describe('an SOP identity block as printed', () => {
  it('shows the kop lines and the organisation path with each level’s own name', () => {
    expect(texts(sop, '.kop p')).toEqual(['BADAN PUSAT STATISTIK', 'PROVINSI CONTOH', 'TIM STATISTIK SOSIAL']);
    const dts = texts(sop, '.identity dt');
    expect(dts.slice(0, 3)).toEqual(['Instansi', 'Kantor Provinsi', 'Tim Kerja']);
  });

  it('uses the printed labels, keeps an untypable date as printed and the cut-off title beside the whole one', () => {
    const row = (label: string) => {
      const dt = sop.querySelectorAll('.identity dt').find((d) => d.text.trim() === label);
      return dt?.nextElementSibling?.text.replace(/\s+/g, ' ').trim();
    };
    expect(row('Tanggal Pengesahan')).toBe('6 Oktober 2025');
    expect(row('Tanggal Efektif')).toBeUndefined();
    expect(row('Tanggal Pembuatan')).toContain('“31-9-2025”');
    expect(row('Tanggal Pembuatan')).toContain('tidak dapat dibaca sebagai nilai yang sah');
    expect(row('Judul SOP')).toBe('Penyusunan Publikasi Statistik Daerah Provinsi tertulis di naskah: “Penyusunan Publikasi Statistik Daerah Provi”');
  });

  it('prints a signature without NIP as two lines', () => {
    expect(texts(sop, '.signature .signature-line')).toEqual(['Kepala Badan Pusat Statistik Provinsi Contoh', 'Dr. Siti Rahmawati, S.Si., M.Si.']);
    expect(sop.querySelector('.signature')!.text).not.toContain('NIP');
  });

  it('shows Maksud dan Tujuan and Ruang Lingkup with the boxes, before the flowchart table', () => {
    const boxes = sop.querySelectorAll('.boxes .box').map((b) => b.getAttribute('data-box'));
    expect(boxes).toEqual(['maksud_tujuan', 'ruang_lingkup', 'dasar_hukum', 'kualifikasi_pelaksana', 'keterkaitan', 'peralatan_perlengkapan', 'peringatan', 'pencatatan_pendataan']);
    expect(texts(sop, '[data-box="pencatatan_pendataan"] h3')).toEqual(['Pencatatan dan Pendataan Publikasi']);
    const html = sop.toString();
    expect(html.indexOf('data-box="maksud_tujuan"')).toBeLessThan(html.indexOf('data-view="tabel"'));
  });

  it('links Keterkaitan by nomor and by title with nomor, and shows a scope as text', () => {
    const box = sop.querySelector('[data-box="keterkaitan"]')!;
    expect(box.querySelectorAll('li[data-ref="terbit"] a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['SOP-015/61000/2025', '/sop/pengolahan-data-survei/'],
      ['SOP Pengolahan Data Survei', '/sop/pengolahan-data-survei/'],
    ]);
    expect(texts(box, 'li[data-ref="belum-tersedia"]')).toEqual(['SOP Rilis Berita Resmi Statistik (belum tersedia)']);
    expect(texts(box, 'li[data-ref="lingkup"]')).toEqual(['Seluruh SOP di lingkungan Tim Statistik Sosial']);
  });

  it('follows the hierarchy in the breadcrumbs, and every level has its unit page', async () => {
    expect(texts(sop, '.breadcrumbs li')).toEqual(['Beranda', 'Badan Pusat Statistik', 'Badan Pusat Statistik Provinsi Contoh', 'Tim Statistik Sosial', 'Penyusunan Publikasi Statistik Daerah Provinsi']);
    const office = await build.page('unit/bps-provinsi-contoh');
    expect(texts(office, 'h1')).toEqual(['Badan Pusat Statistik Provinsi Contoh']);
    expect(texts(office, '.catalogue-unit h2')).toEqual(['Tim Statistik Sosial', 'Tim Pengolahan dan Diseminasi']);
    expect(office.querySelectorAll('.doc-list a').map((a) => a.getAttribute('href'))).toEqual(['/sop/penyusunan-publikasi-daerah/', '/sop/pengolahan-data-survei/']);
    const home = await build.page('');
    expect(home.querySelector('#pd-bps-provinsi-contoh a')?.getAttribute('href')).toBe('/unit/bps-provinsi-contoh/');
    // The hospital heads its own tree; the statistics office is named with its national body.
    expect(home.querySelector('#pd-rsud-sehat-sentosa a')?.getAttribute('href')).toBe('/unit/rsud-sehat-sentosa/');
    expect(home.querySelector('#pd-bps-provinsi-contoh')?.text).toContain('Badan Pusat Statistik');
  });
});

describe('a hospital Standar Pelayanan as printed', () => {
  it('shows its own groups and labels, numbered within each group', () => {
    expect(texts(sp, '.sp-group > h2')).toEqual(['Komponen Service Delivery', 'Komponen Manufacturing']);
    expect(texts(sp, '[data-component="jangka_waktu_penyelesaian"] h3')).toEqual(['4. Jangka Waktu Pelayanan']);
    expect(texts(sp, '[data-component="jaminan_pelayanan"] h3')).toEqual(['6. Jaminan Pelaksanaan']);
    expect(texts(sp, '.breadcrumbs li')).toEqual(['Beranda', 'Rumah Sakit Umum Daerah Sehat Sentosa', 'Instalasi Rawat Jalan', 'Pelayanan Rawat Jalan']);
  });

  it('keeps payer groups as nested lists with their printed letters', () => {
    const list = sp.querySelector('[data-component="persyaratan"] > ol.printed-numbers')!;
    expect(list.querySelectorAll(':scope > li > .item-no').map((n) => n.text)).toEqual(['a.', 'b.', 'c.']);
    expect(texts(list, ':scope > li > ul > li > ul > li')).toEqual(['Surat kontrol dari dokter spesialis']);
  });

  it('renders the tariff as a table, each amount as printed (a number in Rupiah), with the regulation that sets it', () => {
    const rows = sp.querySelectorAll('table.tariff tbody tr').map((tr) => texts(tr, 'th, td'));
    expect(rows).toEqual([
      ['Pendaftaran pasien baru', 'Umum', 'Rp15.000', 'per kunjungan'],
      ['Konsultasi dokter spesialis', 'Umum', 'Rp. 75.000,-', 'per kunjungan'],
      ['Konsultasi dokter spesialis', 'BPJS Kesehatan', 'Ditanggung BPJS Kesehatan', ''],
    ]);
    expect(sp.querySelector('[data-component="biaya_tarif"] p.meta')?.text).toContain('Peraturan Gubernur Contoh Nomor 12 Tahun 2023');
  });

  it('shows service hours, time promises as printed and an SMS channel as a link', () => {
    expect(texts(sp, '.service-hours dt')).toEqual(['Senin – Kamis', 'Jumat', 'Sabtu']);
    expect(sp.querySelector('[data-component="penanganan_pengaduan"]')!.text).toContain('selambat-lambatnya 3 jam');
    expect(sp.querySelector('li[data-channel="sms"] a')?.getAttribute('href')).toBe('sms:+6281234567890');
  });
});

describe('the printed page as printed (issue 24, points 5 and 6)', () => {
  let perkim: HTMLElement;
  let standard: HTMLElement;
  beforeAll(async () => {
    perkim = await build.page('sop/rekomendasi-teknis-perumahan');
    standard = await build.page('standar-pelayanan/rekomendasi-teknis-perumahan');
  });
  const dd = (page: HTMLElement, label: string) => page.querySelectorAll('.identity dt').find((d) => d.text.trim() === label)?.nextElementSibling?.text.replace(/\s+/g, ' ').trim();

  it('keeps a "-" printed for a date, a box and a cell as printed', () => {
    expect(dd(perkim, 'Tanggal Revisi')).toBe('-');
    expect(texts(perkim, '[data-box="pencatatan_pendataan"] p')).toEqual(['-']);
    expect(texts(perkim, 'table.fc-table tr#langkah-2 td.fc-text').slice(0, 1)).toEqual(['-']);
    expect(texts(perkim, 'table.fc-table tr#langkah-1 td.fc-notes')).toEqual(['-']);
  });

  it('keeps a box’s lead-in line unnumbered and its printed markers', () => {
    const marked = (li: HTMLElement) => [li.querySelector('.item-no')?.text, li.childNodes.filter((n) => n.nodeType === 3).map((n) => n.text).join('').trim()].filter(Boolean).join(' ');
    expect(perkim.querySelectorAll('[data-box="peringatan"] li').map(marked)).toEqual([
      'Hambatan dapat saja terjadi:',
      '1) Berkas permohonan tidak lengkap sehingga pemeriksaan tertunda',
      '2) Lokasi rencana perumahan berada di kawasan rawan bencana',
    ]);
    expect(texts(perkim, '[data-box="dasar_hukum"] .item-no')).toEqual(['1,', '2,', '3,']);
    expect(texts(perkim, '[data-box="peralatan_perlengkapan"] .item-no')).toEqual(['•', '•']);
    expect(perkim.querySelectorAll('[data-box="kualifikasi_pelaksana"] .item-no')).toHaveLength(0);
    expect(texts(perkim, '[data-box="kualifikasi_pelaksana"] li')).toEqual(['Memahami ketentuan tata ruang dan perumahan', 'Mampu membaca gambar rencana tapak']);
  });

  it('heads the flowchart table with its own printed words', () => {
    const heads = texts(perkim, 'table.fc-table thead th');
    expect(heads).toEqual(expect.arrayContaining(['Uraian Prosedur', 'Mutu Buku', 'Persyaratan/ Kelengkapan', 'Ket']));
    expect(heads).not.toContain('Kegiatan');
  });

  it('holds a group without a title, the component numbers as printed, Prosedur and Mekanisme as two', () => {
    const groups = standard.querySelectorAll('.sp-group');
    expect(groups[0]!.querySelector(':scope > h2:not(.sp-component__title)')).toBeNull();
    expect(texts(groups[0]!, '.sp-component__title')).toEqual(['1. Persyaratan', '2. Prosedur', '3. Mekanisme', '4. Jangka Waktu Penyelesaian', '5. Biaya/Tarif', '6. Produk Pelayanan', '7. Penanganan Pengaduan, Saran dan Masukan']);
    expect(texts(groups[1]!, ':scope > h2')).toEqual(['Komponen Pengelolaan Pelayanan']);
    expect(texts(groups[1]!, 'h3')[0]).toBe('8. Dasar Hukum');
    expect(texts(groups[1]!, 'h3').at(-1)).toBe('15. Evaluasi Kinerja Pelaksana');
    expect(texts(standard, '[data-component="mekanisme"] li')).toHaveLength(3);
  });

  it('keeps the time promise as the printed sentence with its number and sub-items', () => {
    const promise = standard.querySelector('[data-component="jangka_waktu_penyelesaian"] > ol')!;
    expect(texts(promise, ':scope > li > .item-no')).toEqual(['1.']);
    expect(promise.text).toContain('Penyelesaian permohonan paling lama 14 (empat belas) hari kerja sejak berkas dinyatakan lengkap, terdiri atas:');
    expect(texts(promise, 'ol .item-no')).toEqual(['a.', 'b.']);
  });

  it('keeps the fee text’s printed lines and numbers, and the tariff under its printed header, amounts as printed', () => {
    const fee = standard.querySelector('[data-component="biaya_tarif"] > p')!;
    expect(fee.innerHTML.split(/<br\s*\/?>/).map((l) => l.trim())).toEqual([
      '1. Pemeriksaan administrasi tidak dipungut biaya;',
      '2. Peninjauan lapangan dikenakan retribusi sesuai Peraturan Daerah;',
      '3. Pembayaran dilakukan melalui bank persepsi.',
    ]);
    expect(texts(standard, 'table.tariff thead th')).toEqual(['Jenis Pelayanan', 'Tarif (R.p)']);
    expect(standard.querySelectorAll('table.tariff tbody tr').map((tr) => texts(tr, 'th, td'))).toEqual([
      ['Peninjauan lapangan sampai 1 hektare', '15.000'],
      ['Peninjauan lapangan lebih dari 1 hektare', '25.000'],
    ]);
  });
});
