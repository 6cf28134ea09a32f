import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_PDF, PROJECT, runBuild, type BuildResult } from './run-build.ts';

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

  it('shows the counts and every finding on /kepatuhan/, linked to the document and its step', async () => {
    const page = await build.page('kepatuhan');
    expect(page.querySelector('[data-count="error"]')?.text).toBe('0');
    // 6 warnings: the minimal Standar Pelayanan of this fixture also leaves most components empty (sp-komponen-kosong).
    expect(page.querySelector('[data-count="warning"]')?.text).toBe('6');
    expect(page.querySelector('[data-count="info"]')?.text).toBe('3');
    expect(page.querySelector('tr[data-code="nomor-kosong"] td.num')?.text).toBe('1');
    const doc = page.querySelector('[data-document="sop/belum-bernomor"]')!;
    expect(doc.querySelector('h5 a')?.getAttribute('href')).toBe('/sop/belum-bernomor/');
    const codes = doc.querySelectorAll('li[data-code]').map((li) => li.getAttribute('data-code'));
    expect(codes).toEqual(expect.arrayContaining(['nomor-kosong', 'disahkan-kosong', 'rujukan-belum-tersedia', 'pelaksana-tak-dipakai', 'peran-tanpa-kolom', 'waktu-total']));
    const role = doc.querySelector('li[data-code="peran-tanpa-kolom"]')!;
    expect(role.querySelector('a')?.getAttribute('href')).toBe('/sop/belum-bernomor/#langkah-1');
    // A title cited by two SOPs is listed once, with both.
    const unresolved = page.querySelectorAll('.unresolved-table tbody tr');
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/sop/belum-bernomor/', '/sop/bernomor/']);
    expect(page.querySelector('#sp-tanpa-sop + p + p')?.text).toBe('Setiap Standar Pelayanan menyebut SOP-nya.');
    // The keterkaitan graph is drawn at build time; its nodes link to the documents.
    const graph = page.querySelector('.link-graph .mermaid-diagram svg')!;
    expect(graph.getAttribute('role')).toBe('img');
    expect(graph.querySelectorAll('a').map((a) => a.getAttribute('xlink:href'))).toContain('/sop/belum-bernomor/');
    const json = JSON.parse(await readFile(path.join(build.outDir, 'kepatuhan.json'), 'utf8'));
    expect(json.graph.mermaid).toContain('click d1 href "/sop/belum-bernomor/"');
    expect(json.graph.mermaid).toContain(':::belum');
  });

  it('publishes the same report as /kepatuhan.json', async () => {
    const json = JSON.parse(await readFile(path.join(build.outDir, 'kepatuhan.json'), 'utf8'));
    expect(json.counts).toEqual({ total: 9, error: 0, warning: 6, info: 3 });
    const nomor = json.findings.find((f: { code: string }) => f.code === 'nomor-kosong');
    expect(nomor).toMatchObject({ file: 'content/sop/belum-bernomor.mdx', line: 2, column: 8, severity: 'warning', documentId: 'sop/belum-bernomor', href: '/sop/belum-bernomor/' });
    expect(json.unresolvedReferences.map((u: { title: string }) => u.title)).toEqual(['SOP Surat Masuk']);
    expect(json.graph.mermaid).toMatch(/^flowchart LR/);
  });

  it('shows the public a plain note on each document page, and the findings on its section of /kepatuhan/', async () => {
    const own = await build.page('sop/belum-bernomor');
    const note = own.querySelector('.public-note')!;
    expect(note.querySelectorAll('[data-note]').map((p) => p.getAttribute('data-note'))).toEqual(expect.arrayContaining(['unsigned', 'unnumbered']));
    expect(note.querySelector('a')?.getAttribute('href')).toBe('/kepatuhan/#dokumen-sop-belum-bernomor');
    expect(own.querySelector('main')!.text).not.toMatch(/nomor-kosong|peran-tanpa-kolom|\.mdx:\d/);
    const sp = await build.page('standar-pelayanan/layanan-contoh');
    expect(sp.querySelector('.public-note [data-note="slowerThanPromised"]')).not.toBeNull();
    // The document's section of the report holds its findings, shared ones included, linked to the step.
    const report = await build.page('kepatuhan');
    const section = (id: string) => report.querySelector(`#dokumen-${id}`)!;
    expect(section('sop-belum-bernomor').querySelector('li[data-code="peran-tanpa-kolom"] a')?.getAttribute('href')).toBe('/sop/belum-bernomor/#langkah-1');
    expect(section('sop-bernomor').querySelector('li[data-code="rujukan-belum-tersedia"]')).not.toBeNull();
    expect(section('standar-pelayanan-layanan-contoh').querySelector('li[data-code="waktu-melebihi-sp"]')).not.toBeNull();
  });
});
