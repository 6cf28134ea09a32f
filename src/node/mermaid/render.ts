import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildState } from '../build-state.ts';
import { browserLaunchStart, buildBrowser, closeBuildBrowser as closeBrowser } from '../chromium.ts';
import { MERMAID_CONFIG, roundSvgNumbers } from '../../domain/mermaid/index.ts';

/**
 * Mermaid source -> inline SVG, at build time, in a real headless Chromium (mermaid needs a browser to
 * measure text). One browser per build process, diagrams rendered in parallel pages, every result
 * cached on disk by a hash of (source, mermaid version, config, this renderer's page script), so an
 * unchanged diagram is never rendered twice. With no browser (none found, or SOP_NO_BROWSER=1) the
 * result has no `svg` and the page ships the source for mermaid's client runtime instead.
 *
 * The queue and counters live in the build state (src/node/build-state.ts): the build integration
 * and the pages are two copies of this module in one process and must share one browser.
 */

export interface DiagramResult {
  source: string;
  /** The SVG markup; undefined when the diagram is left to the client runtime. */
  svg?: string;
  from: 'render' | 'cache' | 'fallback';
  /** Why there is no SVG, when rendering was tried and failed. */
  error?: string;
}

export interface DiagramStats {
  /** Rendered in Chromium during this process. */
  rendered: number;
  /** Read from the disk cache (or from this process's memory). */
  cached: number;
  /** Left to the client runtime: no browser. */
  fallback: number;
  failed: number;
  /** Sum of in-page render times, ms. */
  renderMs: number;
  /** Wall time while renders were pending (browser launch and page set-up included, idle gaps not), ms. */
  busyMs: number;
  /** Browser launch and mermaid loaded in the first page, ms. */
  startupMs: number;
  /** Render pages opened (each loads mermaid once). */
  pages: number;
}

const RENDER_TIMEOUT_MS = 60_000;

/**
 * Runs inside the render page (a string, so no bundler can rewrite it). After mermaid's render it
 * tidies the SVG for static use: role="img" (the accessible name stays the accTitle <title>);
 * natural width/height instead of width="100%" (the page box scrolls instead of shrinking text);
 * stadium outlines, which mermaid draws as ~40 kB rough.js paths, redrawn as one <rect rx>;
 * swimlane headers made one height with their titles centred (mermaid sizes each to its own text,
 * with no padding, when labels are SVG text); coordinates rounded to 0.01 by a reader of each
 * attribute's syntax (src/domain/mermaid/svg-numbers.ts); data-points dropped.
 */
