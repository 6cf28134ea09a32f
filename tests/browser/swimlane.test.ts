import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { flowEdges } from '../../src/domain/flow/graph.ts';
import { swimlaneSource } from '../../src/domain/swimlane/mermaid.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { PROJECT } from '../build/run-build.ts';
import { useBuiltSite } from '../support/built-site.ts';

/** The swimlane on the built seed site, in Chromium: mermaid accepts every source; phone, dark mode, copy. */

const mermaidScript = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const SLUG = 'pelaksanaan-kegiatan-diklat'; // 4 lanes, two loop-backs
const site = useBuiltSite();


describe('the generated source', () => {
  it("passes mermaid's own parser for every seed SOP", async () => {
    const corpus = await readCorpus(PROJECT);
    const page = await site.browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: mermaidScript });
    for (const doc of corpus.sops.values()) {
      const result = await page.evaluate(async (source) => {
        const m = (window as unknown as { mermaid: { parse(s: string): Promise<{ diagramType: string }> } }).mermaid;
        try {
          return (await m.parse(source)).diagramType;
        } catch (error) {
          return `error: ${(error as Error).message}`;
        }
      }, swimlaneSource(doc.data));
      expect(result, doc.slug).toBe('swimlane');
    }
    await page.close();
  });
});

/** What the geometry check measures on one SOP page, in the SVG's user units (px at natural size). */
interface Geometry {
  edges: Array<{ edge: string; from: number; to: number; start: number; end: number; throughNode: string[] }>;
  labels: Array<{ edge: string; crossed: string[] }>;
  unmarked: number;
}

describe('edge geometry, in Chromium, on every seed SOP', () => {
  it('every edge starts on its source outline and ends on its target outline, crosses no node, and no label sits on a line', async () => {
    const corpus = await readCorpus(PROJECT);
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const doc of corpus.sops.values()) {
      await page.goto(`${site.url}/sop/${doc.slug}/`);
      const g: Geometry = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('section.swimlane svg')!;
        // Everything in the SVG's own coordinates, whatever transforms sit between.
        const inSvg = (el: SVGGraphicsElement, p: DOMPointInit) => new DOMPoint(p.x, p.y).matrixTransform(el.getCTM()!);
        const outlines = (step: string) => [...svg.querySelectorAll<SVGGeometryElement>(`g.node[data-step="${step}"] > .label-container`)];
        const sample = (el: SVGGeometryElement, every = 0.5) => {
          const length = el.getTotalLength();
          const points: DOMPoint[] = [];
          for (let d = 0; d <= length; d += every) points.push(inSvg(el, el.getPointAtLength(d)));
          points.push(inSvg(el, el.getPointAtLength(length)));
          return points;
        };
        const outlineCache = new Map<Element, DOMPoint[]>();
        const distanceToOutline = (p: DOMPoint, step: string) => {
          let best = Infinity;
          for (const shape of outlines(step)) {
            if (!outlineCache.has(shape)) outlineCache.set(shape, sample(shape));
            for (const q of outlineCache.get(shape)!) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
          }
          return best;
        };
        const allShapes = [...svg.querySelectorAll<SVGGeometryElement>('g.node > .label-container')];
        const paths = [...svg.querySelectorAll<SVGGeometryElement>('path.flowchart-link')];
        const edges = paths.map((path) => {
          const points = sample(path, 1);
          const [from, to] = [path.dataset.from!, path.dataset.to!];
          // Strictly inside a node's fill, away from the two ends (which touch the outlines).
          const inner = points.slice(2, -2);
          const throughNode = allShapes
            .filter((shape) => inner.some((p) => shape.isPointInFill(new DOMPoint(p.x, p.y).matrixTransform(shape.getCTM()!.inverse())) && !shape.isPointInStroke(new DOMPoint(p.x, p.y).matrixTransform(shape.getCTM()!.inverse()))))
            .map((shape) => shape.parentElement!.dataset.step!);
          return { edge: path.dataset.edge!, from: Number(from), to: Number(to), start: distanceToOutline(points[0]!, from), end: distanceToOutline(points.at(-1)!, to), throughNode };
        });
        const lines = paths.map((path) => ({ edge: path.dataset.edge!, points: sample(path, 1) }));
        const labels = [...svg.querySelectorAll<SVGGraphicsElement>('g.edgeLabel')].map((label) => {
          const b = label.getBBox();
          const m = label.getCTM()!;
          const [a, c] = [new DOMPoint(b.x, b.y).matrixTransform(m), new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m)];
          const crossed = lines.filter((l) => l.points.some((p) => p.x > a.x && p.x < c.x && p.y > a.y && p.y < c.y)).map((l) => l.edge);
          return { edge: label.dataset.edge!, crossed };
        });
        return { edges, labels, unmarked: svg.querySelectorAll('path.flowchart-link:not([data-from][data-to])').length };
      });
      expect(g.unmarked, doc.slug).toBe(0);
      expect(g.edges.length, doc.slug).toBeGreaterThan(0);
      for (const e of g.edges) {
        expect(e.start, `${doc.slug} ${e.edge} start`).toBeLessThanOrEqual(1);
        expect(e.end, `${doc.slug} ${e.edge} end`).toBeLessThanOrEqual(1);
        expect(e.throughNode, `${doc.slug} ${e.edge} crosses nodes`).toEqual([]);
      }
      for (const l of g.labels) expect(l.crossed, `${doc.slug} label of ${l.edge}`).toEqual([]);
      // Every flow edge of the model is drawn once, marked with the steps it joins.
      const drawn = g.edges.filter((e) => !e.edge.endsWith('-shared')).map((e) => `${e.from}-${e.to}`);
      expect(drawn.sort(), doc.slug).toEqual(flowEdges(doc.data.steps).map((e) => `${e.from}-${e.to}`).sort());
    }
    await page.close();
  });
});

