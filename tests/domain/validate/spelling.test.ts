/**
 * Issue 26, points 4 and 7: words glued by a missing space ("TerkiniProvinsi"), a word split by a
 * space ("rekomen dasi"), and a word used once a typing slip away from a word the corpus uses often
 * ("Kualias"/"Kualitas", "Sosialiasi"/"Sosialisasi"), read against the corpus's own words.
 */
import { describe, expect, it } from 'vitest';
import { sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { FILE, findingsOf, OTHER } from './helpers.ts';

/** An SOP whose Peringatan box holds the given lines, under its own title and number. */
const withWarnings = (lines: string[], title = 'Prosedur Lain', number = '100.2') =>
  sopWith('keterkaitan:', `peringatan:\n${lines.map((l) => `  - "${l}"\n`).join('')}keterkaitan:`)
    .replace('nama: Contoh Prosedur', `nama: ${title}`)
    .replace('061/ 100.1 /CONTOH', `061/ ${number} /CONTOH`);

/** The corpus's often-used words: what a slip is measured against. */
const OFTEN_USED = [
  'Kualitas pelayanan dijaga', 'Kualitas data diperiksa', 'Sosialisasi kepada masyarakat', 'Sosialisasi hasil kualitas',
  'Sosialisasi data terkini', 'Provinsi Kalimantan Barat', 'Rekomendasi teknis diterbitkan', 'Rekomendasi disampaikan',
  'Laporan disusun', 'Laporan diarsipkan', 'Laporan dikirim', 'Pengaduan diterima', 'Pengaduan dicatat', 'Pengaduan dijawab',
  'Tempat pelayanan', 'Tempat parkir', 'Tempat arsip', 'Pemeriksa berkas', 'Pemeriksa data', 'Pemeriksa laporan',
];
const spelling = (lines: string[]) =>
  findingsOf({ [FILE]: VALID_SOP, [OTHER]: withWarnings([...OFTEN_USED, ...lines]) }).filter((f) => f.code === 'ejaan' || f.code === 'spasi-kata');

describe('spelling against the corpus', () => {
  it.each<[string, string, string]>([
    ['a letter left out (point 7)', 'Kualias layanan menurun', 'ejaan  kotak Peringatan, butir 21: "Kualias" hanya dipakai sekali dan berbeda satu huruf dari "kualitas" (dipakai 3 kali): mungkin salah ketik'],
    ['a letter left out in a long word (point 7)', 'Sosialiasi tidak dilakukan', 'ejaan  kotak Peringatan, butir 21: "Sosialiasi" hanya dipakai sekali dan berbeda satu huruf dari "sosialisasi" (dipakai 3 kali): mungkin salah ketik'],
    ['two words glued (point 4)', 'Data TerkiniProvinsi belum ada', 'spasi-kata  kotak Peringatan, butir 21: "TerkiniProvinsi" tampaknya dua kata tanpa spasi ("Terkini Provinsi")'],
    ['a word split by a space (point 4)', 'Tanpa rekomen dasi teknis', 'spasi-kata  kotak Peringatan, butir 21: "rekomen dasi" tampaknya satu kata yang terpisah spasi ("rekomendasi", dipakai 2 kali)'],
  ])('%s', (_name, line, expected) => {
    const found = spelling([line]);
    expect(found.map((f) => `${f.code}  ${f.message}`)).toEqual([expected]);
    expect(found[0]!.file).toBe(OTHER);
    expect(found[0]!.severity).toBe(found[0]!.code === 'ejaan' ? 'info' : 'warning');
  });

  it.each<[string, string]>([
    ['two real words a letter apart by a replaced letter', 'Pengajuan berkas terlambat'],
    ['a letter left out of a short word', 'Tepat waktu'],
    ['the me- verb of a pe- noun', 'Memeriksa berkas terlambat'],
    ['"-kan" beside "-an"', 'Laporkan segera'],
    ['a letter added that is no double', 'Tatap muka'],
    ['brand names in camel case whose halves the corpus does not use', 'Kirim lewat WhatsApp atau PowerPoint'],
    ['an acronym', 'Aplikasi SIMPEG'],
    ['two words that are words of the corpus, written apart', 'Data kualitas tempat pelayanan'],
    ['a word used once that is far from every other', 'Kegiatan ditunda karena banjir'],
  ])('nothing for %s', (_name, line) => {
    expect(spelling([line]).map((f) => f.message)).toEqual([]);
  });

  it('says nothing on a corpus that writes each word the same way (the seeds report one slip, "kelembagan")', () => {
    expect(spelling([])).toEqual([]);
  });
});
