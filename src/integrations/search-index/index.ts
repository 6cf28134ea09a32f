import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { glob, readFile, readdir, rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { packageVersion } from '../../node/code-version.ts';
import { copyTree } from '../../node/copy-tree.ts';

/** The pages with data-pagefind-body: src/pages/sop/[slug].astro and src/pages/standar-pelayanan/[slug].astro. */
const INDEXED_PAGES = '{sop,standar-pelayanan}/*/index.html';
/** Pagefind's version: another version, another index. */
const PAGEFIND_VERSION = packageVersion('pagefind');

/**
 * Builds the Pagefind index at the end of `astro build`, through Pagefind's Node API: no separate
 * step to forget. Pages say what is indexed with data-pagefind-* attributes; the language comes
 * from <html lang="id">, which gives Indonesian stemming (pagefind/wasm.id.pagefind).
 *
 * The index is a function of the indexed pages alone, so it is kept in the cache folder under a
 * hash of their paths and bytes: a build whose document pages came out the same (Astro's
 * incremental build kept them, or they were rendered to the same bytes) copies the index back
 * instead of indexing again (~10 s at 2,000 documents).
 */
export function searchIndex(): AstroIntegration {
  let cacheRoot = '';
  return {
    name: 'sop-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = path.join(fileURLToPath(config.cacheDir), 'sop-pagefind');
      },
      'astro:build:done': ({ dir, logger }) => indexSite(fileURLToPath(dir), cacheRoot, logger),
    },
  };
}

/** Indexes the document pages, or puts back the index of the build before when they came out the same. */
async function indexSite(outDir: string, cacheRoot: string, logger: AstroIntegrationLogger): Promise<void> {
  const target = path.join(outDir, 'pagefind');
  const started = performance.now();
  const pages: string[] = [];
  for await (const page of glob(INDEXED_PAGES, { cwd: outDir })) pages.push(page.split(path.sep).join('/'));
  pages.sort();
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\n`);
  for (const page of pages) hash.update(`${page}\n`).update(await readFile(path.join(outDir, page)));
  const kept = path.join(cacheRoot, hash.digest('base64url'));
  if (existsSync(kept)) {
    await copyTree(kept, target);
    logger.info(`${pages.length} halaman diindeks dalam ${Math.round(performance.now() - started)} ms (indeks dari build sebelumnya: halamannya sama)`);
    return;
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    // Only the document pages carry data-pagefind-body: Pagefind need not read the other
    // half of the site (revision histories, unit and role lists) to find that out.
    const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    logger.info(`${added.page_count} halaman diindeks dalam ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
  // One index is kept: the previous ones belong to pages that are no longer there.
  const partial = `${kept}.${process.pid}.tmp`;
  await copyTree(target, partial);
  for (const old of await readdir(cacheRoot)) if (path.join(cacheRoot, old) !== partial) await rm(path.join(cacheRoot, old), { recursive: true, force: true });
  await rename(partial, kept);
}
