import { describe, expect, it } from 'vitest';
import { cutSentence } from '../../../src/domain/validate/boxes.ts';
import { isCutOff, printedDateProblem } from '../../../src/domain/validate/identity.ts';
import { corpusOf, sopWith } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, type Expected } from './helpers.ts';

/** VALID_SOP with the four empty boxes filled, so that only the change under test is reported. */
const FULL = sopWith(
  'keterkaitan:',
  `kualifikasi_pelaksana:
  - Memahami tugas dan fungsi
peralatan_perlengkapan:
  - Komputer
peringatan:
  - Bila tidak dilaksanakan, layanan terlambat
pencatatan_pendataan:
  - Buku agenda
keterkaitan:`,
);

describe('the SOP as printed: identity keys', () => {
  it('reads kop, label, tertulis, maksud_tujuan, ruang_lingkup and keterkaitan by nomor or scope onto the model', () => {
    const text = sopWith('tanggal_efektif: 2023-09\n', `tanggal_efektif: 2023-09
kop:
  - BADAN PUSAT STATISTIK
  - PROVINSI CONTOH
label:
  tanggal_efektif: Tanggal Pengesahan
  nama: Judul SOP
tertulis:
  tanggal_revisi: 31-9-2023
maksud_tujuan:
  - Sebagai pedoman penyusunan publikasi
ruang_lingkup:
  - Seluruh tim di lingkungan kantor
`, FULL).replace('  - judul: SOP Surat Masuk\n', '  - nomor: SOP-032/17000/2025\n  - lingkup: Seluruh SOP di lingkungan Bagian Umum\n  - judul: SOP Surat Masuk\n    nomor: SOP-001/17000/2025\n');
    const corpus = corpusOf({ [FILE]: text });
    expect(corpus.findings).toEqual([]);
    const data = corpus.sops.get('contoh')!.data;
    expect(data.identity).toEqual({
      letterhead: ['BADAN PUSAT STATISTIK', 'PROVINSI CONTOH'],
      labels: { tanggal_efektif: 'Tanggal Pengesahan', nama: 'Judul SOP' },
      printed: { tanggal_revisi: '31-9-2023' },
      purpose: ['Sebagai pedoman penyusunan publikasi'],
      scope: ['Seluruh tim di lingkungan kantor'],
    });
    expect(data.related).toEqual([
      { number: 'SOP-032/17000/2025' },
      { scope: 'Seluruh SOP di lingkungan Bagian Umum' },
      { title: 'SOP Surat Masuk', number: 'SOP-001/17000/2025' },
    ]);
  });

  it('rejects an empty keterkaitan entry and an unknown label key', () => {
    const empty = corpusOf({ [FILE]: sopWith('  - judul: SOP Surat Masuk\n', '  - {}\n', FULL) });
    expect(empty.findings.map((f) => f.message)).toEqual([expect.stringContaining('keterkaitan perlu judul, nomor, sop atau lingkup')]);
    const label = corpusOf({ [FILE]: sopWith('keterkaitan:', 'label:\n  judul: Judul SOP\nketerkaitan:', FULL) });
    expect(label.findings).toHaveLength(1);
    expect(label.findings[0]!.code).toBe('schema');
  });

  it('accepts a signature block without NIP', () => {
    const corpus = corpusOf({ [FILE]: sopWith('  nip: 19650809 198603 1 012\n', '', FULL) });
    expect(corpus.findings).toEqual([]);
    expect(corpus.sops.get('contoh')!.data.approvedBy).toEqual({ name: 'Drs. Contoh, MM', position: 'Kepala Dinas Contoh', nip: '' });
  });
});

