import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelHref } from '../../src/domain/views/contact.ts';
import { corpusOf } from '../fixtures/minimal.ts';
import { formatRupiah, listTexts, rupiahAmount } from '../../src/domain/model/schema/sp-parts.ts';
import { missingComponents, promiseList, spSections, tariffColumns, type SpLabels } from '../../src/domain/views/standard-view.ts';

const HOSPITAL = readFileSync('tests/fixtures/corpus-as-printed/content/standar-pelayanan/pelayanan-rawat-jalan.mdx', 'utf8')
  .replace('unit: instalasi-rawat-jalan', 'unit: bidang-satu');
const FILE = 'content/standar-pelayanan/rawat-jalan.mdx';
const LABELS = Object.fromEntries(
  ['persyaratan', 'sistem_mekanisme_prosedur', 'jangka_waktu_penyelesaian', 'biaya_tarif', 'produk_pelayanan', 'penanganan_pengaduan', 'dasar_hukum',
    'sarana_prasarana', 'kompetensi_pelaksana', 'pengawasan_internal', 'jumlah_pelaksana', 'jaminan_pelayanan', 'jaminan_keamanan_keselamatan',
    'evaluasi_kinerja_pelaksana', 'jam_pelayanan', 'delivery', 'management'].map((k) => [k, `[${k}]`]),
) as SpLabels;

describe('a Standar Pelayanan as printed', () => {
  const corpus = corpusOf({ [FILE]: HOSPITAL });
  const data = corpus.standards.get('rawat-jalan')!.data;

  it('parses with no finding', () => {
    expect(corpus.findings).toEqual([]);
  });

  it('keeps nested lists with their printed numbers (payer groups, a./b./c.)', () => {
    expect(data.requirements.map((i) => [i.number, i.text, i.items.length])).toEqual([
      ['a.', 'Pasien Umum', 2],
      ['b.', 'Pasien BPJS Kesehatan', 3],
      ['c.', 'Pasien Asuransi Lain', 1],
    ]);
    expect(data.requirements[1]!.items[2]).toEqual({ text: 'Bagi pasien kontrol ulang', items: [{ text: 'Surat kontrol dari dokter spesialis', items: [] }] });
    expect(listTexts(data.requirements)).toContain('Surat kontrol dari dokter spesialis');
  });

  it('reads the tariff as a table in Rupiah, with the regulation that sets it', () => {
    expect(data.fee.basis).toContain('Nomor 12 Tahun 2023 tentang Tarif Layanan');
    expect(data.fee.rows).toEqual([
      { item: 'Pendaftaran pasien baru', group: 'Umum', amount: 15000, amountText: 'Rp15.000', unit: 'per kunjungan' },
      { item: 'Konsultasi dokter spesialis', group: 'Umum', amount: 75000, amountText: 'Rp. 75.000,-', unit: 'per kunjungan' },
      { item: 'Konsultasi dokter spesialis', group: 'BPJS Kesehatan', amountText: 'Ditanggung BPJS Kesehatan' },
    ]);
    expect([rupiahAmount('Rp 1.250.000,00'), rupiahAmount('15000'), rupiahAmount('Gratis')]).toEqual([1250000, 15000, undefined]);
    expect(formatRupiah(1250000)).toBe('Rp1.250.000');
  });

  it('keeps service hours, time promises as printed and an SMS channel that opens the phone', () => {
    expect(data.serviceHours[2]).toEqual({ days: 'Sabtu', hours: '07.30 – 12.00 WIB', note: 'poliklinik tertentu' });
    expect(data.complaints.resolutionTimes.map((p) => p.timeText)).toEqual(['selambat-lambatnya 3 jam', '1x24 jam']);
    const sms = data.complaints.channels.find((c) => c.kind === 'sms')!;
    expect(channelHref(sms)).toBe('sms:+6281234567890');
  });

  it('outlines the page in the source’s groups, numbering and labels', () => {
    const sections = spSections(data, LABELS);
    expect(sections.map((s) => s.title)).toEqual(['Komponen Service Delivery', 'Komponen Manufacturing']);
    expect(sections[0]!.components.slice(0, 4).map((c) => `${c.number} ${c.label}`)).toEqual(['1. [persyaratan]', '2. Alur Pelayanan', '3. Waktu Pelayanan', '4. Jangka Waktu Pelayanan']);
    expect(sections[1]!.components.find((c) => c.key === 'jaminan_pelayanan')).toEqual({ key: 'jaminan_pelayanan', number: '6.', label: 'Jaminan Pelaksanaan' });
    expect(missingComponents(data)).toEqual(['jumlah_pelaksana']);
  });

  it('numbers 1-14 in the regulation’s two groups when the source gives no groups', () => {
    const plain = corpusOf({ [FILE]: HOSPITAL.replace(/^kelompok:\n(?: {2}.*\n)+/m, '') }).standards.get('rawat-jalan')!.data;
    const sections = spSections(plain, LABELS);
    expect(sections.map((s) => s.title)).toEqual(['[delivery]', '[management]']);
    expect(sections[0]!.components.map((c) => c.number)).toEqual(['1.', '2.', '3.', '', '4.', '5.', '6.']);
    expect(sections[1]!.components.at(-1)!.number).toBe('14.');
  });

  it('rejects a component printed twice, or filled but in no group', () => {
    const twice = corpusOf({ [FILE]: HOSPITAL.replace('komponen: [dasar_hukum,', 'komponen: [persyaratan, dasar_hukum,') });
    expect(twice.findings.map((f) => f.message)).toEqual([expect.stringContaining('komponen "persyaratan" sudah ada di kelompok ke-1')]);
    const lost = corpusOf({ [FILE]: HOSPITAL.replace(', evaluasi_kinerja_pelaksana]', ']') });
    expect(lost.findings.map((f) => f.message)).toEqual([expect.stringContaining('komponen "evaluasi_kinerja_pelaksana" terisi tetapi tidak ada di kelompok mana pun')]);
  });
});

describe('the jangka waktu and the tariff as the page shows them', () => {
  it('lists named parts as "part: time", and promises printed as sentences as printed, numbers and sub-items kept', async () => {
    const { readCorpus } = await import('../../src/node/read-corpus.ts');
    const printed = await readCorpus('tests/fixtures/corpus-as-printed');
    const clinic = printed.standards.get('pelayanan-rawat-jalan')!.data;
    expect(promiseList(clinic)).toEqual({
      printed: false,
      items: ['Pendaftaran: maksimal 5 menit', 'Pemeriksaan dokter: 15-30 menit', 'Pelayanan obat racikan: paling lama 60 menit'].map((text) => ({ text, items: [] })),
    });
    const housing = promiseList(printed.standards.get('rekomendasi-teknis-perumahan')!.data);
    expect(housing.printed).toBe(true);
    expect(housing.items[0]).toMatchObject({ number: '1.', items: [{ number: 'a.' }, { number: 'b.' }] });
    expect(tariffColumns(clinic.fee)).toEqual({ group: true, unit: true });
    expect(tariffColumns({ rows: [{ item: 'Salinan', amountText: 'Gratis' }] })).toEqual({ group: false, unit: false });
  });
});
