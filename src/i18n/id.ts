/**
 * Every string the reader sees, in Indonesian. Kept in one module so that a translation can follow:
 * another language is another file with the same keys.
 */
export const ui = {
  siteName: 'Portal SOP dan Standar Pelayanan',
  siteTagline: 'Standar Operasional Prosedur dan Standar Pelayanan perangkat daerah, terbuka untuk umum.',
  skipToContent: 'Langsung ke isi',
  home: 'Beranda',
  search: 'Cari',
  searchLabel: 'Cari SOP atau Standar Pelayanan',
  searchPlaceholder: 'Cari: konsultasi, narasumber, 1625.1 …',
  kindSop: 'SOP',
  kindSp: 'Standar Pelayanan',
  number: 'Nomor SOP',
  numberEmpty: 'belum bernomor',
  dateCreated: 'Tanggal Pembuatan',
  dateRevised: 'Tanggal Revisi',
  dateEffective: 'Tanggal Efektif',
  approvedBy: 'Disahkan oleh',
  notFilled: '—',
  title: 'Nama SOP',
  legalBasis: 'Dasar Hukum',
  qualifications: 'Kualifikasi Pelaksana',
  related: 'Keterkaitan',
  equipment: 'Peralatan/Perlengkapan',
  warnings: 'Peringatan',
  records: 'Pencatatan dan Pendataan',
  notAvailable: 'belum tersedia',
  steps: 'Langkah',
  stepNo: 'No.',
  activity: 'Kegiatan',
  actors: 'Pelaksana',
  qualityStandard: 'Mutu Baku',
  inputs: 'Kelengkapan',
  time: 'Waktu',
  output: 'Output',
  notes: 'Ket.',
  decisionYes: 'Ya',
  decisionNo: 'Tidak',
  stepCount: (n: number) => `${n} langkah`,
  totalTime: 'Perkiraan waktu total',
  catalogue: 'Daftar dokumen',
  footerNote: 'Dokumen ditampilkan sesuai naskah aslinya.',
  spRequirements: 'Persyaratan',
  spProcedure: 'Sistem, Mekanisme dan Prosedur',
  spTime: 'Jangka Waktu Penyelesaian',
  spFee: 'Biaya/Tarif',
  spProducts: 'Produk Pelayanan',
  spComplaints: 'Penanganan Pengaduan, Saran dan Masukan',
  spLegalBasis: 'Dasar Hukum',
  spFacilities: 'Sarana, Prasarana dan/atau Fasilitas',
  spCompetence: 'Kompetensi Pelaksana',
  spSupervision: 'Pengawasan Internal',
  spStaffCount: 'Jumlah Pelaksana',
  spServiceGuarantee: 'Jaminan Pelayanan',
  spSafetyGuarantee: 'Jaminan Keamanan dan Keselamatan Pelayanan',
  spEvaluation: 'Evaluasi Kinerja Pelaksana',
  spDelivery: 'Komponen penyampaian pelayanan',
  spManagement: 'Komponen pengelolaan pelayanan',
  spChannels: 'Saluran pengaduan',
  spComplaintFlow: 'Alur penanganan pengaduan',
  spResolutionTimes: 'Jangka waktu penyelesaian pengaduan',
  spSops: 'SOP yang menjalankan layanan ini',
  spNoSop: 'Belum ada SOP yang ditautkan ke Standar Pelayanan ini.',
  empty: 'Tidak diisi dalam dokumen sumber.',
} as const;

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "31 Agustus 2023", or "Agustus 2023" when only the month is known. */
export function formatDate(date: { year: number; month: number; day?: number } | undefined): string {
  if (!date) return ui.notFilled;
  const month = `${MONTHS[date.month - 1]} ${date.year}`;
  return date.day === undefined ? month : `${date.day} ${month}`;
}
