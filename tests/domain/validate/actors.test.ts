import { describe, it } from 'vitest';
import { sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, type Expected } from './helpers.ts';

const ACTORS = '  - id: anggota-tim\n    nama: Anggota Tim Kerja\n';
const withActor = (id: string, nama: string, base = VALID_SOP) => sopWith(ACTORS, `${ACTORS}  - id: ${id}\n    nama: ${nama}\n`, base);
const firstStep = (kegiatan: string, base = VALID_SOP) => sopWith('kegiatan: Memerintahkan anggota tim', `kegiatan: ${kegiatan}`, base);

describe('rule 4: actors', () => {
  it.each<{ name: string; text: string } & Omit<Expected, 'file'>>([
    {
      name: 'a step actor that is not a column (schema)',
      text: sopWith('pelaksana: ketua-tim\n    waktu: 10 Menit', 'pelaksana: kadis\n    waktu: 10 Menit'),
      code: 'schema', severity: 'error', at: 'pelaksana: kadis', message: '"kadis" bukan pelaksana SOP ini',
    },
    {
      name: 'a column nobody uses',
      text: withActor('kadis', 'Kepala Dinas'),
      code: 'pelaksana-tak-dipakai', severity: 'warning', at: 'id: kadis', message: 'kolom pelaksana "Kepala Dinas" (kadis) tidak dipakai langkah mana pun',
    },
    {
      name: 'two columns with the same label (case and spacing ignored)',
      text: sopWith('nama: Anggota Tim Kerja', 'nama: "ketua  tim kerja"'),
      code: 'pelaksana-ganda', severity: 'warning', at: 'nama: "ketua  tim kerja"', message: 'bernama sama dengan kolom ke-1 (ketua-tim)',
    },
    {
      name: '"Kadis" named in a step with no column',
      text: firstStep('Kadis memberikan persetujuan'),
      code: 'peran-tanpa-kolom', severity: 'info', at: 'kegiatan: Kadis', step: 1,
      message: 'langkah 1 menyebut "Kadis", tetapi tidak ada kolom pelaksana untuk peran itu (kolom: Ketua Tim Kerja, Anggota Tim Kerja)',
    },
    {
      name: '"Masyarakat/Koperasi/UMKM" named in a step with no column',
      text: firstStep('Masyarakat/Koperasi/UMKM Melakukan Registrasi Pelayanan'),
      code: 'peran-tanpa-kolom', severity: 'info', at: 'kegiatan: Masyarakat', step: 1, message: '"Masyarakat/Koperasi/UMKM"',
    },
    {
      name: 'the applicant named in a step with no applicant column',
      text: firstStep('Meneruskan data yang diisi pemohon'),
      code: 'peran-tanpa-kolom', severity: 'info', at: 'kegiatan: Meneruskan', step: 1, message: '"pemohon"',
    },
    {
      name: '"TU" in capitals',
      text: firstStep('Menyerahkan berkas melalui TU'),
      code: 'peran-tanpa-kolom', severity: 'info', at: 'kegiatan: Menyerahkan', step: 1, message: '"TU"',
    },
  ])('$name', ({ name: _name, text, ...expected }) => {
    expectFinding({ [FILE]: text }, { ...expected, file: FILE });
  });

  it.each([
    ['a valid SOP', VALID_SOP],
    ['"pemohon" when a Tamu / Pengunjung column exists', withActor('tamu', 'Tamu / Pengunjung', firstStep('Memeriksa berkas dari pemohon'))],
    ['"Kadis" when a Kepala Dinas column exists', withActor('kepala-dinas', 'Kepala Dinas', firstStep('Kadis menyetujui'))],
    ['"Kepala Bidang" inside a longer column label', withActor('personil', 'Personil Bidang (Staf dan atau Kepala Bidang)', firstStep('Kepala Bidang menyetujui'))],
    ['"Koperasi" in an agency name', firstStep('Berkoordinasi dengan Dinas Koperasi UKM')],
    ['"tu" inside words and in lower case', firstStep('Menyetujui satu berkas itu')],
    ['"TU" when a Tata Usaha column exists', withActor('tata-usaha', 'Tata Usaha', firstStep('Menyerahkan berkas ke TU'))],
  ])('no role without a column for %s', (_name, text) => {
    expectNoFinding({ [FILE]: text }, 'peran-tanpa-kolom');
  });

  it.each(['pelaksana-tak-dipakai', 'pelaksana-ganda'])('a valid SOP has no %s', (code) => expectNoFinding({ [FILE]: VALID_SOP }, code));
});

