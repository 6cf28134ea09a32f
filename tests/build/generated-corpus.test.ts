import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../tools/corpus-generator.ts';
import type { Corpus } from '../../src/domain/model/corpus.ts';
import { isNumeric, type DurationUnit } from '../../src/domain/time/duration.ts';
import type { Finding } from '../../src/domain/findings/finding.ts';
import type { Step } from '../../src/domain/model/schema/sop.ts';
import { unresolvedReferences } from '../../src/domain/references/resolve.ts';
import { checkCorpus } from '../../src/domain/validate/index.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { INFO_LINES_MAX } from '../../src/integrations/validation/index.ts';
import { runBuild } from './run-build.ts';

// The corpus `npm run bench` builds (scripts/generate-corpus.ts), at N = 50: a test of the generator
// and of the schema. No timing here; the benchmark measures.
const N = 50;
const SEED = 7;

let dir: string;
let corpus: Corpus;
let findings: Finding[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sop-generated-'));
  await writeCorpus(dir, generateCorpus({ n: N, seed: SEED }));
  corpus = await readCorpus(dir);
  findings = checkCorpus(corpus);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the generated corpus', () => {
  it('is the same for the same seed, and another for another seed', () => {
    const a = generateCorpus({ n: N, seed: SEED });
    const b = generateCorpus({ n: N, seed: SEED });
    expect(b.files).toEqual(a.files);
    expect(generateCorpus({ n: N, seed: SEED + 1 }).files).not.toEqual(a.files);
  });

  it('has N SOPs and N/10 Standar Pelayanan, all valid: no error, only warnings and info', () => {
    expect(corpus.sops.size).toBe(N);
    expect(corpus.standards.size).toBe(N / 10);
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line} ${f.code} ${f.message}`)).toEqual([]);
    const warnings = new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.code));
    for (const code of ['rujukan-belum-tersedia', 'nomor-kosong']) expect(warnings).toContain(code);
  });

  it('spreads the documents over perangkat daerah and units', () => {
    const agencies = new Set<string>();
    const units = new Set<string>();
    for (const doc of [...corpus.sops.values(), ...corpus.standards.values()]) {
      const place = corpus.organisation.unit(doc.data.unitId)!;
      agencies.add(place.agency.id);
      units.add(place.unit.id);
    }
    expect(agencies.size).toBeGreaterThanOrEqual(2);
    expect(units.size).toBeGreaterThanOrEqual(5);
  });

  it('has 3 to 40 steps, 2 to 8 pelaksana, joint steps, and every time unit', () => {
    const sops = [...corpus.sops.values()];
    const steps = sops.map((d) => d.data.steps.length);
    const actors = sops.map((d) => d.data.actors.length);
    expect(Math.min(...steps)).toBe(3);
    expect(Math.max(...steps)).toBe(40);
    expect(Math.min(...actors)).toBe(2);
    expect(Math.max(...actors)).toBe(8);
    const all = sops.flatMap((d) => d.data.steps);
    expect(all.some((s) => s.actorIds.length > 1)).toBe(true);
    const units = new Set<DurationUnit | 'variable'>(all.flatMap((s) => (s.duration && isNumeric(s.duration) ? [s.duration.amount.unit] : s.duration?.kind === 'variable' ? ['variable'] : [])));
    expect([...units].sort()).toEqual(['bulan', 'detik', 'hari', 'hari-kerja', 'jam', 'menit', 'minggu', 'variable']);
    expect(all.some((s) => s.duration?.kind === 'range' && s.duration.amount.max > s.duration.amount.min)).toBe(true); // ranges, "1-2 hari"
  });

  it('has decisions that loop back and decisions that branch forward', () => {
    const decisions = [...corpus.sops.values()].flatMap((d) => d.data.steps.filter((s) => s.decision));
    const target = (s: Step, short: 'yes' | 'no') => s.decision!.branches.find((b) => b.short === short)?.to;
    expect(decisions.some((s) => (target(s, 'no') ?? Infinity) < s.number)).toBe(true);
    expect(decisions.some((s) => target(s, 'yes')! > s.number + 1 && target(s, 'no') === s.number + 1)).toBe(true);
  });

  it('links documents: keterkaitan to generated SOPs and to titles never published; SPs naming their SOPs', () => {
    const related = [...corpus.sops.values()].flatMap((d) => d.data.related);
    expect(related.filter((r) => r.sopId !== undefined).length).toBeGreaterThan(N / 2);
    const missing = unresolvedReferences(corpus);
    expect(missing.length).toBeGreaterThan(3);
    expect(missing.some((u) => u.citedBy.length > 1)).toBe(true);
    const standards = [...corpus.standards.values()];
    expect(standards.some((sp) => sp.data.sopIds.length > 0)).toBe(true);
  });

  it('builds with the real site: one page per document', async () => {
    // Pages are what this test checks; printing 50 PDFs would add a minute (PDFs: tests/build/pdf.test.ts).
    const build = await runBuild(dir, { env: { SOP_PDF: '0' } });
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(build.output).not.toMatch(/diagram: \d+ dirender, \d+ dari cache, \d+ tanpa peramban, [1-9]\d* gagal/);
    // More info findings than a screenful: the log counts them and still prints every warning.
    const infos = findings.filter((f) => f.severity === 'info').length;
    expect(infos).toBeGreaterThan(INFO_LINES_MAX);
    expect(build.output).toContain(`${infos} temuan info tidak dicetak satu per satu`);
    expect(build.output).not.toMatch(/:\d+:\d+ {2}info {2}/);
    expect(build.output.match(/:\d+:\d+ {2}warning {2}/g)?.length).toBe(findings.filter((f) => f.severity === 'warning').length);
    const sopPages = (await readdir(path.join(build.outDir, 'sop'))).filter((d) => existsSync(path.join(build.outDir, 'sop', d, 'index.html')));
    expect(sopPages.sort()).toEqual([...corpus.sops.keys()].sort());
    for (const slug of corpus.standards.keys()) expect(existsSync(path.join(build.outDir, 'standar-pelayanan', slug, 'index.html'))).toBe(true);
  }, 300_000);
});
