import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { buildInto, NO_BROWSER, PROJECT, runBuild, warmSeedBuild, type BuildResult } from './run-build.ts';

/**
 * A build after a build (Astro's incremental build, src/node/site.ts pageKey; the search index kept
 * by src/integrations/search-index/index.ts; the old output cleared by src/integrations/clear-output/index.ts):
 * with nothing changed the pages and the index come from the build before, byte for byte; after an
 * edit the pages show the edit, a removed document's page is gone, and the index is made again.
 */

const corpus = await readCorpus(PROJECT);
const sopSlugs = [...corpus.sops.keys()];

/** The build log without its colours. */
const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');

async function filesOf(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}
/** The words Pagefind stored for the pages (its fragments are gzip-compressed JSON). */
async function indexedText(outDir: string): Promise<string> {
  const folder = path.join(outDir, 'pagefind/fragment');
  const parts = await Promise.all((await readdir(folder)).map(async (f) => gunzipSync(await readFile(path.join(folder, f))).toString('utf8')));
  return parts.join('\n');
}

describe('a second build with nothing changed', () => {
  let first: BuildResult;
  let second: BuildResult;
  beforeAll(async () => {
    first = await runBuild('seed');
    second = await warmSeedBuild();
    if (second.code !== 0) throw new Error(`build failed:\n${second.output}`);
  });

  it('keeps every page of the build before instead of rendering it again', () => {
    const log = plain(second.output);
    for (const slug of sopSlugs) {
      expect(log).toMatch(new RegExp(`/sop/${slug}/index\\.html \\((restored|cached)\\)`));
      expect(log).toMatch(new RegExp(`/sop/${slug}/riwayat/index\\.html \\((restored|cached)\\)`));
    }
    expect(log).toMatch(/halaman diindeks dalam \d+ ms \(indeks dari build sebelumnya: halamannya sama\)/);
  });

  it('publishes the same pages and search index, byte for byte', async () => {
    const files = (await filesOf(first.outDir)).filter((f) => f.endsWith('.html') || f.startsWith('pagefind/'));
    expect(await filesOf(second.outDir)).toEqual(expect.arrayContaining(files));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) expect(await readFile(path.join(second.outDir, file)), file).toEqual(await readFile(path.join(first.outDir, file)));
  });
});

describe('a build after an edit, over the output and caches of the build before', () => {
  const EDITED = 'pelayanan-konsultasi';
  const REMOVED = 'permintaan-data-informasi-offline';
  const WORD = 'Tandaujicoba';
  let dir: string;
  let build: BuildResult;
  beforeAll(async () => {
    const first = await runBuild('seed');
    dir = path.join(PROJECT, '.cache/test-builds', `own-incremental-${process.pid}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await cp(first.outDir, path.join(dir, 'dist'), { recursive: true });
    await cp(first.cacheDir, path.join(dir, 'cache'), { recursive: true });
    const root = path.join(dir, 'content-root');
    await cp(path.join(PROJECT, 'content'), path.join(root, 'content'), { recursive: true });
    const file = path.join(root, 'content/sop', `${EDITED}.mdx`);
    const text = await readFile(file, 'utf8');
    const edited = text.replace('kegiatan: Melapor kepada Petugas Pelayanan dengan tujuan konsultasi', `kegiatan: Melapor kepada Petugas Pelayanan dengan tujuan konsultasi ${WORD}`);
    expect(edited).not.toBe(text);
    await writeFile(file, edited);
    await rm(path.join(root, 'content/sop', `${REMOVED}.mdx`));
    // No browser: nothing here reads PDFs or the report's graph, and Chromium would cost the suite seconds.
    build = await buildInto(root, dir, NO_BROWSER);
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  });

  it('renders the edited page again and shows the edit', async () => {
    expect(plain(build.output)).toMatch(new RegExp(`/sop/${EDITED}/index\\.html \\(\\+\\d+ms\\)`));
    expect(plain(build.output)).not.toMatch(new RegExp(`/sop/${EDITED}/index\\.html \\((restored|cached)\\)`));
    expect((await build.page(`sop/${EDITED}`)).querySelector('main')!.text).toContain(WORD);
  });

  it('draws the swimlanes of the other SOPs again byte for byte as the build before did', async () => {
    const first = await runBuild('seed');
    expect(plain(build.output)).toMatch(/swimlane: \d+ digambar/);
    for (const slug of sopSlugs.filter((s) => s !== EDITED && s !== REMOVED)) {
      const before = (await first.page(`sop/${slug}`)).querySelector('.mermaid-diagram')!.innerHTML;
      expect((await build.page(`sop/${slug}`)).querySelector('.mermaid-diagram')!.innerHTML, slug).toBe(before);
    }
  });

  it("leaves nothing of a removed document's pages from the build before", () => {
    expect(existsSync(path.join(dir, 'dist/sop', REMOVED))).toBe(false);
    expect(existsSync(path.join(dir, 'dist/sop', EDITED, 'index.html'))).toBe(true);
  });

  it('indexes the pages again, with the edit and without the removed document', async () => {
    expect(plain(build.output)).toMatch(/halaman diindeks dalam \d+ ms$/m);
    const text = await indexedText(build.outDir);
    expect(text).toContain(WORD);
    expect(text).not.toContain(`/sop/${REMOVED}/`);
  });
});