/** Issue 26, points 4 (an actor near-spelled), 6 (things as actors) and 8 ("oleh" after a passive verb names the giver). */
describe('actors named in the text as a reviewer reads them', () => {
  const layanan = (kegiatan: string, pelaksana = 'petugas') =>
    withActor('petugas', 'Petugas Layanan', firstStep(kegiatan)).replace('pelaksana: ketua-tim\n    waktu: 10 Menit', `pelaksana: ${pelaksana}\n    waktu: 10 Menit`);

  it.each<{ name: string; text: string } & Omit<Expected, 'file'>>([
    {
      name: 'a near-spelling of the step’s own column at the start of its text',
      text: layanan('Petugas pelayanan menerima berkas'),
      code: 'pelaksana-ditulis-lain', severity: 'info', at: 'kegiatan: Petugas pelayanan', step: 1,
      message: 'langkah 1 menyebut "Petugas pelayanan", padahal kolom pelaksananya bernama "Petugas Layanan"; samakan penulisannya',
    },
    {
      name: 'a near-spelling of a role column anywhere in the text (not "a role without a column")',
      text: layanan('Menyerahkan berkas bersama Petugas pelayanan', 'ketua-tim'),
      code: 'pelaksana-ditulis-lain', severity: 'info', at: 'kegiatan: Menyerahkan', step: 1,
      message: 'langkah 1 menyebut "Petugas pelayanan", padahal kolom pelaksananya bernama "Petugas Layanan"',
    },
    {
      name: 'a near-spelling of another column as the doer',
      text: layanan('Petugas pelayanan menerima berkas', 'ketua-tim'),
      code: 'pelaksana-berbeda', severity: 'warning', at: 'kegiatan: Petugas pelayanan', step: 1,
      message: 'langkah 1 menyebut "Petugas pelayanan" (kolom "Petugas Layanan") sebagai pelakunya, tetapi simbolnya di kolom Ketua Tim Kerja',
    },
    {
      name: 'the doer of a passive sentence after "oleh"',
      text: layanan('Berkas diterima oleh Petugas Layanan', 'ketua-tim'),
      code: 'pelaksana-berbeda', severity: 'warning', at: 'kegiatan: Berkas', step: 1, message: 'menyebut "Petugas Layanan" sebagai pelakunya',
    },
    {
      name: 'a column that is a place or a thing',
      text: withActor('sarana', 'Sarana Pelayanan'),
      code: 'kolom-bukan-peran', severity: 'info', at: 'nama: Sarana Pelayanan', message: 'kolom pelaksana "Sarana Pelayanan" menamai tempat, benda atau sistem, bukan peran',
    },
    {
      name: 'a room as a column',
      text: withActor('ruang', 'Ruang Arsip'),
      code: 'kolom-bukan-peran', severity: 'info', at: 'nama: Ruang Arsip', message: '"Ruang Arsip"',
    },
  ])('$name', ({ name: _name, text, ...expected }) => {
    expectFinding({ [FILE]: text }, { ...expected, file: FILE });
  });

  it('a near-spelling of a column is not reported as a role without a column', () => {
    expectNoFinding({ [FILE]: layanan('Petugas pelayanan menerima berkas') }, 'peran-tanpa-kolom');
    expectNoFinding({ [FILE]: layanan('Menyerahkan berkas bersama Petugas pelayanan', 'ketua-tim') }, 'peran-tanpa-kolom');
  });

  it.each([
    ['the giver after "oleh" in a relative clause', layanan('Ketua Tim Kerja menerima berkas yang diberikan oleh Petugas Layanan', 'ketua-tim')],
    ['"oleh" after an active verb', layanan('Menerima berkas yang telah diisi dan diberikan oleh Petugas Layanan', 'ketua-tim')],
    ['"oleh" after an active verb, without "yang"', layanan('Memeriksa berkas diberikan oleh Petugas Layanan', 'ketua-tim')],
    ['the doer written exactly, in the step’s column', layanan('Petugas Layanan menerima berkas')],
  ])('no pelaksana-berbeda for %s', (_name, text) => {
    expectNoFinding({ [FILE]: text }, 'pelaksana-berbeda');
  });

  it.each([
    ['the column’s name written exactly', layanan('Petugas Layanan menerima berkas')],
    ['a verb for the role the column names ("Memohon" is not "Pemohon")', withActor('pemohon', 'Pemohon', firstStep('Memohon tanda tangan'))],
    ['another number ("Pejabat Level 2" is not the column "Pejabat Level 1")', withActor('level-1', 'Pejabat Level 1', firstStep('Pejabat Level 2 menyetujui'))],
    ['a different word ("Petugas Teknis" is not "Petugas Layanan")', layanan('Petugas Teknis menyiapkan alat', 'ketua-tim')],
  ])('no pelaksana-ditulis-lain for %s', (_name, text) => {
    expectNoFinding({ [FILE]: text }, 'pelaksana-ditulis-lain');
  });

  it.each(['Pelaksana Sarana dan Prasarana', 'Kantor Pertanahan', 'Bagian Umum', 'Loket Pelayanan', 'Petugas Arsip'])('"%s" is a role, not a thing', (label) => {
    expectNoFinding({ [FILE]: withActor('lain', label) }, 'kolom-bukan-peran');
  });
});
