import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBuildState } from '../../src/node/build-state.ts';
import { diagramStats, markDiagramFailures } from '../../src/node/mermaid/render.ts';
import { readCheckedCorpus } from '../../src/node/read-corpus.ts';
import { readSettings } from '../../src/node/settings.ts';
import { pageKeyOf } from '../../src/node/site.ts';
import { PROJECT } from './run-build.ts';

/**
 * The key under which a build keeps its pages for the next one (src/node/site.ts). A page with an
 * MDX diagram left to the reader's browser (no Chromium, or a failed render) must not be kept by a
 * build that can draw it: the mermaid runtime it needs is copied only by a build that falls back.
 */
const checked = await readCheckedCorpus(path.join(PROJECT, 'tests/fixtures/corpus-diagrams'));
let cache: string;
/** A build of this machine with its own cache, as `npm run build` would start it with this environment. */
const startBuild = (env: Record<string, string> = {}) => startBuildState(readSettings({ SOP_CACHE_DIR: cache, ...env }, PROJECT), false);
beforeEach(async () => {
  cache = await mkdtemp(path.join(tmpdir(), 'sop-page-key-'));
  startBuild();
});
afterEach(async () => {
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
    startBuild({ SOP_NO_BROWSER: '1' });
    expect(await pageKeyOf(checked)).not.toBe(drawing);
  });
});
