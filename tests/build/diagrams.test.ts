import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Corpus } from '../../src/domain/model/corpus.ts';
import { roleName } from '../../src/domain/text/names.ts';
import { swimlaneSource } from '../../src/domain/swimlane/mermaid.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { launchChromium } from '../../tools/chromium.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { NO_BROWSER, PROJECT, runBuild, warmSeedBuild, WITH_SITE_URL, type BuildResult } from './run-build.ts';

/**
 * Diagrams in real builds: the seed build of the run (swimlanes drawn in TypeScript; the report's
 * keterkaitan graph rendered by mermaid in Chromium, cold cache), a second build on its cache
 * (nothing rendered again, the same swimlanes byte for byte), and a fixture with a ```mermaid block
 * in MDX built with and without a browser.
 */

const FIXTURE = path.join(PROJECT, 'tests/fixtures/corpus-diagrams');
const siteDir = inject('siteDir');
/** A built page, with <pre> parsed as HTML (node-html-parser keeps it as raw text by default). */
const pageOf = async (dir: string, route: string) =>
  parse(await readFile(path.join(dir, route, 'index.html'), 'utf8'), { blockTextElements: { script: true, style: true } });
const squash = (s: string) => s.replace(/\s+/g, '');
const stats = (output: string) => {
  const m = /diagram: (\d+) dirender, (\d+) dari cache, (\d+) tanpa peramban, (\d+) gagal/.exec(output);
  if (!m) throw new Error(`no diagram stats in the build log:\n${output.slice(-3000)}`);
  const [rendered, cached, fallback, failed] = m.slice(1).map(Number);
  return { rendered, cached, fallback, failed };
};
/** Step numbers of the main nodes, and the count of the other nodes (a shared step's other actors). */
function nodesOf(svg: HTMLElement) {
  const nodes = svg.querySelectorAll('g.node[data-step]');
  return { main: nodes.filter((g) => g.getAttribute('data-main') === 'true').map((g) => Number(g.getAttribute('data-step'))), companions: nodes.filter((g) => !g.getAttribute('data-main')) };
}
/** The client runtime's script, bundled to a file or inlined (it is small: mermaid itself is loaded by URL). */
const isRuntimeScript = (s: HTMLElement) => (s.getAttribute('src') ?? '').includes('MermaidRuntime') || s.text.includes('_diagrams/mermaid.min.js');

let corpus: Corpus;
beforeAll(async () => {
  corpus = await readCorpus(PROJECT);
});

