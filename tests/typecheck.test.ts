import { describe, expect, inject, it } from 'vitest';
import { typecheckResult } from './support/typecheck.ts';

describe('TypeScript strict', () => {
  it('astro check finds no error in .astro, .ts and .mjs files', async () => {
    const run = await typecheckResult(inject('testRun'));
    expect(run.output).toMatch(/- 0 errors/);
    expect(run.code).toBe(0);
  }, 300_000);
});