const PAGE_SCRIPT = String.raw`
const roundSvgNumbers = ${roundSvgNumbers.toString()};
window.__sopRenderDiagram = async (id, source) => {
  const t0 = performance.now();
  // Ids of nodes written with the stadium shape, id([…]) (a regex: parsing again would cost 15%).
  const stadiums = new Set([...source.matchAll(/([A-Za-z0-9_-]+)\(\[/g)].map((m) => m[1]));
  const host = document.createElement('div');
  document.body.append(host);
  try {
    const { svg } = await mermaid.render(id, source);
    host.innerHTML = svg;
    const el = host.querySelector('svg');
    el.setAttribute('role', 'img');
    const vertexOf = (node) => node.id.slice(id.length + 1).replace(/^flowchart-/, '').replace(/-\d+$/, '');
    for (const node of el.querySelectorAll('g.node')) {
      if (!stadiums.has(vertexOf(node))) continue;
      const outline = node.querySelector(':scope > .label-container');
      if (!outline || outline.tagName !== 'g') continue;
      const b = outline.getBBox();
      const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      for (const [k, v] of Object.entries({ class: 'basic label-container', x: b.x, y: b.y, width: b.width, height: b.height, rx: b.height / 2, ry: b.height / 2 })) rect.setAttribute(k, String(v));
      outline.replaceWith(rect);
    }
    const lanes = [...el.querySelectorAll('g.cluster.swimlane')].map((g) => ({
      title: g.querySelector(':scope > rect.swimlane-title'), body: g.querySelector(':scope > rect.swimlane-body'), label: g.querySelector(':scope > g.swimlane-label'),
    })).filter((l) => l.title && l.body && l.label);
    const num = (e, a) => Number(e.getAttribute(a));
    if (lanes.length && lanes.every((l) => num(l.title, 'width') === num(l.body, 'width') && num(l.title, 'y') < num(l.body, 'y'))) {
      const pad = 7;
      const boxes = lanes.map((l) => l.label.getBBox());
      const height = Math.max(...boxes.map((b) => b.height)) + 2 * pad;
      const top = Math.min(...lanes.map((l) => num(l.title, 'y')));
      const bodyTop = Math.max(...lanes.map((l) => num(l.body, 'y')));
      const bottom = Math.max(...lanes.map((l) => num(l.body, 'y') + num(l.body, 'height')));
      const newTop = Math.min(top, bodyTop - height);
      lanes.forEach((l, i) => {
        l.title.setAttribute('y', newTop);
        l.title.setAttribute('height', bodyTop - newTop);
        l.body.setAttribute('y', bodyTop);
        l.body.setAttribute('height', bottom - bodyTop);
        const b = boxes[i];
        const cx = num(l.title, 'x') + num(l.title, 'width') / 2;
        const cy = (newTop + bodyTop) / 2;
        l.label.setAttribute('transform', 'translate(' + (cx - b.x - b.width / 2) + ', ' + (cy - b.y - b.height / 2) + ')');
      });
      if (newTop < top) {
        const vb = el.viewBox.baseVal;
        el.setAttribute('viewBox', [vb.x, vb.y - (top - newTop), vb.width, vb.height + (top - newTop)].join(' '));
      }
    }
    const vb = el.viewBox.baseVal;
    el.removeAttribute('style');
    el.setAttribute('width', String(Math.ceil(vb.width)));
    el.setAttribute('height', String(Math.ceil(vb.height)));
    for (const e of [el, ...el.querySelectorAll('*')]) {
      e.removeAttribute('data-points');
      for (const a of ['d', 'points', 'transform', 'x', 'y', 'width', 'height', 'rx', 'ry', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'viewBox', 'dy']) {
        const v = e.getAttribute(a);
        if (v) e.setAttribute(a, roundSvgNumbers(a, v, 2));
      }
    }
    return { svg: new XMLSerializer().serializeToString(el), ms: performance.now() - t0 };
  } finally {
    host.remove();
    document.getElementById('d' + id)?.remove();
  }
};
`;

interface Job {
  id: string;
  source: string;
  resolve(svg: string): void;
  reject(error: unknown): void;
}

/** The renderer's queue, memory and counters, kept in the build state (src/node/build-state.ts). */
export interface DiagramState {
  idlePages: Page[];
  workers: number;
  queue: Job[];
  memory: Map<string, Promise<DiagramResult>>;
  stats: DiagramStats;
  /** Renders requested and not finished; busy since `busySince` while > 0. */
  pending: number;
  busySince: number;
  warned: Set<string>;
}

const diagramState = (): DiagramState => (buildState().diagrams ??= {
  idlePages: [],
  workers: 0,
  queue: [],
  memory: new Map(),
  stats: { rendered: 0, cached: 0, fallback: 0, failed: 0, renderMs: 0, busyMs: 0, startupMs: 0, pages: 0 },
  pending: 0,
  busySince: 0,
  warned: new Set(),
});

function warn(message: string) {
  const state = diagramState();
  if (state.warned.has(message)) return;
  state.warned.add(message);
  console.warn(`[sop-diagrams] ${message}`);
}

/** node_modules/mermaid: from this module (bundled pages live under the project too), else from the working directory. */
function findMermaid(): string {
  for (const base of [import.meta.url, path.join(process.cwd(), 'package.json')]) {
    try {
      return path.dirname(createRequire(base).resolve('mermaid/package.json'));
    } catch {
      // try the next base
    }
  }
  throw new Error('mermaid tidak ditemukan di node_modules');
}
const MERMAID_DIR = findMermaid();
/** Mermaid's prebuilt browser file: loaded into the render page, and shipped to readers when a diagram fell back. */
export const MERMAID_SCRIPT = path.join(MERMAID_DIR, 'dist/mermaid.min.js');
export const MERMAID_VERSION: string = JSON.parse(readFileSync(path.join(MERMAID_DIR, 'package.json'), 'utf8')).version;

