/**
 * Issue 26, point 1 (stray characters in a Standar Pelayanan list: "( bila perlu)\", ",,") and the
 * same word twice in a row ("tentang tentang", printed in every seed SOP of the Dinas Koperasi), in
 * any text of a document.
 */
import { describe, expect, it } from 'vitest';
import { typingSlips } from '../../../src/domain/validate/typing.ts';
import { sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectNoFinding, FILE, findingsOf, SP_FILE } from './helpers.ts';

const sp = (yaml: string) => `---\nnama: Pelayanan Rawat Jalan\nunit: bidang-dua\n${yaml}sop: [contoh]\n---\n`;
const slips = (files: Record<string, string>) => findingsOf(files).filter((f) => f.code === 'salah-ketik');

describe('slips of typing', () => {
  it('in Standar Pelayanan items: a stray backslash, a space inside a bracket, a doubled comma; one finding per item', () => {
    const found = slips({ [FILE]: VALID_SOP, [SP_FILE]: sp('persyaratan:\n  - "Surat pengantar ( bila perlu)\\\\"\n  - Fotokopi KTP,, KK\n') });
    expect(found.map((f) => [f.severity, f.line, f.message])).toEqual([
      ['warning', 5, 'komponen Persyaratan, butir 1: "( bila", "\\" di "Surat pengantar ( bila perlu)\\"'],
      ['warning', 6, 'komponen Persyaratan, butir 2: ",," di "Fotokopi KTP,, KK"'],
    ]);
  });

  it('in a box item and in a step’s text, with the step', () => {
    const text = sopWith('kegiatan: Menyusun draf', 'kegiatan: "Menyusun draf ,, lalu menyerahkannya"')
      .replace('  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik', '  - "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;;"');
    expect(slips({ [FILE]: text }).map((f) => [f.step, f.message])).toEqual([
      [undefined, 'kotak Dasar Hukum, butir 1: ";;" di "…2009 tentang Pelayanan Publik;;"'],
      [2, 'langkah 2, kegiatan: ",," di "Menyusun draf ,, lalu menyerahkannya"'],
    ]);
  });

  it('the same word twice in a row, quoted where it stands in a long item', () => {
    const text = sopWith(
      '  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
      '  - Peraturan Gubernur Nomor 125 Tahun 2021 tentang tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah',
    );
    expect(slips({ [FILE]: text }).map((f) => f.message)).toEqual([
      'kotak Dasar Hukum, butir 1: "tentang tentang" di "…Gubernur Nomor 125 Tahun 2021 tentang tentang Kedudukan, Susunan Organisasi,…"',
    ]);
  });

  it.each([
    'Surat pengantar (bila perlu)...',
    'Dokumen kata-kata dan berkas-berkas',
    'Nomor 1 1 dan huruf a a',
    'Pasal 5 ayat (1) huruf a.',
    'Rapat 1 (satu) kali dalam 1 (satu) bulan',
    'Kabupaten/Kota; Provinsi: Kalimantan Barat',
  ])('nothing in "%s"', (text) => {
    expect(typingSlips(text).slips).toEqual([]);
  });

  it('a valid SOP has none', () => expectNoFinding({ [FILE]: VALID_SOP }, 'salah-ketik'));
});
