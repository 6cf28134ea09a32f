// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { buildStateIntegration } from './src/integrations/build-state/index.ts';
import { diagrams } from './src/integrations/mermaid/index.ts';
import { documentFilesIntegration } from './src/integrations/document-files/index.ts';
import { bodyOnlyDocuments } from './src/node/content-loader.ts';
import { publishOnSuccess } from './src/integrations/clear-output/index.ts';
import { pdfs } from './src/integrations/pdfs/index.ts';
import { searchIndex } from './src/integrations/search-index/index.ts';
import { siteUrlNotice } from './src/integrations/site-url/index.ts';
import { validation } from './src/integrations/validation/index.ts';
import { guarded } from './src/node/crash.ts';
import { readSettings } from './src/node/settings.ts';

// Every setting, read once and checked (src/node/settings.ts); SOP_CONTENT_ROOT lets the build
// tests and the bench build another corpus with the real site code.
const settings = readSettings();
const { contentRoot, siteUrl: site } = settings;
const documentFiles = documentFilesIntegration(contentRoot);

export default defineConfig({
  // Tests give each build its own root (its own .astro/ folder, which Astro writes on every run) so
  // that builds of different corpora can run side by side; the code stays the project's.
  ...(settings.astroRoot ? { root: settings.astroRoot, srcDir: fileURLToPath(new URL('./src', import.meta.url)), publicDir: fileURLToPath(new URL('./public', import.meta.url)) } : {}),
  site,
  outDir: settings.outDir,
  // Separate caches let tests build fixture corpora side by side with the real one.
  cacheDir: settings.astroCacheDir,
  trailingSlash: 'always',
  // Pages rendered four at a time: their file writes overlap (measured at 2,000 SOPs: README, Performance).
  build: { concurrency: 4 },
  // Ours guarded: a crash in a hook is one line naming its log (src/node/crash.ts), not a stack trace.
  integrations: [
    ...[buildStateIntegration(settings), siteUrlNotice(site), validation(contentRoot), diagrams()].map(guarded),
    mdx(),
    ...(site ? [sitemap()] : []),
    ...[documentFiles.start, searchIndex(), documentFiles.finish, pdfs(contentRoot), publishOnSuccess(settings.outDir)].map(guarded),
  ],
  // Content-Security-Policy as a <meta> on every page (the README lists the same as headers for hosts
  // that can set them). Scripts: our own files and the hashes Astro computes for inline ones, nothing
  // else; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly (it allows no JavaScript eval).
  // Styles: 'unsafe-inline', because the build-time mermaid SVGs carry <style> elements and style
  // attributes (and the tables set widths in style attributes); CSS cannot run script.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // Writes .astro/collections/*.schema.json from the zod schemas: the Astro editor extension
  // completes and checks the frontmatter of content/ files with them. Not in a test build's own
  // root, which no editor opens (a second of each test build).
  // incrementalBuild: a page whose cacheKey (the content, its git history and settings:
  // src/node/site.ts, pageKey) and code are those of the previous build is kept from that build.
  experimental: { contentIntellisense: !settings.astroRoot, incrementalBuild: true },
  // `astro build` prebundles dependencies for a dev server it never serves (the content sync step),
  // ~4 s a build; only `astro dev` needs that.
  vite: {
    plugins: [bodyOnlyDocuments(contentRoot)],
    ...(process.argv.includes('build') ? { optimizeDeps: { noDiscovery: true, include: [] } } : {}),
    // Astro's MDX modules start with its "use astro:head-inject" directive, and rolldown warned about
    // it once per document (a dozen lines each): hundreds of lines that buried the findings.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
    // .cache/ holds test builds and bench corpora (thousands of files written while `npm run dev`
    // may be running): nothing the dev server serves.
    server: { watch: { ignored: ['**/.cache/**'] } },
  },
});
