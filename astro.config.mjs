// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { diagrams } from './src/integrations/diagrams.ts';
import { pdfs } from './src/integrations/pdfs.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { validation } from './src/integrations/validation.ts';

// SOP_CONTENT_ROOT lets the build tests build a fixture corpus with the real site code.
const contentRoot = process.env.SOP_CONTENT_ROOT ?? process.cwd();

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.SOP_OUT_DIR ?? './dist',
  // Separate caches let tests build fixture corpora side by side with the real one.
  cacheDir: process.env.SOP_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [validation(contentRoot), diagrams(), mdx(), sitemap(), searchIndex(), pdfs(contentRoot)],
  // Writes .astro/collections/*.schema.json from the zod schemas: the Astro editor extension
  // completes and checks the frontmatter of content/ files with them.
  experimental: { contentIntellisense: true },
});
