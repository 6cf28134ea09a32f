import { describe, expect, it } from 'vitest';
import { roleName, titleWithKind } from '../../src/domain/text/names.ts';

describe('a document name with its kind', () => {
  it.each([
    ['Standar Pelayanan', 'Pelayanan Konsultasi', 'Standar Pelayanan Konsultasi'],
    ['SOP', 'STANDAR OPERASIONAL PROSEDUR PERMINTAAN NARASUMBER', 'STANDAR OPERASIONAL PROSEDUR PERMINTAAN NARASUMBER'],
    ['SOP', 'SOP Pelayanan Konsultasi', 'SOP Pelayanan Konsultasi'],
    ['SOP', 'Pelayanan Konsultasi', 'SOP Pelayanan Konsultasi'],
    ['SOP', 'Sopir Dinas', 'SOP Sopir Dinas'],
    ['Standar Pelayanan', 'Perizinan Koperasi', 'Standar Pelayanan Perizinan Koperasi'],
    ['Standar Pelayanan', 'Standar Pelayanan Perizinan', 'Standar Pelayanan Perizinan'],
  ])('%s + "%s" reads "%s"', (kind, title, expected) => {
    expect(titleWithKind(kind, title, ['Standar Operasional Prosedur'])).toBe(expected);
  });
});

describe('a role name', () => {
  it.each([
    ['PEMOHON', 'Pemohon'],
    ['PETUGAS TEKNIS', 'Petugas Teknis'],
    ['ESELON/FUNGSIONAL KHUSUS', 'Eselon/Fungsional Khusus'],
    ['KEPALA SUB BAGIAN TU', 'Kepala Sub Bagian TU'],
    ['STAF PPID DAN UMKM', 'Staf PPID dan UMKM'],
    ['KEPALA SEKSI II', 'Kepala Seksi II'],
    ['TU', 'TU'],
    ['PPID Pembantu', 'PPID Pembantu'],
    ['Pejabat Level 1 (Pejabat Penilai Kinerja)', 'Pejabat Level 1 (Pejabat Penilai Kinerja)'],
    ['Kepala BIDANG Perizinan', 'Kepala Bidang Perizinan'],
    ['Tamu / Pengunjung', 'Tamu / Pengunjung'],
  ])('%s → %s', (written, shown) => {
    expect(roleName(written)).toBe(shown);
  });
});
