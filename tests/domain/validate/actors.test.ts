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
