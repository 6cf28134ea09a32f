/** Shared by the rule tests: run every check on a small in-memory corpus and pick findings out. */
import { expect } from 'vitest';
import type { Finding, Severity } from '../../../src/domain/findings/finding.ts';
import { checkCorpus } from '../../../src/domain/validate/index.ts';
import { corpusOf, lineOf } from '../../fixtures/minimal.ts';

export const FILE = 'content/sop/contoh.mdx';
export const OTHER = 'content/sop/lain.mdx';
export const SP_FILE = 'content/standar-pelayanan/layanan-contoh.mdx';

export function findingsOf(files: Record<string, string>): Finding[] {
  return checkCorpus(corpusOf(files));
}

export interface Expected {
  code: string;
  severity: Severity;
  file: string;
  /** A fragment of the file text: the finding's line is the line of this fragment. */
  at: string;
  step?: number;
  message?: string;
}

/** Exactly one finding with this code in this file, at the fragment's line. */
export function expectFinding(files: Record<string, string>, e: Expected): Finding {
  const all = findingsOf(files);
  const matching = all.filter((f) => f.code === e.code && f.file === e.file);
  expect(matching, `findings: ${all.map((f) => `${f.file}:${f.line} ${f.code}`).join(', ')}`).toHaveLength(1);
  const f = matching[0]!;
  expect(f.severity).toBe(e.severity);
  expect(f.line).toBe(lineOf(files[e.file]!, e.at));
  expect(f.column).toBeGreaterThan(0);
  expect(f.documentId).toBe(e.file.replace(/^content\//, '').replace(/\.mdx$/, ''));
  if (e.step !== undefined) expect(f.step).toBe(e.step);
  if (e.message !== undefined) expect(f.message).toContain(e.message);
  return f;
}

export function expectNoFinding(files: Record<string, string>, code: string): void {
  const all = findingsOf(files);
  expect(all.filter((f) => f.code === code).map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
}

/** A minimal Standar Pelayanan that names SOPs and promises a time. */
export function standard({ waktu = ['15 Menit'], sop = '[contoh]' }: { waktu?: string[]; sop?: string } = {}): string {
  return `---
nama: Layanan Contoh
unit: bidang-dua
jangka_waktu_penyelesaian:
${waktu.map((w, i) => `  - bagian: Bagian ${i + 1}\n    waktu: ${w}`).join('\n')}
sop: ${sop}
---
`;
}
