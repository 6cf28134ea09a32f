import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MERMAID_CONFIG } from '../../src/domain/mermaid/index.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { buildFixture, FIXTURES, NO_PDF } from '../support/site-build.ts';

/**
 * tests/fixtures/corpus-hostile-ok in Chromium (issue 27): a document title never becomes diagram
 * configuration or markup (point 4), and a diagram drawn at build is what mermaid drew (point 8).
 */

const site = useBuiltSite(() => buildFixture('corpus-hostile-ok', NO_PDF));
const mermaidScript = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

describe('4. the link graph on /kepatuhan/keterkaitan/ with a directive and markup in titles', () => {
  it('keeps its theme, draws labels as SVG text, and loads nothing from another site', async () => {
    const page = await site.browser.newPage();
    const offSite: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => !r.url().startsWith(site.url) && offSite.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${site.url}/kepatuhan/keterkaitan/`);
    const graph = await page.evaluate(() => {
      const svg = document.querySelector('svg.flowchart')!;
      const node = [...svg.querySelectorAll('g.node')].find((n) => n.textContent!.includes('htmlLabels'))!;
      return {
        html: svg.querySelectorAll('foreignObject, img, image').length,
        links: [...svg.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href')),
        // The neutral theme fills a node #eee; 'dark' and 'forest' (the directives in the titles) would not.
        fill: getComputedStyle(node.querySelector('rect, path, polygon')!).fill,
        label: node.textContent,
      };
    });
    expect(graph.html).toBe(0);
    for (const href of graph.links) expect(href).toMatch(/^\/sop\/[a-z0-9-]+\/$/);
    expect(graph.fill).toBe('rgb(238, 238, 238)');
    expect(graph.label).toContain('%\u2060%{init');
    expect(offSite).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('8. a sequenceDiagram drawn at build', () => {
  it('is what mermaid draws in the browser, path for path, to the rounding; no console error', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/sop/urutan/`);
    const built = await page.evaluate(() => {
      const svg = [...document.querySelectorAll('svg')].find((s) => s.getAttribute('aria-roledescription') === 'sequence')!;
      return [...svg.querySelectorAll('path')].map((p) => {
        const b = p.getBBox();
        return { d: p.getAttribute('d')!, box: [b.x, b.y, b.width, b.height], length: p.getTotalLength() };
      });
    });
    expect(errors).toEqual([]);
    // The same source drawn by mermaid itself, in a page of its own, with the same configuration.
    const source = /```mermaid[^\n]*\n([\s\S]*?)```/.exec(readFileSync(path.join(FIXTURES, 'corpus-hostile-ok/content/sop/urutan.mdx'), 'utf8'))![1]!;
    const fresh = await site.browser.newPage();
    await fresh.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await fresh.addScriptTag({ path: mermaidScript });
    const drawn = await fresh.evaluate(async ([config, text]) => {
      const m = (window as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, s: string): Promise<{ svg: string }> } }).mermaid;
      m.initialize(config);
      const host = document.createElement('div');
      host.innerHTML = (await m.render('frisch', text)).svg;
      document.body.append(host);
      return [...host.querySelectorAll('path')].map((p) => {
        const b = p.getBBox();
        return { box: [b.x, b.y, b.width, b.height], length: p.getTotalLength() };
      });
    }, [MERMAID_CONFIG, source] as const);
    expect(built.length).toBeGreaterThan(3);
    expect(built.length).toBe(drawn.length);
    built.forEach((p, i) => {
      p.box.forEach((v, k) => expect(Math.abs(v - drawn[i]!.box[k]!), `path ${i} ${p.d.slice(0, 60)}`).toBeLessThan(0.06));
      expect(Math.abs(p.length - drawn[i]!.length) / Math.max(1, drawn[i]!.length), `path ${i} length`).toBeLessThan(0.01);
    });
    await page.close();
    await fresh.close();
  });
});
