import { describe, expect, it } from 'vitest';
import { catalogueEntry, catalogueRecord, catalogueSchema, documentRecord, documentRecordSchema, jsonSchemas, openDataKind } from '../../src/domain/export/open-data.ts';
import { sopFrontmatterSchema } from '../../src/domain/model/schema/sop.ts';
import { standarPelayananFrontmatterSchema } from '../../src/domain/model/schema/standar-pelayanan.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { corpusOf, sopWith, VALID_SOP } from '../fixtures/minimal.ts';

const corpus = await readCorpus(process.cwd());
const documents = [...corpus.sops.values(), ...corpus.standards.values()];
const urls = (slug: string) => ({ halaman: `/x/${slug}/`, data: `/data/x/${slug}.json` });
const EXTRA_KEYS = ['$schema', 'versi', 'id', 'jenis', 'url', 'dihitung'];

describe('open data', () => {
  it.each(documents.map((d) => [d.id, d] as const))('%s: the JSON is the whole document, read back by the same schema', (_id, doc) => {
    const record = JSON.parse(JSON.stringify(documentRecord(doc, corpus.organisation.unit(doc.data.unitId), urls(doc.slug), '/s.json')));
    expect(documentRecordSchema(openDataKind(doc)).safeParse(record).error).toBeUndefined();
    const frontmatter = Object.fromEntries(Object.entries(record).filter(([k]) => !EXTRA_KEYS.includes(k)));
    const schema = doc.kind === 'sop' ? sopFrontmatterSchema : standarPelayananFrontmatterSchema;
    expect(schema.parse(frontmatter)).toEqual(doc.data);
  });

  it('uses the frontmatter’s Indonesian keys and adds the computed totals', () => {
    const doc = corpus.sops.get('penyiapan-bahan-materi-diklat')!;
    const record: Record<string, unknown> = documentRecord(doc, corpus.organisation.unit(doc.data.unitId), urls(doc.slug), '/s.json');
    expect(Object.keys(record)).toEqual(expect.arrayContaining(['nama', 'nomor', 'unit', 'pelaksana', 'langkah', 'keterkaitan', 'status', 'tanggal_pembuatan']));
    expect(record.tanggal_pembuatan).toBe('2023-08-31');
    expect(record.status).toBe('berlaku');
    expect(record.dihitung).toMatchObject({ jumlah_langkah: doc.data.steps.length, unit: { id: doc.data.unitId } });
    expect(record.dihitung).toHaveProperty('waktu_total.teks', '± 2 jam 25 menit');
    expect(record.dihitung).toHaveProperty('waktu_dengan_perbaikan.teks', '± 4 jam 55 menit');
  });

  it('lists every document in the catalogue with its status and dates', () => {
    const withdrawn = corpusOf({
      'content/sop/contoh.mdx': sopWith('unit: bidang-satu\n', 'unit: bidang-satu\nstatus: dicabut\ntanggal_dicabut: 2024-02-01\n', VALID_SOP),
    });
    const doc = withdrawn.sops.get('contoh')!;
    const entry = catalogueEntry(doc, withdrawn.organisation.unit('bidang-satu'), urls('contoh'));
    expect(entry).toMatchObject({ id: 'contoh', jenis: 'sop', status: 'dicabut', tanggal: { pembuatan: '2023-08-31', efektif: '2023-09', dicabut: '2024-02-01' } });
    const catalogue = JSON.parse(JSON.stringify(catalogueRecord([entry], '/k.json', '2026-01-01T00:00:00Z')));
    expect(catalogueSchema.safeParse(catalogue).error).toBeUndefined();
  });

  it('publishes JSON Schemas generated from the zod schemas', () => {
    const record = jsonSchemas.record('sop', 'https://x/data/skema/sop.schema.json') as { $id: string; properties: Record<string, unknown>; required: string[] };
    expect(record.$id).toBe('https://x/data/skema/sop.schema.json');
    expect(Object.keys(record.properties)).toEqual(expect.arrayContaining(['langkah', 'pelaksana', 'status', 'digantikan_oleh', 'dihitung']));
    expect(record.required).toEqual(expect.arrayContaining(['nama', 'unit', 'langkah', 'id', 'jenis']));
    const frontmatter = jsonSchemas.frontmatter('standar-pelayanan', 'x') as { properties: Record<string, { enum?: string[]; default?: unknown }> };
    expect(frontmatter.properties.status).toMatchObject({ enum: ['berlaku', 'draf', 'digantikan', 'dicabut'], default: 'berlaku' });
    expect(jsonSchemas.catalogue('k')).toHaveProperty('properties.dokumen');
  });
});
