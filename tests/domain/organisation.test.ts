import { describe, expect, it } from 'vitest';
import { buildCatalogue, catalogueNodes, crumbPath, placeLine } from '../../src/domain/views/catalogue.ts';
import { parseOrganisation } from '../../src/domain/model/corpus.ts';
import { formatFinding } from '../../src/domain/findings/finding.ts';

const FILE = 'content/organisasi.yaml';
const parse = (text: string) => parseOrganisation({ file: FILE, text });

// A national body's provincial office with teams, a hospital with instalasi, and a province in
// today's shape (perangkat daerah -> unit): three shapes in one file.
const MIXED = `instansi:
  - id: bps
    nama: Badan Pusat Statistik
    singkatan: BPS
    unit:
      - id: bps-kalbar
        nama: Badan Pusat Statistik Provinsi Kalimantan Barat
        jenis: Kantor Provinsi
        unit:
          - id: bps-kalbar-umum
            nama: Bagian Umum
            jenis: Bagian
            unit:
              - id: tim-keuangan
                nama: Tim Keuangan
                jenis: Tim Kerja
          - id: tim-statistik-sosial
            nama: Tim Statistik Sosial
            jenis: Tim Kerja
  - id: rsud-sehat
    nama: Rumah Sakit Umum Daerah Sehat Sentosa
    jenis: Rumah Sakit
    unit:
      - id: instalasi-rawat-jalan
        nama: Instalasi Rawat Jalan
        jenis: Instalasi
  - id: pemprov-contoh
    nama: Pemerintah Provinsi Contoh
    perangkat_daerah:
      - id: dinas-contoh
        nama: Dinas Contoh
        singkatan: DC
        unit:
          - id: bidang-satu
            nama: Bidang Satu
`;

describe('the organisation file', () => {
  it('reads a tree of any depth, today’s perangkat_daerah shape included', () => {
    const { organisation, findings } = parse(MIXED);
    expect(findings).toEqual([]);
    const team = organisation.unit('tim-keuangan')!;
    expect(team.path.map((n) => n.id)).toEqual(['bps', 'bps-kalbar', 'bps-kalbar-umum', 'tim-keuangan']);
    expect(team.path.map((n) => n.kind)).toEqual(['Instansi', 'Kantor Provinsi', 'Bagian', 'Tim Kerja']);
    expect(team.agency.name).toBe('Badan Pusat Statistik Provinsi Kalimantan Barat');
    expect(team.instansi.abbreviation).toBe('BPS');
    // No level is forced: a hospital's instalasi sits right under it, named by its own jenis.
    const clinic = organisation.unit('instalasi-rawat-jalan')!;
    expect(clinic.path.map((n) => n.kind)).toEqual(['Rumah Sakit', 'Instalasi']);
    expect(clinic.agency.id).toBe('rsud-sehat'); // a top node with its own jenis groups its units
    // Today's shape: the levels keep their old names.
    expect(organisation.unit('bidang-satu')!.path.map((n) => [n.kind, n.name])).toEqual([
      ['Instansi', 'Pemerintah Provinsi Contoh'],
      ['Perangkat Daerah', 'Dinas Contoh'],
      ['Unit', 'Bidang Satu'],
    ]);
    // Any node may be named by a document, the instansi and the dinas included.
    expect(organisation.unit('rsud-sehat')!.agency.id).toBe('rsud-sehat');
    expect(organisation.unit('dinas-contoh')!.path).toHaveLength(2);
    expect(organisation.unitIds).toHaveLength(10);
  });

  it('rejects an id used twice, at the second one', () => {
    const text = MIXED.replace('id: tim-statistik-sosial', 'id: tim-keuangan');
    const { findings } = parse(text);
    const line = text.split('\n').findIndex((l, i) => l.includes('id: tim-keuangan') && i > text.split('\n').findIndex((m) => m.includes('id: tim-keuangan'))) + 1;
    expect(findings.map(formatFinding)).toEqual([
      `${FILE}:${line}:17  error  schema  instansi 1 › unit 1 › unit 2 › id: id "tim-keuangan" sudah dipakai oleh "Tim Keuangan"; id unit harus unik di seluruh berkas`,
    ]);
  });

  it('rejects an unknown key on a deep node', () => {
    const { findings } = parse(MIXED.replace('        jenis: Instalasi', '        jenis: Instalasi\n        kepala: dr. Contoh'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', code: 'schema' });
    expect(findings[0]!.message).toContain('kepala');
  });
});

describe('the catalogue', () => {
  const { organisation } = parse(MIXED);
  const doc = (unitId: string, name: string) => ({ name, data: { unitId } });
  const tree = buildCatalogue(organisation, [doc('tim-keuangan', 'SOP Pembayaran'), doc('bps-kalbar', 'SOP Kantor'), doc('bidang-satu', 'SOP Bidang')]);

  it('keeps only the nodes holding a document at or below them, with their totals', () => {
    expect(tree.map((t) => t.node.id)).toEqual(['bps', 'pemprov-contoh']);
    expect(catalogueNodes(tree).map((t) => [t.node.id, t.documents.length, t.total])).toEqual([
      ['bps', 0, 2],
      ['bps-kalbar', 1, 2],
      ['bps-kalbar-umum', 0, 1],
      ['tim-keuangan', 1, 1],
      ['pemprov-contoh', 0, 1],
      ['dinas-contoh', 0, 1],
      ['bidang-satu', 1, 1],
    ]);
  });

  it('gives breadcrumbs along the whole hierarchy, and a line naming the place', () => {
    const team = organisation.unit('tim-keuangan')!;
    expect(crumbPath(team).map((n) => n.name)).toEqual(['Badan Pusat Statistik', 'Badan Pusat Statistik Provinsi Kalimantan Barat', 'Bagian Umum', 'Tim Keuangan']);
    expect(placeLine(team)).toBe('Tim Keuangan · Bagian Umum · Badan Pusat Statistik Provinsi Kalimantan Barat');
    // A hospital's instalasi keeps its hospital.
    expect(placeLine(organisation.unit('instalasi-rawat-jalan')!)).toBe('Instalasi Rawat Jalan · Rumah Sakit Umum Daerah Sehat Sentosa');
    expect(crumbPath(organisation.unit('rsud-sehat')!).map((n) => n.id)).toEqual(['rsud-sehat']);
  });
});
