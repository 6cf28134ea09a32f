import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, runBuild } from './run-build.ts';

describe('a corpus with an error', () => {
  it('stops the build, names the file, line and field, and publishes nothing', async () => {
    const build = await runBuild(path.join(PROJECT, 'tests/fixtures/corpus-error'));
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      'content/sop/rusak.mdx:15:16  error  schema  langkah 2 › pelaksana: "ketua" bukan pelaksana SOP ini (ketua-tim, anggota-tim)',
    );
    expect(build.output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m); // no stack trace
    expect(existsSync(path.join(build.outDir, 'sop/baik/index.html'))).toBe(false);
    expect(existsSync(path.join(build.outDir, 'sop/rusak/index.html'))).toBe(false);
  });
});
