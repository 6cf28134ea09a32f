import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, rulesMarkdownTable } from '../../../src/domain/findings/rules.ts';

describe('the rule table', () => {
  it('has one entry per code, each with both explanations', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of RULES) {
      expect(r.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.english.length).toBeGreaterThan(10);
    }
  });

  it('is copied, as generated, into docs/validation.md, once', () => {
    const readme = readFileSync('docs/validation.md', 'utf8');
    expect(readme).toContain(rulesMarkdownTable());
    expect(readme.split(rulesMarkdownTable().split('\n')[0]!).length - 1).toBe(1);
  });

  it('lists every code the reading of the corpus can report', () => {
    const sources = ['src/domain/model/corpus.ts', 'src/domain/model/frontmatter.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = [...sources.matchAll(/code: '([a-z-]+)'/g), ...sources.matchAll(/'(rujukan-tidak-ada|unit-tidak-dikenal)'/g)].map((m) => m[1]!);
    const known = new Set(RULES.map((r) => r.code));
    for (const code of used.filter((c) => c !== 'custom')) expect(known, code).toContain(code);
  });
});
