import { describe, expect, it } from 'vitest';
import { buildComplianceReport, complianceJson } from '../../src/domain/validate/compliance.ts';
import type { CorpusDocument } from '../../src/domain/model/corpus.ts';
import { linkGraphMermaid } from '../../src/domain/references/link-graph.ts';
import { checkCorpus } from '../../src/domain/validate/index.ts';
import { corpusOf, sopWith, VALID_SOP } from '../fixtures/minimal.ts';

const pathOf = (doc: CorpusDocument) => `/${doc.id}/`;
const LAIN = sopWith('061/ 100.1 /CONTOH', '"061/ /CONTOH"')
  .replace('nama: Contoh Prosedur', 'nama: Prosedur "Lain"')
  .replace('  - judul: SOP Surat Masuk\n', '  - judul: SOP Surat Masuk\n  - judul: SOP Contoh Prosedur\n    sop: contoh\n')
  .replace('kegiatan: Memerintahkan anggota tim', 'kegiatan: Kadis memerintahkan anggota tim');
const SP = `---
nama: Layanan Contoh
unit: bidang-dua
sop: []
---
`;
const TITLES = { title: 'Keterkaitan', description: 'Uraian', published: 'Terbit', unresolved: 'Belum tersedia', carriedOutBy: 'dijalankan oleh' };

function report() {
  const corpus = corpusOf({ 'content/sop/contoh.mdx': VALID_SOP, 'content/sop/lain.mdx': LAIN, 'content/standar-pelayanan/layanan.mdx': SP });
  const findings = checkCorpus(corpus);
  return { corpus, findings, report: buildComplianceReport(corpus, findings, pathOf) };
}

describe('the compliance report', () => {
  it('counts per severity and per rule, every rule listed', () => {
    const { findings, report: r } = report();
    expect(r.total).toBe(findings.length);
    expect(r.bySeverity.warning).toBe(findings.filter((f) => f.severity === 'warning').length);
    expect(r.byRule.find((x) => x.code === 'nomor-kosong')?.count).toBe(1);
    expect(r.byRule.find((x) => x.code === 'nip-tidak-sah')?.count).toBe(0);
  });

  it('groups by perangkat daerah, unit and document, linking each finding to its document and step', () => {
    const { report: r } = report();
    expect(r.agencies.map((a) => a.name)).toEqual(['Dinas Contoh']);
    expect(r.agencies[0]!.units.map((u) => [u.name, u.documents.map((d) => d.documentId)])).toEqual([
      ['Bidang Satu', ['sop/contoh', 'sop/lain']],
      ['Bidang Dua', ['standar-pelayanan/layanan']],
    ]);
    const lain = r.agencies[0]!.units[0]!.documents[1]!;
    expect(lain.findings.find((p) => p.finding.code === 'peran-tanpa-kolom')?.href).toBe('/sop/lain/#langkah-1');
    expect(lain.findings.find((p) => p.finding.code === 'nomor-kosong')?.href).toBe('/sop/lain/');
  });

  it('shows a grouped finding on every document it is about, counted once per group', () => {
    const { report: r } = report();
    const [contoh, lain] = r.agencies[0]!.units[0]!.documents;
    const shared = (d: typeof contoh) => d!.findings.filter((p) => p.finding.code === 'rujukan-belum-tersedia');
    expect(shared(contoh)).toHaveLength(1);
    expect(shared(lain)).toHaveLength(1);
    expect(shared(lain)[0]!.place.documentId).toBe('sop/lain');
    const unit = r.agencies[0]!.units[0]!;
    const unitWarnings = new Set([...contoh!.findings, ...lain!.findings].filter((p) => p.finding.severity === 'warning').map((p) => p.finding)).size;
    expect(unit.counts.warning).toBe(unitWarnings);
  });

  it('lists the references not yet available with who cites them, and the SPs with no SOP', () => {
    const { report: r } = report();
    expect(r.unresolved.map((u) => [u.title, u.citedBy.map((c) => [c.href, c.line])])).toEqual([
      ['SOP Surat Masuk', [['/sop/contoh/', 14], ['/sop/lain/', 14]]],
    ]);
    expect(r.standardsWithoutSop.map((d) => d.href)).toEqual(['/standar-pelayanan/layanan/']);
  });

  it('draws the keterkaitan graph: links to pages, unresolved titles apart and dashed', () => {
    const { report: r } = report();
    expect(r.graph.nodes.map((n) => [n.id, n.kind, n.href ?? null])).toEqual([
      ['d0', 'sop', '/sop/contoh/'],
      ['d1', 'sop', '/sop/lain/'],
      ['u0', 'belum-tersedia', null],
    ]);
    const mermaid = linkGraphMermaid(r.graph, TITLES);
    expect(mermaid.split('\n')).toEqual(expect.arrayContaining([
      'flowchart LR',
      '  accTitle: Keterkaitan',
      '  subgraph terbit["Terbit"]',
      '    subgraph pd_dinas_contoh["Dinas Contoh"]',
      '      d1["SOP Prosedur \u201cLain\u201d"]',
      '  subgraph belum_tersedia["Belum tersedia"]',
      '    u0["SOP Surat Masuk"]:::belum',
      '  d0 -.-> u0',
      '  d1 --> d0',
      `  click d1 href "/sop/lain/" "SOP Prosedur 'Lain'"`,
      '  classDef belum stroke-dasharray: 5 5',
    ]));
  });

  it('publishes the same findings as JSON, each with its link', () => {
    const { findings, report: r } = report();
    const json = complianceJson(r, 'flowchart LR\n') as { counts: { total: number }; findings: Array<{ code: string; href: string | null; documentId: string | null }> };
    expect(json.counts.total).toBe(findings.length);
    expect(json.findings.map((f) => f.code)).toEqual(findings.map((f) => f.code));
    expect(json.findings.find((f) => f.code === 'peran-tanpa-kolom')?.href).toBe('/sop/lain/#langkah-1');
  });
});

describe('the keterkaitan graph', () => {
  it('draws a title that names a published SOP as a link to it, not as a title not yet available', () => {
    const other = sopWith('061/ 100.1 /CONTOH', '061/ 100.2 /CONTOH')
      .replace('nama: Contoh Prosedur', 'nama: Prosedur Lain')
      .replace('  - judul: SOP Surat Masuk\n', '  - judul: SOP Contoh Prosedur\n');
    const corpus = corpusOf({ 'content/sop/contoh.mdx': VALID_SOP, 'content/sop/lain.mdx': other });
    const r = buildComplianceReport(corpus, checkCorpus(corpus), pathOf);
    expect(r.graph.nodes.map((n) => [n.id, n.label])).toEqual([['d0', 'SOP Contoh Prosedur'], ['d1', 'SOP Prosedur Lain'], ['u0', 'SOP Surat Masuk']]);
    expect(r.graph.edges).toEqual([{ from: 'd0', to: 'u0', kind: 'keterkaitan' }, { from: 'd1', to: 'd0', kind: 'keterkaitan' }]);
    expect(r.unresolved.map((u) => u.title)).toEqual(['SOP Surat Masuk']);
  });
});

describe('a document in the report', () => {
  it('lists its findings by line, then column', () => {
    const { report: r } = report();
    for (const doc of r.agencies.flatMap((a) => a.units.flatMap((u) => u.documents))) {
      const places = doc.findings.map((p) => p.place.line * 10_000 + p.place.column);
      expect(places, doc.documentId).toEqual([...places].sort((a, b) => a - b));
    }
  });
});
