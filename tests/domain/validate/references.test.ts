import { describe, expect, it } from 'vitest';
import { buildReferenceIndex } from '../../../src/domain/references/resolve.ts';
import { corpusOf, lineOf, sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, findingsOf, OTHER, type Expected } from './helpers.ts';

const REF = '  - judul: SOP Surat Masuk\n';
const citing = (refs: string, base = VALID_SOP, number = '100.1') =>
  sopWith(REF, refs, base).replace('061/ 100.1 /CONTOH', `061/ ${number} /CONTOH`);
const THIRD = 'content/sop/ketiga.mdx';
/** A second SOP with its own title and number, citing what it is given. */
const other = (refs: string, title = 'Prosedur Lain') => citing(refs, VALID_SOP, '100.2').replace('nama: Contoh Prosedur', `nama: ${title}`);

describe('rule 6: cross-references', () => {
  it.each<{ name: string; files: Record<string, string> } & Expected>([
    {
      name: 'an sop id that names no document (read error)',
      files: { [FILE]: citing('  - judul: SOP Hilang\n    sop: hilang\n') },
      code: 'rujukan-tidak-ada', severity: 'error', file: FILE, at: 'sop: hilang', message: 'tidak ada SOP ber-id "hilang"',
    },
    {
      name: 'a title not published here, once for all who cite it',
      files: { [FILE]: VALID_SOP, [OTHER]: other('  - judul: "sop surat  masuk"\n') },
      code: 'rujukan-belum-tersedia', severity: 'warning', file: FILE, at: 'judul: SOP Surat Masuk',
      message: '"SOP Surat Masuk" belum terbit di sini; dirujuk oleh 2 dokumen: SOP Contoh Prosedur dan SOP Prosedur Lain',
    },
    {
      name: 'a number not published here',
      files: { [FILE]: citing('  - nomor: SOP-032/17000/2025\n') },
      code: 'rujukan-belum-tersedia', severity: 'warning', file: FILE, at: 'nomor: SOP-032/17000/2025', message: '"SOP-032/17000/2025" belum terbit di sini',
    },
    {
      name: 'a number and a title that name different SOPs',
      files: { [FILE]: VALID_SOP, [OTHER]: other('  - judul: SOP Surat Keluar\n    nomor: 061/100.1/CONTOH\n') },
      code: 'rujukan-tidak-cocok', severity: 'warning', file: OTHER, at: 'judul: SOP Surat Keluar',
      message: 'keterkaitan berjudul "SOP Surat Keluar", tetapi nomor "061/100.1/CONTOH" adalah SOP Contoh Prosedur',
    },
    {
      name: 'an id whose SOP has another number than the one printed',
      files: { [FILE]: VALID_SOP, [OTHER]: other('  - nomor: 061/ 999 /CONTOH\n    sop: contoh\n') },
      code: 'rujukan-tidak-cocok', severity: 'warning', file: OTHER, at: 'nomor: 061/ 999 /CONTOH',
      message: 'keterkaitan bernomor "061/ 999 /CONTOH", tetapi SOP Contoh Prosedur yang dirujuk bernomor "061/ 100.1 /CONTOH"',
    },
    {
      name: 'an SOP that names itself, by number',
      files: { [FILE]: citing('  - nomor: 061/100.1/CONTOH\n') },
      code: 'rujukan-diri-sendiri', severity: 'warning', file: FILE, at: 'nomor: 061/100.1/CONTOH', message: 'menunjuk SOP ini sendiri',
    },
    {
      name: 'a scope written as a title',
      files: { [FILE]: citing('  - judul: Seluruh SOP di lingkungan Bagian Umum\n') },
      code: 'rujukan-lingkup', severity: 'info', file: FILE, at: 'judul: Seluruh SOP', message: 'tulis sebagai "lingkup: Seluruh SOP di lingkungan Bagian Umum"',
    },
  ])('$name', ({ name: _name, files, ...expected }) => {
    expectFinding(files, expected);
  });

  it('lists every other citing document of an unpublished title in alsoAt (corpus order), and reports it once', () => {
    const second = other('  - judul: "sop surat  masuk"\n');
    const findings = findingsOf({ [FILE]: VALID_SOP, [OTHER]: second, [THIRD]: other(REF, 'Ketiga').replace('100.2', '100.3') });
    const unresolved = findings.filter((f) => f.code === 'rujukan-belum-tersedia');
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0]!.alsoAt?.map((a) => [a.documentId, a.line])).toEqual([
      ['sop/lain', lineOf(second, 'judul: "sop surat  masuk"')],
      ['sop/ketiga', lineOf(VALID_SOP, 'judul: SOP Surat Masuk')],
    ]);
  });

  it('three SOPs that name each other are not a defect', () => {
    const files = {
      [FILE]: citing('  - judul: SOP Prosedur Lain\n    sop: lain\n  - judul: SOP Ketiga\n    sop: ketiga\n'),
      [OTHER]: other('  - judul: SOP Ketiga\n    sop: ketiga\n  - judul: SOP Contoh Prosedur\n'),
      [THIRD]: other('  - nomor: 061/ 100.1 /CONTOH\n  - judul: SOP Prosedur Lain\n', 'Ketiga').replace('100.2', '100.3'),
    };
    expect(findingsOf(files).filter((f) => f.code.startsWith('rujukan')).map((f) => `${f.file} ${f.code} ${f.message}`)).toEqual([]);
  });

  it('resolves a reference by id, by number (spaces and case ignored) and by title, and leaves a scope alone', () => {
    const corpus = corpusOf({
      [FILE]: VALID_SOP,
      [OTHER]: other('  - nomor: 061/100.1/contoh\n  - judul: Contoh  Prosedur\n  - sop: contoh\n  - lingkup: Seluruh SOP di lingkungan Dinas Contoh\n'),
    });
    const index = buildReferenceIndex(corpus);
    const refs = corpus.sops.get('lain')!.data.related;
    expect(refs.map((r) => index.resolved.get(r) && [index.resolved.get(r)!.sop.slug, index.resolved.get(r)!.by])).toEqual([
      ['contoh', 'nomor'], ['contoh', 'judul'], ['contoh', 'sop'], undefined,
    ]);
    expect(index.unresolved.map((u) => u.title)).toEqual(['SOP Surat Masuk']);
    expect(index.backlinks.get('sop/contoh')?.map((d) => d.id)).toEqual(['sop/lain']);
  });

  it('does not resolve a title two SOPs share', () => {
    const corpus = corpusOf({ [FILE]: VALID_SOP, [OTHER]: other('  - lingkup: Seluruh SOP Dinas Contoh\n', 'Contoh Prosedur'), [THIRD]: other('  - judul: SOP Contoh Prosedur\n', 'Ketiga').replace('100.2', '100.3') });
    expect(corpus.findings).toEqual([]);
    expect(buildReferenceIndex(corpus).unresolved.map((u) => u.title)).toContain('SOP Contoh Prosedur');
  });

  it.each([
    ['rujukan-belum-tersedia', { [FILE]: citing(''), [OTHER]: other('') }],
    ['rujukan-tidak-cocok', { [FILE]: VALID_SOP, [OTHER]: other('  - judul: SOP Contoh Prosedur\n    nomor: 061/ 100.1 /CONTOH\n    sop: contoh\n') }],
    ['rujukan-diri-sendiri', { [FILE]: citing(''), [OTHER]: other('  - judul: SOP Contoh Prosedur\n    sop: contoh\n') }],
    ['rujukan-lingkup', { [FILE]: citing('  - lingkup: Seluruh SOP di lingkungan Dinas Contoh\n') }],
    ['rujukan-belum-tersedia', { [FILE]: citing('  - lingkup: Seluruh SOP di lingkungan Dinas Contoh\n') }],
    ['rujukan-tidak-ada', { [FILE]: VALID_SOP }],
  ])('no %s when references are fine', (code, files) => {
    expectNoFinding(files, code);
  });

  it('computes backlinks and the titles not published here', () => {
    const corpus = corpusOf({ [FILE]: VALID_SOP, [OTHER]: other('  - judul: SOP Contoh Prosedur\n    sop: contoh\n') });
    const index = buildReferenceIndex(corpus);
    expect(index.backlinks.get('sop/contoh')?.map((d) => d.id)).toEqual(['sop/lain']);
    expect(index.unresolved.map((u) => [u.title, u.citedBy.map((d) => d.id)])).toEqual([['SOP Surat Masuk', ['sop/contoh']]]);
  });
});

