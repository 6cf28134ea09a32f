import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { catalogueSchema, documentRecordSchema } from '../../src/domain/export/open-data.ts';

/** Open data and the BPMN export in the real build of the seed content. */
const dist = () => inject('siteDir');
const read = (rel: string) => readFile(path.join(dist(), rel), 'utf8');
// Absolute with SITE_URL, root-relative without it (the test build sets none): the path either way.
const local = (url: string) => new URL(url, 'https://site.invalid').pathname;

describe('open data and exports of the seed build', () => {
  it('publishes a catalogue of every document, each with its data file, page and BPMN', async () => {
    const catalogue = JSON.parse(await read('data/katalog.json'));
    expect(catalogueSchema.safeParse(catalogue).error).toBeUndefined();
    expect(catalogue.jumlah).toBe(11);
    expect(catalogue.$schema).toMatch(/\/data\/skema\/katalog\.schema\.json$/);
    for (const entry of catalogue.dokumen) {
      expect(existsSync(path.join(dist(), local(entry.url.halaman), 'index.html')), entry.url.halaman).toBe(true);
      const data = JSON.parse(await read(local(entry.url.data)));
      expect(documentRecordSchema(entry.jenis).safeParse(data).error, entry.id).toBeUndefined();
      expect(data).toMatchObject({ id: entry.id, jenis: entry.jenis, nama: entry.nama, status: 'berlaku' });
      if (entry.jenis === 'sop') expect(existsSync(path.join(dist(), local(entry.url.bpmn)))).toBe(true);
      // The seed build has Chromium: every document has its PDF, listed in the catalogue.
      expect(existsSync(path.join(dist(), local(entry.url.pdf))), entry.url.pdf).toBe(true);
    }
  });

  it('publishes the JSON Schemas the data files name', async () => {
    const data = JSON.parse(await read('data/sop/pelaksanaan-kegiatan-diklat.json'));
    const schema = JSON.parse(await read(local(data.$schema)));
    expect(schema.$id).toBe(data.$schema);
    expect(schema.properties.langkah.type).toBe('array');
    const frontmatter = JSON.parse(await read('data/skema/sop-frontmatter.schema.json'));
    expect(frontmatter.properties.status.enum).toEqual(['berlaku', 'draf', 'digantikan', 'dicabut']);
  });

  it('links the data and the BPMN file from the SOP page; the BPMN reads back', async () => {
    const page = parse(await read('sop/penyiapan-bahan-materi-diklat/index.html'));
    expect(page.querySelector('a[data-export="json"]')?.getAttribute('href')).toBe('/data/sop/penyiapan-bahan-materi-diklat.json');
    const bpmnHref = page.querySelector('a[data-export="bpmn"]')!.getAttribute('href')!;
    const { rootElement, warnings } = await new BpmnModdle().fromXML(await read(bpmnHref));
    expect(warnings).toEqual([]);
    const process = rootElement.rootElements.find((e: { $type: string }) => e.$type === 'bpmn:Process');
    expect(process.laneSets[0].lanes.map((l: { name: string }) => l.name)).toContain('Ketua Tim Kerja');
    const sp = parse(await read('standar-pelayanan/pelayanan-konsultasi/index.html'));
    expect(sp.querySelector('a[data-export="json"]')?.getAttribute('href')).toBe('/data/standar-pelayanan/pelayanan-konsultasi.json');
    expect(sp.querySelector('a[data-export="bpmn"]')).toBeNull();
  });
});
