import { describe, expect, it } from 'vitest';
import { corpusOf, sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, findingsOf, OTHER, SP_FILE, standard } from './helpers.ts';

/** An SOP of a given status (and extra lifecycle keys), with its own title and number. */
const sopOf = (status: string, extra = '', title = 'Prosedur Lain', number = '100.2') =>
  sopWith('unit: bidang-satu\n', `unit: bidang-satu\nstatus: ${status}\n${extra}`)
    .replace('nama: Contoh Prosedur', `nama: ${title}`)
    .replace('061/ 100.1 /CONTOH', `061/ ${number} /CONTOH`);
const citingOther = sopWith('  - judul: SOP Surat Masuk\n', '  - judul: SOP Prosedur Lain\n    sop: lain\n');
const THIRD = 'content/sop/baru.mdx';

describe('status lifecycle: the schema', () => {
  it('defaults to in force and maps the keys onto the English model', () => {
    const corpus = corpusOf({ [FILE]: VALID_SOP, [OTHER]: sopOf('digantikan', 'digantikan_oleh: contoh\ntanggal_dicabut: 2024-01-05\n') });
    expect(corpus.findings).toEqual([]);
    expect(corpus.sops.get('contoh')!.data.lifecycle).toEqual({ status: 'in-force' });
    expect(corpus.sops.get('lain')!.data.lifecycle).toMatchObject({ status: 'superseded', supersededBy: 'contoh', withdrawnOn: { iso: '2024-01-05' } });
  });

  it('rejects an unknown status and keys that contradict the status', () => {
    const bad = corpusOf({ [FILE]: sopOf('kedaluwarsa') });
    expect(bad.findings.map((f) => f.message).join('\n')).toContain('status harus salah satu dari: berlaku, draf, digantikan, dicabut');
    const contradiction = corpusOf({ [FILE]: sopOf('berlaku', 'digantikan_oleh: lain\ntanggal_dicabut: 2024-01-05\n') });
    const messages = contradiction.findings.filter((f) => f.code === 'schema').map((f) => f.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('tulis "status: digantikan"'), expect.stringContaining('tanggal_dicabut hanya untuk')]));
  });

  it('keeps drafts out of the published corpus but still reads them', () => {
    const corpus = corpusOf({ [FILE]: VALID_SOP, [OTHER]: sopOf('draf') });
    expect([...corpus.sops.keys()]).toEqual(['contoh']);
    expect([...corpus.drafts.keys()]).toEqual(['sop/lain']);
    const broken = corpusOf({ [OTHER]: sopOf('draf').replace('nama: Prosedur Lain', 'nama: ""') });
    expect(broken.findings.some((f) => f.code === 'schema' && f.file === OTHER)).toBe(true);
  });
});

describe('status lifecycle: findings', () => {
  it('a keterkaitan to a superseded SOP is a warning at the citing SOP, naming the successor', () => {
    expectFinding(
      { [FILE]: citingOther, [OTHER]: sopOf('digantikan', 'digantikan_oleh: baru\n'), [THIRD]: sopOf('berlaku', '', 'Prosedur Baru', '100.3') },
      { code: 'rujukan-tidak-berlaku', severity: 'warning', file: FILE, at: 'sop: lain', message: 'merujuk SOP Prosedur Lain, yang sudah digantikan oleh SOP Prosedur Baru' },
    );
  });

  it('a keterkaitan to a revoked SOP says since when', () => {
    expectFinding(
      { [FILE]: citingOther, [OTHER]: sopOf('dicabut', 'tanggal_dicabut: 2024-01-05\n') },
      { code: 'rujukan-tidak-berlaku', severity: 'warning', file: FILE, at: 'sop: lain', message: 'sudah dicabut sejak 2024-01-05' },
    );
  });

  it('a Standar Pelayanan naming a revoked SOP is a warning at the standard', () => {
    expectFinding(
      { [FILE]: sopOf('dicabut', '', 'Contoh Prosedur', '100.1'), [SP_FILE]: standard() },
      { code: 'rujukan-tidak-berlaku', severity: 'warning', file: SP_FILE, at: 'sop: [contoh]', message: 'padahal SOP itu sudah dicabut' },
    );
  });

  it('a document no longer in force may cite others no longer in force', () => {
    expectNoFinding({ [FILE]: sopWith('unit: bidang-satu\n', 'unit: bidang-satu\nstatus: dicabut\n', citingOther), [OTHER]: sopOf('dicabut') }, 'rujukan-tidak-berlaku');
  });

  it('digantikan_oleh naming no document, a draft or itself is an error', () => {
    expectFinding({ [OTHER]: sopOf('digantikan', 'digantikan_oleh: hilang\n') },
      { code: 'pengganti-tidak-ada', severity: 'error', file: OTHER, at: 'digantikan_oleh', message: 'tidak ada SOP ber-id "hilang"' });
    expectFinding({ [OTHER]: sopOf('digantikan', 'digantikan_oleh: contoh\n'), [FILE]: sopOf('draf', '', 'Contoh Prosedur', '100.1') },
      { code: 'pengganti-tidak-ada', severity: 'error', file: OTHER, at: 'digantikan_oleh', message: 'masih draf' });
    expectFinding({ [OTHER]: sopOf('digantikan', 'digantikan_oleh: lain\n') },
      { code: 'pengganti-tidak-ada', severity: 'error', file: OTHER, at: 'digantikan_oleh', message: 'dirinya sendiri' });
  });

  it('a successor that is itself revoked is a finding', () => {
    expectFinding(
      { [OTHER]: sopOf('digantikan', 'digantikan_oleh: baru\n'), [THIRD]: sopOf('dicabut', '', 'Prosedur Baru', '100.3') },
      { code: 'pengganti-tidak-berlaku', severity: 'warning', file: OTHER, at: 'digantikan_oleh', message: 'pengganti SOP Prosedur Baru sendiri sudah dicabut' },
    );
  });

  it('superseded without a successor is a warning; a citation of a draft is an error', () => {
    expectFinding({ [OTHER]: sopOf('digantikan') },
      { code: 'digantikan-tanpa-pengganti', severity: 'warning', file: OTHER, at: 'status: digantikan' });
    expectFinding({ [FILE]: citingOther, [OTHER]: sopOf('draf') },
      { code: 'rujukan-draf', severity: 'error', file: FILE, at: 'sop: lain', message: 'masih draf' });
  });

  it('documents all in force raise none of these', () => {
    const codes = findingsOf({ [FILE]: VALID_SOP, [OTHER]: sopOf('berlaku') }).map((f) => f.code);
    expect(codes.filter((c) => ['rujukan-tidak-berlaku', 'pengganti-tidak-berlaku', 'digantikan-tanpa-pengganti', 'pengganti-tidak-ada', 'rujukan-draf'].includes(c))).toEqual([]);
  });
});
