import type { AstroIntegration } from 'astro';
import { closeDiagrams, formatDiagramStats } from '../lib/diagrams.ts';
import { takeSwimlaneStats } from '../lib/swimlanes.ts';
import { isMermaidFences, mermaidFences } from './mermaid-fences.ts';

/**
 * Diagrams at build time (rendering itself: src/lib/diagrams.ts):
 * - registers the MDX plugin that turns ```mermaid blocks into the shared <Mermaid> component;
 * - at the end, closes the browser (launched only when an MDX block or the report's graph needed
 *   it) and logs what was rendered, what came from the cache, and what the SOP swimlanes cost
 *   (drawn in TypeScript, src/domain/swimlane/, without a browser).
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
      'astro:build:done': async ({ logger }) => {
        const swimlanes = takeSwimlaneStats();
        if (swimlanes) logger.info(swimlanes);
        logger.info(formatDiagramStats(await closeDiagrams()));
      },
      'astro:server:done': async () => {
        await closeDiagrams();
      },
    },
  };
}
