import { describe, expect, it } from 'vitest';
import { formatTotal } from '../../src/domain/time/format.ts';
import { actorSteps, actorTotal } from '../../src/domain/flow/index.ts';
import { roleSlug } from '../../src/domain/text/index.ts';
import { buildRoleIndex, roleStepCount, roleStepLines, writtenOtherwise } from '../../src/domain/views/roles.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
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

describe("a pelaksana's share of an SOP", () => {
  const steps = corpusOf({ 'content/sop/a.mdx': VALID_SOP }).sops.get('a')!.data.steps;

  it('lists the steps the actor takes part in, joint steps included', () => {
    expect(actorSteps(steps, 'ketua-tim')).toEqual([1, 3]);
    expect(actorSteps(steps, 'anggota-tim')).toEqual([2, 3, 4]);
    expect(actorSteps(steps, 'tidak-ada')).toEqual([]);
  });

  it('sums their time along the quickest way through (no rework), variable time named', () => {
    // Quickest path 1-2-3-4: ketua-tim does 1 (10 min) and 3 (15 min).
    expect(formatTotal(actorTotal(steps, 'ketua-tim'))).toBe('± 25 menit');
    expect(formatTotal(actorTotal(steps, 'anggota-tim'))).toBe('± 1 jam 15 menit, ditambah “Sesuai waktu konsultasi”');
    expect(formatTotal(actorTotal(steps, 'tidak-ada'))).toBe('0 menit');
  });

  it('on a seed SOP with loop-backs, counts each step of the quickest path once', async () => {
    const corpus = await readCorpus(process.cwd());
    const diklat = corpus.sops.get('pelaksanaan-kegiatan-diklat')!.data.steps;
    // Pejabat Level 2: steps 3 (15 min), 4 (1 hari), 5 (2 jam).
    expect(actorSteps(diklat, 'pejabat-level-2')).toEqual([3, 4, 5]);
    expect(formatTotal(actorTotal(diklat, 'pejabat-level-2'))).toBe('± 1 hari kerja 2 jam 15 menit');
  });
});

describe('one role per SOP', () => {
  it('lists an SOP once for a role it has in two same-named columns, with the steps of both', () => {
    const twice = VALID_SOP.replace(/pelaksana:\n/, 'pelaksana:\n  - id: ketua-tim-2\n    nama: KETUA TIM KERJA\n');
    const corpus = corpusOf({ 'content/sop/a.mdx': twice });
    const role = buildRoleIndex(corpus.sops.values()).find((r) => r.slug === 'ketua-tim-kerja')!;
    expect(role.entries).toHaveLength(1);
    expect(role.entries[0]!.actorIds).toEqual(['ketua-tim-2', 'ketua-tim']);
    expect(role.label).toBe('Ketua Tim Kerja');
  });
});

describe("a role's page", () => {
  it('counts its steps over its SOPs, and lists each with a link that opens it for the role, and who shares it', () => {
    const other = sopWith('nama: Anggota Tim Kerja', 'nama: Anggota Tim Kerja (Staf)');
    const corpus = corpusOf({ 'content/sop/a.mdx': VALID_SOP, 'content/sop/b.mdx': other });
    const [member, lead] = buildRoleIndex(corpus.sops.values());
    expect([roleStepCount(member!), roleStepCount(lead!)]).toEqual([6, 4]);
    expect([writtenOtherwise(member!), writtenOtherwise(lead!)]).toEqual([true, false]);
    const lines = roleStepLines(lead!.entries[0]!);
    expect(lines.map((l) => [l.number, l.href, l.timeText, l.sharedWith])).toEqual([
      [1, '/sop/a/?pelaksana=ketua-tim#langkah-1', '10 Menit', []],
      [3, '/sop/a/?pelaksana=ketua-tim#langkah-3', '15 menit', ['Anggota Tim Kerja']],
    ]);
  });
});
