// What `npm run impor` writes publishes: fixture PDFs imported into a fresh content root, then the
// real build of that root (SOP_CONTENT_ROOT). The pages show the steps, the actors read from the
// drawing marked "dugaan"; the compliance report shows what could not be read.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { deskSectionOf } from '../support/desk.ts';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPdf } from '../../src/node/pdf-import/import-pdf.ts';
import { BASE_SOP, LONG_SOP, makeSopPdf } from '../../tools/sop-pdf.ts';
import { PROJECT, runBuild, type BuildResult } from './run-build.ts';

const root = path.join(PROJECT, '.cache/import-build-root');
let build: BuildResult;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'content/sop'), { recursive: true });
  let organisation = '';
  const pdfs: [string, Uint8Array][] = [
    ['dasar.pdf', await makeSopPdf(BASE_SOP, { rules: 'P', terminator: 'flattened' })],
    ['panjang.pdf', await makeSopPdf({ ...LONG_SOP, nomor: 'SOP-014/17000/2025' }, { rowsPerPage: [4, 4], tableOnPage1: false })],
    ['gambar.pdf', await makeSopPdf({ ...BASE_SOP, nama: 'Bagan Gambar', nomor: 'SOP-013/17000/2025' }, { rasterFlow: true })],
  ];
  const context: { file: string; text: string }[] = [];
  for (const [file, bytes] of pdfs) {
    const r = await importPdf({ file, bytes, organisation, date: '2026-12-02', context });
    if (!r.ok) throw new Error(`${file}: ${r.reason}`);
    organisation = r.organisation;
    context.push({ file: `content/sop/${r.id}.mdx`, text: r.mdx });
    await writeFile(path.join(root, 'content/sop', `${r.id}.mdx`), r.mdx);
  }
  await writeFile(path.join(root, 'content/organisasi.yaml'), organisation);
  build = await runBuild(root, { env: { SOP_NO_BROWSER: '1' } });
});

describe('imported documents build', () => {
  it('the build succeeds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('a page shows the steps as printed, actors read from the drawing marked "dugaan"', async () => {
    const page = await build.page('sop/pengadaan-barang-melalui-e-katalog');
    const text = page.querySelector('main')!.textContent;
    for (const s of LONG_SOP.steps) expect(text).toContain(s.kegiatan);
    // Every step's symbol is drawn as inferred: its actor was read from the drawing.
    expect(page.querySelectorAll('.fc-row .fc-symbol--dugaan')).toHaveLength(LONG_SOP.steps.length);
    expect(page.querySelector('#langkah-7')!.textContent).toMatch(/langkah 6[\s\S]*langkah 8/);
  });

  it('a raster flowchart: the compliance report says what could not be read, the page points to it', async () => {
    const { href, section } = await deskSectionOf(build, 'sop/bagan-gambar');
    expect(href).toMatch(/^\/kepatuhan\/unit\/[^/]+\/#dokumen-sop-bagan-gambar$/);
    expect(section.querySelectorAll('li[data-code="impor-tak-terbaca"]').map((li) => li.textContent).join('\n')).toMatch(/bagan alir berupa gambar: pelaksana, bentuk simbol dan panah tidak dibaca dari gambar/);
  });
});