describe('the swimlane on an SOP page', () => {
  it('scrolls inside its own box on a phone, at full size, without widening the page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}/sop/${SLUG}/`);
    await page.getByRole('tab', { name: 'Diagram' }).click(); // the viewer shows one view at a time
    const m = await page.evaluate(() => {
      const box = document.querySelector('.swimlane__scroll')!;
      const svg = box.querySelector('svg')!;
      return {
        box: [box.scrollWidth, box.clientWidth],
        svg: [svg.getBoundingClientRect().width, Number(svg.getAttribute('width'))],
        page: [document.documentElement.scrollWidth, window.innerWidth],
      };
    });
    expect(m.box[0]).toBeGreaterThan(m.box[1]!);
    expect(Math.round(m.svg[0]!)).toBe(m.svg[1]);
    expect(m.page[0]).toBeLessThanOrEqual(m.page[1]!);
    await page.close();
  });

  it('fits the content column on a desktop screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/sop/${SLUG}/`);
    await page.getByRole('tab', { name: 'Diagram' }).click();
    const [scroll, client] = await page.$eval('.swimlane__scroll', (box) => [box.scrollWidth, box.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client!);
    await page.close();
  });

  it('follows dark mode: light text and strokes on dark shapes', async () => {
    const colours: Record<string, { text: string; shape: string }> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.url}/sop/${SLUG}/`);
      colours[colorScheme] = await page.evaluate(() => ({
        text: getComputedStyle(document.querySelector('.mermaid-diagram .node text')!).fill,
        shape: getComputedStyle(document.querySelector('.mermaid-diagram .node rect')!).fill,
      }));
      await context.close();
    }
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    expect(luminance(colours.light!.text)).toBeLessThan(0.3);
    expect(luminance(colours.light!.shape)).toBeGreaterThan(0.8);
    expect(luminance(colours.dark!.text)).toBeGreaterThan(0.7);
    expect(luminance(colours.dark!.shape)).toBeLessThan(0.3);
  });

  it('copies the source with the button, which only appears with JavaScript', async () => {
    const corpus = await readCorpus(PROJECT);
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/sop/${SLUG}/`);
    await page.getByRole('tab', { name: 'Diagram' }).click();
    await page.getByRole('button', { name: 'Salin sumber Mermaid' }).click();
    await expect.poll(() => page.textContent('[data-swimlane-status]')).toBe('Sumber Mermaid disalin.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(swimlaneSource(corpus.sops.get(SLUG)!.data));
    await context.close();

    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${site.url}/sop/${SLUG}/`);
    expect(await plain.isVisible('[data-swimlane-copy]')).toBe(false);
    expect(await plain.isVisible('.swimlane details summary')).toBe(true);
    expect(await plain.isVisible('.mermaid-diagram svg')).toBe(true);
    await noJs.close();
  });

  it('loads no mermaid code when the SVG was rendered at build time', async () => {
    const page = await site.browser.newPage();
    const before = site.requests.length;
    await page.goto(`${site.url}/sop/${SLUG}/`);
    await page.waitForLoadState('networkidle');
    expect(site.requests.slice(before).filter((r) => /mermaid/i.test(r))).toEqual([]);
    await page.close();
  });
});
