// The generator behind `npm run generate-corpus -- --n 200 [--seed 1] [--sp N] --out DIR
//
// Writes a realistic, generated corpus for scale tests: DIR/content/organisasi.yaml, N SOPs in
// DIR/content/sop/ and N/10 Standar Pelayanan in DIR/content/standar-pelayanan/, spread over up to 40
// perangkat daerah of a province. Deterministic from the seed: the same --n and --seed give the same
// bytes. The documents use the real frontmatter keys (src/domain/model/schema/) and must validate without
// errors; some carry the warnings real documents carry (title-only keterkaitan, blank numbers, a step
// without waktu, an unsigned SOP). Build it with SOP_CONTENT_ROOT=DIR. Never commit the output.
//
// The vocabulary is curated from the seed documents (content/*.mdx, ../shared/seeds/) and the roles,
// units and boxes domain.md describes; it lives here so that the corpus does not change when the
// seed content does.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { commitAll, initRepo } from './git-fixture.ts';

// ---------------------------------------------------------------------------------------------
// Seeded randomness: mulberry32, and the few draws the generator needs.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.min(k, items.length));
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const INSTANSI = { id: 'pemprov-kalbar', nama: 'Pemerintah Provinsi Kalimantan Barat' };

interface AgencySeed {
  id: string;
  nama: string;
  singkatan: string;
  /** Bidang / biro / bagian of the agency. */
  bidang: string[];
  /** What its SOPs and services are about: "Perizinan Fasilitas Kesehatan". */
  objects: string[];
}

