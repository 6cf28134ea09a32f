import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ORGANISATION_FILE } from '../../domain/model/index.ts';
import { buildState } from '../../node/build-state.ts';
import { linkOrCopyFile } from '../../node/copy-tree.ts';
import { documentFiles, type DocumentFile } from '../../node/document-files.ts';
import { eachInParallel } from '../../node/in-parallel.ts';
import { pdfEnabled } from '../../node/pdf.ts';
import { readCheckedCorpus, readCorpus } from '../../node/read-corpus.ts';

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

/**
 * The files of each document, made once per version of the document: each document's files are
 * kept in the build cache under a key of what they are made of (its file, the organisation, the
 * settings and the code that writes them) and put into the site as hard links, so that a build
 * after one edit writes the edited document's files and links the other 8,000.
 */
async function writeDocumentFiles(contentRoot: string, outDir: string, site: URL | undefined): Promise<string> {
  const started = performance.now();
  const { corpus, fileDigests } = await readCheckedCorpus(contentRoot);
  const files = documentFiles(corpus, site);
  const cacheRoot = path.join(buildState().settings.cacheDir, 'sop-document-files');
  const code = await codeVersion();
  const shown = JSON.stringify([code, site?.href ?? '', pdfEnabled(), fileDigests.get(ORGANISATION_FILE)]);
  const keyOf = (file: DocumentFile) => createHash('sha256').update(`${shown}\n${file.documentFile}\n${fileDigests.get(file.documentFile)}\n${file.path}`).digest('base64url');
  let made = 0;
  const kept = new Set<string>();
  // A few writes in flight: the disk waits overlap; more gains nothing.
  await eachInParallel(files, 8, async (file) => {
    const target = path.join(outDir, file.path);
    const key = keyOf(file);
    const cached = path.join(cacheRoot, key.slice(0, 2), key);
    kept.add(key);
    await mkdir(path.dirname(target), { recursive: true });
    if (existsSync(cached)) return linkOrCopyFile(cached, target);
    await mkdir(path.dirname(cached), { recursive: true });
    const partial = `${cached}.${process.pid}.tmp`;
    await writeFile(partial, await file.body());
    await rename(partial, cached);
    await linkOrCopyFile(cached, target);
    made++;
  });
  await prune(cacheRoot, kept);
  return `berkas dokumen (JSON, SVG, .mmd, BPMN): ${files.length}, ${made} dibuat, ${files.length - made} dari build sebelumnya, dalam ${Math.round(performance.now() - started)} ms`;
}

/** Only the files of the current documents stay in the cache. */
async function prune(cacheRoot: string, kept: ReadonlySet<string>): Promise<void> {
  for (const folder of await readdir(cacheRoot).catch(() => [] as string[]))
    for (const name of await readdir(path.join(cacheRoot, folder)).catch(() => [] as string[]))
      if (!kept.has(name)) await rm(path.join(cacheRoot, folder, name), { force: true });
}

/** The code the files are made by: the pure domain and the writer. Another version, other files. */
async function codeVersion(): Promise<string> {
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const sources = (await readdir(path.join(root, 'domain'), { recursive: true })).filter((f) => f.endsWith('.ts')).sort().map((f) => path.join(root, 'domain', f));
  for (const file of [...sources, path.join(root, 'node/document-files.ts'), path.join(root, 'i18n/id.ts')]) hash.update(file).update(await readFile(file));
  return hash.digest('base64url');
}