/** The cache directory: under SOP_CACHE_DIR when set (tests, parallel builds), else node_modules/.cache. */
export function diagramCacheDir(): string {
  return path.join(buildState().settings.cacheDir, 'sop-diagrams');
}

/** The cache key: what the SVG depends on. */
export function diagramKey(source: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ mermaid: MERMAID_VERSION, config: MERMAID_CONFIG, script: PAGE_SCRIPT, source }))
    .digest('hex');
}

/** Changes after a build in which a diagram failed to render (markDiagramFailures). */
const failureMarkFile = () => path.join(diagramCacheDir(), 'gagal.txt');

/**
 * What a page with an MDX diagram depends on beyond the diagram's source, for the page cache
 * (site.pageKey): whether this machine can draw it at build time, and whether a build before
 * failed to. A page kept from a build without Chromium, or from one where a render failed, would
 * otherwise keep its client-side fallback, and the mermaid runtime it needs is copied only by a
 * build that itself falls back.
 */
export function diagramPageState(): string {
  const { settings } = buildState();
  const drawing = settings.browserDisabled ? 'off' : settings.chromium ? 'chromium' : 'none';
  return `${drawing}:${existsSync(failureMarkFile()) ? readFileSync(failureMarkFile(), 'utf8') : ''}`;
}

/** After a build: when a render failed, the next build renders every page again (diagramPageState). */
export async function markDiagramFailures(stats: DiagramStats): Promise<void> {
  if (stats.failed === 0) return;
  await mkdir(diagramCacheDir(), { recursive: true });
  await writeFile(failureMarkFile(), `${new Date().toISOString()} ${process.pid}`);
}

function maxPages(): number {
  return buildState().settings.diagramPages ?? Math.min(4, Math.max(2, availableParallelism()));
}

async function newRenderPage(browser: Browser): Promise<Page> {
  const state = diagramState();
  const page = await browser.newPage();
  // Nothing leaves the machine: mermaid comes from node_modules, every request is refused.
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ path: MERMAID_SCRIPT });
  await page.addScriptTag({ content: PAGE_SCRIPT });
  await page.evaluate((config) => (globalThis as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config), MERMAID_CONFIG);
  state.stats.pages++;
  const launchStart = browserLaunchStart();
  if (state.stats.pages === 1 && launchStart !== undefined) state.stats.startupMs = performance.now() - launchStart;
  return page;
}

