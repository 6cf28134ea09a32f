import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readCorpus } from '../../src/node/read-corpus.ts';
import type { Corpus } from '../../src/domain/model/corpus.ts';
import { PROJECT } from './run-build.ts';

let corpus: Corpus;
const build = {
  page: async (route: string) => parse(await readFile(path.join(inject('siteDir'), route, 'index.html'), 'utf8')),
};

beforeAll(async () => {
  corpus = await readCorpus(PROJECT);
});

describe('the real build of the seed content', () => {
  it('has one page per SOP with every step, in order', async () => {
    expect(corpus.sops.size).toBe(10);
    for (const sop of corpus.sops.values()) {
      const page = await build.page(`sop/${sop.slug}`);
      expect(page.querySelector('h1')?.text).toContain(sop.data.title);
      const rows = page.querySelectorAll('[id^="langkah-"]').filter((el) => el.tagName === 'TR');
      expect(rows.map((r) => r.id)).toEqual(sop.data.steps.map((s) => `langkah-${s.number}`));
      rows.forEach((row, i) => expect(row.text).toContain(sop.data.steps[i]!.activity));
    }
  });

  it('has a page for the Standar Pelayanan with its 14 components', async () => {
    const page = await build.page('standar-pelayanan/pelayanan-konsultasi');
    // The title's own "Pelayanan" is not doubled after the kind (issue 14.10).
    expect(page.querySelector('h1')?.text).toBe('Standar Pelayanan Konsultasi');
    const headings = page.querySelectorAll('h3').map((h) => h.text);
    expect(headings.filter((h) => /^\d+\. /.test(h))).toHaveLength(14);
  });

  it('lists every document on the home page', async () => {
    const home = await build.page('');
    const links = home.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const sop of corpus.sops.values()) expect(links).toContain(`/sop/${sop.slug}/`);
    expect(links).toContain('/standar-pelayanan/pelayanan-konsultasi/');
  });
});
