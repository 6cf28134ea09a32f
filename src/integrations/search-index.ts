import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The pages with data-pagefind-body: src/pages/sop/[slug].astro and src/pages/standar-pelayanan/[slug].astro. */
const INDEXED_PAGES = '{sop,standar-pelayanan}/*/index.html';

/**
 * Builds the Pagefind index at the end of `astro build`, through Pagefind's Node API: no separate
 * step to forget. Pages say what is indexed with data-pagefind-* attributes; the language comes
 * from <html lang="id">, which gives Indonesian stemming (pagefind/wasm.id.pagefind).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'sop-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        try {
          // Only the document pages carry data-pagefind-body: Pagefind need not read the other
          // half of the site (revision histories, unit and role lists) to find that out.
          const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`${added.page_count} halaman diindeks dalam ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
