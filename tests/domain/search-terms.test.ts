import { describe, expect, it } from 'vitest';
import { extraTerms, extraTermsOf, spellingsOf, textOf, VARIANTS } from '../../src/domain/search/terms.ts';

describe('spelling variants and abbreviations for search', () => {
  it.each([
    ['Konsultasi Perijinan dan Kelembagaan Koperasi', ['perizinan']],
    ['izin usaha', ['ijin']],
    ['Pemerintah Propinsi Kalimantan Barat', ['provinsi']],
    ['praktek lapangan', ['praktik']],
    ['Pendaftaran Narasumber (Narsum)', []],
    ['Permintaan narsum', ['narasumber', 'permohonan']],
    ['Kadis memberikan persetujuan', ['kepala dinas']],
    ['disposisi Kepala Dinas', ['kadis']],
    ['Pelaksanaan Kegiatan Diklat', ['pendidikan dan pelatihan']],
    ['WA : 085828735503', ['whatsapp']],
    ['Saluran WhatsApp', ['wa']],
    ['Pelayanan UMKM', ['usaha mikro kecil dan menengah']],
    ['Usaha Mikro, Kecil, dan Menengah', ['umkm']],
    ['sesuai SP', ['standar pelayanan']],
    ['permohonan data', ['permintaan']],
  ])('"%s" adds %j', (text, terms) => {
    expect(extraTerms(text).sort()).toEqual([...terms].sort());
  });

  it('names the form each term stands for', () => {
    expect(extraTermsOf('WA : 0858 · Konsultasi Perijinan')).toEqual([
      { term: 'perizinan', of: 'perijinan' },
      { term: 'whatsapp', of: 'WA' },
    ]);
  });

  it('matches an abbreviation in capitals only, and whole words only', () => {
    expect(extraTerms('wa sudah')).toEqual([]);
    expect(extraTerms('WAKTU lima menit')).toEqual([]);
    expect(extraTerms('spesifikasi SPJ')).toEqual([]);
  });

  it('keeps each group to two or more forms, all different', () => {
    for (const g of VARIANTS) {
      expect(g.forms.length).toBeGreaterThan(1);
      expect(new Set(g.forms.map((f) => f.toLowerCase())).size).toBe(g.forms.length);
    }
  });

  it('reads every printed string of a document, not its codes', () => {
    expect(textOf({ a: 'satu', b: [{ c: 'dua', kind: 'whatsapp' }, 3, null], d: { e: 'tiga', letterhead: ['PEMERINTAH PROPINSI'] }, id: 'x' })).toBe('satu\ndua\ntiga');
  });

  it.each([
    ['perizinan', ['perizinan', 'perijinan']],
    ['Perijinan', ['perijinan', 'perizinan']],
    ['kadis', ['kadis', 'kepala dinas']],
    ['wa', ['wa', 'whatsapp', 'WA']],
    ['konsultasi', ['konsultasi']],
  ])('spells the query word "%s" as %j', (word, spellings) => {
    expect(spellingsOf(word)).toEqual(spellings);
  });
});
