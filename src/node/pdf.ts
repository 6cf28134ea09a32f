import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { escapeMarkup } from '../domain/text/index.ts';
import { buildState } from './build-state.ts';
import { buildBrowser } from './chromium.ts';
import { linkOrCopyFile } from './copy-tree.ts';
import { eachInParallel } from './in-parallel.ts';

/**
 * An A4 PDF of each document page, printed by headless Chromium from the built HTML with the site's
 * own print CSS (one layout for paper and PDF: the document's name and "Halaman X dari N" on every
 * page come from it). Added for the PDF only, above the first page's content: a QR code of the
 * page's address with the address beside it, and the revision the PDF was made from. Each PDF is
 * cached by a hash of everything it is printed from, so a warm build prints only what changed.
 */

export interface PdfJob {
  /** The page's path in the built site, "/sop/x/". */
  route: string;
  /** Where the PDF goes in the built site, "/sop/x/x.pdf". */
  pdfRoute: string;
  /** "SOP Penyiapan Bahan/Materi Diklat". */
  title: string;
  /** The page's public address (the QR code and the footer print it); the site path when SITE_URL is not set. */
  url: string;
  /** False without SITE_URL: a QR code of a bare path would lead nowhere, so none is drawn. */
  absolute: boolean;
  /** "Revisi 1a2b3c4d, 15 Maret 2024": what the PDF was made from. */
  revision: string;
  orientation: 'landscape' | 'portrait';
  /** When its content last changed (ISO 8601, src/node/history.ts contentUpdatedAt): the PDF's dates. */
  madeAt: string;
}

export interface PdfStats {
  printed: number;
  cached: number;
}

/** Bumped when the printing below changes: cached PDFs of the old way are not reused. */
const PDF_VERSION = '4';
/** The page is served to the browser under this origin, from the built files; nothing leaves the process. */
const ORIGIN = 'http://portal-sop.pdf';
/** Documents a tab prints before it is closed for a new one (see printPdfs). */
const TAB_USES = 20;

/** PDFs are made when a Chromium is there and neither SOP_NO_BROWSER nor SOP_PDF=0 says otherwise. */
export function pdfEnabled(): boolean {
  return buildState().settings.pdf;
}

export function pdfCacheDir(): string {
  return path.join(buildState().settings.cacheDir, 'sop-pdfs');
}

/**
 * The QR block, for the PDF only. Page size, margins, the document name and "Halaman X dari N" on
 * every page come from the site's own print CSS (the @page rules of src/layouts/Base.astro), as
 * when a reader prints the page: one layout for paper and PDF.
 */
const PDF_CSS = `
.pdf-origin { display: flex; gap: 4mm; align-items: center; border: 1px solid #777; padding: 2mm 3mm; margin: 0 0 4mm; break-inside: avoid; font-size: 9pt; }
.pdf-origin svg { width: 24mm; height: 24mm; flex: none; }
.pdf-origin p { margin: 0.5mm 0; overflow-wrap: anywhere; }
`;

async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}

/**
 * What the PDF depends on: the page, its stylesheets, the added header, footer and QR text.
 * `stylesheet` reads a stylesheet of the build once (every page links the same few).
 */
async function cacheKey(job: PdfJob, html: string, browserVersion: string, stylesheet: (href: string) => Promise<Buffer | undefined>): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ PDF_VERSION, PDF_CSS, job, browserVersion })).update(html);
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    const css = await stylesheet(href!.split('?')[0]!);
    if (css) hash.update(css);
  }
  return hash.digest('hex');
}

/** The page as printed: the PDF's style and the QR block written into the built HTML (no script runs). */
function pdfHtml(html: string, job: PdfJob, qr: string | undefined): string {
  const address = job.absolute ? escapeMarkup(job.url) : `${escapeMarkup(job.url)} (alamat situs belum disetel: SITE_URL)`;
  const block = `<div class="pdf-origin">${qr ?? ''}<div><p>${address}</p><p>${escapeMarkup(job.revision)}</p></div></div>`;
  const withStyle = html.replace('</head>', `<style>${PDF_CSS}</style></head>`);
  const at = /<article\b[^>]*>/.exec(withStyle) ?? /<main\b[^>]*>/.exec(withStyle);
  return at ? withStyle.slice(0, at.index + at[0].length) + block + withStyle.slice(at.index + at[0].length) : withStyle;
}

/** Prints one document's page in a tab of the context (each navigation replaces what the tab held). */
async function printOne(page: Page, job: PdfJob): Promise<Buffer> {
  await page.goto(`${ORIGIN}${job.route}`, { waitUntil: 'load' });
  return page.pdf({
    format: 'A4',
    landscape: job.orientation === 'landscape',
    preferCSSPageSize: true,
    printBackground: true,
  });
}

