import { describe, expect, it } from 'vitest';
import { parseCorpus, type CorpusDocument, type ReferenceDate } from '../../src/domain/model/index.ts';
import { checkCorpus, buildComplianceReport } from '../../src/domain/validate/index.ts';
import { monitoringStates } from '../../src/domain/monitoring/index.ts';
import { buildDesk, commitsAtMonthEnds, findingsTable, lastTwelveMonths, paginate, snapshotCounts, trendChange, trendChart, trendOf, unitsTable } from '../../src/domain/desk/index.ts';
import { csvFile } from '../../src/domain/export/index.ts';
import { ORGANISATION, VALID_SOP, sopWith } from '../fixtures/minimal.ts';

/** The reviewer's desk from a small corpus: two units, an SP, a superseded SOP, records. */
const pathOf = (doc: CorpusDocument) => `/${doc.id}/`;
const AS_OF: ReferenceDate = { iso: '2026-11-20', basis: 'commit' };

const OLD = sopWith('nomor: 061/ 100.1 /CONTOH', 'nomor: 061/ 100.0 /CONTOH')
  .replace('nama: Contoh Prosedur', 'nama: Prosedur Lama')
  .replace('unit: bidang-satu', 'unit: bidang-satu\nstatus: digantikan\ndigantikan_oleh: contoh');
const CITING = sopWith('nomor: 061/ 100.1 /CONTOH', 'nomor: 061/ 100.2 /CONTOH')
  .replace('nama: Contoh Prosedur', 'nama: Prosedur Dua')
  .replace('unit: bidang-satu', 'unit: bidang-dua')
  .replace('  - judul: SOP Surat Masuk\n', '  - judul: SOP Surat Masuk\n  - judul: SOP Arsip\n  - sop: lama\n')
  .replace('tanggal_efektif: 2023-09', 'tanggal_efektif: 2021-02');
const SP = `---
nama: Layanan Contoh
unit: bidang-dua
sop: [contoh]
jangka_waktu_penyelesaian:
  - bagian: Seluruhnya
    waktu: 30 Menit
---
`;
const MONITORING = `tanggal: 2026-03-10
penilai:
  nama: Penilai
langkah:
  - langkah: 2
    penilaian: tidak berjalan dengan baik
`;

function desk() {
  const files = {
    'content/sop/contoh.mdx': VALID_SOP,
    'content/sop/lama.mdx': OLD,
    'content/sop/dua.mdx': CITING,
    'content/standar-pelayanan/layanan.mdx': SP,
    'content/pemantauan/contoh/2026-03-10.yaml': MONITORING,
  };
  const corpus = parseCorpus(ORGANISATION, Object.entries(files).map(([file, text]) => ({ file, text })), AS_OF);
  const findings = checkCorpus(corpus);
  const report = buildComplianceReport(corpus, findings, pathOf);
  return { corpus, findings, desk: buildDesk(corpus, report, monitoringStates(corpus), pathOf) };
}

describe('the table of units', () => {
  it('has every unit holding a document, with its documents by status, findings once each, and its monitoring', () => {
    const { desk: d } = desk();
    expect(d.agencies.map((a) => [a.name, a.units.map((u) => u.name)])).toEqual([['Dinas Contoh', ['Bidang Satu', 'Bidang Dua']]]);
    const [satu, dua] = d.agencies[0]!.units;
    expect(satu!.documents).toEqual({ inForce: 1, draft: 0, superseded: 1, revoked: 0 });
    expect(dua!.documents).toEqual({ inForce: 2, draft: 0, superseded: 0, revoked: 0 });
    // The title cited by two SOPs of two units: once in each unit.
    expect(satu!.byRule['rujukan-belum-tersedia']).toBe(1);
    expect(dua!.byRule['rujukan-belum-tersedia']).toBe(2);
    expect(dua!.byRule['rujukan-tidak-berlaku']).toBe(1);
    expect(satu!.monitoring).toEqual({ never: 0, overdue: 1, reviseUnchanged: 0 });
    expect(dua!.monitoring).toEqual({ never: 1, overdue: 0, reviseUnchanged: 0 });
    expect(dua!.oldest?.date.iso).toBe('2023-08-31');
  });

  it('says where a document\'s findings are: its unit\'s page and section', () => {
    const { desk: d } = desk();
    expect(d.findingsHref('sop/dua')).toBe('/kepatuhan/unit/bidang-dua/#dokumen-sop-dua');
  });

  it('writes the table of units and every finding where it sits as CSV rows', () => {
    const { desk: d, findings } = desk();
    const units = unitsTable(d);
    expect(units.header.slice(0, 4)).toEqual(['Perangkat daerah', 'Unit', 'Id unit', 'Berlaku']);
    expect(units.rows.map((r) => r.slice(1, 3))).toEqual([['Bidang Satu', 'bidang-satu'], ['Bidang Dua', 'bidang-dua']]);
    const table = findingsTable(d);
    const placed = findings.reduce((n, f) => n + 1 + (f.alsoAt?.length ?? 0), 0);
    expect(table.rows).toHaveLength(placed);
    expect(table.rows.filter((r) => r[8] === 'rujukan-belum-tersedia' && String(r[9]).includes('SOP Surat Masuk')).map((r) => r[3])).toEqual(['sop/contoh', 'sop/lama', 'sop/dua']);
  });
});

