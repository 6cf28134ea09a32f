import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, type CorpusDocument } from '../../domain/model/index.ts';
import { dayOfTimestamp, formatDate } from '../../domain/dates/index.ts';
import { contentUpdatedAt, newestRevision } from '../../node/history.ts';
import { pdfEnabled, printPdfs, type PdfJob } from '../../node/pdf.ts';
import { closeBuildBrowser } from '../../node/mermaid/render.ts';
import { readCorpus } from '../../node/read-corpus.ts';
import { documentPath, kindTitle, pdfPath } from '../../domain/views/index.ts';

/**
 * At the end of the build, prints each published document's page to an A4 PDF beside it (SOP
 * landscape, Standar Pelayanan portrait; src/node/pdf.ts). Without Chromium the build goes on and
 * says the PDFs were skipped; the pages then carry no "Unduh PDF" link (they ask pdfEnabled() too).
 */
export function pdfs(contentRoot: string): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'sop-pdfs',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The last integration to use the build's browser (diagrams, then PDFs): it ends here, whatever happens.
        try {
          if (!pdfEnabled()) {
            logger.warn('PDF dilewati: Chromium tidak ditemukan (atau SOP_NO_BROWSER=1 / SOP_PDF=0); halaman dokumen terbit tanpa tautan "Unduh PDF"');
            return;
          }
          const outDir = fileURLToPath(dir);
          const corpus = await readCorpus(contentRoot);
          const docs: CorpusDocument[] = [...corpus.standards.values(), ...corpus.sops.values()];
          const started = performance.now();
          const jobs = await Promise.all(docs.map((doc) => jobOf(doc, contentRoot, site)));
          const stats = await printPdfs(outDir, jobs);
          logger.info(`PDF: ${stats.printed} dicetak, ${stats.cached} dari cache (${Math.round(performance.now() - started)} ms)`);
        } finally {
          await closeBuildBrowser();
        }
      },
    },
  };
}

async function jobOf(doc: CorpusDocument, contentRoot: string, site: URL | undefined): Promise<PdfJob> {
  const route = documentPath(doc);
  return {
    route,
    pdfRoute: pdfPath(doc),
    title: kindTitle(doc.kind, doc.data.title),
    url: site ? new URL(route, site).href : route,
    absolute: site !== undefined,
    revision: await revisionLine(doc, contentRoot),
    madeAt: (await contentUpdatedAt([doc]))!,
    orientation: KINDS[doc.kind].orientation,
  };
}

/** "Revisi 1a2b3c4d, 15 Maret 2024" from git; the file's own hash when it is not committed as it is. */
async function revisionLine(doc: CorpusDocument, contentRoot: string): Promise<string> {
  const newest = await newestRevision(doc);
  if (newest?.commit && newest.date && !newest.workingCopy) {
    return `Revisi ${newest.commit.slice(0, 8)}, ${formatDate(dayOfTimestamp(newest.date))}`;
  }
  const text = await readFile(path.join(contentRoot, doc.file));
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return newest ? `Salinan kerja (belum di-commit), berkas ${hash}` : `Berkas ${hash}`;
}