/** Issue 26, points 2 and 3: references written in step text, and an SOP citing itself by its title written out. */
describe('references in step text ("Lihat SOP …") and a title written out', () => {
  const withNote = (note: string, base = VALID_SOP) => sopWith('    output: Disposisi\n', `    output: Disposisi\n    keterangan: ${note}\n`, base);

  it.each<{ name: string; files: Record<string, string> } & Expected>([
    {
      name: 'an SOP citing itself by its title written out in capitals, with a final "."',
      files: { [FILE]: citing('  - judul: STANDAR OPERASIONAL PROSEDUR CONTOH PROSEDUR.\n') },
      code: 'rujukan-diri-sendiri', severity: 'warning', file: FILE, at: 'judul: STANDAR', message: 'menunjuk SOP ini sendiri',
    },
    {
      name: 'a step citing its own SOP',
      files: { [FILE]: withNote('"Lihat SOP Contoh Prosedur."') },
      code: 'rujukan-diri-sendiri', severity: 'warning', file: FILE, at: 'keterangan: "Lihat', step: 1,
      message: 'langkah 1: keterangan merujuk "SOP Contoh Prosedur", yaitu SOP ini sendiri',
    },
    {
      name: 'a step citing a title whose bracketed part the keterkaitan entry dropped',
      files: {
        [FILE]: withNote('"Lihat SOP Pelayanan Informasi Publik (Cantik)"', citing('  - judul: SOP Pelayanan Informasi Publik\n')),
        [OTHER]: other(REF, 'Pelayanan Informasi Publik (Cantik)'),
      },
      code: 'rujukan-tidak-cocok', severity: 'warning', file: FILE, at: 'keterangan: "Lihat', step: 1,
      message: 'langkah 1: keterangan merujuk "SOP Pelayanan Informasi Publik (Cantik)", tetapi kotak Keterkaitan menulisnya "SOP Pelayanan Informasi Publik"; samakan penulisannya',
    },
    {
      name: 'a step citing, in another wording, an SOP not published here',
      files: { [FILE]: sopWith('kegiatan: Menyusun draf', 'kegiatan: Menyusun draf sesuai dengan SOP Layanan Informasi Publik', citing('  - judul: SOP Pelayanan Informasi Publik\n')) },
      code: 'rujukan-tidak-cocok', severity: 'warning', file: FILE, at: 'kegiatan: Menyusun draf sesuai', step: 2,
      message: 'kotak Keterkaitan menulisnya "SOP Pelayanan Informasi Publik"',
    },
    {
      name: 'a step citing an SOP that keterkaitan does not list',
      files: { [FILE]: withNote('Lihat SOP Surat Keluar') },
      code: 'rujukan-tanpa-keterkaitan', severity: 'warning', file: FILE, at: 'keterangan: Lihat', step: 1,
      message: 'langkah 1: keterangan merujuk "SOP Surat Keluar", yang tidak tercantum di kotak Keterkaitan dan belum terbit di sini',
    },
    {
      name: 'a step citing a published SOP that keterkaitan does not list',
      files: { [FILE]: withNote('Lihat SOP Prosedur Lain'), [OTHER]: other(REF) },
      code: 'rujukan-tanpa-keterkaitan', severity: 'warning', file: FILE, at: 'keterangan: Lihat', step: 1,
      message: 'langkah 1: keterangan merujuk "SOP Prosedur Lain", yang tidak tercantum di kotak Keterkaitan',
    },
  ])('$name', ({ name: _name, files, ...expected }) => {
    expect(corpusOf(files).findings).toEqual([]);
    const f = expectFinding(files, expected);
    if (expected.message?.includes('Prosedur Lain')) expect(f.message).not.toContain('belum terbit');
  });

  it.each<[string, Record<string, string>]>([
    ['a step citing the keterkaitan entry as written (case, prefix and final "." ignored)', { [FILE]: withNote('(lihat STANDAR OPERASIONAL PROSEDUR SURAT MASUK.)') }],
    ['a step citing by number the SOP its keterkaitan names by number', { [FILE]: withNote('Lihat SOP Nomor 061/ 100.2 /CONTOH', citing('  - nomor: 061/100.2/CONTOH\n')), [OTHER]: other(REF) }],
    ['a step citing by title the SOP its keterkaitan names by number only', { [FILE]: withNote('Lihat SOP Prosedur Lain', citing('  - nomor: 061/100.2/CONTOH\n')), [OTHER]: other(REF) }],
    ['"sesuai SOP yang berlaku", which names no SOP', { [FILE]: withNote('Dikerjakan sesuai SOP yang berlaku') }],
    ['a title quoted without a lead word', { [FILE]: withNote('Draf SOP Surat Keluar disusun') }],
  ])('nothing to report for %s', (_name, files) => {
    expect(corpusOf(files).findings).toEqual([]);
    const found = findingsOf(files).filter((f) => ['rujukan-diri-sendiri', 'rujukan-tidak-cocok', 'rujukan-tanpa-keterkaitan'].includes(f.code));
    expect(found.map((f) => `${f.code} ${f.message}`)).toEqual([]);
  });

  it('a title written out that names another SOP is not the SOP itself', () => {
    expectNoFinding({ [FILE]: citing('  - judul: STANDAR OPERASIONAL PROSEDUR SURAT KELUAR.\n') }, 'rujukan-diri-sendiri');
  });

  it('"Surat Masuk" and "Surat Keluar" are two titles, not one written two ways', () => {
    expectFinding({ [FILE]: withNote('Lihat SOP Surat Keluar') }, { code: 'rujukan-tanpa-keterkaitan', severity: 'warning', file: FILE, at: 'keterangan: Lihat' });
    expectNoFinding({ [FILE]: withNote('Lihat SOP Surat Keluar') }, 'rujukan-tidak-cocok');
  });
});
