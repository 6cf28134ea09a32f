import type { AstroIntegration } from 'astro';
import { swimlaneSource } from '../domain/swimlane.ts';
import { browserDisabled, closeDiagrams, formatDiagramStats, prefetchDiagrams } from '../lib/diagrams.ts';
import { readCorpus } from '../lib/read-corpus.ts';
import { isMermaidFences, mermaidFences } from './mermaid-fences.ts';

/**
 * Diagrams at build time (rendering itself: src/lib/diagrams.ts):
 * - registers the MDX plugin that turns ```mermaid blocks into the shared <Mermaid> component;
 * - at build start, starts rendering every SOP's swimlane in parallel pages of one headless
 *   Chromium, while Vite bundles (pages are generated one at a time; they then find their SVG
 *   ready, in memory or in the disk cache);
 * - at the end, closes the browser and logs what was rendered and what came from the cache.
 */
export function diagrams(contentRoot: string): AstroIntegration {
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
      'astro:build:start': async ({ logger }) => {
        if (browserDisabled()) return logger.info('SOP_NO_BROWSER: diagram digambar di peramban pembaca');
        const corpus = await readCorpus(contentRoot);
        const sources = [...corpus.sops.values()].map((doc) => swimlaneSource(doc.data));
        prefetchDiagrams(sources);
        logger.info(`${sources.length} diagram swimlane mulai digambar di latar`);
      },
      'astro:build:done': async ({ logger }) => {
        logger.info(formatDiagramStats(await closeDiagrams()));
      },
      'astro:server:done': async () => {
        await closeDiagrams();
      },
    },
  };
}
