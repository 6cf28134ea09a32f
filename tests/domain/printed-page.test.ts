/**
 * The printed page, elsewhere than the drawing (issue 24, points 5 and 6): placeholders and markers as
 * printed, the table's own header words, and the shapes of a Standar Pelayanan (fee lines, amounts as
 * printed, a promise as its sentence, Prosedur and Mekanisme apart, printed component numbers, a
 * group without a title), on the fixture written from the issue (tests/fixtures/corpus-as-printed)
 * and on small documents.
 */
import { describe, expect, it } from 'vitest';
import { promiseSummary } from '../../src/domain/flow/time-summary.ts';
import { isPlaceholder } from '../../src/domain/model/schema/common.ts';
import { missingComponents, printedMarkers, spSections, type SpLabels } from '../../src/domain/views/index.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { corpusOf, sopWith, VALID_SOP } from '../fixtures/minimal.ts';
import { FILE } from './validate/helpers.ts';

const corpus = await readCorpus('tests/fixtures/corpus-as-printed');
const perkim = corpus.sops.get('rekomendasi-teknis-perumahan')!.data;
const standard = corpus.standards.get('rekomendasi-teknis-perumahan')!.data;

describe('placeholders and markers as printed', () => {
  it('knows a printed dash from text', () => {
    expect(['-', ' – ', '—'].every(isPlaceholder)).toBe(true);
    expect(['', '-5 menit', 'Tidak ada', '--'].some(isPlaceholder)).toBe(false);
  });

  it('reads a "-" printed for a date as no date, kept as printed text', () => {
    expect(perkim.dates.revised).toBeUndefined();
    expect(perkim.identity.printed.tanggal_revisi).toBe('-');
    // Today's forms are unchanged: an absent date has no printed text.
    const valid = corpusOf({ [FILE]: VALID_SOP }).sops.get('contoh')!.data;
    expect(valid.identity.printed).toEqual({});
    expect(valid.identity).not.toHaveProperty('boxes');
    // A date that is neither a date nor a dash is still refused.
    const bad = corpusOf({ [FILE]: sopWith('tanggal_efektif: 2023-09', 'tanggal_efektif: "-x"') }).findings.filter((f) => f.code === 'schema');
    expect(bad.map((f) => f.message).join()).toContain('tidak terbaca');
  });

  it('keeps a box’s printed markers and lead-in line, and reads its texts for the checks', () => {
    expect(perkim.identity.boxes?.peringatan).toEqual([
      { text: 'Hambatan dapat saja terjadi:', number: '', items: [] },
      { text: 'Berkas permohonan tidak lengkap sehingga pemeriksaan tertunda', number: '1)', items: [] },
      { text: 'Lokasi rencana perumahan berada di kawasan rawan bencana', number: '2)', items: [] },
    ]);
    expect(perkim.warnings).toEqual(['Hambatan dapat saja terjadi:', 'Berkas permohonan tidak lengkap sehingga pemeriksaan tertunda', 'Lokasi rencana perumahan berada di kawasan rawan bencana']);
    expect(perkim.identity.boxes).not.toHaveProperty('pencatatan_pendataan');
    expect(perkim.records).toEqual(['-']);
  });

  it('shows each printed marker, numbers the items written without one, and leaves a lead-in unnumbered', () => {
    expect(printedMarkers([{ text: 'a', items: [] }, { text: 'b', items: [] }])).toBeUndefined();
    expect(printedMarkers([{ text: 'Hambatan:', number: '', items: [] }, { text: 'a', items: [] }, { text: 'b', items: [] }])).toEqual(['', '1.', '2.']);
    expect(printedMarkers([{ text: 'a', number: '•', items: [] }, { text: 'b', number: '1,', items: [] }])).toEqual(['•', '1,']);
  });

  it('holds the table’s own header words under the step keys of their columns', () => {
    expect(perkim.identity.labels).toMatchObject({ kegiatan: 'Uraian Prosedur', mutu_baku: 'Mutu Buku', kelengkapan: 'Persyaratan/ Kelengkapan', keterangan: 'Ket' });
  });
});

describe('a Standar Pelayanan as printed', () => {
  const labels = Object.fromEntries(['persyaratan', 'sistem_mekanisme_prosedur', 'mekanisme', 'jangka_waktu_penyelesaian', 'biaya_tarif', 'produk_pelayanan', 'penanganan_pengaduan', 'dasar_hukum', 'sarana_prasarana', 'kompetensi_pelaksana', 'pengawasan_internal', 'jumlah_pelaksana', 'jaminan_pelayanan', 'jaminan_keamanan_keselamatan', 'evaluasi_kinerja_pelaksana', 'jam_pelayanan', 'delivery', 'management'].map((k) => [k, k])) as unknown as SpLabels;

  it('keeps a group without a title, the printed component numbers, Prosedur and Mekanisme as two', () => {
    const sections = spSections(standard, labels);
    expect(sections[0]).not.toHaveProperty('title');
    expect(sections[0]!.components.map((c) => `${c.number} ${c.label}`)).toEqual(['1. persyaratan', '2. Prosedur', '3. Mekanisme', '4. Jangka Waktu Penyelesaian', '5. biaya_tarif', '6. produk_pelayanan', '7. penanganan_pengaduan']);
    expect(sections[1]!.title).toBe('Komponen Pengelolaan Pelayanan');
    expect(sections[1]!.components.map((c) => c.number)).toEqual(['8.', '9.', '10.', '11.', '12.', '13.', '14.', '15.']);
    expect(standard.mechanism).toHaveLength(3);
    // Printed apart, the procedure is there when either part is.
    expect(missingComponents({ ...standard, procedure: [] })).not.toContain('sistem_mekanisme_prosedur');
  });

  it('holds the time promise as its sentence, with its number and sub-items, compared by the time words copied from it', () => {
    const [part] = standard.completionTime;
    expect(part!.item).toMatchObject({ number: '1.', text: expect.stringContaining('paling lama 14 (empat belas) hari kerja'), items: [{ number: 'a.' }, { number: 'b.' }] });
    expect(part!.timeText).toBe('14 (empat belas) hari kerja');
    expect(promiseSummary(standard.completionTime).total.minMinutes).toBe(14 * 450);
    // A sentence without the copied words is kept, never given a number.
    const bare = corpusOf({ 'content/standar-pelayanan/layanan-contoh.mdx': '---\nnama: Layanan Contoh\nunit: bidang-dua\njangka_waktu_penyelesaian:\n  - Diselesaikan pada hari yang sama\n---\n' }).standards.get('layanan-contoh')!.data;
    expect(bare.completionTime[0]).toMatchObject({ label: '', timeText: '', item: { text: 'Diselesaikan pada hari yang sama' } });
    expect(promiseSummary(bare.completionTime).partsWithoutTime).toBe(1);
  });

  it('keeps the fee text’s printed lines, the tariff’s printed header and amounts as printed', () => {
    expect(standard.fee.text.split('\n')).toHaveLength(3);
    expect(standard.fee.headers).toEqual({ item: 'Jenis Pelayanan', amount: 'Tarif (R.p)' });
    expect(standard.fee.rows.map((r) => [r.amountText, r.amount])).toEqual([['15.000', 15000], ['25.000', 25000]]);
  });
});
