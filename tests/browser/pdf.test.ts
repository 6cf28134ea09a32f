import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { pdfPages } from '../support/pdf-text.ts';

const site = useBuiltSite();

/** The generated PDF of a seed document, reached as a reader does: the page's "Unduh PDF" link. */
async function pdfOf(route: string) {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}${route}`);
  const link = page.locator('a[data-export="pdf"]');
  await expect(link.textContent()).resolves.toBe('Unduh PDF');
  const href = (await link.getAttribute('href'))!;
  const response = await page.request.get(new URL(href, page.url()).href);
  expect(response.ok(), href).toBe(true);
  const bytes = await response.body();
  await page.close();
  return { href, bytes };
}

describe('the generated PDF', () => {
  it('of an SOP: A4 landscape, every page numbered "Halaman X dari N" under the document name', async () => {
    const { href, bytes } = await pdfOf('/sop/penyiapan-bahan-materi-diklat/');
    expect(href).toBe('/sop/penyiapan-bahan-materi-diklat/penyiapan-bahan-materi-diklat.pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(new Uint8Array(bytes));
    // Identity, boxes, the flowchart table over its print pages, the plain steps: more than one page.
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      expect(p.text, `page ${i + 1}`).toContain(`Halaman ${i + 1} dari ${pages.length}`);
      expect(p.text, `page ${i + 1}`).toContain('SOP Penyiapan Bahan/Materi Diklat');
      expect(Math.round(p.width), 'A4 landscape').toBe(842);
      expect(Math.round(p.height)).toBe(595);
    });
    // The page's address (beside its QR code when SITE_URL is set), and the revision the PDF was made from.
    expect(pages[0]!.text).toContain('/sop/penyiapan-bahan-materi-diklat/');
    expect(pages[0]!.text).toMatch(/Revisi [0-9a-f]{8}|Salinan kerja|Berkas [0-9a-f]{8}/);
    // The official table is in it, steps and all.
    expect(pages.map((p) => p.text).join(' ')).toContain('Mengoreksi/meneliti draft Bahan/Materi Diklat');
  });

  it('of a Standar Pelayanan: A4 portrait', async () => {
    const { bytes } = await pdfOf('/standar-pelayanan/pelayanan-konsultasi/');
    const pages = await pdfPages(new Uint8Array(bytes));
    expect(Math.round(pages[0]!.width)).toBe(595);
    expect(pages.at(-1)!.text).toContain(`Halaman ${pages.length} dari ${pages.length}`);
    expect(pages[0]!.text).toContain('Persyaratan');
  });
});
