// node scripts/screenshots.ts [distDir] [outDir] [route ...]
// Looks at built pages as readers do: desktop and a 360-px phone, light and dark, JavaScript off,
// and printed to PDF (then PNG pages with pdftoppm when it is installed). Needs /usr/bin/chromium.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

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
    try {
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '')]);
      console.log(`${pdf} (+ PNG pages)`);
    } catch {
      console.log(`${pdf} (install poppler-utils for PNG pages)`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
