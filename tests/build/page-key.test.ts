import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diagramStats, markDiagramFailures } from '../../src/lib/diagrams.ts';
import { readCheckedCorpus } from '../../src/lib/read-corpus.ts';
import { pageKeyOf } from '../../src/lib/site.ts';
import { PROJECT } from './run-build.ts';

/**
 * The key under which a build keeps its pages for the next one (src/lib/site.ts). A page with an
 * MDX diagram left to the reader's browser (no Chromium, or a failed render) must not be kept by a
 * build that can draw it: the mermaid runtime it needs is copied only by a build that falls back.
 */
const checked = await readCheckedCorpus(path.join(PROJECT, 'tests/fixtures/corpus-diagrams'));
const saved = { cache: process.env.SOP_CACHE_DIR, noBrowser: process.env.SOP_NO_BROWSER };
let cache: string;
beforeEach(async () => {
  cache = await mkdtemp(path.join(tmpdir(), 'sop-page-key-'));
  process.env.SOP_CACHE_DIR = cache;
  delete process.env.SOP_NO_BROWSER;
});
afterEach(async () => {
  for (const [name, value] of [['SOP_CACHE_DIR', saved.cache], ['SOP_NO_BROWSER', saved.noBrowser]] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  await rm(cache, { recursive: true, force: true });
});

describe('the page cache key', () => {
  it('stays the same from build to build while nothing changed and every diagram was drawn', async () => {
    const before = await pageKeyOf(checked);
    await markDiagramFailures({ ...diagramStats(), failed: 0 });
    expect(await pageKeyOf(checked)).toBe(before);
  });

  it('changes after a build in which a diagram failed to render, and again after the next failure', async () => {
    const before = await pageKeyOf(checked);
    await markDiagramFailures({ ...diagramStats(), failed: 1 });
    const after = await pageKeyOf(checked);
    expect(after).not.toBe(before);
    expect(await pageKeyOf(checked)).toBe(after);
    await new Promise((r) => setTimeout(r, 5));
    await markDiagramFailures({ ...diagramStats(), failed: 2 });
    expect(await pageKeyOf(checked)).not.toBe(after);
  });

  it('differs between a build that draws diagrams in Chromium and one that leaves them to the reader', async () => {
    const drawing = await pageKeyOf(checked);
    process.env.SOP_NO_BROWSER = '1';
    expect(await pageKeyOf(checked)).not.toBe(drawing);
  });
});
