/**
 * Issue 26, point 1: the lists of a Standar Pelayanan get the checks of the SOP boxes, nested items
 * included. Fixtures written from the descriptions: numbering that jumps or restarts inside
 * a component ("6. Pendidikan" under "2. Dokter Jaga"), an empty heading ("7. Administrasi" with
 * nothing under it), the same regulation twice inside one item, an item ending in ":" that the next
 * does not continue. Stray characters ("( bila perlu)\", ",,"): typing.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, findingsOf, SP_FILE, type Expected } from './helpers.ts';

const sp = (yaml: string) => `---
nama: Pelayanan Rawat Jalan
unit: bidang-dua
${yaml}sop: [contoh]
---
`;

/** Competence as a hospital prints it: doctors and staff, each with numbered requirements. */
const COMPETENCE = `kompetensi_pelaksana:
  - teks: Dokter Umum
    no: "1."
    butir:
      - { teks: Pendidikan S1 Kedokteran, no: "1." }
      - { teks: Memiliki STR dan SIP, no: "2." }
  - teks: Dokter Jaga
    no: "2."
    butir:
      - { teks: Pendidikan S1 Kedokteran, no: "1." }
      - { teks: Sertifikat ATLS, no: "2." }
  - teks: Perawat
    no: "3."
    butir:
      - { teks: Pendidikan D-III Keperawatan, no: "1." }
`;

const files = (yaml: string) => ({ [FILE]: VALID_SOP, [SP_FILE]: sp(yaml) });

