import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const standardFontDataUrl = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

/** The text of each page of a PDF, read with pdfjs-dist; page size in points. */
export async function pdfPages(bytes: Uint8Array): Promise<Array<{ text: string; width: number; height: number }>> {
  const doc = await pdfjs.getDocument({ data: bytes, standardFontDataUrl }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const [, , width, height] = page.view;
    pages.push({ text: content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '), width: width!, height: height! });
  }
  await doc.cleanup();
  return pages;
}