/** Prints every job (two pages at a time), from the cache when nothing it depends on changed. */
export async function printPdfs(outDir: string, jobs: readonly PdfJob[]): Promise<PdfStats> {
  const stats: PdfStats = { printed: 0, cached: 0 };
  if (jobs.length === 0) return stats;
  const cacheDir = pdfCacheDir();
  await mkdir(cacheDir, { recursive: true });
  const chromiumPath = buildState().settings.chromium!;
  // The browser's version is part of each key; read from the binary's stamp, Chromium is launched
  // only when some PDF is not in the cache (a warm build of unchanged pages starts no browser).
  const version = await chromiumStamp(chromiumPath);
  const stylesheets = new Map<string, Promise<Buffer | undefined>>();
  const stylesheet = (href: string) => {
    let css = stylesheets.get(href);
    if (!css) stylesheets.set(href, (css = readFile(path.join(outDir, href)).catch(() => undefined)));
    return css;
  };
  const toPrint: { job: PdfJob; cached: string; target: string }[] = [];
  // Eight look-ups in flight: on a warm build of 2,000 documents this is all the PDF step does, and
  // its time is disk waits that overlap.
  await eachInParallel(jobs, 8, async (job) => {
    const html = await readFile(path.join(outDir, job.route, 'index.html'), 'utf8');
    const cached = path.join(cacheDir, `${await cacheKey(job, html, version, stylesheet)}.pdf`);
    const target = path.join(outDir, job.pdfRoute);
    await mkdir(path.dirname(target), { recursive: true });
    if (existsSync(cached)) {
      await linkOrCopyFile(cached, target);
      stats.cached++;
    } else toPrint.push({ job, cached, target });
  });
  if (toPrint.length === 0) return stats;

  // The build's browser (the diagrams may have started it); the PDF integration closes it.
  let why = '';
  const browser = await buildBrowser((message) => (why = message));
  if (!browser) throw new Error(`PDF: Chromium (${chromiumPath}) tidak dapat dijalankan${why ? `: ${why}` : ''}`);
  // JavaScript off: the page as printed is the page as read without scripts (every view stacked).
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const printed = new Map(jobs.map((j) => [j.route, j]));
    await context.route(`${ORIGIN}/**`, async (route) => {
      const pathname = decodeURIComponent(new URL(route.request().url()).pathname);
      const file = path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      if (!file.startsWith(outDir) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      const job = printed.get(pathname);
      if (!job) return route.fulfill({ path: file });
      const body = pdfHtml(await readFile(file, 'utf8'), job, job.absolute ? await qrSvg(job.url) : undefined);
      return route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
    });
    // Two tabs, each reused for TAB_USES documents: a new tab for each cost a third of the printing
    // time (at 200 documents: 246 ms a document against 162 ms), and a tab kept for all grew by
    // ~1.5 MB a document (at 2,000 documents the build's peak passed 2.6 GB).
    const idle: { page: Page; uses: number }[] = [];
    const tab = async () => {
      const kept = idle.pop();
      if (kept) return kept;
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      return { page, uses: 0 };
    };
    await eachInParallel(toPrint, 2, async (next) => {
      const used = await tab();
      const pdf = datedByContent(await printOne(used.page, next.job), next.job.madeAt);
      if (++used.uses < TAB_USES) idle.push(used);
      else await used.page.close();
      const partial = `${next.cached}.${process.pid}.tmp`;
      await writeFile(partial, pdf);
      await rename(partial, next.cached);
      await writeFile(next.target, pdf);
      stats.printed++;
    });
  } finally {
    await context.close();
  }
  return stats;
}

/**
 * Chromium writes the moment of printing as the PDF's creation and modification dates: two builds of
 * one commit would publish different bytes. Both become the moment its content last changed, in
 * the same form and length (D:YYYYMMDDHHmmSS+HH'mm'), so no offset in the file moves.
 */
export function datedByContent(pdf: Buffer, madeAt: string): Buffer {
  const d = new Date(madeAt).toISOString();
  const stamp = `D:${d.slice(0, 4)}${d.slice(5, 7)}${d.slice(8, 10)}${d.slice(11, 13)}${d.slice(14, 16)}${d.slice(17, 19)}+00'00'`;
  const text = pdf
    .toString('latin1')
    .replace(/\/(CreationDate|ModDate) \((D:\d{14}[^)]{0,7})\)/g, (whole, key: string, old: string) =>
      old.length === stamp.length ? `/${key} (${stamp})` : whole,
    );
  return Buffer.from(text, 'latin1');
}

/** The installed Chromium's version line ("Chromium 156.0.8078.73 built on Debian …"), without starting a browser. */
async function chromiumStamp(executable: string): Promise<string> {
  const { stdout } = await promisify(execFile)(executable, ['--version'], { timeout: 30_000 });
  return stdout.trim();
}