describe('the seed build: every SOP has its swimlane as inline SVG', () => {
  it('one node per step (companions for shared steps), named by accTitle, text as text, no client runtime', async () => {
    for (const doc of corpus.sops.values()) {
      const page = await pageOf(siteDir, `sop/${doc.slug}`);
      const section = page.querySelector('section.swimlane')!;
      expect(section, doc.slug).toBeTruthy();
      const svg = section.querySelector('.mermaid-diagram > svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      const title = svg.querySelector(`#${svg.getAttribute('aria-labelledby')!.split(' ')[0]}`);
      expect(title?.text).toBe(`Diagram alir swimlane SOP ${doc.data.title}`);
      const { main, companions } = nodesOf(svg);
      expect(main.sort((a, b) => a - b)).toEqual(doc.data.steps.map((s) => s.number));
      expect(companions).toHaveLength(doc.data.steps.reduce((n, s) => n + new Set(s.actorIds).size - 1, 0));
      expect(svg.querySelectorAll('foreignObject')).toHaveLength(0);
      // Lane names are wrapped over several <tspan>s: compare without white space. They are the
      // names the table's columns show ("PEMOHON" as "Pemohon").
      const text = squash(svg.querySelectorAll('text').map((t) => t.text).join(''));
      for (const actor of doc.data.actors.filter((a) => doc.data.steps.some((s) => s.actorIds.includes(a.id)))) expect(text).toContain(squash(roleName(actor.label)));
      expect(page.querySelectorAll('pre.mermaid')).toHaveLength(0);
      expect(page.querySelectorAll('script').filter(isRuntimeScript)).toHaveLength(0);
    }
  });

  it('publishes swimlane.mmd (the generated source) and swimlane.svg (the same SVG, standalone)', async () => {
    for (const doc of corpus.sops.values()) {
      const dir = path.join(siteDir, 'sop', doc.slug);
      expect(await readFile(path.join(dir, 'swimlane.mmd'), 'utf8')).toBe(swimlaneSource(doc.data));
      const file = await readFile(path.join(dir, 'swimlane.svg'), 'utf8');
      expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
      const inline = (await pageOf(siteDir, `sop/${doc.slug}`)).querySelector('.mermaid-diagram > svg')!;
      expect(squash(parse(file.replace(/^<\?xml[^>]*>/, '')).querySelector('svg')!.toString())).toBe(squash(inline.toString()));
      const links = (await pageOf(siteDir, `sop/${doc.slug}`)).querySelectorAll('.swimlane__actions a').map((a) => a.getAttribute('href'));
      expect(links).toEqual([`/sop/${doc.slug}/swimlane.mmd`, `/sop/${doc.slug}/swimlane.svg`]);
    }
  });

  it('bundles no mermaid code and ships no mermaid file when every diagram was drawn at build time', async () => {
    const chunks = await readdir(path.join(siteDir, '_astro'));
    expect(chunks.filter((f) => /mermaid|cytoscape|elk|katex|dagre/i.test(f))).toEqual([]);
    await expect(readdir(path.join(siteDir, '_diagrams'))).rejects.toThrow();
  });

  it('keeps the source on the page in a <details> block', async () => {
    const doc = corpus.sops.get('pelayanan-konsultasi')!;
    const page = await pageOf(siteDir, `sop/${doc.slug}`);
    expect(page.querySelector('.swimlane details code')?.text).toBe(swimlaneSource(doc.data));
  });
});

describe('a second build on the same cache', () => {
  let second: BuildResult;
  beforeAll(async () => {
    second = await warmSeedBuild();
    if (second.code !== 0) throw new Error(`build failed:\n${second.output}`);
  });

  it('renders nothing again (the graph\'s page is kept from the build before), and keeps every swimlane byte for byte', async () => {
    const cacheFiles = (await readdir(path.join(siteDir, '..', 'cache', 'sop-diagrams'))).filter((f) => f.endsWith('.svg'));
    // Only the keterkaitan graph (/kepatuhan/keterkaitan/) is a mermaid diagram; swimlanes need no cache.
    expect(cacheFiles).toHaveLength(1);
    // Its page, like the document pages, is kept by Astro's incremental build: not even the cache is read.
    expect(stats(second.output)).toEqual({ rendered: 0, cached: 0, fallback: 0, failed: 0 });
    // The pages themselves are kept from the first build (Astro's incremental build): no swimlane is
    // drawn again. tests/build/incremental.test.ts draws them again after an edit, the same.
    expect(second.output).not.toMatch(/swimlane: \d+ digambar/);
    for (const doc of corpus.sops.values()) {
      const before = (await pageOf(siteDir, `sop/${doc.slug}`)).querySelector('.mermaid-diagram')!.innerHTML;
      const after = (await second.page(`sop/${doc.slug}`)).querySelector('.mermaid-diagram')!.innerHTML;
      expect(after).toBe(before);
    }
  });
});

describe('a ```mermaid block in MDX', () => {
  let build: BuildResult;
  beforeAll(async () => {
    // The SITE_URL build that tests/build/csp.test.ts and pdf.test.ts share: one build fewer in a run.
    build = await runBuild(FIXTURE, WITH_SITE_URL);
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  });

  it('is rendered at build time in Chromium, with the fence line as its name', async () => {
    // The fence and the compliance report's keterkaitan graph (the two swimlanes are drawn without mermaid).
    expect(stats(build.output)).toEqual({ rendered: 2, cached: 0, fallback: 0, failed: 0 });
    const page = await build.page('sop/dengan-diagram');
    const svg = page.querySelector('.prose .mermaid-diagram > svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Alur surat');
    expect(svg.querySelectorAll('text').map((t) => t.text.trim())).toEqual(expect.arrayContaining(['Surat masuk', 'Dicatat', 'Diarsipkan']));
  });

  it('shows the swimlane labels as written: quotes, brackets and # as text, not escape codes', async () => {
    const svg = (await build.page('sop/dengan-diagram')).querySelector('.swimlane svg')!;
    const text = svg.querySelectorAll('text').map((t) => t.text).join(' ');
    expect(text).toContain('"Bahan/');
    expect(text).not.toMatch(/&#|#34;|#quot;/);
  });
});

describe('with no browser (SOP_NO_BROWSER=1)', () => {
  let build: BuildResult;
  let browser: Browser;
  beforeAll(async () => {
    build = await runBuild(FIXTURE, NO_BROWSER);
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('still builds: swimlanes as SVG all the same, the MDX block as <pre class="mermaid"> source with the runtime on that page only', async () => {
    expect(stats(build.output)).toEqual({ rendered: 0, cached: 0, fallback: 2, failed: 0 });
    const withFence = await pageOf(build.outDir, 'sop/dengan-diagram');
    const blocks = withFence.querySelectorAll('pre.mermaid');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.closest('.prose')).toBeTruthy();
    expect(withFence.querySelector('.swimlane .mermaid-diagram > svg')).toBeTruthy();
    expect(withFence.querySelectorAll('script').filter(isRuntimeScript)).toHaveLength(1);
    expect(withFence.querySelector('.swimlane details code')?.text).toBe(swimlaneSource((await readCorpus(FIXTURE)).sops.get('dengan-diagram')!.data));
    expect(withFence.querySelectorAll('.swimlane__actions a').map((a) => a.getAttribute('href'))).toEqual(['/sop/dengan-diagram/swimlane.mmd', '/sop/dengan-diagram/swimlane.svg']);
    const short = await build.page('sop/tanpa-fence');
    expect(short.querySelectorAll('pre.mermaid')).toHaveLength(0);
    expect(short.querySelectorAll('script').filter(isRuntimeScript)).toHaveLength(0);
    for (const route of ['', 'unit/bidang-satu']) expect((await build.page(route)).querySelectorAll('script').filter(isRuntimeScript), route).toHaveLength(0);
    await readFile(path.join(build.outDir, 'sop/dengan-diagram/swimlane.svg'));
  });

  it('draws the diagrams in the reader\'s browser, after the page is readable', async () => {
    const site = await serveStatic(build.outDir);
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}/sop/dengan-diagram/`);
      await page.waitForSelector('pre.mermaid[data-processed] > svg', { timeout: 30_000 });
      const svgs = await page.$$eval('pre.mermaid > svg', (els) => els.map((e) => ({ role: e.getAttribute('role'), name: e.getAttribute('aria-label') ?? e.getAttribute('aria-labelledby') })));
      expect(svgs).toHaveLength(1);
      expect(svgs[0]!.role).toBe('img');
      expect(svgs[0]!.name).toBe('Alur surat');
      expect(site.requests).toContain('/_diagrams/mermaid.min.js');
      await page.close();
    } finally {
      site.server.close();
    }
  });
});