describe('the lists across units', () => {
  it('ranks the titles not published by how many documents cite them', () => {
    const { desk: d } = desk();
    expect(d.gaps.map((g) => [g.title, g.citedBy.map((c) => c.documentId)])).toEqual([
      ['SOP Surat Masuk', ['sop/contoh', 'sop/lama', 'sop/dua']],
      ['SOP Arsip', ['sop/dua']],
    ]);
    expect(d.gaps[1]!.citedBy[0]).toMatchObject({ unitId: 'bidang-dua', agencyId: 'dinas-contoh' });
  });

  it('lists documents in force citing a withdrawn one, with its successor', () => {
    const { desk: d } = desk();
    expect(d.withdrawn.map((w) => [w.citing.documentId, w.printed, w.target.documentId, w.status, w.successor?.documentId])).toEqual([
      ['sop/dua', 'lama', 'sop/lama', 'superseded', 'sop/contoh'],
    ]);
  });

  it('compares each Standar Pelayanan\'s promise with its SOPs, those that take longer first', () => {
    const { desk: d } = desk();
    expect(d.promises.map((p) => [p.sp.documentId, p.promised, p.worst, p.sops.map((s) => [s.sop.documentId, s.verdict])])).toEqual([
      ['standar-pelayanan/layanan', [{ label: 'Seluruhnya', text: '30 Menit' }], 'exceeds', [['sop/contoh', 'exceeds']]],
    ]);
  });

  it('lists SOPs never monitored and overdue, in the units\' order', () => {
    const { desk: d } = desk();
    expect(d.monitoring.never.map(({ m }) => m.sop.id)).toEqual(['sop/dua']);
    expect(d.monitoring.overdue.map(({ m }) => [m.sop.id, m.due])).toEqual([['sop/contoh', '2026-09-10']]);
  });
});

describe('pages of findings', () => {
  it('never splits an item and never passes the budget unless one item does', () => {
    expect(paginate([3, 3, 3, 5, 1], (n) => n, 6)).toEqual([[3, 3], [3], [5, 1]]);
    expect(paginate([9, 1], (n) => n, 6)).toEqual([[9], [1]]);
    expect(paginate([], (n: number) => n, 6)).toEqual([[]]);
  });

  it('gives each rule its findings by unit and document', () => {
    const { desk: d } = desk();
    const rule = d.rules.find((r) => r.code === 'rujukan-belum-tersedia')!;
    expect(rule.pages).toHaveLength(1);
    expect(rule.pages[0]!.map((g) => [g.unit.id, g.documents.map((doc) => doc.documentId)])).toEqual([
      ['bidang-satu', ['sop/contoh', 'sop/lama']],
      ['bidang-dua', ['sop/dua']],
    ]);
    expect(d.rules.find((r) => r.code === 'nip-tidak-sah')).toBeUndefined();
  });
});

describe('a CSV a spreadsheet reads', () => {
  it('starts with a BOM, quotes commas, quotes and line breaks, ends rows with CRLF, keeps formulas as text', () => {
    const text = csvFile(['a', 'b'], [['x, y', 'kata "kutip"'], ['baris\nkedua', 3], ['=HYPERLINK("x")', '-5 hari']]);
    expect(text.startsWith('\ufeffa,b\r\n')).toBe(true);
    expect(text).toBe('\ufeffa,b\r\n"x, y","kata ""kutip"""\r\n"baris\nkedua",3\r\n"\'=HYPERLINK(""x"")",\'-5 hari\r\n');
  });
});

describe('twelve months of findings', () => {
  it('ends with the reference date\'s month, across a year', () => {
    expect(lastTwelveMonths('2026-03-05')).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('takes for each month the newest commit by its end, none before the first', () => {
    const commits = [{ hash: 'c', day: '2026-03-02' }, { hash: 'b', day: '2026-02-28' }, { hash: 'a', day: '2026-01-15' }];
    expect(commitsAtMonthEnds(['2025-12', '2026-01', '2026-02', '2026-03'], commits)).toEqual([undefined, 'a', 'b', 'c']);
  });

  it('counts errors and warnings in all and once per unit a finding names', () => {
    const { corpus, findings } = desk();
    const counts = snapshotCounts(corpus, findings);
    expect(counts.total.warning).toBe(findings.filter((f) => f.severity === 'warning').length);
    expect(counts.byUnit['bidang-dua']!.warning).toBeGreaterThan(0);
    const months = [{ month: '2026-10' }, { month: '2026-11', counts }];
    expect(trendOf(months, 'bidang-satu')[1]!.counts).toEqual(counts.byUnit['bidang-satu']);
    expect(trendChange(trendOf(months), 'warning')).toBeUndefined();
  });

  it('draws a line per severity, broken where a month has no counts, on round ticks', () => {
    const chart = trendChart([
      { month: '2026-01', counts: { error: 2, warning: 7 } },
      { month: '2026-02' },
      { month: '2026-03', counts: { error: 0, warning: 5 } },
    ], { width: 300, height: 200 });
    const warning = chart.lines.find((l) => l.severity === 'warning')!;
    expect(warning.path.match(/[ML]/g)).toEqual(['M', 'M']);
    expect(warning.points.map((p) => p.value)).toEqual([7, 5]);
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6]);
    expect(chart.yTicks[0]!.y).toBe(chart.plot.bottom);
    expect(chart.xs.map((x) => x.x)).toEqual([chart.plot.left, (chart.plot.left + chart.plot.right) / 2, chart.plot.right]);
  });
});
