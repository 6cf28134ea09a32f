/**
 * Issue 26, points 9 and 11: messages a reviewer can use. One finding a line, steps counted from 1
 * everywhere, no word said twice, components named by their label, a complaint component that
 * lacks only its channels said so.
 */
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/domain/findings/finding.ts';
import { sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, FILE, findingsOf, OTHER, SP_FILE } from './helpers.ts';

const SP_HEAD = `---
nama: Layanan Contoh
unit: bidang-dua
`;
const COMPLETE_SP_BODY = `persyaratan: [KTP]
sistem_mekanisme_prosedur: [Datang ke loket]
jangka_waktu_penyelesaian:
  - bagian: Pelayanan
    waktu: 15 Menit
biaya_tarif: Gratis
produk_pelayanan: [Surat keterangan]
dasar_hukum: [Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik]
sarana_prasarana: [Ruang tunggu]
kompetensi_pelaksana: [Memahami tugas]
pengawasan_internal: [Atasan langsung]
jumlah_pelaksana: 2 orang
jaminan_pelayanan: [Pelayanan cepat]
jaminan_keamanan_keselamatan: [Ruang aman]
evaluasi_kinerja_pelaksana: [Rapat bulanan]
sop: [contoh]
`;
const complaints = (yaml: string) => `${SP_HEAD}${COMPLETE_SP_BODY}penanganan_pengaduan:\n${yaml}---\n`;
const CHANNELS = '  saluran:\n    - jenis: kotak-pengaduan\n      keterangan: Kotak pengaduan di ruang tunggu\n';
const FLOW = '  alur:\n    - Pengaduan diterima petugas\n    - Pengaduan ditindaklanjuti dalam 3 hari kerja\n';

describe('point 9: a complaint component that prints its procedure but no channel list', () => {
  it('is not called empty: the message names what is missing, the channels', () => {
    const f = expectFinding({ [FILE]: VALID_SOP, [SP_FILE]: complaints(FLOW) }, { code: 'sp-komponen-kosong', severity: 'warning', file: SP_FILE, at: 'nama: Layanan Contoh' });
    expect(f.message).toBe('komponen Penanganan Pengaduan, Saran dan Masukan tidak memuat saluran pengaduan');
  });

  it('names the procedure when the channels are there and the procedure is not', () => {
    const f = expectFinding({ [FILE]: VALID_SOP, [SP_FILE]: complaints(CHANNELS) }, { code: 'sp-komponen-kosong', severity: 'warning', file: SP_FILE, at: 'nama: Layanan Contoh' });
    expect(f.message).toBe('komponen Penanganan Pengaduan, Saran dan Masukan tidak memuat alur penanganan pengaduan');
  });

  it('says nothing when channels and procedure are both printed', () => {
    expect(findingsOf({ [FILE]: VALID_SOP, [SP_FILE]: complaints(CHANNELS + FLOW) }).filter((f) => f.code === 'sp-komponen-kosong')).toEqual([]);
  });
});

describe('point 11: messages a reviewer can use', () => {
  it('names empty components by the regulation’s label, or the printed one without its colon, never by the key', () => {
    const sp = `${SP_HEAD}label:\n  jumlah_pelaksana: "Jumlah Petugas:"\nsop: [contoh]\n---\n`;
    const f = expectFinding({ [FILE]: VALID_SOP, [SP_FILE]: sp }, { code: 'sp-komponen-kosong', severity: 'warning', file: SP_FILE, at: 'nama: Layanan Contoh' });
    expect(f.message).toContain('komponen Standar Pelayanan yang kosong: Persyaratan; Sistem, Mekanisme dan Prosedur; Jangka Waktu Penyelesaian;');
    expect(f.message).toContain('; Penanganan Pengaduan, Saran dan Masukan; ');
    expect(f.message).toContain('; Jumlah Petugas; ');
    expect(f.message).not.toMatch(/_|::/);
  });

  it('prints a quoted value written over several lines on the finding’s one line', () => {
    const text = sopWith('    output: Disposisi\n', '    output: Disposisi\n    keterangan: |\n      Berkas diteruskan\n      kepada Ketua Tim dan\n');
    const f = expectFinding({ [FILE]: text }, { code: 'kalimat-terpotong', severity: 'warning', file: FILE, at: 'keterangan: |', step: 1 });
    expect(formatFinding(f).split('\n')).toHaveLength(1);
    expect(f.message).toContain('("…Berkas diteruskan kepada Ketua Tim dan")');
  });

  it('never breaks a line of the whole report, whatever value a message quotes', () => {
    const text = sopWith('kegiatan: Menyusun draf', 'kegiatan: |\n      Menyusun draf\n      yang disusun oleh Ketua Tim Kerja,').replace('nama: Contoh Prosedur', 'nama: |\n  Contoh\n  Prosedur');
    const lines = findingsOf({ [FILE]: text, [OTHER]: text }).map(formatFinding);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });

  it('says a kind once: an SOP titled "SOP …" or "STANDAR OPERASIONAL PROSEDUR …" is not "SOP SOP …"', () => {
    const titled = (title: string) => VALID_SOP.replace('nama: Contoh Prosedur', `nama: ${title}`);
    const f = findingsOf({ [FILE]: titled('STANDAR OPERASIONAL PROSEDUR SURAT KELUAR'), [OTHER]: titled('SOP Surat Keluar Lain') }).filter((x) => x.code === 'nomor-ganda');
    expect(f.map((x) => x.message).sort()).toEqual([
      'nomor "061/ 100.1 /CONTOH" juga dipakai SOP Surat Keluar Lain (content/sop/lain.mdx)',
      'nomor "061/ 100.1 /CONTOH" juga dipakai STANDAR OPERASIONAL PROSEDUR SURAT KELUAR (content/sop/contoh.mdx)',
    ]);
    for (const x of f) expect(x.message).not.toMatch(/SOP (SOP|STANDAR OPERASIONAL)/i);
  });

  it('names a box by its printed label without the printed colon ("Peralatan/Perlengkapan:" is not followed by a second ":")', () => {
    const text = sopWith('keterkaitan:', 'label:\n  peralatan_perlengkapan: "Peralatan/Perlengkapan:"\nperalatan_perlengkapan:\n  - Komputer\n  - Komputer\nketerkaitan:');
    const [f, ...more] = findingsOf({ [FILE]: text }).filter((x) => x.code === 'butir-ganda');
    expect(more).toEqual([]);
    expect(f!.line).toBe(text.split('\n').indexOf('  - Komputer') + 2);
    expect(f!.message).toBe('kotak Peralatan/Perlengkapan: butir 2 sama dengan butir 1 ("Komputer")');
  });

  it('counts steps from 1 in schema errors: the seventh step is "langkah 7"', () => {
    const steps = Array.from({ length: 7 }, (_, i) => `  - kegiatan: Langkah ${i + 1}\n    pelaksana: ${i === 6 ? 'ketua' : 'ketua-tim'}\n    waktu: 5 Menit\n`).join('');
    const text = VALID_SOP.replace(/^langkah:\n[\s\S]*?(?=^---)/m, `langkah:\n${steps}`);
    const f = findingsOf({ [FILE]: text }).filter((x) => x.code === 'schema');
    expect(f.map((x) => x.message)).toEqual(['langkah 7 › pelaksana: "ketua" bukan pelaksana SOP ini (ketua-tim, anggota-tim)']);
  });
});
