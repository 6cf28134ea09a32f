import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildState, startBuildState } from './build-state.ts';
import { openParseStore } from './parse-store.ts';
import { readCheckedCorpus, textDigest } from './read-corpus.ts';
import { readSettings } from './settings.ts';

/**
 * The parses kept on disk between builds: a build reads them back instead of parsing and checking
 * each file again, and must then report exactly what a build without them reports.
 */
const work = await mkdtemp(path.join(tmpdir(), 'sop-parse-store-'));
const root = path.join(work, 'corpus');
await cp('tests/fixtures/corpus-warnings', root, { recursive: true });
const before = buildState();
afterAll(async () => {
  startBuildState(before.settings, before.devServer);
  await rm(work, { recursive: true, force: true });
});

/** A build of its own (a fresh process's state) with the cache folder given. */
const freshBuild = (cache: string) => {
  const settings = readSettings({ SOP_CACHE_DIR: cache, SOP_NO_BROWSER: '1' }, process.cwd());
  // startBuildState keeps the state of equal settings: a second build of them starts anew here.
  (globalThis as Record<symbol, unknown>)[Symbol.for('sop-portal.build-state')] = undefined;
  startBuildState(settings, false);
};
const plain = (checked: Awaited<ReturnType<typeof readCheckedCorpus>>) => ({
  findings: checked.findings,
  sops: [...checked.corpus.sops.values()].map((d) => d.data),
  standards: [...checked.corpus.standards.values()].map((d) => d.data),
});

describe('the parse store', () => {
  it('gives a second build what the first read from the files, and keeps one file per code version', async () => {
    freshBuild(path.join(work, 'cache'));
    const first = plain(await readCheckedCorpus(root));
    const kept = await readdir(path.join(work, 'cache', 'sop-parse'));
    expect(kept).toHaveLength(1);
    freshBuild(path.join(work, 'cache'));
    const second = plain(await readCheckedCorpus(root));
    expect(second).toEqual(first);
    freshBuild(path.join(work, 'empty-cache'));
    expect(plain(await readCheckedCorpus(root))).toEqual(first);
  });

  it('uses a kept parse only for the very text it was made from', async () => {
    const cache = path.join(work, 'cache-marked');
    freshBuild(cache);
    const checked = await readCheckedCorpus(root);
    const sop = [...checked.corpus.sops.values()][0]!;
    const text = await readFile(path.join(root, sop.file), 'utf8');
    // A kept parse that says something the file does not: read back, it shows that it was used.
    const store = openParseStore();
    const marked = { file: sop.file, doc: { ...sop, data: { ...sop.data, title: 'Dari cache' } }, findings: [] };
    store.keepParse(sop.file, textDigest(text), marked);
    store.save();
    freshBuild(cache);
    expect((await readCheckedCorpus(root)).corpus.sops.get(sop.slug)?.data.title).toBe('Dari cache');
    // The file changed: its new text is parsed.
    await writeFile(path.join(root, sop.file), `${text}\n`);
    freshBuild(cache);
    expect((await readCheckedCorpus(root)).corpus.sops.get(sop.slug)?.data.title).toBe(sop.data.title);
  });
});
