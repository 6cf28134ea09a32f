import { describe, expect, it } from 'vitest';
import { diffSop, diffStandard, matchSteps, similarity } from '../../src/domain/history/diff.ts';
import { documentHistory, lastCommitted } from '../../src/domain/history/revisions.ts';
import type { SopData } from '../../src/domain/model/schema/sop.ts';
import { corpusOf, sopWith, VALID_SOP } from '../fixtures/minimal.ts';
import { standard } from './validate/helpers.ts';

const sop = (text: string): SopData => {
  const corpus = corpusOf({ 'content/sop/contoh.mdx': text });
  expect(corpus.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return corpus.sops.get('contoh')!.data;
};
const BEFORE = sop(VALID_SOP);

describe('the semantic diff of two SOP revisions', () => {
  it('finds nothing between a revision and itself', () => {
    const diff = diffSop(BEFORE, sop(VALID_SOP));
    expect(diff.unchanged).toBe(true);
    expect(diff.steps).toEqual([]);
  });

  it('reports an inserted step once, without calling every later step changed', () => {
    const after = sop(sopWith('  - id: susun-draf\n', '  - kegiatan: Mengumpulkan bahan rujukan\n    pelaksana: anggota-tim\n    waktu: 30 Menit\n  - id: susun-draf\n'));
    const diff = diffSop(BEFORE, after);
    expect(diff.steps).toEqual([{ kind: 'added', after: 2, activity: 'Mengumpulkan bahan rujukan' }]);
    expect(diff.total).toMatchObject({ changed: true });
    expect(diff.total.before).not.toBe(diff.total.after);
  });

  it('reports a removed step', () => {
    const after = sop(sopWith('  - kegiatan: Memerintahkan anggota tim\n    pelaksana: ketua-tim\n    waktu: 10 Menit\n    output: Disposisi\n', ''));
    expect(diffSop(BEFORE, after).steps).toEqual([{ kind: 'removed', before: 1, activity: 'Memerintahkan anggota tim' }]);
  });

  it('reports a reworded step as changed, with its old and new text', () => {
    const after = sop(sopWith('kegiatan: Menyusun draf\n', 'kegiatan: Menyusun draf surat balasan\n'));
    const [change] = diffSop(BEFORE, after).steps;
    expect(change).toEqual({
      kind: 'changed', before: 2, after: 2, activity: 'Menyusun draf surat balasan',
      changes: [{ field: 'kegiatan', before: 'Menyusun draf', after: 'Menyusun draf surat balasan' }],
    });
  });

  it('reports a changed actor and waktu, and the total before and after', () => {
    const after = sop(sopWith('    pelaksana: anggota-tim\n    waktu: 1 Jam\n', '    pelaksana: ketua-tim\n    waktu: 2 Jam\n'));
    const diff = diffSop(BEFORE, after);
    expect(diff.steps).toHaveLength(1);
    const change = diff.steps[0]!;
    expect(change.kind === 'changed' && change.changes).toEqual([
      { field: 'pelaksana', before: 'Anggota Tim Kerja', after: 'Ketua Tim Kerja' },
      { field: 'waktu', before: '1 Jam', after: '2 Jam' },
    ]);
    expect(diff.total.changed).toBe(true);
  });

  it('reports box entries added and removed, identity fields and the status', () => {
    const after = sop(
      sopWith('  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n', '  - Peraturan Gubernur Nomor 1 Tahun 2024\n',
        sopWith('nomor: 061/ 100.1 /CONTOH\n', 'nomor: 061/ 100.9 /CONTOH\nstatus: dicabut\ntanggal_dicabut: 2024-02-01\n')),
    );
    const diff = diffSop(BEFORE, after);
    expect(diff.lists).toEqual([{ field: 'dasar_hukum', added: ['Peraturan Gubernur Nomor 1 Tahun 2024'], removed: ['Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik'] }]);
    expect(diff.fields).toEqual([
      { field: 'nomor', before: '061/ 100.1 /CONTOH', after: '061/ 100.9 /CONTOH' },
      { field: 'status', before: 'berlaku', after: 'dicabut' },
      { field: 'tanggal_dicabut', before: '', after: '2024-02-01' },
    ]);
    expect(diff.steps).toEqual([]);
    expect(diff.total.changed).toBe(false);
  });

  it('reports a decision sent elsewhere', () => {
    const after = sop(sopWith('      tidak: susun-draf\n', '      tidak: pertama\n').replace('  - kegiatan: Memerintahkan anggota tim\n', '  - id: pertama\n    kegiatan: Memerintahkan anggota tim\n'));
    const [change] = diffSop(BEFORE, after).steps;
    expect(change?.kind === 'changed' && change.changes.map((c) => c.field)).toEqual(['keputusan']);
  });

  it('reports actor columns added and removed', () => {
    const after = sop(sopWith('  - id: anggota-tim\n    nama: Anggota Tim Kerja\n', '  - id: anggota-tim\n    nama: Staf Pelaksana\n'));
    const diff = diffSop(BEFORE, after);
    expect(diff.actors).toEqual({ added: ['Staf Pelaksana'], removed: ['Anggota Tim Kerja'] });
  });
});

describe('matching steps', () => {
  it('pairs similar texts and leaves different ones apart', () => {
    expect(similarity('Menyusun draf', 'Menyusun draf surat')).toBeGreaterThanOrEqual(0.5);
    expect(similarity('Menyusun draf', 'Mengarsipkan berkas')).toBe(0);
    const pairs = matchSteps(BEFORE.steps, BEFORE.steps.slice(1));
    expect(pairs.map(([b, a]) => [b?.number, a?.number])).toEqual([[1, undefined], [2, 2], [3, 3], [4, 4]]);
  });
});

describe('the diff of two Standar Pelayanan revisions', () => {
  it('reports changed components and the completion time before and after', () => {
    const corpus = (text: string) => corpusOf({ 'content/standar-pelayanan/layanan-contoh.mdx': text }).standards.get('layanan-contoh')!.data;
    const diff = diffStandard(corpus(standard({ sop: '[]' })), corpus(standard({ sop: '[]', waktu: ['15 Menit', '1 Jam'] })));
    expect(diff.fields.map((f) => f.field)).toEqual(['jangka_waktu_penyelesaian']);
    expect(diff.total).toMatchObject({ changed: true });
  });
});

describe('a document’s revision history', () => {
  const FILE = 'content/sop/contoh.mdx';
  const v2 = sopWith('kegiatan: Menyusun draf\n', 'kegiatan: Menyusun draf surat balasan\n');
  const revisions = [
    { commit: 'c3', date: '2024-03-01T10:00:00+07:00', subject: 'Rapikan komentar', text: `${v2}\n` },
    { commit: 'c2', date: '2024-02-01T10:00:00+07:00', subject: 'Ubah langkah 2', text: v2 },
    { commit: 'c1', date: '2024-01-01T10:00:00+07:00', subject: 'Tambah SOP contoh', text: VALID_SOP },
  ];

  it('lists revisions newest first, each with its diff against the one before', () => {
    const entries = documentHistory('sop', FILE, revisions, `${v2}\n`);
    expect(entries.map((e) => [e.commit, e.kind])).toEqual([['c3', 'unchanged'], ['c2', 'changed'], ['c1', 'first']]);
    const changed = entries[1]!;
    expect(changed.kind === 'changed' && changed.diff.steps.map((s) => s.kind)).toEqual(['changed']);
    expect(entries[2]).toMatchObject({ kind: 'first', steps: 4, subject: 'Tambah SOP contoh' });
    expect(lastCommitted(entries)?.date).toBe('2024-03-01T10:00:00+07:00');
  });

  it('puts changes not committed yet first, and marks a revision that no longer reads', () => {
    const entries = documentHistory('sop', FILE, [...revisions.slice(0, 2), { ...revisions[2]!, text: 'bukan frontmatter' }], VALID_SOP);
    expect(entries.map((e) => [e.commit, e.kind])).toEqual([[undefined, 'changed'], ['c3', 'unchanged'], ['c2', 'first'], ['c1', 'unreadable']]);
  });
});

describe('what a transcriber changes without touching the steps’ words', () => {
  it('reports kop lines, an inferred value and a printed step number', () => {
    const after = sop(
      sopWith('nomor: 061/ 100.1 /CONTOH\n', 'nomor: 061/ 100.1 /CONTOH\nkop:\n  - PEMERINTAH PROVINSI CONTOH\n',
        sopWith('  - kegiatan: Mendokumentasikan\n', '  - kegiatan: Mendokumentasikan\n    no: "4."\n    dugaan: [pelaksana]\n')),
    );
    const diff = diffSop(BEFORE, after);
    expect(diff.lists).toEqual([{ field: 'kop', added: ['PEMERINTAH PROVINSI CONTOH'], removed: [] }]);
    const [change] = diff.steps;
    expect(change?.kind === 'changed' && change.changes.map((c) => c.field)).toEqual(['no', 'dugaan']);
  });
});
