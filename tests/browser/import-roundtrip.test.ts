// Round trip: every seed SOP printed by the portal (Chromium, the site's print CSS) imports back with
// the same steps, actors, waktu and decisions. Decisions are checked twice: as the print writes them
// ("Ya: langkah 5 · Tidak: langkah 3") and from the arrows of the drawing alone.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toFrontmatter } from '../../src/domain/import/frontmatter.ts';
import { recognise } from '../../src/domain/import/recognise.ts';
import { importPages } from '../../src/node/pdf-import/import-pdf.ts';
import { readPdf } from '../../src/node/pdf-import/read-pdf.ts';
import { PROJECT } from '../build/run-build.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { compareSops } from '../support/sop-compare.ts';

const site = useBuiltSite();
const ids = (await readdir(path.join(PROJECT, 'content/sop'))).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const organisation = await readFile(path.join(PROJECT, 'content/organisasi.yaml'), 'utf8');

async function printed(id: string): Promise<Uint8Array> {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/sop/${id}/`, { waitUntil: 'networkidle' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
  return new Uint8Array(pdf);
}

describe('the portal’s print imports back', () => {
  for (const id of ids)
    it(id, async () => {
      const source = await readFile(path.join(PROJECT, 'content/sop', `${id}.mdx`), 'utf8');
      const seed = parse(source.split(/^---$/m)[1]!);
      const { pages } = await readPdf(await printed(id));
      const r = recognise(pages);
      if (!r.ok) throw new Error(r.reason);
      const options = { file: `${id}.pdf`, date: '2026-12-02', unitId: seed.unit };
      const fm = toFrontmatter(r.sop, options) as Record<string, any>;
      expect(compareSops(seed, fm)).toEqual([]);
      // The identity as printed, and the print's own marks ("(belum tersedia)") left out.
      expect([fm.nomor, fm.nama]).toEqual([seed.nomor ?? '', seed.nama]);
      expect(fm.keterkaitan.map((k: { judul?: string }) => k.judul)).toEqual((seed.keterkaitan ?? []).map((k: { judul?: string }) => k.judul));
      // From the drawing alone: the arrows and their Ya/Tidak labels.
      r.sop.steps.forEach((s) => (s.printedFlow = undefined));
      expect(compareSops(seed, toFrontmatter(r.sop, options))).toEqual([]);
      // The whole import, checked by the project's validation, lands in the seed's unit.
      const result = importPages(pages, { file: `${id}.pdf`, organisation, date: '2026-12-02' });
      if (!result.ok) throw new Error(result.reason);
      expect(result.frontmatter.unit).toBe(seed.unit);
      expect(result.unitsAdded).toEqual([]);
    });
});