describe('what the validator adds', () => {
  it.each<{ name: string; text: string } & Omit<Expected, 'file'>>([
    {
      name: 'a missing effective date, under its printed label',
      text: sopWith('tanggal_efektif: 2023-09\n', 'label:\n  tanggal_efektif: Tanggal Pengesahan\n', FULL),
      code: 'tanggal-kosong', severity: 'warning', at: 'nama: Contoh Prosedur', message: 'Tanggal Pengesahan kosong di naskah',
    },
    {
      name: 'a printed date that does not exist, kept in tertulis',
      text: sopWith('tanggal_pembuatan: 2023-08-31\n', 'tertulis:\n  tanggal_pembuatan: 31-9-2023\n', FULL),
      code: 'tanggal-tidak-ada', severity: 'warning', at: 'tanggal_pembuatan: 31-9-2023', message: 'Tanggal Pembuatan tertulis "31-9-2023" tidak ada di kalender',
    },
    {
      name: 'a title cut off in the identity block, whole in the table title',
      text: sopWith('keterkaitan:', 'tertulis:\n  nama: Contoh Pros\nketerkaitan:', FULL),
      code: 'nama-terpotong', severity: 'warning', at: '  nama: Contoh Pros', message: '"Contoh Pros" terpotong di naskah; utuhnya "Contoh Prosedur"',
    },
    {
      name: 'an actor column cut off while another column has it whole',
      text: sopWith('    nama: Anggota Tim Kerja\n', '    nama: Anggota Tim Kerja\n  - id: kepala\n    nama: Kepala Bagian Um\n  - id: kepala-utuh\n    nama: Kepala Bagian Umum\n', FULL),
      code: 'nama-terpotong', severity: 'warning', at: 'nama: Kepala Bagian Um\n', message: '"Kepala Bagian Um" terpotong; utuhnya "Kepala Bagian Umum"',
    },
    {
      name: 'printed text that differs from the typed value',
      text: sopWith('keterkaitan:', 'tertulis:\n  disahkan_oleh.nama: Drs. Kontoh, MM\nketerkaitan:', FULL),
      code: 'tertulis-berbeda', severity: 'info', at: 'disahkan_oleh.nama: Drs. Kontoh', message: 'disahkan_oleh.nama tertulis "Drs. Kontoh, MM" di naskah, diketik "Drs. Contoh, MM"',
    },
    {
      name: 'an empty box',
      text: sopWith('peringatan:\n  - Bila tidak dilaksanakan, layanan terlambat\n', 'peringatan: []\n', FULL),
      code: 'kotak-kosong', severity: 'warning', at: 'peringatan: []', message: 'kotak Peringatan kosong',
    },
    {
      name: 'an item written twice in one box',
      text: sopWith('  - Buku agenda\n', '  - Buku agenda\n  - Arsip\n  - buku  agenda.\n', FULL),
      code: 'butir-ganda', severity: 'warning', at: '  - buku  agenda.', message: 'kotak Pencatatan dan Pendataan: butir 3 sama dengan butir 1',
    },
    {
      name: 'a step text ending mid-sentence',
      text: sopWith('Menyusun draf\n', 'Menyusun draf laporan yang\n', FULL),
      code: 'kalimat-terpotong', severity: 'warning', step: 2, at: 'Menyusun draf laporan yang', message: 'kegiatan berakhir dengan "yang"',
    },
    {
      name: 'an actor named as the doer while the symbol is in another column',
      text: sopWith('Menyusun draf\n', 'Ketua Tim Kerja menyusun draf\n', FULL),
      code: 'pelaksana-berbeda', severity: 'warning', step: 2, at: 'Ketua Tim Kerja menyusun draf',
      message: 'langkah 2 menyebut "Ketua Tim Kerja" sebagai pelakunya, tetapi simbolnya di kolom Anggota Tim Kerja',
    },
    {
      name: 'a column that is a system',
      text: sopWith('    nama: Anggota Tim Kerja\n', '    nama: Aplikasi SIMPEG\n', FULL),
      code: 'kolom-bukan-peran', severity: 'info', at: 'nama: Aplikasi SIMPEG', message: '"Aplikasi SIMPEG" menamai tempat, benda atau sistem',
    },
  ])('$name', ({ name: _name, text, ...expected }) => {
    expectFinding({ [FILE]: text }, { ...expected, file: FILE });
  });

  it.each([
    ['tanggal-kosong', FULL],
    ['kotak-kosong', FULL],
    ['butir-ganda', FULL],
    ['kalimat-terpotong', sopWith('Menyusun draf\n', 'Menyusun draf untuk diteruskan kepada Ketua Tim;\n', FULL)],
    ['pelaksana-berbeda', sopWith('Menyusun draf\n', 'Menyusun draf yang diperiksa oleh Anggota Tim Kerja\n', FULL)],
    ['pelaksana-berbeda', sopWith('Menyusun draf\n', 'Menyerahkan draf kepada Ketua Tim Kerja\n', FULL)],
    ['kolom-bukan-peran', FULL],
    ['nama-terpotong', sopWith('keterkaitan:', 'kop:\n  - DINAS CONTOH\n  - DINAS CONTOH PROVINSI\nketerkaitan:', FULL)],
    // A role named as the recipient is not an actor without a column.
    ['peran-tanpa-kolom', sopWith('Menyusun draf\n', 'Menyampaikan draf kepada Kadis untuk ditandatangani\n', FULL)],
  ])('no %s where the document is fine', (code, text) => {
    expectNoFinding({ [FILE]: text }, code);
  });

  it('still reports a role acting without a column', () => {
    expectFinding({ [FILE]: sopWith('Menyusun draf\n', 'Kadis menandatangani draf\n', FULL) }, { file: FILE, code: 'peran-tanpa-kolom', severity: 'info', at: 'Kadis menandatangani draf' });
  });
});

describe('helpers', () => {
  it('reads printed dates and says what is impossible', () => {
    expect(printedDateProblem('31-9-2023')).toBe('"31-9-2023" tidak ada di kalender');
    expect(printedDateProblem('31 September 2023')).toBe('"31 September 2023" tidak ada di kalender');
    expect(printedDateProblem('12/13/2023')).toBe('"12/13/2023": bulan 13 tidak ada');
    expect(printedDateProblem('30-9-2023')).toBeUndefined();
    expect(printedDateProblem('akhir September')).toContain('tidak terbaca');
  });

  it('tells a cut from a split', () => {
    expect(isCutOff('Tim Statistik Sos', 'Tim Statistik Sosial', true)).toBe(true);
    expect(isCutOff('BADAN PUSAT STATISTIK', 'Badan Pusat Statistik Provinsi', true)).toBe(false);
    expect(isCutOff('Penyusunan Publikasi', 'Penyusunan Publikasi Daerah')).toBe(true);
  });

  it('tells a sentence cut mid-way from one that ends', () => {
    expect(cutSentence('Mengirim surat kepada Kepala dan')).toBe('berakhir dengan "dan"');
    expect(cutSentence('Mengirim surat,')).toBe('berakhir dengan ","');
    expect(cutSentence('Mengirim surat;')).toBeUndefined();
    expect(cutSentence('Mengirim surat yang sudah ditandatangani')).toBeUndefined();
  });
});
