import { describe, expect, it } from 'vitest';
import { buildRoleIndex, roleSlug } from '../../src/domain/roles.ts';
import { corpusOf, sopWith, VALID_SOP } from '../fixtures/minimal.ts';

describe('the per-pelaksana index', () => {
  it.each([
    ['Ketua Tim Kerja', 'ketua-tim-kerja'],
    ['Pejabat Level 2 (Pimpinan Unit)', 'pejabat-level-2'],
    ['Pejabat Level 2', 'pejabat-level-2'],
    ['Tamu / Pengunjung', 'tamu-pengunjung'],
    ['ESELON/FUNGSIONAL KHUSUS', 'eselon-fungsional-khusus'],
  ])('%s -> %s', (label, slug) => expect(roleSlug(label)).toBe(slug));

  it('joins one role across SOPs and lists the steps it takes part in, joint steps included', () => {
    const other = sopWith('nama: Anggota Tim Kerja', 'nama: Anggota Tim Kerja (Staf)');
    const corpus = corpusOf({ 'content/sop/a.mdx': VALID_SOP, 'content/sop/b.mdx': other });
    const roles = buildRoleIndex(corpus.sops.values());
    expect(roles.map((r) => r.slug)).toEqual(['anggota-tim-kerja', 'ketua-tim-kerja']);
    const member = roles[0]!;
    expect(member.writtenAs).toEqual(['Anggota Tim Kerja', 'Anggota Tim Kerja (Staf)']);
    expect(member.entries.map((e) => [e.sop.slug, e.steps])).toEqual([['a', [2, 3, 4]], ['b', [2, 3, 4]]]);
    expect(roles[1]!.entries[0]!.steps).toEqual([1, 3]);
  });
});
