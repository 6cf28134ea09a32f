import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_PDF, PROJECT, runBuild, type BuildResult } from './run-build.ts';
import { deskSectionOf } from '../support/desk.ts';

/** A corpus with warnings and info only: it builds, and the findings are published. */
let build: BuildResult;

beforeAll(async () => {
  build = await runBuild(path.join(PROJECT, 'tests/fixtures/corpus-warnings'), NO_PDF);
});

describe('a corpus with only warnings', () => {
  it('builds, printing each warning as path:line:col  severity  code  message', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('content/sop/belum-bernomor.mdx:2:8  warning  nomor-kosong  nomor SOP "061/ /CONTOH" tanpa nomor urut: belum diberi nomor');
    expect(build.output).toContain('content/sop/belum-bernomor.mdx:16:9  warning  pelaksana-tak-dipakai');
    expect(build.output).toContain('content/standar-pelayanan/layanan-contoh.mdx:7:7  warning  waktu-melebihi-sp');
  });

  it('shows the counts on /kepatuhan/ and every finding on the unit\'s page, linked to the document and its step', async () => {
    const page = await build.page('kepatuhan');
    expect(page.querySelector('[data-count="error"]')?.text).toBe('0');
    // 6 warnings: the minimal Standar Pelayanan of this fixture also leaves most components empty (sp-komponen-kosong).
    expect(page.querySelector('[data-count="warning"]')?.text).toBe('6');
    expect(page.querySelector('[data-count="info"]')?.text).toBe('3');
    expect(page.querySelector('tr[data-code="nomor-kosong"] td.num')?.text).toBe('1');
    // The overview lists no finding itself: each unit's page does.
    expect(page.querySelectorAll('li[data-code]')).toHaveLength(0);
    const unitRow = page.querySelector('.unit-table tr[data-unit="bidang-satu"]')!;
    expect(unitRow.querySelector('th a')?.getAttribute('href')).toBe('/kepatuhan/unit/bidang-satu/');
    const unit = await build.page('kepatuhan/unit/bidang-satu');
    const doc = unit.querySelector('[data-document="sop/belum-bernomor"]')!;
    expect(doc.querySelector('h3 a')?.getAttribute('href')).toBe('/sop/belum-bernomor/');
    const codes = doc.querySelectorAll('li[data-code]').map((li) => li.getAttribute('data-code'));
    expect(codes).toEqual(expect.arrayContaining(['nomor-kosong', 'disahkan-kosong', 'rujukan-belum-tersedia', 'pelaksana-tak-dipakai', 'peran-tanpa-kolom', 'waktu-total']));
    const role = doc.querySelector('li[data-code="peran-tanpa-kolom"]')!;
    expect(role.querySelector('a')?.getAttribute('href')).toBe('/sop/belum-bernomor/#langkah-1');
    expect(role.querySelector('.finding-source a')?.getAttribute('href')).toBe('/kepatuhan/aturan/peran-tanpa-kolom/');
    // A title cited by two SOPs is listed once, with both.
    const gaps = page.querySelectorAll('.gap-list > li');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/sop/belum-bernomor/', '/sop/bernomor/']);
    // The keterkaitan graph has its own page, drawn at build time; its nodes link to the documents.
    const graphPage = await build.page('kepatuhan/keterkaitan');
    const graph = graphPage.querySelector('.link-graph .mermaid-diagram svg')!;
    expect(graph.getAttribute('role')).toBe('img');
    expect(graph.querySelectorAll('a').map((a) => a.getAttribute('xlink:href'))).toContain('/sop/belum-bernomor/');
    const json = JSON.parse(await readFile(path.join(build.outDir, 'kepatuhan.json'), 'utf8'));
    expect(json.graph.mermaid).toContain('click d1 href "/sop/belum-bernomor/"');
    expect(json.graph.mermaid).toContain(':::belum');
  });

  it('gives each rule a page with its findings by unit and document', async () => {
    const rule = await build.page('kepatuhan/aturan/nomor-kosong');
    expect(rule.querySelector('h1')?.text).toBe('Aturan nomor-kosong');
    expect(rule.querySelectorAll('[data-document]').map((d) => d.getAttribute('data-document'))).toEqual(['sop/belum-bernomor']);
    expect(rule.querySelectorAll('li[data-code]').map((li) => li.getAttribute('data-code'))).toEqual(['nomor-kosong']);
    // A rule that found nothing has no page, and its code no link.
    expect(existsSync(path.join(build.outDir, 'kepatuhan/aturan/nip-tidak-sah'))).toBe(false);
    expect((await build.page('kepatuhan')).querySelector('tr[data-code="nip-tidak-sah"] a')).toBeNull();
  });

  it('publishes the same report as /kepatuhan.json', async () => {
    const json = JSON.parse(await readFile(path.join(build.outDir, 'kepatuhan.json'), 'utf8'));
    expect(json.counts).toEqual({ total: 9, error: 0, warning: 6, info: 3 });
    const nomor = json.findings.find((f: { code: string }) => f.code === 'nomor-kosong');
    expect(nomor).toMatchObject({ file: 'content/sop/belum-bernomor.mdx', line: 2, column: 8, severity: 'warning', documentId: 'sop/belum-bernomor', href: '/sop/belum-bernomor/' });
    expect(json.unresolvedReferences.map((u: { title: string }) => u.title)).toEqual(['SOP Surat Masuk']);
    expect(json.graph.mermaid).toMatch(/^flowchart LR/);
  });

  it('shows the public a plain note on each document page, and the findings on its section of its unit\'s page', async () => {
    const own = await build.page('sop/belum-bernomor');
    const note = own.querySelector('.public-note')!;
    expect(note.querySelectorAll('[data-note]').map((p) => p.getAttribute('data-note'))).toEqual(expect.arrayContaining(['unsigned', 'unnumbered']));
    expect(note.querySelector('a')?.getAttribute('href')).toBe('/kepatuhan/unit/bidang-satu/#dokumen-sop-belum-bernomor');
    expect(own.querySelector('main')!.text).not.toMatch(/nomor-kosong|peran-tanpa-kolom|\.mdx:\d/);
    const sp = await build.page('standar-pelayanan/layanan-contoh');
    expect(sp.querySelector('.public-note [data-note="slowerThanPromised"]')).not.toBeNull();
    // The document's section holds its findings, shared ones included, linked to the step.
    const section = async (route: string) => (await deskSectionOf(build, route)).section;
    expect((await section('sop/belum-bernomor')).querySelector('li[data-code="peran-tanpa-kolom"] a')?.getAttribute('href')).toBe('/sop/belum-bernomor/#langkah-1');
    expect((await section('sop/bernomor')).querySelector('li[data-code="rujukan-belum-tersedia"]')).not.toBeNull();
    expect((await section('standar-pelayanan/layanan-contoh')).querySelector('li[data-code="waktu-melebihi-sp"]')).not.toBeNull();
  });
});