async function renderOn(page: Page, job: Job): Promise<void> {
  const state = diagramState();
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = await Promise.race([
      page.evaluate(
        ([id, source]) => (globalThis as unknown as { __sopRenderDiagram(i: string, s: string): Promise<{ svg: string; ms: number }> }).__sopRenderDiagram(id, source),
        [job.id, job.source] as const,
      ),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`render lebih dari ${RENDER_TIMEOUT_MS / 1000} s`)), RENDER_TIMEOUT_MS))),
    ]);
    state.stats.rendered++;
    state.stats.renderMs += result.ms;
    job.resolve(result.svg);
  } catch (error) {
    job.reject(error);
    if (String(error).includes('render lebih dari')) throw error; // the page may be stuck: drop it
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One worker per page, each taking jobs until none are left. A page costs about as much CPU to set
 * up (loading mermaid) as several renders, so a new one opens only for every JOBS_PER_PAGE waiting
 * jobs, up to maxPages().
 */
const JOBS_PER_PAGE = 6;
function pump(browser: Browser): void {
  const state = diagramState();
  while (state.workers < Math.min(maxPages(), Math.ceil(state.queue.length / JOBS_PER_PAGE))) {
    state.workers++;
    void (async () => {
      let page: Page | undefined;
      try {
        page = state.idlePages.pop() ?? (await newRenderPage(browser));
        for (let job = state.queue.shift(); job; job = state.queue.shift()) await renderOn(page, job);
        state.idlePages.push(page);
      } catch (error) {
        await page?.close().catch(() => {});
        if (!page) for (const job of state.queue.splice(0)) job.reject(error);
      } finally {
        state.workers--;
        if (state.queue.length) pump(browser);
      }
    })();
  }
}

async function renderInBrowser(key: string, source: string): Promise<string | undefined> {
  const state = diagramState();
  if (state.pending++ === 0) state.busySince = performance.now();
  try {
    const browser = await buildBrowser((why) => warn(`${why}: diagram digambar di peramban pembaca (mermaid di sisi klien).`));
    if (!browser) return undefined;
    return await new Promise<string>((resolve, reject) => {
      state.queue.push({ id: `mmd-${key.slice(0, 12)}`, source, resolve, reject });
      pump(browser);
    });
  } finally {
    if (--state.pending === 0) state.stats.busyMs += performance.now() - state.busySince;
  }
}

async function produce(source: string): Promise<DiagramResult> {
  const state = diagramState();
  if (buildState().settings.browserDisabled) {
    state.stats.fallback++;
    return { source, from: 'fallback' };
  }
  const key = diagramKey(source);
  const file = path.join(diagramCacheDir(), `${key}.svg`);
  const hit = await readFile(file, 'utf8').catch(() => undefined);
  if (hit !== undefined) {
    state.stats.cached++;
    return { source, svg: hit, from: 'cache' };
  }
  try {
    const svg = await renderInBrowser(key, source);
    if (svg === undefined) {
      state.stats.fallback++;
      return { source, from: 'fallback' };
    }
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, svg);
    await rename(tmp, file);
    return { source, svg, from: 'render' };
  } catch (error) {
    state.stats.failed++;
    const message = (error as Error).message?.split('\n')[0] ?? String(error);
    warn(`diagram gagal digambar (${message}); halaman memakai mermaid di sisi klien. Sumber:\n${source}`);
    return { source, from: 'fallback', error: message };
  }
}

/** Renders (or reads from cache) one diagram; concurrent calls for the same source share one render. */
export function renderDiagram(source: string): Promise<DiagramResult> {
  const state = diagramState();
  const key = buildState().settings.browserDisabled ? `fallback:${source}` : diagramKey(source);
  let result = state.memory.get(key);
  if (!result) {
    result = produce(source);
    state.memory.set(key, result);
  }
  return result;
}

export function diagramStats(): DiagramStats {
  const state = diagramState();
  return { ...state.stats };
}

/** Waits for pending renders and closes their pages; the browser stays for the PDFs (closeBuildBrowser). */
export async function settleDiagrams(): Promise<DiagramStats> {
  const state = diagramState();
  await Promise.allSettled(state.memory.values());
  const pages = state.idlePages;
  state.idlePages = [];
  await Promise.all(pages.map((p) => p.close().catch(() => {})));
  return diagramStats();
}

/** Closes the render pages and the build's browser; the next render or print launches a new one. */
export async function closeBuildBrowser(): Promise<void> {
  await settleDiagrams();
  await closeBrowser();
}

/**
 * One line for the build log: "diagram: 10 dirender, 0 dari cache, 0 tanpa peramban, 0 gagal;
 * Chromium 3.1 s (mulai 1.2 s, 2 halaman) = 310 ms per diagram, render 180 ms di halaman".
 */
export function formatDiagramStats(s: DiagramStats): string {
  const ms = (n: number) => `${Math.round(n)} ms`;
  const cost = s.rendered
    ? `; Chromium ${ms(s.busyMs)} (mulai ${ms(s.startupMs)}, ${s.pages} halaman) = ${ms(s.busyMs / s.rendered)} per diagram, render ${ms(s.renderMs / s.rendered)} di halaman`
    : '';
  return `diagram: ${s.rendered} dirender, ${s.cached} dari cache, ${s.fallback} tanpa peramban, ${s.failed} gagal${cost}`;
}
