import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserAvailable } from '../../node/chromium.ts';
import { closeBuildBrowser, formatDiagramStats, markDiagramFailures, MERMAID_SCRIPT, settleDiagrams } from '../../node/mermaid/render.ts';
import { MERMAID_RUNTIME_PATH } from '../../domain/mermaid/index.ts';
import { takeSwimlaneStats } from '../../node/swimlanes.ts';
import { isMermaidFences, mermaidFences } from './fences.ts';

/**
 * Diagrams at build time (rendering itself: src/node/mermaid/render.ts):
 * - registers the MDX plugin that turns ```mermaid blocks into the shared <Mermaid> component;
 * - at the end, waits for the renders and logs what was rendered, what came from the cache, and
 *   what the SOP swimlanes cost (drawn in TypeScript, src/domain/swimlane/, without a browser); the
 *   browser (launched only when an MDX block or the report's graph needed it) stays open for the
 *   PDFs, and src/integrations/pdfs/index.ts closes it;
 * - when a diagram was left to the reader's browser, copies mermaid's prebuilt file into the site
 *   (the dev server serves it from node_modules): it is never bundled.
 */
export function diagrams(): AstroIntegration {
  return {
    name: 'sop-diagrams',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        // Astro 7's Markdown/MDX processor is Sätteri; its plugin lists are meant to be extended here.
        const processor = config.markdown.processor as { name: string; options: { mdastPlugins?: unknown[] } };
        if (processor.name === 'satteri') {
          const plugins = (processor.options.mdastPlugins ??= []);
          if (!plugins.some(isMermaidFences)) plugins.push(mermaidFences());
        } else logger.warn(`prosesor Markdown "${processor.name}": blok \`\`\`mermaid di MDX tidak digambar`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const swimlanes = takeSwimlaneStats();
        if (swimlanes) logger.info(swimlanes);
        const stats = await settleDiagrams();
        logger.info(formatDiagramStats(stats));
        await markDiagramFailures(stats);
        // Some page left a diagram to the reader's browser: ship mermaid's own file for it. A build
        // that cannot draw ships it in any case: pages kept from the build before may need it.
        if (stats.fallback + stats.failed > 0 || !browserAvailable()) {
          const target = path.join(fileURLToPath(dir), MERMAID_RUNTIME_PATH);
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(MERMAID_SCRIPT, target);
        }
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(MERMAID_RUNTIME_PATH, (_req, res) => {
          void readFile(MERMAID_SCRIPT).then((body) => {
            res.setHeader('content-type', 'text/javascript');
            res.end(body);
          });
        });
      },
      'astro:server:done': async () => {
        await closeBuildBrowser();
      },
    },
  };
}
