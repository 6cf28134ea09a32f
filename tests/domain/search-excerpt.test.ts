import { describe, expect, it } from 'vitest';
import { ownExcerpt } from '../../src/domain/search/excerpt.ts';

const hiddenFrom = 'Ejaan lain:';
const content =
  'SOP Konsultasi Perijinan dan Kelembagaan Koperasi. Menerima tamu dan mencatat keperluan. ' +
  'Layanan Konsultasi Terkait Perijinan dan Kelembagaan. Hubungi WA 0858 pada waktu kerja. ' +
  'Ejaan lain: perizinan (perijinan); whatsapp (WA).';
const excerpt = (words: string[], length = 24, text = content) => ownExcerpt({ content: text, words, hiddenFrom, length });

describe('an excerpt from the document text when Pagefind drew one from the hidden search words', () => {
  it('finds the spelling the document prints and marks it, never the hidden words', () => {
    const html = excerpt(['perizinan'])!;
    expect(html).toContain('<mark>Perijinan</mark>');
    expect(html).not.toContain('Ejaan lain');
    expect(html.startsWith('SOP Konsultasi <mark>Perijinan</mark>')).toBe(true);
  });

  it('starts a quarter of its length before the first match and keeps to the length', () => {
    const html = excerpt(['whatsapp'], 8)!;
    expect(html).toBe('Kelembagaan. Hubungi <mark>WA</mark> 0858 pada waktu kerja.');
    expect(excerpt(['whatsapp'], 4)).toBe('Hubungi <mark>WA</mark> 0858 pada');
  });

  it('matches a form in capitals only as written, and a short word only whole', () => {
    expect(excerpt(['wa'])).toContain('<mark>WA</mark>');
    expect(excerpt(['wa'])).not.toContain('<mark>wa');
    expect(excerpt(['whatsapp'], 24, 'Dalam waktu satu hari. Ejaan lain: whatsapp (WA).')).toBe('Dalam waktu satu hari.');
  });

  it('marks a longer word whole from its start, as Pagefind does', () => {
    expect(excerpt(['permohonan'], 24, 'Meneruskan permohonannya ke Kadis.')).toBe('Meneruskan <mark>permohonannya</mark> ke Kadis.');
    expect(excerpt(['kadis'], 24, 'disetujui Kepala  Dinas hari ini')).toBe('disetujui <mark>Kepala Dinas</mark> hari ini');
  });

  it('escapes the text, as it goes into the page as HTML', () => {
    expect(excerpt(['izin'], 24, 'Syarat <b>izin</b> & "lain"')).toBe('Syarat &lt;b&gt;<mark>izin</mark>&lt;/b&gt; &amp; &quot;lain&quot;');
  });

  it('opens the document when its text has no spelling of any word, and gives nothing without text', () => {
    expect(excerpt(['narasumber'], 4)).toBe('SOP Konsultasi Perijinan dan');
    expect(excerpt(['narasumber'], 4, 'Ejaan lain: narsum (narasumber).')).toBeUndefined();
  });
});
