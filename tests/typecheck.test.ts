import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './build/run-build.ts';

describe('TypeScript strict', () => {
  it('astro check finds no error in .astro, .ts and .mjs files', () => {
    const run = spawnSync(process.execPath, [path.join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'check'], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    expect(run.stdout + run.stderr).toMatch(/- 0 errors/);
    expect(run.status).toBe(0);
  });
});