describe('Standar Pelayanan lists', () => {
  it.each<{ name: string; yaml: string } & Omit<Expected, 'file'>>([
    {
      name: 'a sub-list whose numbering jumps ("6. Pendidikan" under "2. Dokter Jaga")',
      yaml: COMPETENCE.replace('      - { teks: Sertifikat ATLS, no: "2." }\n', '      - { teks: Sertifikat ATLS, no: "2." }\n      - { teks: Pendidikan Profesi Dokter, no: "6." }\n'),
      code: 'penomoran-tidak-urut', severity: 'warning', at: 'no: "6."',
      message: 'komponen Kompetensi Pelaksana: butir 2 › 6 sesudah "2.": nomor 3–5 terlewati (nomor tercetak dipertahankan)',
    },
    {
      name: 'a list whose numbering starts again inside a component',
      yaml: COMPETENCE.replace('    no: "3."\n', '    no: "1)"\n'),
      code: 'penomoran-tidak-urut', severity: 'warning', at: 'no: "1)"',
      message: 'komponen Kompetensi Pelaksana: butir 1 sesudah "2.": nomor mulai lagi dari 1',
    },
    {
      name: 'lettered items that skip a letter',
      yaml: 'persyaratan:\n  - { teks: KTP, no: a. }\n  - { teks: KK, no: b. }\n  - { teks: Surat rujukan, no: d. }\n',
      code: 'penomoran-tidak-urut', severity: 'warning', at: 'no: d.', message: 'butir d sesudah "b.": nomor c terlewati',
    },
    {
      name: 'an empty heading ("7. Administrasi" with nothing under it)',
      yaml: `${COMPETENCE}  - teks: Administrasi\n    no: "4."\n`,
      code: 'butir-kosong', severity: 'warning', at: 'teks: Administrasi',
      message: 'komponen Kompetensi Pelaksana: butir 4 ("Administrasi") adalah judul tanpa isi',
    },
    {
      name: 'the same regulation twice inside one item',
      yaml: 'dasar_hukum:\n  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; UU No. 25 Tahun 2009 tentang Pelayanan Publik\n',
      code: 'butir-ganda', severity: 'warning', at: '  - Undang-Undang Nomor 25',
      message: 'komponen Dasar Hukum, butir 1: "UU No. 25 Tahun 2009" disebut dua kali dalam satu butir',
    },
    {
      name: 'the same regulation in two items, written differently',
      yaml: 'dasar_hukum:\n  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;\n  - Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;\n  - UU No. 25 Tahun 2009.\n',
      code: 'butir-ganda', severity: 'warning', at: '  - UU No. 25', message: 'komponen Dasar Hukum: butir 3 menyebut UU No. 25 Tahun 2009, yang sudah disebut butir 1',
    },
    {
      name: 'an item ending in ":" that the next item does not continue',
      yaml: 'persyaratan:\n  - { teks: "Pasien umum membawa:", no: "1." }\n  - { teks: Pasien BPJS membawa kartu BPJS, no: "2." }\n',
      code: 'kalimat-terpotong', severity: 'warning', at: 'teks: "Pasien umum membawa:"',
      message: 'komponen Persyaratan: butir 1 berakhir dengan ":" tetapi butir 2 bukan lanjutannya',
    },
    {
      name: 'a last item ending in ":"',
      yaml: 'produk_pelayanan:\n  - Surat keterangan\n  - "Dokumen berikut:"\n',
      code: 'kalimat-terpotong', severity: 'warning', at: '  - "Dokumen berikut:"', message: 'butir 2 berakhir dengan ":" tetapi tidak ada butir sesudahnya',
    },
    {
      name: 'the same item twice in a component',
      yaml: 'sarana_prasarana:\n  - Ruang tunggu\n  - Toilet\n  - ruang  tunggu.\n',
      code: 'butir-ganda', severity: 'warning', at: '  - ruang  tunggu.', message: 'komponen Sarana, Prasarana dan/atau Fasilitas: butir 3 sama dengan butir 1 ("ruang  tunggu.")',
    },
  ])('$name', ({ name: _name, yaml, ...expected }) => {
    expectFinding(files(yaml), { ...expected, file: SP_FILE });
  });

  it.each<[string, string]>([
    ['numbered lists in order, nested ones each from 1', COMPETENCE],
    ['a lead-in ending in ":" followed by its unnumbered items', 'persyaratan:\n  - "Membawa dokumen berikut:"\n  - KTP\n  - KK\n'],
    ['a heading with ":" and its items under it', 'persyaratan:\n  - teks: "Pasien umum:"\n    butir: [KTP, KK]\n'],
    ['a regulation and the one it amends, in one item', 'dasar_hukum:\n  - Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah; Undang-Undang Nomor 23 Tahun 2014 sebagaimana telah diubah\n'],
    ['a regulation implementing another, beside it', 'dasar_hukum:\n  - Peraturan Daerah Nomor 8 Tahun 2015 tentang Penyelenggaraan Pelayanan Publik;\n  - Peraturan Gubernur Nomor 92 Tahun 2016 tentang Petunjuk Pelaksanaan Peraturan Daerah Nomor 8 Tahun 2015;\n'],
    ['two ministers’ regulations with one number and year', 'dasar_hukum:\n  - Peraturan Menteri Kesehatan Nomor 4 Tahun 2018;\n  - Peraturan Menteri Dalam Negeri Nomor 4 Tahun 2018;\n'],
    ['items that are whole sentences beside a heading with items', 'persyaratan:\n  - teks: Pasien umum\n    butir: [KTP]\n  - Pasien rujukan membawa surat rujukan dari puskesmas.\n'],
  ])('nothing to report for %s', (_name, yaml) => {
    const codes = ['penomoran-tidak-urut', 'butir-kosong', 'butir-ganda', 'kalimat-terpotong'];
    expect(findingsOf(files(yaml)).filter((f) => codes.includes(f.code)).map((f) => `${f.code} ${f.message}`)).toEqual([]);
  });
});

describe('SOP boxes', () => {
  it('the same regulation twice in Dasar Hukum, written differently', () => {
    const text = sopWith('  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n', '  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n  - UU Nomor 25 Tahun 2009\n');
    expectFinding({ [FILE]: text }, { code: 'butir-ganda', severity: 'warning', file: FILE, at: '  - UU Nomor 25', message: 'kotak Dasar Hukum: butir 2 menyebut UU Nomor 25 Tahun 2009, yang sudah disebut butir 1' });
  });

  it('a last box item ending in ":"', () => {
    const text = sopWith('  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n', '  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n  - "Peraturan lain:"\n');
    expectFinding({ [FILE]: text }, { code: 'kalimat-terpotong', severity: 'warning', file: FILE, at: '  - "Peraturan lain:"', message: 'kotak Dasar Hukum: butir 2 berakhir dengan ":"' });
  });

  it.each(['butir-kosong', 'butir-ganda', 'kalimat-terpotong', 'penomoran-tidak-urut'])('a valid SOP has no %s', (code) => expectNoFinding({ [FILE]: VALID_SOP }, code));
});
