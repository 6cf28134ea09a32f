/** The table of what differs between an SOP and a Standar Pelayanan (src/domain/model/kinds.ts), and what reads it. */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FOLDERS, documentIdOf, documentsOf, kindOfCollection, KINDS } from '../../src/domain/model/index.ts';
import { dataPath, documentPath, kindTitle } from '../../src/domain/views/index.ts';
import { openDataKind } from '../../src/domain/export/index.ts';
import { corpusOf, VALID_SOP } from '../fixtures/minimal.ts';

const SP = '---\nnama: Pelayanan Konsultasi\nunit: bidang-dua\nsop: [contoh]\n---\n';
const corpus = corpusOf({ 'content/sop/contoh.mdx': VALID_SOP, 'content/standar-pelayanan/konsultasi.mdx': SP });
const sop = corpus.sops.get('contoh')!;
const sp = corpus.standards.get('konsultasi')!;

describe('the kinds table', () => {
  it('names each kind and its folder, and reads a folder back as its kind', () => {
    expect([KINDS.sop.name, KINDS.sp.name]).toEqual(['SOP', 'Standar Pelayanan']);
    expect(DOCUMENT_FOLDERS).toEqual(['sop', 'standar-pelayanan']);
    expect([kindOfCollection('sop'), kindOfCollection('standar-pelayanan'), kindOfCollection('sp'), kindOfCollection('lain')]).toEqual(['sop', 'sp', undefined, undefined]);
  });

  it("gives a document file its kind by its folder, and a kind's documents from the corpus", () => {
    expect(documentIdOf('content/standar-pelayanan/konsultasi.mdx')).toEqual({ kind: 'sp', slug: 'konsultasi', id: 'standar-pelayanan/konsultasi' });
    expect(documentIdOf('content/sop/contoh.md')).toEqual({ kind: 'sop', slug: 'contoh', id: 'sop/contoh' });
    expect(documentIdOf('content/lain/contoh.mdx')).toBeUndefined();
    expect([...documentsOf(corpus, 'sop').keys()]).toEqual(['contoh']);
    expect(documentsOf(corpus, 'sp').get('konsultasi')).toBe(sp);
  });

  it('is what the addresses, names and open data of a document are made of', () => {
    expect([documentPath(sop), documentPath(sp)]).toEqual(['/sop/contoh/', '/standar-pelayanan/konsultasi/']);
    expect([dataPath(sop), dataPath(sp)]).toEqual(['/data/sop/contoh.json', '/data/standar-pelayanan/konsultasi.json']);
    expect([openDataKind(sop), openDataKind(sp)]).toEqual(['sop', 'standar-pelayanan']);
    expect(kindTitle('sp', sp.data.title)).toBe('Standar Pelayanan Konsultasi');
    expect(kindTitle('sop', 'Standar Operasional Prosedur Surat Masuk')).toBe('Standar Operasional Prosedur Surat Masuk');
    expect([KINDS.sop.orientation, KINDS.sp.orientation]).toEqual(['landscape', 'portrait']);
  });
});
