import { describe, expect, it } from 'vitest';
import { formatTotal } from '../../src/domain/time/format.ts';
import { pathTotal } from '../../src/domain/flow/graph.ts';
import { enumeratePaths, followChoices, walkSoFar } from '../../src/domain/flow/paths.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { corpusOf, VALID_SOP } from '../fixtures/minimal.ts';

/** Branch indexes of a short-form decision: "Ya" first, then "Tidak". */
const YA = 0;
const TIDAK = 1;

const fixture = corpusOf({ 'content/sop/contoh.mdx': VALID_SOP }).sops.get('contoh')!.data.steps;

describe('paths through an SOP', () => {
  it('follows the answers given at each decision, loop-backs included', () => {
    expect(followChoices(fixture, [])).toMatchObject({ steps: [1, 2, 3, 4], choices: [{ step: 3, branch: YA, label: 'Ya' }] });
    expect(followChoices(fixture, [TIDAK, YA]).steps).toEqual([1, 2, 3, 2, 3, 4]);
    expect(followChoices(fixture, [TIDAK, TIDAK, YA]).steps).toEqual([1, 2, 3, 2, 3, 2, 3, 4]);
  });

  it('enumerates each loop-back taken at most once, with the time of each path', () => {
    const paths = enumeratePaths(fixture);
    expect(paths.map((p) => p.steps)).toEqual([
      [1, 2, 3, 4],
      [1, 2, 3, 2, 3, 4],
    ]);
    expect(paths.map((p) => formatTotal(p.total))).toEqual([
      '± 1 jam 25 menit, ditambah “Sesuai waktu konsultasi”',
      '± 2 jam 40 menit, ditambah “Sesuai waktu konsultasi”',
    ]);
  });
});

describe('the seed SOPs with decisions', async () => {
  const corpus = await readCorpus(process.cwd());
  const steps = (slug: string) => corpus.sops.get(slug)!.data.steps;

  // Expected values read off the documents: decision steps, where "Tidak" goes, and step times.
  it.each([
    {
      slug: 'pelaksanaan-kegiatan-diklat',
      paths: [
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        [1, 2, 3, 4, 5, 6, 7, 6, 7, 8, 9, 10],
        [1, 2, 3, 4, 5, 6, 5, 6, 7, 8, 9, 10],
        [1, 2, 3, 4, 5, 6, 5, 6, 7, 6, 7, 8, 9, 10],
      ],
      happy: '± 1 hari kerja 3 jam 35 menit',
    },
    {
      slug: 'penyiapan-bahan-materi-diklat',
      paths: [
        [1, 2, 3, 4, 5, 6, 7, 8],
        [1, 2, 3, 4, 5, 4, 5, 6, 7, 8],
        [1, 2, 3, 4, 3, 4, 5, 6, 7, 8],
        [1, 2, 3, 4, 3, 4, 5, 4, 5, 6, 7, 8],
      ],
      happy: '± 2 jam 25 menit',
    },
    {
      slug: 'pelayanan-konsultasi',
      paths: [
        [1, 2, 3, 4, 5],
        [1, 2, 3, 1, 2, 3, 4, 5],
      ],
      happy: '± 20 menit, ditambah “Sesuai waktu konsultasi”',
    },
  ])('$slug', ({ slug, paths, happy }) => {
    const found = enumeratePaths(steps(slug));
    expect(found.map((p) => p.steps)).toEqual(paths);
    expect(formatTotal(found[0]!.total)).toBe(happy);
    // Each rework costs time: every longer path takes longer than the happy path.
    for (const p of found.slice(1)) expect(p.total.minMinutes).toBeGreaterThan(found[0]!.total.minMinutes);
  });
});

describe('the walk-through (walkSoFar)', async () => {
  const corpus = await readCorpus(process.cwd());
  const steps = corpus.sops.get('pelaksanaan-kegiatan-diklat')!.data.steps;

  it('stops at the first decision that has no answer yet', () => {
    expect(walkSoFar(steps, [])).toEqual({ steps: [1, 2, 3, 4, 5, 6], choices: [], pending: 6, done: false });
    expect(walkSoFar(steps, [TIDAK])).toMatchObject({ steps: [1, 2, 3, 4, 5, 6, 5, 6], pending: 6, done: false });
    expect(walkSoFar(steps, [TIDAK, YA])).toMatchObject({ steps: [1, 2, 3, 4, 5, 6, 5, 6, 7], pending: 7 });
  });

  it('reaches the end with every decision answered, on the same path and time as followChoices', () => {
    const answers = [TIDAK, YA, YA];
    const walked = walkSoFar(steps, answers);
    expect(walked).toMatchObject({ steps: [1, 2, 3, 4, 5, 6, 5, 6, 7, 8, 9, 10], done: true });
    expect(walked.pending).toBeUndefined();
    expect(walked.steps).toEqual(followChoices(steps, [...answers]).steps);
    expect(walked.choices).toEqual([{ step: 6, branch: TIDAK, label: 'Tidak' }, { step: 6, branch: YA, label: 'Ya' }, { step: 7, branch: YA, label: 'Ya' }]);
    expect(formatTotal(pathTotal(steps, walked.steps))).toBe('± 1 hari kerja 5 jam 50 menit');
  });

  it('follows a loop-back as often as the reader answers "Tidak"', () => {
    const answers = Array.from({ length: 12 }, () => TIDAK);
    const walked = walkSoFar(steps, answers);
    expect(walked.steps.filter((n) => n === 5)).toHaveLength(13);
    expect(walked.pending).toBe(6);
  });
});
