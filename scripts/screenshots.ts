// npm run screenshots -- [distDir] [outDir] [route ...]
// Looks at built pages as readers do: desktop and a 360-px phone, light and dark, JavaScript off,
// and printed to PDF, each printed page also as PNG (drawn by pdf.js in the same Chromium, so no
// PDF tool need be installed). Needs /usr/bin/chromium.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tools/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';

const [distDir = 'dist', outDir = '/tmp/screenshots', ...routes] = process.argv.slice(2);
const pages = routes.length ? routes : ['/', '/sop/pelaksanaan-kegiatan-diklat/', '/standar-pelayanan/pelayanan-konsultasi/'];
await mkdir(outDir, { recursive: true });
const { url, server } = await serveStatic(path.resolve(distDir));
const browser = await launchChromium();
const name = (route: string) => route.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
const views = [
  { suffix: 'desktop', viewport: { width: 1366, height: 768 }, colorScheme: 'light', javaScriptEnabled: true },
  { suffix: 'wide', viewport: { width: 1920, height: 1080 }, colorScheme: 'light', javaScriptEnabled: true },
  { suffix: 'phone', viewport: { width: 360, height: 740 }, colorScheme: 'light', javaScriptEnabled: true },
  { suffix: 'phone-dark', viewport: { width: 360, height: 740 }, colorScheme: 'dark', javaScriptEnabled: true },
  { suffix: 'desktop-nojs', viewport: { width: 1366, height: 768 }, colorScheme: 'light', javaScriptEnabled: false },
] as const;
try {
  for (const route of pages) {
    for (const v of views) {
      const context = await browser.newContext({ viewport: v.viewport, colorScheme: v.colorScheme, javaScriptEnabled: v.javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(url + route, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      // Tall pages are cut into tiles a file viewer can show at full size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const tile = v.viewport.width < 600 ? 1200 : 2400;
      for (let y = 0, i = 1; y < height; y += tile, i++) {
        const file = path.join(outDir, `${name(route)}-${v.suffix}-${i}.png`);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width: v.viewport.width, height: Math.min(tile, height - y) } });
        console.log(`${file}${overflow > 0 && i === 1 ? `  (page overflows sideways by ${overflow}px)` : ''}`);
      }
      await context.close();
    }
    const page = await browser.newPage();
    await page.goto(url + route, { waitUntil: 'networkidle' });
    const pdf = path.join(outDir, `${name(route)}-print.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const pngs = await pdfPages(browser, pdf);
    console.log(`${pdf} (+ ${pngs} PNG pages)`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

/** Draws each page of a PDF with pdf.js in Chromium and saves it beside it as NAME-p1.png, …; returns the count. */
async function pdfPages(browser: Browser, pdf: string): Promise<number> {
  const pdfjs = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const files: Record<string, [string, () => Promise<Buffer>]> = {
    '/pdf.mjs': ['text/javascript', () => readFile(path.join(pdfjs, 'build/pdf.min.mjs'))],
    '/pdf.worker.mjs': ['text/javascript', () => readFile(path.join(pdfjs, 'build/pdf.worker.min.mjs'))],
    '/doc.pdf': ['application/pdf', () => readFile(pdf)],
    '/': ['text/html', async () => Buffer.from(`<!doctype html><body style="margin:0;background:#888"><script type="module">
      import * as pdfjs from '/pdf.mjs';
      pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
      const doc = await pdfjs.getDocument({ url: '/doc.pdf' }).promise;
      for (let n = 1; n <= doc.numPages; n++) {
        const p = await doc.getPage(n);
        const viewport = p.getViewport({ scale: 1 });
        const canvas = Object.assign(document.createElement('canvas'), { width: viewport.width, height: viewport.height });
        canvas.style.display = 'block';
        canvas.style.marginBottom = '8px';
        document.body.append(canvas);
        await p.render({ canvas, viewport }).promise;
      }
      document.body.dataset.done = String(doc.numPages);
    </script>`)],
  };
  const page = await browser.newPage();
  try {
    page.on('pageerror', (e) => console.error(`pdf.js: ${e.message}`));
    // A made-up origin served from here: nothing leaves the machine.
    await page.route('http://pdf.invalid/**', async (route) => {
      const file = files[new URL(route.request().url()).pathname];
      if (!file) return route.fulfill({ status: 404 });
      await route.fulfill({ contentType: file[0], body: await file[1]() });
    });
    await page.goto('http://pdf.invalid/');
    const count = Number(await (await page.waitForFunction(() => document.body.dataset.done, undefined, { timeout: 60_000 })).jsonValue());
    const canvases = await page.$$('canvas');
    for (const [i, canvas] of canvases.entries()) await canvas.screenshot({ path: pdf.replace(/\.pdf$/, `-p${i + 1}.png`) });
    return count;
  } finally {
    await page.close();
  }
}
