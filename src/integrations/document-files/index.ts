import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFiles } from '../../node/document-files.ts';
import { eachInParallel } from '../../node/in-parallel.ts';
import { readCorpus } from '../../node/read-corpus.ts';

/**
 * Writes the files beside each document's page (src/node/document-files.ts: open data, swimlane
 * SVG and source, BPMN) once the pages are built; under `npm run dev` serves them at the same paths.
 *
 * Two parts around the search index in the integration list: `start` begins writing, `finish`
 * waits for it, so the writing (our process) overlaps Pagefind's indexing (its own process).
 */
export function documentFilesIntegration(contentRoot: string): { start: AstroIntegration; finish: AstroIntegration } {
  let site: URL | undefined;
  let writing: Promise<string> | undefined;
  const start: AstroIntegration = {
    name: 'sop-document-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir }) => {
        writing = writeDocumentFiles(contentRoot, fileURLToPath(dir), site);
        writing.catch(() => {}); // reported by finish
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const wanted = decodeURIComponent((req.url ?? '').split('?')[0]!);
          if (!/^\/(sop|data)\/.+\.(json|svg|mmd|bpmn)$/.test(wanted)) return next();
          void readCorpus(contentRoot)
            .then(async (corpus) => {
              const file = documentFiles(corpus, site).find((f) => f.path === wanted);
              if (!file) return next();
              res.setHeader('content-type', file.contentType);
              res.end(await file.body());
            })
            .catch(next);
        });
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'sop-document-files-done',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (writing) logger.info(await writing);
      },
    },
  };
  return { start, finish };
}

async function writeDocumentFiles(contentRoot: string, outDir: string, site: URL | undefined): Promise<string> {
  const started = performance.now();
  const files = documentFiles(await readCorpus(contentRoot), site);
  // A few writes in flight: the disk waits overlap; more gains nothing.
  await eachInParallel(files, 8, async (file) => {
    const target = path.join(outDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await file.body());
  });
  return `berkas dokumen (JSON, SVG, .mmd, BPMN): ${files.length} ditulis dalam ${Math.round(performance.now() - started)} ms`;
}
