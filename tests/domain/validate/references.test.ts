import { describe, expect, it } from 'vitest';
import { buildReferenceIndex, referenceCycles } from '../../../src/domain/references.ts';
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
      name: 'a title that is published here but cited without its id',
      files: { [FILE]: VALID_SOP, [OTHER]: other('  - judul: SOP Contoh Prosedur\n') },
      code: 'rujukan-tanpa-id', severity: 'warning', file: OTHER, at: 'judul: SOP Contoh Prosedur', message: 'tambahkan "sop: contoh"',
    },
    {
      name: 'two SOPs that cite each other',
      files: { [FILE]: citing('  - judul: SOP Prosedur Lain\n    sop: lain\n'), [OTHER]: other('  - judul: SOP Contoh Prosedur\n    sop: contoh\n') },
      code: 'rujukan-melingkar', severity: 'info', file: FILE, at: 'sop: lain', message: 'SOP Contoh Prosedur dan SOP Prosedur Lain saling merujuk',
    },
    {
      name: 'an SOP that cites itself',
      files: { [FILE]: citing('  - judul: SOP Contoh Prosedur\n    sop: contoh\n') },
      code: 'rujukan-melingkar', severity: 'info', file: FILE, at: 'sop: contoh', message: 'SOP Contoh Prosedur merujuk dirinya sendiri',
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

  it('a cycle of three is one finding, at its first SOP, with the others in alsoAt', () => {
    const files = {
      [FILE]: citing('  - judul: SOP Lain\n    sop: lain\n'),
      [OTHER]: other('  - judul: SOP Ketiga\n    sop: ketiga\n'),
      [THIRD]: other('  - judul: SOP Contoh\n    sop: contoh\n', 'Ketiga').replace('100.2', '100.3'),
    };
    const cycles = findingsOf(files).filter((f) => f.code === 'rujukan-melingkar');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({ file: FILE, documentId: 'sop/contoh' });
    expect(cycles[0]!.alsoAt?.map((a) => a.documentId)).toEqual(['sop/lain', 'sop/ketiga']); // corpus order
  });

  it.each([
    ['rujukan-belum-tersedia', { [FILE]: citing(''), [OTHER]: other('') }],
    ['rujukan-tanpa-id', { [FILE]: VALID_SOP, [OTHER]: other('  - judul: SOP Contoh Prosedur\n    sop: contoh\n') }],
    ['rujukan-melingkar', { [FILE]: citing(''), [OTHER]: other('  - judul: SOP Contoh Prosedur\n    sop: contoh\n') }],
    ['rujukan-tidak-ada', { [FILE]: VALID_SOP }],
  ])('no %s when references are fine', (code, files) => {
    expectNoFinding(files, code);
  });

  it('computes backlinks and the titles not published here', () => {
    const corpus = corpusOf({ [FILE]: VALID_SOP, [OTHER]: other('  - judul: SOP Contoh Prosedur\n    sop: contoh\n') });
    const index = buildReferenceIndex(corpus);
    expect(index.backlinks.get('sop/contoh')?.map((d) => d.id)).toEqual(['sop/lain']);
    expect(index.unresolved.map((u) => [u.title, u.citedBy.map((d) => d.id)])).toEqual([['SOP Surat Masuk', ['sop/contoh']]]);
    expect(referenceCycles(corpus)).toEqual([]);
  });
});