/** The perangkat daerah of a province (Kalimantan Barat's, names as they write them). */
const AGENCIES: readonly AgencySeed[] = [
  { id: 'diskopukm', nama: 'Dinas Koperasi, Usaha Kecil dan Menengah', singkatan: 'DISKOPUKM', bidang: ['Bidang Perijinan dan Kelembagaan', 'Bidang Pemberdayaan Usaha Kecil'], objects: ['Perijinan Koperasi', 'Kelembagaan Koperasi', 'Diklat Usaha Kecil', 'Narasumber Pelatihan', 'Data Koperasi dan UMKM', 'Pendampingan UMKM'] },
  { id: 'dinkes', nama: 'Dinas Kesehatan', singkatan: 'DINKES', bidang: ['Bidang Pelayanan Kesehatan', 'Bidang Pencegahan dan Pengendalian Penyakit', 'Bidang Sumber Daya Kesehatan'], objects: ['Perizinan Fasilitas Kesehatan', 'Surveilans Penyakit Menular', 'Rujukan Pasien', 'Akreditasi Puskesmas', 'Tenaga Kesehatan', 'Imunisasi Rutin'] },
  { id: 'disdikbud', nama: 'Dinas Pendidikan dan Kebudayaan', singkatan: 'DISDIKBUD', bidang: ['Bidang Pembinaan SMA', 'Bidang Pembinaan SMK', 'Bidang Kebudayaan'], objects: ['Mutasi Peserta Didik', 'Legalisir Ijazah', 'Bantuan Operasional Sekolah', 'Cagar Budaya', 'Sertifikasi Guru', 'Penerimaan Peserta Didik Baru'] },
  { id: 'dinsos', nama: 'Dinas Sosial', singkatan: 'DINSOS', bidang: ['Bidang Rehabilitasi Sosial', 'Bidang Perlindungan dan Jaminan Sosial'], objects: ['Bantuan Sosial', 'Rehabilitasi Penyandang Disabilitas', 'Data Terpadu Kesejahteraan Sosial', 'Penanganan Korban Bencana Sosial', 'Panti Sosial'] },
  { id: 'dpupr', nama: 'Dinas Pekerjaan Umum dan Penataan Ruang', singkatan: 'DPUPR', bidang: ['Bidang Bina Marga', 'Bidang Sumber Daya Air', 'Bidang Penataan Ruang'], objects: ['Rekomendasi Tata Ruang', 'Pemeliharaan Jalan Provinsi', 'Irigasi', 'Jasa Konstruksi', 'Pengujian Bahan Konstruksi'] },
  { id: 'disperkim', nama: 'Dinas Perumahan Rakyat dan Kawasan Permukiman', singkatan: 'DISPERKIM', bidang: ['Bidang Perumahan', 'Bidang Kawasan Permukiman'], objects: ['Bantuan Rumah Tidak Layak Huni', 'Prasarana Permukiman', 'Air Minum dan Sanitasi', 'Rumah Susun'] },
  { id: 'satpolpp', nama: 'Satuan Polisi Pamong Praja', singkatan: 'SATPOLPP', bidang: ['Bidang Penegakan Perundang-undangan Daerah', 'Bidang Ketertiban Umum dan Ketenteraman Masyarakat'], objects: ['Penegakan Peraturan Daerah', 'Pengamanan Aset Daerah', 'Penertiban Reklame', 'Patroli Ketertiban'] },
  { id: 'bpbd', nama: 'Badan Penanggulangan Bencana Daerah', singkatan: 'BPBD', bidang: ['Bidang Pencegahan dan Kesiapsiagaan', 'Bidang Kedaruratan dan Logistik'], objects: ['Bantuan Logistik Bencana', 'Kaji Cepat Bencana', 'Kesiapsiagaan Desa Tangguh Bencana', 'Rehabilitasi Pascabencana'] },
  { id: 'disnakertrans', nama: 'Dinas Tenaga Kerja dan Transmigrasi', singkatan: 'DISNAKERTRANS', bidang: ['Bidang Pelatihan dan Produktivitas', 'Bidang Hubungan Industrial'], objects: ['Perselisihan Hubungan Industrial', 'Pelatihan Berbasis Kompetensi', 'Wajib Lapor Ketenagakerjaan', 'Penempatan Tenaga Kerja', 'Pengesahan Peraturan Perusahaan'] },
  { id: 'dp3ap2kb', nama: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana', singkatan: 'DP3AP2KB', bidang: ['Bidang Perlindungan Anak', 'Bidang Pengendalian Penduduk'], objects: ['Pendampingan Korban Kekerasan', 'Kabupaten Layak Anak', 'Data Keluarga Berencana', 'Pengarusutamaan Gender'] },
  { id: 'distapang', nama: 'Dinas Ketahanan Pangan', singkatan: 'DISTAPANG', bidang: ['Bidang Ketersediaan Pangan', 'Bidang Keamanan Pangan'], objects: ['Cadangan Pangan', 'Sertifikasi Keamanan Pangan Segar', 'Pemantauan Harga Pangan', 'Penganekaragaman Pangan'] },
  { id: 'dlhk', nama: 'Dinas Lingkungan Hidup dan Kehutanan', singkatan: 'DLHK', bidang: ['Bidang Tata Lingkungan', 'Bidang Pengendalian Pencemaran', 'Bidang Pengelolaan Hutan'], objects: ['Persetujuan Lingkungan', 'Pengaduan Pencemaran Lingkungan', 'Uji Laboratorium Lingkungan', 'Perhutanan Sosial', 'Pengendalian Kebakaran Hutan'] },
  { id: 'disdukcapil', nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'DISDUKCAPIL', bidang: ['Bidang Pelayanan Pendaftaran Penduduk', 'Bidang Pemanfaatan Data'], objects: ['Pemanfaatan Data Kependudukan', 'Konsolidasi Data Kependudukan', 'Pembinaan Administrasi Kependudukan'] },
  { id: 'dpmd', nama: 'Dinas Pemberdayaan Masyarakat dan Desa', singkatan: 'DPMD', bidang: ['Bidang Pemerintahan Desa', 'Bidang Pemberdayaan Ekonomi Masyarakat'], objects: ['Dana Desa', 'Badan Usaha Milik Desa', 'Evaluasi Perkembangan Desa', 'Pelatihan Aparatur Desa'] },
  { id: 'dishub', nama: 'Dinas Perhubungan', singkatan: 'DISHUB', bidang: ['Bidang Lalu Lintas dan Angkutan Jalan', 'Bidang Pelayaran'], objects: ['Izin Trayek Angkutan', 'Uji Berkala Kendaraan', 'Angkutan Sungai dan Penyeberangan', 'Manajemen Rekayasa Lalu Lintas'] },
  { id: 'diskominfo', nama: 'Dinas Komunikasi dan Informatika', singkatan: 'DISKOMINFO', bidang: ['Bidang Informasi dan Komunikasi Publik', 'Bidang Aplikasi Informatika', 'Bidang Persandian dan Statistik'], objects: ['Permohonan Informasi Publik', 'Nama Domain Subdomain', 'Sertifikat Elektronik', 'Data Statistik Sektoral', 'Layanan Aplikasi'] },
  { id: 'dpmptsp', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', singkatan: 'DPMPTSP', bidang: ['Bidang Pelayanan Perizinan', 'Bidang Pengendalian Pelaksanaan Penanaman Modal'], objects: ['Perizinan Berusaha', 'Laporan Kegiatan Penanaman Modal', 'Fasilitas Penanaman Modal', 'Pengaduan Perizinan'] },
  { id: 'dispora', nama: 'Dinas Kepemudaan dan Olahraga', singkatan: 'DISPORA', bidang: ['Bidang Kepemudaan', 'Bidang Olahraga'], objects: ['Pembinaan Atlet Berprestasi', 'Pinjam Pakai Gedung Olahraga', 'Pertukaran Pemuda', 'Kejuaraan Olahraga'] },
  { id: 'dispusip', nama: 'Dinas Perpustakaan dan Kearsipan', singkatan: 'DISPUSIP', bidang: ['Bidang Layanan Perpustakaan', 'Bidang Kearsipan'], objects: ['Keanggotaan Perpustakaan', 'Akuisisi Arsip Statis', 'Penyusutan Arsip', 'Perpustakaan Keliling'] },
  { id: 'dkp', nama: 'Dinas Kelautan dan Perikanan', singkatan: 'DKP', bidang: ['Bidang Perikanan Tangkap', 'Bidang Perikanan Budidaya'], objects: ['Izin Usaha Perikanan', 'Bantuan Sarana Budidaya Ikan', 'Pengawasan Sumber Daya Kelautan', 'Kartu Pelaku Usaha Perikanan'] },
  { id: 'dispar', nama: 'Dinas Pariwisata', singkatan: 'DISPAR', bidang: ['Bidang Destinasi Pariwisata', 'Bidang Pemasaran Pariwisata'], objects: ['Tanda Daftar Usaha Pariwisata', 'Promosi Pariwisata', 'Desa Wisata', 'Sertifikasi Pemandu Wisata'] },
  { id: 'distanhorti', nama: 'Dinas Pertanian, Tanaman Pangan dan Hortikultura', singkatan: 'DISTANHORTI', bidang: ['Bidang Tanaman Pangan', 'Bidang Hortikultura'], objects: ['Benih Bersertifikat', 'Alat dan Mesin Pertanian', 'Pupuk Bersubsidi', 'Perlindungan Tanaman'] },
  { id: 'disbunnak', nama: 'Dinas Perkebunan dan Peternakan', singkatan: 'DISBUNNAK', bidang: ['Bidang Perkebunan', 'Bidang Peternakan dan Kesehatan Hewan'], objects: ['Izin Usaha Perkebunan', 'Sertifikat Veteriner', 'Vaksinasi Rabies', 'Peremajaan Sawit Rakyat'] },
  { id: 'desdm', nama: 'Dinas Energi dan Sumber Daya Mineral', singkatan: 'DESDM', bidang: ['Bidang Mineral dan Batubara', 'Bidang Energi dan Ketenagalistrikan'], objects: ['Izin Usaha Pertambangan', 'Air Tanah', 'Listrik Desa', 'Inspeksi Tambang'] },
  { id: 'disperindag', nama: 'Dinas Perindustrian dan Perdagangan', singkatan: 'DISPERINDAG', bidang: ['Bidang Perdagangan Dalam Negeri', 'Bidang Perindustrian'], objects: ['Tera Ulang Alat Ukur', 'Stabilisasi Harga Bahan Pokok', 'Izin Usaha Industri', 'Pameran Produk Daerah'] },
  { id: 'bappeda', nama: 'Badan Perencanaan Pembangunan Daerah', singkatan: 'BAPPEDA', bidang: ['Bidang Perencanaan Ekonomi', 'Bidang Perencanaan Infrastruktur dan Kewilayahan'], objects: ['Musrenbang Provinsi', 'Rencana Kerja Pemerintah Daerah', 'Evaluasi Rencana Pembangunan', 'Pokok Pikiran DPRD'] },
  { id: 'bkad', nama: 'Badan Keuangan dan Aset Daerah', singkatan: 'BKAD', bidang: ['Bidang Anggaran', 'Bidang Perbendaharaan', 'Bidang Aset'], objects: ['Surat Penyediaan Dana', 'Pencairan Dana Hibah', 'Penghapusan Barang Milik Daerah', 'Sewa Barang Milik Daerah', 'Laporan Keuangan'] },
  { id: 'bapenda', nama: 'Badan Pendapatan Daerah', singkatan: 'BAPENDA', bidang: ['Bidang Pajak Daerah', 'Bidang Retribusi dan Pendapatan Lain'], objects: ['Pajak Kendaraan Bermotor', 'Bea Balik Nama Kendaraan', 'Keberatan Pajak Daerah', 'Retribusi Daerah'] },
  { id: 'bkd', nama: 'Badan Kepegawaian Daerah', singkatan: 'BKD', bidang: ['Bidang Mutasi dan Promosi', 'Bidang Pengembangan Kompetensi Aparatur'], objects: ['Kenaikan Pangkat', 'Pensiun Pegawai', 'Izin Belajar', 'Mutasi Pegawai', 'Penilaian Kinerja Pegawai'] },
  { id: 'bpsdm', nama: 'Badan Pengembangan Sumber Daya Manusia', singkatan: 'BPSDM', bidang: ['Bidang Pengembangan Kompetensi Teknis', 'Bidang Sertifikasi Kompetensi'], objects: ['Pelatihan Dasar CPNS', 'Pelatihan Kepemimpinan', 'Uji Kompetensi Jabatan', 'Sertifikat Pelatihan'] },
  { id: 'brida', nama: 'Badan Riset dan Inovasi Daerah', singkatan: 'BRIDA', bidang: ['Bidang Riset', 'Bidang Inovasi'], objects: ['Izin Penelitian', 'Kompetisi Inovasi Daerah', 'Kajian Kebijakan', 'Hak Kekayaan Intelektual'] },
  { id: 'kesbangpol', nama: 'Badan Kesatuan Bangsa dan Politik', singkatan: 'KESBANGPOL', bidang: ['Bidang Ideologi dan Wawasan Kebangsaan', 'Bidang Politik Dalam Negeri'], objects: ['Surat Keterangan Penelitian', 'Pendaftaran Organisasi Kemasyarakatan', 'Bantuan Keuangan Partai Politik', 'Forum Kerukunan Umat Beragama'] },
  { id: 'bppd', nama: 'Badan Pengelola Perbatasan Daerah', singkatan: 'BPPD', bidang: ['Bidang Pengelolaan Potensi Kawasan Perbatasan', 'Bidang Infrastruktur Kawasan Perbatasan'], objects: ['Pos Lintas Batas Negara', 'Pemberdayaan Masyarakat Perbatasan', 'Infrastruktur Perbatasan'] },
  { id: 'inspektorat', nama: 'Inspektorat', singkatan: 'INSPEKTORAT', bidang: ['Inspektur Pembantu Wilayah I', 'Inspektur Pembantu Wilayah II'], objects: ['Audit Kinerja', 'Reviu Laporan Keuangan', 'Pengaduan Dugaan Penyimpangan', 'Tindak Lanjut Hasil Pemeriksaan'] },
  { id: 'setda', nama: 'Sekretariat Daerah', singkatan: 'SETDA', bidang: ['Biro Kesejahteraan Rakyat', 'Biro Hukum', 'Biro Organisasi', 'Biro Pengadaan Barang dan Jasa'], objects: ['Produk Hukum Daerah', 'Hibah Keagamaan', 'Evaluasi Kelembagaan', 'Tender Pengadaan', 'Bantuan Hukum'] },
  { id: 'setwan', nama: 'Sekretariat DPRD', singkatan: 'SETWAN', bidang: ['Bagian Persidangan dan Perundang-undangan', 'Bagian Fasilitasi Penganggaran dan Pengawasan'], objects: ['Rapat Paripurna', 'Reses Anggota DPRD', 'Aspirasi Masyarakat', 'Kunjungan Kerja'] },
  { id: 'rsud-soedarso', nama: 'Rumah Sakit Umum Daerah dr. Soedarso', singkatan: 'RSUD', bidang: ['Bidang Pelayanan Medik', 'Bidang Keperawatan', 'Bidang Penunjang'], objects: ['Rawat Jalan', 'Rekam Medis', 'Pelayanan Farmasi', 'Rujukan Balik', 'Pengaduan Pasien'] },
  { id: 'rsjd', nama: 'Rumah Sakit Jiwa Daerah Sungai Bangkong', singkatan: 'RSJD', bidang: ['Bidang Pelayanan', 'Bidang Penunjang Medik'], objects: ['Rehabilitasi Psikososial', 'Konsultasi Psikologi', 'Rawat Inap Jiwa'] },
  { id: 'dispertan', nama: 'Dinas Pertanahan', singkatan: 'DISPERTAN', bidang: ['Bidang Pengadaan Tanah', 'Bidang Penyelesaian Sengketa Tanah'], objects: ['Pengadaan Tanah untuk Kepentingan Umum', 'Sengketa Tanah', 'Inventarisasi Tanah Milik Daerah'] },
  { id: 'badan-penghubung', nama: 'Badan Penghubung Daerah', singkatan: 'BAPEHUB', bidang: ['Bidang Promosi dan Informasi', 'Bidang Fasilitasi'], objects: ['Fasilitasi Tamu Daerah', 'Promosi Potensi Daerah', 'Mess Daerah'] },
];

/** Sub bagian of every secretariat: the administrative SOPs live here. */
const SUBBAG = ['Sub Bagian Umum dan Kepegawaian', 'Sub Bagian Keuangan', 'Sub Bagian Program dan Pelaporan'];

/** The SOPs every agency has, cited by many of its other SOPs (keterkaitan hubs). */
const HUB_TITLES = ['Pengelolaan Surat Masuk', 'Pengelolaan Surat Keluar', 'Pengarsipan Dokumen'];

/** Administrative SOP titles of the sub bagian. */
const ADMIN_TITLES = [
  'Pengajuan Cuti Pegawai', 'Pengusulan Kenaikan Gaji Berkala', 'Penyusunan Laporan Kinerja Instansi Pemerintah',
  'Penyusunan Dokumen Pelaksanaan Anggaran', 'Pengajuan Surat Perintah Membayar', 'Penatausahaan Barang Milik Daerah',
  'Penyusunan Rencana Strategis', 'Rekapitulasi Daftar Hadir Pegawai', 'Pemeliharaan Kendaraan Operasional', 'Pelayanan Tamu Dinas',
  'Penyusunan Laporan Realisasi Anggaran', 'Pengelolaan Gaji dan Tunjangan', 'Penyusunan Standar Pelayanan',
];

/** First words of SOP titles of the bidang: "<action> <object>". */
const ACTIONS = [
  'Pelayanan', 'Verifikasi', 'Penerbitan Rekomendasi', 'Pembinaan', 'Monitoring dan Evaluasi', 'Pendataan', 'Fasilitasi',
  'Bimbingan Teknis', 'Penyusunan Laporan', 'Permintaan Data', 'Sosialisasi', 'Penanganan Pengaduan', 'Koordinasi Pelaksanaan',
  'Konsultasi', 'Pelaksanaan', 'Penyiapan Bahan', 'Validasi Data', 'Pengawasan',
];

/** Keterkaitan titles that are never generated: they stay unresolved ("belum tersedia"). */
const MISSING_TITLES = [
  'SOP Koordinasi dan Kerjasama', 'SOP Penyelenggaraan Surat Keluar', 'SOP Penyimpanan Arsip', 'SOP Pelayanan Informasi Publik',
  'SOP Pembuatan Surat Tugas (ST) Pelaksanaan Kegiatan', 'SOP Pembuatan Surat Keputusan (SK) Kegiatan',
  'SOP Penyiapan Tenaga Pelatih/Instruktur/Fasilitator', 'SOP Pendaftaran Online Narasumber', 'SOP Penyelenggaraan Surat Masuk',
  'SOP Perjalanan Dinas', 'SOP Penyusunan Rencana Kerja dan Anggaran', 'SOP Pengelolaan Pengaduan Masyarakat',
  'SOP Rapat Koordinasi Pimpinan', 'SOP Penggunaan Kendaraan Dinas', 'SOP Pengadaan Barang dan Jasa', 'SOP Pengelolaan Website',
  'SOP Survei Kepuasan Masyarakat', 'SOP Penatausahaan Keuangan', 'SOP Pemeliharaan Sarana dan Prasarana Kantor',
  'SOP Pengelolaan Data Kepegawaian',
];
/** Per agency, "SOP <missing action> <object>" is cited and never published either. */
const MISSING_ACTIONS = ['Penetapan Tim Teknis', 'Penyusunan Petunjuk Teknis', 'Evaluasi Tahunan'];

interface ActorSeed {
  id: string;
  nama: string;
  outsider?: boolean;
  /** More common in the seeds: drawn more often. */
  weight: number;
}

const ACTORS: readonly ActorSeed[] = [
  { id: 'ketua-tim', nama: 'Ketua Tim Kerja', weight: 10 },
  { id: 'anggota-tim', nama: 'Anggota Tim Kerja', weight: 10 },
  { id: 'pejabat-level-2', nama: 'Pejabat Level 2 (Pimpinan Unit)', weight: 8 },
  { id: 'pejabat-level-1', nama: 'Pejabat Level 1 (Pejabat Penilai Kinerja)', weight: 7 },
  { id: 'front-office', nama: 'Front Office', weight: 4 },
  { id: 'petugas-pelayanan', nama: 'Petugas Pelayanan', weight: 4 },
  { id: 'ppid-pembantu', nama: 'PPID Pembantu', weight: 2 },
  { id: 'tu', nama: 'TU', weight: 3 },
  { id: 'kepala-bidang', nama: 'Kepala Bidang', weight: 3 },
  { id: 'sekretaris', nama: 'Sekretaris', weight: 2 },
  { id: 'kasubbag-umum', nama: 'Kepala Sub Bagian Umum dan Kepegawaian', weight: 2 },
  { id: 'bendahara', nama: 'Bendahara Pengeluaran', weight: 1 },
  { id: 'pengadministrasi', nama: 'Pengadministrasi Umum', weight: 2 },
  { id: 'analis', nama: 'Analis Kebijakan Ahli Muda', weight: 1 },
  { id: 'petugas-teknis', nama: 'Petugas Teknis', weight: 2 },
  { id: 'verifikator', nama: 'Verifikator', weight: 2 },
  { id: 'arsiparis', nama: 'Arsiparis', weight: 1 },
  { id: 'pranata-komputer', nama: 'Pranata Komputer', weight: 1 },
  { id: 'ppk', nama: 'Pejabat Pembuat Komitmen (PPK)', weight: 1 },
  { id: 'bagian-terkait', nama: 'Bagian Terkait', weight: 1 },
  { id: 'eselon-fungsional', nama: 'Eselon / Fungsional Khusus', weight: 1 },
  { id: 'personil-bidang', nama: 'Personil Bidang (Staf, Jafung dan atau Kepala Bidang)', weight: 1 },
  { id: 'pemohon', nama: 'Pemohon', outsider: true, weight: 3 },
  { id: 'tamu-pengunjung', nama: 'Tamu / Pengunjung', outsider: true, weight: 1 },
];

/** Waktu as authors write it, with how often; every unit of src/domain/time/duration.ts and "Sesuai …" occur. */
const TIMES: ReadonlyArray<readonly [string, number]> = [
  ['5 Menit', 12], ['10 Menit', 14], ['15 Menit', 10], ['30 menit', 6], ['45 Menit', 4], ['5 menit', 5], ['60 Menit', 2],
  ['lima menit', 1], ['5 (lima) menit', 1], ['10-15 menit', 2],
  ['1 Jam', 6], ['2 Jam', 4], ['3 jam', 2], ['1-2 jam', 1], ['setengah jam', 1],
  ['30 detik', 1], ['45 Detik', 1],
  ['1 Hari', 3], ['3 hari', 2], ['1-2 hari', 2], ['2 (dua) hari', 1],
  ['3 hari kerja', 2], ['5 Hari Kerja', 2], ['14 hari kerja', 1],
  ['1 minggu', 1], ['2 Minggu', 1],
  ['1 bulan', 1],
  ['Sesuai waktu konsultasi', 2], ['Sesuai jadwal kegiatan', 2], ['Tergantung jumlah berkas', 1],
  ['', 1],
];
/** Every distinct waktu above, for the one SOP that must show them all. */
const ALL_TIMES = TIMES.map(([t]) => t).filter((t) => t !== '');

const DOCS = ['surat permohonan', 'berkas permohonan', 'nota dinas', 'surat undangan', 'dokumen usulan', 'surat masuk'];

const DASAR_HUKUM = [
  'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
  'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
  'Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah',
  'Undang-undang Nomor 11 Tahun 2020 tentang Cipta Kerja',
  'Peraturan Pemerintah Nomor 25 Tahun 2020 tentang Kewenangan Pemerintah dan Kewenangan Provinsi sebagai Daerah Otonom',
  'Peraturan Menteri Dalam Negeri Nomor 01 Tahun 2023 Tentang Tata Naskah Dinas',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan',
  'Peraturan Daerah Provinsi Kalimantan Barat Nomor 8 Tahun 2015 tentang Penyelenggaraan Pelayanan Publik',
  'Peraturan Daerah Nomor 11 Tahun 2019 tentang Perubahan atas Peraturan Daerah Nomor 8 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Provinsi Kalimantan Barat',
  'Pergub Kalbar Nomor 106 tahun 2021 tentang Tata Naskah Dinas di lingkungan Pemerintah Provinsi Kalbar.',
  'Peraturan Gubernur Kalimantan Barat Nomor 92 Tahun 2016 tentang Petunjuk Pelaksanaan Peraturan Daerah Provinsi Kalimantan Barat Nomor 8 Tahun 2015 tentang Penyelenggaraan Pelayanan Publik',
];

const KUALIFIKASI = [
  'Pendidikan minimal S-1', 'Pendidikan minimal D-III', 'Pendidikan minimal D.III', 'Bisa Mengoperasikan Komputer',
  'Mampu berkomunikasi dengan baik', 'Memahami Peraturan dan Kebijakan', 'Memahami tugas dan fungsi jabatan',
  'Memiliki Kemampuan Teknis Mengoperasikan IT dalam Presentasi', 'Teliti dan cermat dalam pemeriksaan dokumen',
];

const PERALATAN = [
  'Komputer/Laptop', 'Printer', 'Alat Tulis Kantor', 'Buku Agenda', 'Kartu Disposisi', 'Jaringan Internet', 'Scanner',
  'Map/Ordner', 'Telepon', 'Laptop, infocus, printer', 'DPA SKPD', 'Aplikasi SRIKANDI', 'Stempel dinas',
];

const PERINGATAN = [
  'Ketelitian dan kecermatan dalam pemeriksaan berkas',
  'Harus ada kerjasama tim inti dalam pelaksanaan kegiatan',
  'Apabila SOP tidak dilaksanakan akan menghambat pelayanan',
  'Berkas yang tidak lengkap dikembalikan kepada pemohon',
];

const PENCATATAN = [
  'Buku agenda surat masuk dan keluar', 'Permasalahan dan Kendala', 'Evaluasi serta tindak lanjut', 'Arsip digital',
  'Rekap Telaahan Laporan', 'Daftar hadir',
];

const PERSONS = ['Junaidi', 'Harisson', 'Sri Wahyuni', 'Ahmad Syarif', 'Yulius Heronimus', 'Linda Purnama', 'Hendra Gunawan', 'Mahmudah',
  'Rudi Hartono', 'Asep Saepudin', 'Dody Wahyudi', 'Ria Novita', 'Syarifah Aini', 'Anthonius Sulis', 'Ignasius Ikot', 'Masrina',
  'Muhammad Bardan', 'Florentinus Anum', 'Herkulana Mekarryani', 'Alfian Salam'];
const DEGREES = [['Drs. ', ', MM'], ['', ', S.H., M.H.'], ['Ir. ', ', M.T.'], ['dr. ', ', M.Kes'], ['', ', S.Sos., M.Si'], ['Dr. ', ', M.Pd']] as const;

// ---------------------------------------------------------------------------------------------
// Step templates. {obj} is the SOP's subject in lower case, {doc} a kind of letter, {next} the
// column label of the next step's actor (used only when the work passes to someone else).

interface StepTemplate {
  key: string;
  text: string;
  input: string;
  output: string;
}

const START: readonly StepTemplate[] = [
  { key: 'perintah', text: 'Memerintahkan kepada {next} untuk menyiapkan bahan {obj} sesuai DPA;', input: 'Agenda kerja', output: 'Disposisi' },
  { key: 'registrasi', text: 'Melakukan registrasi pelayanan di Agenda Masuk Front Office atau Mesin Pelayanan Front Office', input: 'Tanda Registrasi', output: 'Nomor antrian' },
  { key: 'ajukan', text: 'Menyampaikan {doc} {obj} beserta berkas pendukung kepada {next}', input: 'Dokumen, data', output: 'Berkas permohonan' },
  { key: 'terima-surat', text: 'Menerima {doc} {obj} dan mencatatnya dalam buku agenda', input: 'Surat masuk', output: 'Lembar disposisi' },
];

const WORK: readonly StepTemplate[] = [
  { key: 'siapkan', text: 'Menyiapkan bahan {obj} dan dilaporkan kepada {next};', input: 'Disposisi', output: 'Bahan {obj}' },
  { key: 'konsep', text: 'Mengonsep {obj} dan diteruskan kepada {next} untuk ditindaklanjuti;', input: 'Bahan {obj}, disposisi', output: 'Konsep {obj}' },
  { key: 'identifikasi', text: 'Menginventarisir dan mengidentifikasi data {obj} untuk ditindaklanjuti oleh {next};', input: 'Konsep {obj}', output: 'Draft {obj}, disposisi' },
  { key: 'verifikasi', text: 'Melakukan verifikasi dan identifikasi berkas {obj} sesuai ketentuan yang berlaku;', input: 'Berkas permohonan', output: 'Berkas terverifikasi' },
  { key: 'koordinasi', text: 'Melakukan koordinasi dan atau konfirmasi ke bidang terkait atas {obj}', input: 'Disposisi dan data dukung', output: 'Hasil koordinasi' },
  { key: 'telaah', text: 'Menyusun telaahan staf tentang {obj} dan meneruskannya kepada {next};', input: 'Hasil koordinasi', output: 'Telaahan staf' },
  { key: 'disposisi', text: 'Mendisposisikan {doc} kepada {next} untuk ditindaklanjuti;', input: 'Lembar disposisi', output: 'Disposisi' },
  { key: 'laksanakan', text: 'Melaksanakan kegiatan {obj} sesuai jadwal yang telah ditetapkan;', input: 'Jadwal kegiatan', output: 'Laporan pelaksanaan' },
  { key: 'input-data', text: 'Menginput data {obj} ke aplikasi dan mencetak tanda terima', input: 'Berkas terverifikasi', output: 'Data {obj}' },
  { key: 'layani', text: 'Melayani langsung konsultasi terkait {obj}', input: 'Ruangan pelayanan', output: 'Catatan konsultasi' },
  { key: 'kaji', text: 'Mengkaji dan menganalisa permohonan {obj} berdasarkan data dukung', input: 'Data {obj}', output: 'Hasil kajian' },
  { key: 'paraf', text: 'Memaraf konsep surat {obj} dan meneruskannya kepada {next};', input: 'Konsep surat', output: 'Konsep surat berparaf' },
];

interface DecisionTemplate extends StepTemplate {
  question: string;
}

const DECIDE: readonly DecisionTemplate[] = [
  { key: 'koreksi', text: 'Mengoreksi/meneliti draft {obj}, kalau setuju meneruskannya kepada {next}, kalau tidak setuju dikembalikan untuk diperbaiki;', question: 'Draft {obj} disetujui?', input: 'Draft {obj}, disposisi', output: 'Draft {obj} dikoreksi' },
  { key: 'periksa', text: 'Memeriksa kelengkapan {doc}; jika belum lengkap dikembalikan untuk dilengkapi', question: 'Berkas lengkap?', input: 'Berkas permohonan', output: 'Berkas lengkap' },
  { key: 'setujui', text: 'Memberikan persetujuan/ tidak persetujuan terhadap {obj}', question: 'Disetujui?', input: 'Telaahan staf', output: 'Persetujuan' },
  { key: 'validasi', text: 'Memvalidasi data {obj}; data yang tidak valid dikembalikan untuk diperbaiki', question: 'Data valid?', input: 'Data {obj}', output: 'Data tervalidasi' },
];

const FORWARD_DECISION: DecisionTemplate = {
  key: 'nilai', text: 'Menilai kelayakan permohonan {obj} sesuai persyaratan', question: 'Memenuhi syarat?', input: 'Hasil kajian', output: 'Hasil penilaian',
};
const REJECT: StepTemplate = { key: 'tolak', text: 'Menyiapkan surat pemberitahuan penolakan {obj} beserta alasannya', input: 'Hasil penilaian', output: 'Surat penolakan' };

const END: readonly StepTemplate[] = [
  { key: 'arsip', text: 'Mendokumentasikan {obj} dan mendistribusikannya.', input: 'Dokumen final', output: 'Arsip {obj}' },
  { key: 'tandatangan', text: 'Menandatangani surat {obj} dan menyerahkannya untuk diagendakan', input: 'Konsep surat berparaf', output: 'Surat {obj}' },
  { key: 'serahkan', text: 'Menyampaikan surat jawaban {obj} kepada pemohon', input: 'Surat {obj}', output: 'Surat jawaban' },
  { key: 'terima-hasil', text: 'Menerima hasil layanan {obj}', input: 'Surat jawaban', output: 'Hasil layanan' },
];

// ---------------------------------------------------------------------------------------------
// The plan: which documents exist, where, under which title and id; then each is written out.

export interface GeneratedFile {
  /** Relative to the content root: "content/sop/x.mdx". */
  path: string;
  text: string;
}

export interface GeneratedCorpus {
  n: number;
  seed: number;
  files: GeneratedFile[];
  summary: { sops: number; standards: number; agencies: number; units: number; steps: number; decisions: number; records: number };
}

export interface GenerateOptions {
  /** Number of SOPs. */
  n: number;
  seed?: number;
  /** Number of Standar Pelayanan; N/10 (at least 1) when left out. */
  standards?: number;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const lowerFirst = (t: string) => t.toLowerCase();
const fill = (t: string, vars: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

interface PlannedUnit {
  id: string;
  nama: string;
  admin: boolean;
}
interface PlannedAgency {
  seed: AgencySeed;
  units: PlannedUnit[];
  head: { nama: string; jabatan: string; nip: string };
  sops: PlannedSop[];
  missing: string[];
  numberSeq: number;
}
interface PlannedSop {
  index: number;
  agency: PlannedAgency;
  unit: PlannedUnit;
  title: string;
  slug: string;
  /** The subject used in step texts. */
  object: string;
}

function nip(rng: Rng): string {
  const by = rng.int(1965, 1982);
  const bm = rng.int(1, 12);
  const bd = rng.int(1, 28);
  const ay = by + rng.int(22, 30);
  const am = rng.int(1, 12);
  const pad = (v: number, w = 2) => String(v).padStart(w, '0');
  return `${by}${pad(bm)}${pad(bd)} ${ay}${pad(am)} ${rng.int(1, 2)} ${pad(rng.int(1, 9), 3)}`;
}

function headOf(rng: Rng, agency: AgencySeed): PlannedAgency['head'] {
  const [pre, post] = rng.pick(DEGREES);
  const office = agency.nama.startsWith('Badan') ? 'Kepala' : agency.nama.startsWith('Sekretariat DPRD') ? 'Sekretaris DPRD,' : agency.nama.startsWith('Sekretariat') ? 'Sekretaris Daerah,' : agency.nama.startsWith('Rumah Sakit') ? 'Direktur' : agency.nama.startsWith('Inspektorat') ? 'Inspektur,' : 'Kepala';
  const where = office.endsWith(',') ? 'Provinsi Kalimantan Barat' : `${agency.nama} Provinsi Kalimantan Barat`;
  return { nama: `${pre}${rng.pick(PERSONS)}${post}`, jabatan: `${office.replace(/,$/, '')} ${where}`, nip: nip(rng) };
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const n = Math.max(1, Math.floor(options.n));
  const seed = options.seed ?? 1;
  const spCount = options.standards ?? Math.max(1, Math.floor(n / 10));
  const rng = new Rng(seed);

  // Perangkat daerah: about 50 SOPs each, at most the 40 of a province, at least 2.
  const agencyCount = Math.min(AGENCIES.length, Math.max(2, Math.round(n / 50)));
  const agencies: PlannedAgency[] = AGENCIES.slice(0, agencyCount).map((seedAgency) => {
    const units: PlannedUnit[] = [
      ...rng.sample(SUBBAG, rng.int(1, SUBBAG.length)).map((nama) => ({ id: `${slug(nama.replace('Sub Bagian', 'subbag'))}-${seedAgency.id}`, nama, admin: true })),
      ...seedAgency.bidang.map((nama) => ({ id: `${slug(nama)}-${seedAgency.id}`, nama, admin: false })),
    ];
    const missing = MISSING_ACTIONS.map((a) => `SOP ${a} ${rng.pick(seedAgency.objects)}`);
    return { seed: seedAgency, units, head: headOf(rng, seedAgency), sops: [], missing: [...new Set(missing)], numberSeq: 1000 + rng.int(0, 800) };
  });

  // Titles that must stay unpublished, to keep "belum tersedia" references unresolved.
  const unpublished = new Set([...MISSING_TITLES, ...agencies.flatMap((a) => a.missing)].map((t) => slug(t.replace(/^SOP /, ''))));

  // SOPs: the hubs of each agency first, then the rest spread with uneven weights.
  const agencyWeights = agencies.map((a) => [a, 0.5 + rng.float()] as const);
  const usedSlugs = new Set<string>();
  const sops: PlannedSop[] = [];
  const titlesOf = new Map<PlannedAgency, Set<string>>(agencies.map((a) => [a, new Set()]));
  const uniqueSlug = (title: string, agency: PlannedAgency, taken: Set<string>) => {
    let s = slug(title);
    if (taken.has(s)) s = `${slug(title)}-${agency.seed.id}`;
    for (let k = 2; taken.has(s); k++) s = `${slug(title)}-${agency.seed.id}-${k}`;
    taken.add(s);
    return s;
  };
  for (let i = 0; i < n; i++) {
    const agency = i < agencies.length * HUB_TITLES.length ? agencies[i % agencies.length]! : rng.weighted(agencyWeights);
    const taken = titlesOf.get(agency)!;
    let title: string;
    let object: string;
    let unit: PlannedUnit;
    const hub = HUB_TITLES.find((t) => !taken.has(t));
    const adminUnits = agency.units.filter((u) => u.admin);
    if (hub && i < agencies.length * HUB_TITLES.length) {
      title = hub;
      object = hub.replace(/^Pengelolaan |^Pengarsipan /, '').toLowerCase();
      unit = adminUnits[0] ?? agency.units[0]!;
    } else {
      let attempts = 0;
      do {
        if (rng.chance(0.2)) {
          title = rng.pick(ADMIN_TITLES);
          object = title.split(' ').slice(1).join(' ').toLowerCase();
          unit = rng.pick(adminUnits.length ? adminUnits : agency.units);
        } else {
          const o = rng.pick(agency.seed.objects);
          title = `${rng.pick(ACTIONS)} ${o}`;
          object = o.toLowerCase();
          unit = rng.pick(agency.units.filter((u) => !u.admin));
        }
        attempts++;
        // An agency has at most ~250 distinct titles; past that, a second SOP of one title is fine.
      } while ((taken.has(title) && attempts < 20) || unpublished.has(slug(title)));
    }
    taken.add(title);
    const planned: PlannedSop = { index: i, agency, unit, title, slug: uniqueSlug(title, agency, usedSlugs), object };
    agency.sops.push(planned);
    sops.push(planned);
  }

  const files: GeneratedFile[] = [{ path: 'content/organisasi.yaml', text: organisationYaml(agencies, seed) }];
  let stepTotal = 0;
  let decisionTotal = 0;
  const stepCounts = new Map<string, number>();
  for (const sop of sops) {
    const { text, steps, decisions } = sopFile(rng, sop, sops, seed);
    stepCounts.set(sop.slug, steps);
    stepTotal += steps;
    decisionTotal += decisions;
    files.push({ path: `content/sop/${sop.slug}.mdx`, text });
  }
  const spSlugs = new Set<string>();
  let spNumber = 100 + rng.int(0, 50);
  for (let j = 0; j < spCount; j++) {
    const agency = agencies[j % agencies.length]!;
    const spSlug = (title: string) => uniqueSlug(title, agency, spSlugs);
    const number = rng.chance(0.4) ? `188.4/${spNumber++}/${agency.seed.singkatan}/${rng.int(2021, 2024)}` : '';
    const { path: p, text } = standardFile(rng, agency, j, number, spSlug, seed);
    files.push({ path: p, text });
  }
  // Monitoring and evaluation records from a generator of their own: the documents stay the bytes
  // they were before records existed (the benchmark compares runs across versions).
  const records = monevRecords(new Rng(seed * 7919 + 17), sops, stepCounts);
  files.push(...records);
  return {
    n,
    seed,
    files,
    summary: {
      sops: sops.length,
      standards: spCount,
      agencies: agencies.length,
      units: agencies.reduce((s, a) => s + a.units.length, 0),
      steps: stepTotal,
      decisions: decisionTotal,
      records: records.length,
    },
  };
}

const ASSESSORS = ['Dra. Siti Aminah', 'Andi Pratama, S.Si.', 'Ir. Budi Santoso, M.Si.', 'Rina Marlina, S.E.', 'H. Syarif Hidayat, S.Sos.'];
const METHODS = ['Observasi supervisor', 'Wawancara dengan pelaksana', 'Wawancara dengan pelanggan', 'Pertemuan dan diskusi kelompok kerja', 'Pengarahan dalam pelaksanaan'];
const NOTES = [
  ['Waktu pelaksanaan melebihi yang tertulis di SOP.', 'Tinjau ulang waktu langkah ini.'],
  ['Pelaksana belum memahami urutan langkah.', 'Sosialisasi ulang SOP kepada pelaksana.'],
  ['Berkas sering kembali karena tidak lengkap.', 'Tambahkan daftar periksa kelengkapan.'],
  ['Aplikasi tidak dapat diakses pada jam sibuk.', 'Koordinasi dengan pengelola aplikasi.'],
] as const;
const CRITERIA = ['Mampu mendorong peningkatan kinerja', 'Mudah dipahami', 'Mudah dilaksanakan', 'Semua orang dapat menjalankan perannya masing-masing', 'Mampu mengatasi permasalahan yang berkaitan dengan proses', 'Mampu menjawab kebutuhan peningkatan kinerja organisasi', 'Sinergi satu dengan lainnya'];

/**
 * Records for about two SOPs in three (content/pemantauan/, content/evaluasi/, docs/monitoring.md):
 * one to three monitorings between mid-2024 and mid-2026, half of them with steps found not
 * working, and an evaluation after the last for about a third. Dates stop at June 2026, so that no
 * record is after a reference date of later than that.
 */
function monevRecords(rng: Rng, sops: readonly PlannedSop[], stepCounts: ReadonlyMap<string, number>): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  const day = (index: number) => isoDay(new Date(Date.UTC(2024, 5, 1) + index * 86_400_000));
  const SPAN = 730; // 2024-06-01 … 2026-05-31
  for (const sop of sops) {
    if (rng.chance(0.35)) continue;
    const steps = stepCounts.get(sop.slug)!;
    const count = rng.int(1, 3);
    const days = [...new Set(Array.from({ length: count }, () => rng.int(0, SPAN - 1)))].sort((a, b) => a - b);
    for (const d of days) {
      const date = day(d);
      const assessed = Array.from({ length: steps }, (_, i) => i + 1).filter(() => rng.chance(0.8));
      if (assessed.length === 0) assessed.push(1);
      const rows = assessed.map((n) => {
        if (!rng.chance(0.12)) return { langkah: n, penilaian: 'Berjalan dengan baik' };
        const [catatan, tindakan] = rng.pick(NOTES);
        return { langkah: n, penilaian: 'Tidak berjalan dengan baik', catatan, tindakan };
      });
      const record = { tanggal: date, penilai: { nama: rng.pick(ASSESSORS), jabatan: `Kepala ${sop.unit.nama}` }, metode: rng.pick(METHODS), langkah: rows };
      out.push({ path: `content/pemantauan/${sop.slug}/${date}.yaml`, text: stringify(record, { lineWidth: 0 }) });
    }
    if (rng.chance(0.35)) {
      const date = day(Math.min(SPAN - 1, days[days.length - 1]! + rng.int(5, 60)));
      const kriteria = rng.sample(CRITERIA, rng.int(3, CRITERIA.length)).map((uraian) => (rng.chance(0.8) ? { uraian, penilaian: 'ya' } : { uraian, penilaian: 'tidak', catatan: 'Perlu disesuaikan dengan pelaksanaan.' }));
      const kesimpulan = rng.weighted([['dipertahankan', 60], ['direvisi', 35], ['dicabut', 5]] as const);
      out.push({ path: `content/evaluasi/${sop.slug}/${date}.yaml`, text: stringify({ tanggal: date, penilai: { nama: rng.pick(ASSESSORS) }, kriteria, kesimpulan }, { lineWidth: 0 }) });
    }
  }
  return out;
}

function organisationYaml(agencies: PlannedAgency[], seed: number): string {
  const data = {
    instansi: [
      {
        id: INSTANSI.id,
        nama: INSTANSI.nama,
        perangkat_daerah: agencies.map((a) => ({
          id: a.seed.id,
          nama: a.seed.nama,
          singkatan: a.seed.singkatan,
          unit: a.units.map((u) => ({ id: u.id, nama: u.nama })),
        })),
      },
    ],
  };
  return `# Dibangkitkan oleh scripts/generate-corpus.ts (seed ${seed}); bukan data asli.\n${stringify(data, { lineWidth: 0 })}`;
}

/** Step count 3 to 40, most between 5 and 12 as in the seeds. */
function stepCount(rng: Rng): number {
  return rng.weighted<() => number>([
    [() => 3, 4],
    [() => rng.int(4, 12), 66],
    [() => rng.int(13, 24), 22],
    [() => rng.int(25, 40), 8],
  ])();
}

interface StepOut {
  id?: string;
  kegiatan: string;
  pelaksana: string | string[];
  kelengkapan?: string;
  waktu?: string;
  output?: string;
  keterangan?: string;
  keputusan?: { pertanyaan: string; ya?: string; tidak?: string };
}

function sopFile(rng: Rng, sop: PlannedSop, all: PlannedSop[], seed: number): { text: string; steps: number; decisions: number } {
  const { agency } = sop;
  // The first documents are shaped to cover every case a small corpus must show.
  const forced = sop.index;
  const s = forced === 0 ? 40 : forced === 1 ? 3 : forced === 2 ? 12 : stepCount(rng);
  const maxActors = Math.min(8, s);
  const a = forced === 0 ? 8 : forced === 1 ? 2 : rng.weighted([[2, 20], [3, 30], [4, 25], [5, 12], [6, 7], [7, 3], [8, 3]] as const);
  const actorCount = Math.max(2, Math.min(a, maxActors));

  // Actors: an outsider (pemohon, tamu) in about a third of the SOPs, at the first step.
  const withOutsider = forced === 2 || (forced > 2 && rng.chance(0.35));
  const outsiders = ACTORS.filter((x) => x.outsider);
  const insiders = ACTORS.filter((x) => !x.outsider);
  const chosen: ActorSeed[] = withOutsider ? [rng.weighted(outsiders.map((x) => [x, x.weight] as const))] : [];
  const pool = [...insiders];
  while (chosen.length < actorCount) {
    const pickOne = rng.weighted(pool.map((x) => [x, x.weight] as const));
    chosen.push(pickOne);
    pool.splice(pool.indexOf(pickOne), 1);
  }

  // Who does which step: every actor at least once, work handed on more often than kept.
  const owner: number[] = new Array(s).fill(-1);
  owner[0] = 0;
  if (withOutsider && s >= actorCount + 1 && rng.chance(0.6)) owner[s - 1] = 0;
  const free = rng.shuffle([...Array(s).keys()].filter((i) => owner[i] === -1));
  for (let k = 1; k < actorCount; k++) owner[free[k - 1]!] = k;
  for (let i = 0; i < s; i++) {
    if (owner[i] !== -1) continue;
    const prev = owner[i - 1] ?? 0;
    owner[i] = rng.chance(0.3) ? prev : rng.int(withOutsider ? 1 : 0, actorCount - 1);
  }
  const joint: Array<number | undefined> = owner.map((o, i) =>
    forced === 0 && i === 5 ? (o + 1) % actorCount : i > 0 && rng.chance(0.07) ? (o + rng.int(1, actorCount - 1)) % actorCount : undefined,
  );
  // Columns in the order work first reaches them.
  const order: number[] = [];
  for (let i = 0; i < s; i++) for (const k of [owner[i]!, joint[i]]) if (k !== undefined && !order.includes(k)) order.push(k);
  const actors = order.map((k) => chosen[k]!);
  const actorId = (k: number) => chosen[k]!.id;
  const label = (k: number) => chosen[k]!.nama;

  // Decisions: loop-backs ("Tidak" to an earlier step) and now and then a forward branch.
  const decisions = new Map<number, { kind: 'loop'; to: number } | { kind: 'forward' }>();
  const wantDecisions = s === 3 ? (forced === 1 || rng.chance(0.3) ? 1 : 0) : forced === 0 ? 6 : rng.chance(0.7) ? 1 + rng.int(0, Math.floor(s / 10)) : 0;
  for (let tries = 0; decisions.size < wantDecisions && tries < 20; tries++) {
    const k = rng.int(2, s - 1); // 1-based, never the first or the last step
    if (decisions.has(k) || decisions.has(k - 1) || decisions.has(k + 1)) continue;
    if ((forced === 0 && decisions.size === 0) || (k <= s - 2 && !decisions.has(k + 2) && rng.chance(0.18) && forced !== 1)) {
      if (k > s - 2) continue;
      decisions.set(k, { kind: 'forward' });
    } else decisions.set(k, { kind: 'loop', to: Math.max(1, k - rng.int(1, 4)) });
  }
  const forwardRejects = new Set([...decisions].filter(([, d]) => d.kind === 'forward').map(([k]) => k + 1));
  // "Tidak" goes back to work to redo, never to the rejection letter of a forward branch.
  for (const [k, d] of decisions) if (d.kind === 'loop' && forwardRejects.has(d.to)) decisions.set(k, { kind: 'loop', to: d.to - 1 });

  const obj = lowerFirst(sop.object);
  const doc = rng.pick(DOCS);
  const stepIds = new Map<number, string>();
  const templates: StepTemplate[] = [];
  const deck: StepTemplate[] = [];
  for (let i = 1; i <= s; i++) {
    const d = decisions.get(i);
    if (d?.kind === 'forward') templates.push(FORWARD_DECISION);
    else if (d) templates.push(rng.pick(DECIDE));
    else if (forwardRejects.has(i)) templates.push(REJECT);
    else if (i === 1) templates.push(withOutsider ? rng.pick(START.slice(1, 3)) : rng.pick([START[0]!, START[3]!]));
    else if (i === s) templates.push(chosen[owner[s - 1]!]!.outsider ? END[3]! : rng.pick(END.slice(0, 3)));
    else {
      // Middle steps from a shuffled deck: no activity twice in a row, few repeats in a long SOP.
      if (deck.length === 0) deck.push(...rng.shuffle(WORK));
      templates.push(deck.pop()!);
    }
  }
  const idFor = (step: number) => {
    let id = stepIds.get(step);
    if (!id) {
      const base = templates[step - 1]!.key;
      id = [...stepIds.values()].includes(base) ? `${base}-${step}` : base;
      stepIds.set(step, id);
    }
    return id;
  };
  for (const [k, d] of decisions) {
    if (d.kind === 'loop') idFor(d.to);
    else (idFor(k + 1), idFor(k + 2));
  }

  let previousOutput = '';
  const steps: StepOut[] = [];
  for (let i = 1; i <= s; i++) {
    const t = templates[i - 1]!;
    const me = owner[i - 1]!;
    const nextOwner = owner[i] ?? me;
    const next = nextOwner !== me ? label(nextOwner) : rng.pick(['pimpinan', 'bidang terkait', 'tim kerja']);
    const vars = { obj, doc, next };
    const kegiatan = fill(t.text, vars);
    const output = fill(t.output, vars);
    const waktu = forced === 0 ? ALL_TIMES[(i - 1) % ALL_TIMES.length]! : rng.weighted(TIMES);
    const step: StepOut = {
      ...(stepIds.has(i) ? { id: stepIds.get(i)! } : {}),
      kegiatan,
      pelaksana: joint[i - 1] !== undefined ? [actorId(me), actorId(joint[i - 1]!)] : actorId(me),
      kelengkapan: previousOutput || fill(t.input, vars),
      ...(waktu ? { waktu } : {}),
      output,
      ...(rng.chance(0.05) ? { keterangan: rng.pick(['Melalui aplikasi SRIKANDI', 'Dapat dilakukan secara daring', 'Paling lambat hari berikutnya']) } : {}),
    };
    const d = decisions.get(i);
    if (d) {
      const q = fill((d.kind === 'forward' ? FORWARD_DECISION : (t as DecisionTemplate)).question, vars);
      step.keputusan =
        d.kind === 'loop'
          ? { pertanyaan: q.charAt(0).toUpperCase() + q.slice(1), tidak: stepIds.get(d.to)! }
          : { pertanyaan: q, ya: stepIds.get(i + 2)!, tidak: stepIds.get(i + 1)! };
    }
    steps.push(step);
    previousOutput = output;
  }

  // Keterkaitan: sibling SOPs by id (the hubs most), titles never published, now and then a
  // published title without its id.
  const related: Array<{ judul: string; sop?: string }> = [];
  const refCount = forced <= 2 ? 3 : rng.weighted([[0, 10], [1, 20], [2, 25], [3, 25], [4, 12], [5, 8]] as const);
  const siblings = agency.sops.length > 0 ? agency.sops : all;
  for (let r = 0; r < refCount; r++) {
    const kind = forced <= 2 ? (['id', 'missing', 'id'] as const)[r]! : rng.weighted([['id', 50], ['missing', 40], ['title-only', 10]] as const);
    if (kind === 'missing') {
      const judul = rng.chance(0.6) ? rng.pick(MISSING_TITLES) : rng.pick(agency.missing);
      if (!related.some((x) => x.judul === judul)) related.push({ judul });
      continue;
    }
    const hubs = siblings.filter((x) => HUB_TITLES.includes(x.title));
    const target =
      rng.chance(0.1) ? rng.pick(all) : hubs.length && rng.chance(0.4) ? rng.pick(hubs) : rng.pick(siblings);
    if (target === sop || related.some((x) => x.sop === target.slug || x.judul === `SOP ${target.title}`)) continue;
    related.push(kind === 'id' ? { judul: `SOP ${target.title}`, sop: target.slug } : { judul: `SOP ${target.title}` });
  }

  // Identity: a unique number (some never assigned), dates in order, signed when in force.
  const klas = rng.pick(['061', '000.8', '500.3.2', '800.1', '100.3.4', '400.14']);
  const seq = `${agency.numberSeq++}${rng.chance(0.25) ? `.${rng.int(1, 4)}` : ''}`;
  const code = `${agency.seed.singkatan}${rng.chance(0.2) ? `.${rng.pick(['A', 'B'])}` : ''}`;
  const blank = forced === 3 || (forced > 3 && rng.chance(0.04));
  const nomor = blank
    ? rng.chance(0.8) || forced === 3
      ? `${klas}/ /${code}`
      : ''
    : rng.pick([`${klas}/ ${seq} /${code}`, `${klas}/${seq}/${code}`, `${klas}/ ${seq}/ ${code}`]);
  const created = new Date(Date.UTC(2019, 0, 1) + rng.int(0, 2000) * 86_400_000);
  const effective = rng.chance(0.75)
    ? rng.chance(0.4)
      ? created.toISOString().slice(0, 7)
      : isoDay(new Date(created.getTime() + rng.int(0, 60) * 86_400_000))
    : undefined;
  const revised = rng.chance(0.2) ? isoDay(new Date(created.getTime() + rng.int(100, 700) * 86_400_000)) : undefined;
  const signed = effective !== undefined && (forced < 4 || rng.chance(0.92));

  const fm = {
    nomor,
    nama: sop.title,
    unit: sop.unit.id,
    tanggal_pembuatan: isoDay(created),
    ...(revised ? { tanggal_revisi: revised } : {}),
    ...(effective ? { tanggal_efektif: effective } : {}),
    ...(signed ? { disahkan_oleh: agency.head } : {}),
    dasar_hukum: [
      ...rng.sample(DASAR_HUKUM, rng.int(1, 4)),
      `Peraturan Gubernur Kalimantan Barat Nomor ${100 + AGENCIES.indexOf(agency.seed)} Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja ${agency.seed.nama} Provinsi Kalimantan Barat`,
    ],
    kualifikasi_pelaksana: rng.sample(KUALIFIKASI, rng.int(2, 4)),
    keterkaitan: related,
    peralatan_perlengkapan: rng.sample(PERALATAN, rng.int(2, 5)),
    peringatan: rng.chance(0.25) ? [rng.pick(PERINGATAN)] : [`Apabila SOP ini tidak dilaksanakan maka ${sop.title.toLowerCase()} akan terhambat.`],
    pencatatan_pendataan: rng.chance(0.3) ? rng.sample(PENCATATAN, rng.int(1, 2)) : [`Rekapitulasi ${obj}`, rng.pick(PENCATATAN)],
    pelaksana: actors.map((x) => ({ id: x.id, nama: x.nama })),
    langkah: steps,
  };
  const body = [
    `{/* Dibangkitkan oleh scripts/generate-corpus.ts (seed ${seed}, SOP ${sop.index + 1}); bukan dokumen asli. */}`,
    '',
    `SOP ini mengatur ${obj} di lingkungan ${sop.unit.nama}, ${agency.seed.nama}.`,
    ...(rng.chance(0.3) ? ['', 'Catatan:', '', `- Berkas ${obj} disimpan sesuai jadwal retensi arsip.`, '- Pertanyaan dapat disampaikan melalui Front Office.'] : []),
  ].join('\n');
  return { text: `---\n${stringify(fm, { lineWidth: 0 })}---\n\n${body}\n`, steps: s, decisions: decisions.size };
}

function standardFile(
  rng: Rng,
  agency: PlannedAgency,
  j: number,
  number: string,
  spSlug: (title: string) => string,
  seed: number,
): GeneratedFile {
  const object = rng.pick(agency.seed.objects);
  const title = `${rng.pick(['Pelayanan', 'Layanan', 'Pelayanan Permohonan'])} ${object}`;
  const slugged = spSlug(title);
  const unit = rng.pick(agency.units.filter((u) => !u.admin));
  const obj = object.toLowerCase();
  // Some name the SOPs that carry them out: those about the same subject first.
  const candidates = [...agency.sops.filter((s) => s.object === obj), ...agency.sops.filter((s) => s.object !== obj)];
  const sopIds = j === 0 || rng.chance(0.75) ? candidates.slice(0, rng.int(1, 3)).map((s) => s.slug) : [];
  const email = `${agency.seed.singkatan.toLowerCase()}@kalbarprov.go.id`;
  const phone = `(0561) ${rng.int(730000, 769999)}`;
  const wa = `08${rng.int(11, 58)}${rng.int(10000000, 99999999)}`;
  const channels = [
    { jenis: 'tatap-muka', keterangan: 'Tatap Muka langsung kepada Pejabat Pengelola Pengaduan;' },
    { jenis: 'kotak-pengaduan', keterangan: 'Tertulis disampaikan ke Kotak Pengaduan;' },
    { jenis: 'whatsapp', keterangan: `WA : ${wa}`, alamat: wa },
    { jenis: 'telepon', keterangan: `Telepon : ${phone}`, alamat: phone },
    { jenis: 'email', keterangan: `Email : ${email}`, alamat: email },
    { jenis: 'website', keterangan: 'Online melalui website SP4N-LAPOR! (www.lapor.go.id)', alamat: 'www.lapor.go.id' },
  ];
  const fm = {
    nama: title,
    ...(number ? { nomor: number } : {}),
    unit: unit.id,
    persyaratan: rng.sample(['Surat permohonan;', 'Fotokopi KTP;', 'Dokumen/berkas pendukung;', 'Tanda pengenal/identitas.', 'Surat Tugas;', 'Formulir isian yang telah dilengkapi;'], rng.int(2, 4)),
    sistem_mekanisme_prosedur: [
      'Pemohon menuju ke Petugas Informasi;',
      'Menyampaikan keperluan, mengisi buku tamu;',
      `Petugas memeriksa kelengkapan berkas ${obj};`,
      `Menerima hasil layanan ${obj}.`,
    ].slice(0, rng.int(2, 4)),
    jangka_waktu_penyelesaian: [
      { bagian: 'Administrasi', waktu: rng.pick(['15 Menit', '30 menit', '1 Jam']) },
      ...(rng.chance(0.6) ? [{ bagian: 'Proses', waktu: rng.pick(['3 hari kerja', '5 hari kerja', '14 hari kerja', '1 bulan']) }] : []),
      ...(rng.chance(0.3) ? [{ bagian: 'Konsultasi', waktu: 'Sesuai materi konsultasi' }] : []),
    ],
    biaya_tarif: rng.chance(0.85) ? 'Gratis' : 'Sesuai Peraturan Daerah tentang Retribusi Daerah',
    produk_pelayanan: [`Surat ${obj}`],
    penanganan_pengaduan: {
      saluran: rng.sample(channels, rng.int(3, channels.length)),
      alur: rng.chance(0.5) ? ['Pengaduan diterima dan dicatat;', 'Pengaduan diteruskan kepada bidang terkait;', 'Jawaban disampaikan kepada pengadu.'] : [],
      jangka_waktu: [
        { bagian: 'Pengaduan ringan', waktu: '3 Jam' },
        { bagian: 'Pengaduan bersifat normatif', waktu: '5 hari kerja' },
        { bagian: 'Pengaduan berkadar pengawasan dan memerlukan pemeriksaan', waktu: '60 hari kerja' },
      ],
    },
    dasar_hukum: rng.sample(DASAR_HUKUM, rng.int(2, 4)),
    sarana_prasarana: rng.sample(['Ruang pelayanan, ruang tunggu, ruang laktasi;', 'Tempat parkir, mushola;', 'Komputer, WIFI public.', 'Meja layanan pengaduan;'], rng.int(1, 3)),
    kompetensi_pelaksana: rng.sample(['Memahami tugas dan fungsi jabatan;', `Memahami SOP ${obj};`, 'Memiliki etika pelayanan yaitu disiplin, cepat, sopan, ramah;'], rng.int(1, 3)),
    pengawasan_internal: ['Pengawasan internal melekat dari atasan langsung;', 'Aparat Pengawasan Intern Pemerintah (APIP).'],
    jumlah_pelaksana: rng.pick(['3 (tiga) orang', '5 (lima) orang', '2 (dua) orang', '']),
    jaminan_pelayanan: ['Pelayanan yang diberikan cepat, tepat, lengkap dan dapat dipertanggungjawabkan;'],
    jaminan_keamanan_keselamatan: ['Informasi yang diberikan dijamin keabsahannya dan dapat dipertanggungjawabkan;'],
    evaluasi_kinerja_pelaksana: ['Survei Kepuasan Masyarakat dilakukan 2 (dua) kali dalam 1 (satu) tahun;'],
    sop: sopIds,
  };
  const body = `{/* Dibangkitkan oleh scripts/generate-corpus.ts (seed ${seed}, Standar Pelayanan ${j + 1}); bukan dokumen asli. */}\n\nStandar pelayanan ${obj} pada ${unit.nama}, ${agency.seed.nama}.`;
  return { path: `content/standar-pelayanan/${slugged}.mdx`, text: `---\n${stringify(fm, { lineWidth: 0 })}---\n\n${body}\n` };
}

// ---------------------------------------------------------------------------------------------
// Writing to disk, and the command line.

const MARKER = '.generated-corpus.json';

/** Writes the corpus under `out` (out/content/...), replacing an earlier generated corpus there. */
export async function writeCorpus(out: string, corpus: GeneratedCorpus): Promise<void> {
  const content = path.join(out, 'content');
  const marker = await readFile(path.join(content, MARKER), 'utf8').catch(() => undefined);
  const existing = await readFile(path.join(content, 'organisasi.yaml'), 'utf8').catch(() => undefined);
  if (existing !== undefined && marker === undefined)
    throw new Error(`${content} holds a corpus that was not generated; refusing to overwrite it`);
  await rm(content, { recursive: true, force: true });
  for (const dir of ['sop', 'standar-pelayanan']) await mkdir(path.join(content, dir), { recursive: true });
  await Promise.all([...new Set(corpus.files.map((f) => path.dirname(path.join(out, f.path))))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(corpus.files.map((f) => writeFile(path.join(out, f.path), f.text)));
  await writeFile(path.join(content, MARKER), `${JSON.stringify({ n: corpus.n, seed: corpus.seed, summary: corpus.summary })}\n`);
}

/**
 * The corpus written with a year of git history (`--history`): twelve monthly commits, from July
 * 2025 to June 2026, the first with half the SOPs, each later one with more, the last the whole
 * corpus (Standar Pelayanan and monitoring records come with it). For measuring what the desk's
 * twelve months cost at scale; the early months cite SOPs not yet committed, as real histories do.
 */
export async function writeCorpusWithHistory(out: string, corpus: GeneratedCorpus): Promise<void> {
  const sops = corpus.files.filter((f) => f.path.startsWith('content/sop/'));
  const organisation = corpus.files.filter((f) => f.path === 'content/organisasi.yaml');
  await mkdir(out, { recursive: true });
  initRepo(out);
  for (let month = 0; month < 11; month++) {
    const share = Math.round(sops.length * (0.5 + (0.5 * month) / 11));
    await writeCorpus(out, { ...corpus, files: [...organisation, ...sops.slice(0, share)] });
    commitAll(out, `${month < 6 ? 2025 : 2026}-${String(((month + 6) % 12) + 1).padStart(2, '0')}-15`, `Korpus bulan ke-${month + 1}`);
  }
  await writeCorpus(out, corpus);
  commitAll(out, '2026-06-15', 'Korpus lengkap');
}
