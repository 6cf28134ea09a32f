// npm run bench [-- --sizes 200,2000] [--seed 1] [--out FILE.json] [--compare OLD.json] [--profile] [--keep] [--no-dev]
//
// What a build costs as the corpus grows, against what Astro itself costs. For each size N it
// generates a corpus (scripts/generate-corpus.ts: N SOPs, N/10 Standar Pelayanan) and builds, each
// as a child process measured for wall time and peak memory:
//   check          validation alone (scripts/check.ts)
//   ours cold      the full site as `npm run build` makes it, every cache empty (swimlanes drawn
//                  in TypeScript; the report's graph and the PDFs in headless Chromium)
//   ours warm      the same again, nothing changed: pages and search index kept from the cold build
//   ours edited    one step of one SOP reworded: every page rendered, the index made again
//   baseline cold  a plain Astro + MDX site of the same files, one minimal page per document
//   baseline warm  the same, its cache filled
//   npm run dev    the dev server on the same corpus: one SOP edited in Chromium, "save → page
//                  updated", "save → findings in the terminal", "error → banner" (tools/dev-loop.ts)
// It prints a table (wall time of each phase, peak memory (PSS of the process tree), output bytes, median SOP page), the ratios
// ours/baseline, how cost grows from the smallest to the largest N, and the aims met or missed; and
// writes the same as JSON (default .cache/bench/<date>.json) for a later --compare.
//
// Our build runs from a snapshot of the site code in a temporary directory (src/, astro.config.mjs,
// public/, package.json; node_modules linked): Astro writes .astro/content-modules.mjs in its root,
// and a build of a generated corpus in the project itself would race with other builds there.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { driveDevLoop, startDevServer, type DevLoopTimes } from '../tools/dev-loop.ts';
import { generateCorpus, writeCorpus } from '../tools/corpus-generator.ts';
import { formatSummary, summariseProfile, type ProfileSummary } from './profile-summary.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');
/** Our build as `npm run build` runs it (package.json): with scripts/build.env. */
const OURS_BUILD = [NODE, `--env-file=${path.join(PROJECT, 'scripts/build.env')}`, ASTRO, 'build'];

/**
 * The aims at the largest size (the build a commit costs): after one edit ≤ 1.3× the baseline's warm
 * build (the headline), a cold build with its PDFs ≤ 3 min, start-up ≤ 3 s, peak memory ≤ 1.5 GB in
 * every build, and the earlier ones: swimlanes drawn fast, the dev server's reload.
 */
const AIMS = { editedVsBaseline: 1.3, warmVsBaseline: 2, coldMs: 180_000, startupMs: 3_000, peakMb: 1536, msPerDiagram: 60, devReloadMs: 2000 };

// ---------------------------------------------------------------------------------------------
// Measuring a child process: wall time, peak memory of its process tree, its log lines with arrival times.

interface LogLine {
  /** ms since the process started. */
  t: number;
  text: string;
}

export interface Measured {
  code: number;
  wallMs: number;
  /**
   * Highest sum of PSS over the process tree (node, Chromium, Pagefind), sampled every 500 ms: the
   * memory the build really holds (pages shared between Chromium's processes counted once).
   */
  peakTreeMb: number;
  /** Highest sum of RSS over the tree, sampled every 200 ms: an upper bound (shared pages counted per process). */
  peakRssSumMb: number;
  /** Highest RSS of one process of the tree (GNU time's %M), when /usr/bin/time exists. */
  peakProcessMb?: number;
  /** [seconds, MB]: RSS of the tree once a second, to see in which phase memory peaks. */
  timeline: Array<[number, number]>;
  lines: LogLine[];
}

const PAGE = 4096;

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const task of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      /* the task ended */
    }
  }
  return out;
}

/** Sum over the process tree of RSS (from statm, cheap) or PSS (from smaps_rollup, ~1 ms a process). */
function treeMemoryBytes(root: number, kind: 'rss' | 'pss'): number {
  let total = 0;
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length) {
    const pid = queue.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    try {
      if (kind === 'rss') total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      else total += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      continue;
    }
    queue.push(...childrenOf(pid));
  }
  return total;
}

const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

export async function measure(argv: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile?: string }): Promise<Measured> {
  const useTime = existsSync('/usr/bin/time');
  const [cmd, ...args] = useTime ? ['/usr/bin/time', '-f', '__BENCH_TIME__ %e %M', ...argv] : argv;
  const started = performance.now();
  const child = spawn(cmd!, args, { cwd: options.cwd, env: { ...options.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const pending = { out: '', err: '' };
  const take = (key: 'out' | 'err') => (chunk: Buffer) => {
    const t = performance.now() - started;
    pending[key] += chunk.toString('utf8');
    const parts = pending[key].split('\n');
    pending[key] = parts.pop()!;
    for (const p of parts) lines.push({ t, text: stripAnsi(p) });
  };
  child.stdout.on('data', take('out'));
  child.stderr.on('data', take('err'));
  let peakRss = 0;
  let peakPss = 0;
  let ticks = 0;
  const timeline: Array<[number, number]> = [];
  const sample = () => {
    if (!child.pid) return;
    const rss = treeMemoryBytes(child.pid, 'rss');
    peakRss = Math.max(peakRss, rss);
    if (ticks % 10 === 0) timeline.push([Math.round((performance.now() - started) / 100) / 10, Math.round(rss / 2 ** 20)]);
    if (ticks++ % 5 === 0) peakPss = Math.max(peakPss, treeMemoryBytes(child.pid, 'pss'));
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  for (const key of ['out', 'err'] as const) if (pending[key]) lines.push({ t: wallMs, text: stripAnsi(pending[key]) });
  let peakProcessMb: number | undefined;
  const timeLine = lines.findIndex((l) => l.text.startsWith('__BENCH_TIME__'));
  if (timeLine >= 0) {
    peakProcessMb = Number(lines[timeLine]!.text.split(' ')[2]) / 1024;
    lines.splice(timeLine, 1);
  }
  if (options.logFile) await writeFile(options.logFile, lines.map((l) => `${(l.t / 1000).toFixed(2).padStart(8)}  ${l.text}`).join('\n'));
  const peakRssSumMb = Math.max(peakRss / 2 ** 20, peakProcessMb ?? 0);
  // A PSS sample can miss a short peak that an RSS sample caught; never report less than one process's peak.
  const peakTreeMb = Math.max(peakPss / 2 ** 20, peakProcessMb ?? 0);
  return { code, wallMs, peakTreeMb, peakRssSumMb, ...(peakProcessMb === undefined ? {} : { peakProcessMb }), timeline, lines };
}

// ---------------------------------------------------------------------------------------------
// Reading an Astro build log: phases by the time their lines arrived, and what the integrations print.

export interface BuildPhases {
  /** Node start, config, integrations' config:setup (our validation), until content sync starts. */
  startup?: number;
  /** Content layer sync and type generation. */
  content?: number;
  /** Vite/rolldown bundling of the pages (server and client builds). */
  bundle?: number;
  /** Prerendering every route ("generating static routes"). */
  pages?: number;
  /** After the pages: sitemap, closing the diagram browser, the PDFs, the Pagefind index. */
  after?: number;
  /** Pagefind, as the search integration logs it. */
  pagefind?: number;
  /** The A4 PDF of every document printed in Chromium (src/integrations/pdfs/index.ts), as it logs it. */
  pdf?: number;
}

export interface DiagramLog {
  rendered: number;
  cached: number;
  failed: number;
  fallback: number;
  /** Amortized wall time per rendered diagram (browser start included), as the integration logs it. */
  msPerDiagram?: number;
  startupMs?: number;
  parallelPages?: number;
  /** Mean in-page render time (mermaid itself). */
  renderMsInPage?: number;
  /** SOP swimlanes drawn in TypeScript (src/domain/swimlane/): how many, total and mean ms. */
  swimlanes?: { count: number; ms: number; msPerDiagram: number };
}

/** The phase a moment of the build belongs to (seconds since start), from the phase lines of its log. */
export function phaseAt(lines: LogLine[], seconds: number): string {
  const first = (re: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i]!.text)) return i;
    return -1;
  };
  const routes = first(/generating static routes/);
  const marks: Array<[string, number]> = [
    ['content', first(/\[content\] Syncing content/)],
    ['bundle', first(/Building static entrypoints/)],
    ['pages', routes],
    ['after pages (sitemap, Pagefind)', routes >= 0 ? first(/✓ Completed in/, routes) : -1],
  ];
  let phase = 'startup (config, validation)';
  for (const [name, i] of marks) if (i >= 0 && lines[i]!.t / 1000 <= seconds) phase = name;
  return phase;
}

export function parseBuildLog(lines: LogLine[], wallMs: number): { phases: BuildPhases; diagrams?: DiagramLog; pagesBuilt?: number; pagesIndexed?: number } {
  const at = (re: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i]!.text)) return i;
    return -1;
  };
  const t = (i: number) => (i >= 0 ? lines[i]!.t : undefined);
  const sync = at(/\[content\] Syncing content/);
  const types = at(/\[types\] Generated/);
  const entry = at(/Building static entrypoints/);
  const routes = at(/generating static routes/);
  const routesDone = routes >= 0 ? at(/✓ Completed in/, routes) : -1;
  const phases: BuildPhases = {};
  const d = (a?: number, b?: number) => (a !== undefined && b !== undefined ? Math.max(0, b - a) : undefined);
  if (t(sync) !== undefined) phases.startup = t(sync);
  phases.content = d(t(sync), t(types));
  phases.bundle = d(t(entry), t(routes));
  phases.pages = d(t(routes), t(routesDone));
  phases.after = d(t(routesDone), wallMs);
  const pagefind = lines.map((l) => /(\d+) halaman diindeks dalam (\d+) ms/.exec(l.text)).find(Boolean);
  if (pagefind) phases.pagefind = Number(pagefind[2]);
  const pdf = lines.map((l) => /PDF: \d+ dicetak, \d+ dari cache \((\d+) ms\)/.exec(l.text)).find(Boolean);
  if (pdf) phases.pdf = Number(pdf[1]);
  for (const k of Object.keys(phases) as Array<keyof BuildPhases>) if (phases[k] === undefined) delete phases[k];

  let diagrams: DiagramLog | undefined;
  const dl = lines.map((l) => /diagram: (\d+) dirender, (\d+) dari cache, (\d+) tanpa peramban, (\d+) gagal(.*)$/.exec(l.text)).find(Boolean);
  if (dl) {
    const rest = dl[5] ?? '';
    const num = (re: RegExp) => {
      const m = re.exec(rest);
      const value = m?.slice(1).find((v) => v !== undefined);
      return value === undefined ? undefined : Number(value);
    };
    diagrams = { rendered: Number(dl[1]), cached: Number(dl[2]), fallback: Number(dl[3]), failed: Number(dl[4]) };
    const per = num(/(\d+) ms per diagram/);
    if (per !== undefined) diagrams.msPerDiagram = per;
    // The wording of the rest of the line has changed as src/node/mermaid/render.ts evolved: read it loosely.
    const start = num(/(?:mulai|memulai Chromium) (\d+) ms/);
    if (start !== undefined) diagrams.startupMs = start;
    const pages = num(/(\d+) halaman(?! di)/);
    if (pages !== undefined) diagrams.parallelPages = pages;
    const inPage = num(/render (\d+) ms di halaman|(\d+) ms render di halaman/);
    if (inPage !== undefined) diagrams.renderMsInPage = inPage;
  }
  const sl = lines.map((l) => /swimlane: (\d+) digambar dalam (\d+) ms \(([\d.]+) ms per diagram\)/.exec(l.text)).find(Boolean);
  if (sl) {
    diagrams ??= { rendered: 0, cached: 0, fallback: 0, failed: 0 };
    diagrams.swimlanes = { count: Number(sl[1]), ms: Number(sl[2]), msPerDiagram: Number(sl[3]) };
  }
  const built = lines.map((l) => /(\d+) page\(s\) built in/.exec(l.text)).find(Boolean);
  return {
    phases,
    ...(diagrams ? { diagrams } : {}),
    ...(built ? { pagesBuilt: Number(built[1]) } : {}),
    ...(pagefind ? { pagesIndexed: Number(pagefind[1]) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Output sizes.

async function walk(dir: string): Promise<Array<{ file: string; size: number }>> {
  const out: Array<{ file: string; size: number }> = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(p)));
    else if (entry.isFile()) out.push({ file: p, size: (await stat(p)).size });
  }
  return out;
}

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function outputSizes(outDir: string): Promise<{ outputBytes: number; htmlPages: number; medianSopPageBytes: number }> {
  const files = await walk(outDir);
  const sopPages = files.filter((f) => /[/\\]sop[/\\][^/\\]+[/\\]index\.html$/.test(f.file)).map((f) => f.size);
  return {
    outputBytes: files.reduce((s, f) => s + f.size, 0),
    htmlPages: files.filter((f) => f.file.endsWith('.html')).length,
    medianSopPageBytes: median(sopPages),
  };
}

// ---------------------------------------------------------------------------------------------
// The two projects: a snapshot of ours, and the plain Astro baseline.

/**
 * The project's packages, linked one by one into dir/node_modules: Vite keeps its dependency
 * optimizer cache in <root>/node_modules/.vite, so linking node_modules as a whole would share that
 * cache with every other build of the project (each invalidating the other's: "vite config has changed").
 */
async function linkNodeModules(dir: string): Promise<void> {
  const own = path.join(dir, 'node_modules');
  await mkdir(own, { recursive: true });
  for (const name of await readdir(path.join(PROJECT, 'node_modules'))) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    await symlink(path.join(PROJECT, 'node_modules', name), path.join(own, name));
  }
}

async function snapshotOurs(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'])
    if (existsSync(path.join(PROJECT, name))) await cp(path.join(PROJECT, name), path.join(dir, name), { recursive: true });
  await linkNodeModules(dir);
}

const BASELINE_CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The baseline of npm run bench: plain Astro with MDX, nothing else.
export default defineConfig({
  outDir: process.env.BASE_OUT_DIR,
  cacheDir: process.env.BASE_CACHE_DIR,
  integrations: [mdx()],
});
`;

const BASELINE_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env.BASE_CONTENT_ROOT;
// Permissive: the title is all the page needs; every other key passes through unchecked.
const schema = z.looseObject({ nama: z.string() });

export const collections = {
  sop: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: \`\${root}/content/sop\` }), schema }),
  standarPelayanan: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: \`\${root}/content/standar-pelayanan\` }), schema }),
};
`;

const BASELINE_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const sops = await getCollection('sop');
  const standards = await getCollection('standarPelayanan');
  return [
    ...sops.map((entry) => ({ params: { kind: 'sop', slug: entry.id }, props: { entry } })),
    ...standards.map((entry) => ({ params: { kind: 'standar-pelayanan', slug: entry.id }, props: { entry } })),
  ];
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="id">
  <head><meta charset="utf-8" /><title>{entry.data.nama}</title></head>
  <body>
    <h1>{entry.data.nama}</h1>
    <Content />
  </body>
</html>
`;

async function makeBaseline(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'src/pages/[kind]'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(path.join(dir, 'astro.config.mjs'), BASELINE_CONFIG);
  await writeFile(path.join(dir, 'src/content.config.ts'), BASELINE_COLLECTIONS);
  await writeFile(path.join(dir, 'src/pages/[kind]/[slug].astro'), BASELINE_PAGE);
  await linkNodeModules(dir);
}

// ---------------------------------------------------------------------------------------------
// One size.

export interface RunResult {
  code: number;
  wallMs: number;
  peakTreeMb: number;
  peakRssSumMb: number;
  peakProcessMb?: number;
  phases?: BuildPhases;
  diagrams?: DiagramLog;
  pagesBuilt?: number;
  pagesIndexed?: number;
  outputBytes?: number;
  htmlPages?: number;
  medianSopPageBytes?: number;
  /** When the tree's memory peaked (RSS sampled once a second) and in which phase. */
  peakAt?: { seconds: number; mb: number; phase: string };
  log: string;
}

export interface SizeResult {
  n: number;
  sops: number;
  standards: number;
  documents: number;
  generateMs: number;
  runs: Record<RunName, RunResult>;
  /** `npm run dev` on the same corpus (--no-dev skips it). */
  dev?: DevLoopTimes;
}

const RUNS = ['check', 'oursCold', 'oursWarm', 'oursEdited', 'baselineCold', 'baselineWarm'] as const;
type RunName = (typeof RUNS)[number];
const RUN_LABEL: Record<RunName, string> = {
  check: 'check (validation only, cold)',
  oursCold: 'ours, cold',
  oursWarm: 'ours, warm',
  oursEdited: 'ours, after one edit',
  baselineCold: 'baseline, cold',
  baselineWarm: 'baseline, warm',
};

/** The authoring loop on this corpus: the dev server on our snapshot, one SOP edited in Chromium. */
async function benchDev(ours: string, content: string, log: (s: string) => void): Promise<DevLoopTimes | undefined> {
  const slug = (await readdir(path.join(content, 'content/sop')))
    .filter((f) => f.endsWith('.mdx'))
    .sort()[0]
    ?.replace(/\.mdx$/, '');
  if (!slug) return undefined;
  const { chromium } = await import('playwright-core');
  const server = await startDevServer(ours, content, 4800 + Math.floor(Math.random() * 100));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const times = await driveDevLoop(server, browser, content, slug);
    log(
      `  ${'npm run dev'.padEnd(24)} ok  ready ${s1(times.readyMs)} s, first page ${s1(times.firstPageMs)} s, save → terminal ${Math.round(times.saveToTerminalMs)} ms, save → page ${Math.round(times.saveToPageMs)} ms, error → banner ${Math.round(times.errorToBannerMs)} ms`,
    );
    return times;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function benchSize(
  n: number,
  seed: number,
  work: string,
  projects: { ours: string; baseline: string },
  log: (s: string) => void,
  withDev = true,
): Promise<SizeResult> {
  const dir = path.join(work, `n${n}`);
  await rm(dir, { recursive: true, force: true });
  const content = path.join(dir, 'corpus');
  const t0 = performance.now();
  const corpus = generateCorpus({ n, seed });
  await writeCorpus(content, corpus);
  const generateMs = performance.now() - t0;
  log(
    `N = ${n}: ${corpus.summary.sops} SOP, ${corpus.summary.standards} Standar Pelayanan, ${corpus.summary.agencies} perangkat daerah, ${corpus.summary.steps} langkah (generated in ${(generateMs / 1000).toFixed(1)} s)`,
  );

  const { ours, baseline } = projects;
  const env = { ...process.env };
  const oursEnv = { ...env, SOP_CONTENT_ROOT: content, SOP_CACHE_DIR: path.join(dir, 'ours-cache') };
  const baseEnv = { ...env, BASE_CONTENT_ROOT: content, BASE_CACHE_DIR: path.join(dir, 'baseline-cache') };
  delete (oursEnv as NodeJS.ProcessEnv).SOP_NO_BROWSER;

  const runs = {} as Record<RunName, RunResult>;
  // Cold and warm builds write the same output directory, as repeated builds of a site do (Vite's
  // optimizer also treats another outDir as another config).
  const oursOut = path.join(dir, 'out-ours');
  const baseOut = path.join(dir, 'out-baseline');
  const plan: Array<[RunName, string[], string, NodeJS.ProcessEnv, string?]> = [
    // Validation alone: the project's scripts/check.ts over the same corpus, with nothing kept from
    // a run before (a cache folder of its own: every file parsed and checked).
    ['check', [NODE, path.join(PROJECT, 'scripts/check.ts'), '--root', content], PROJECT, { ...env, SOP_CACHE_DIR: path.join(dir, 'check-cache') }],
    ['oursCold', OURS_BUILD, ours, { ...oursEnv, SOP_OUT_DIR: oursOut }, oursOut],
    // Nothing changed since the cold build: pages and search index are kept (Astro's incremental build).
    ['oursWarm', OURS_BUILD, ours, { ...oursEnv, SOP_OUT_DIR: oursOut }, oursOut],
    // One step of one SOP reworded, as a commit to the content repository would: the pages that
    // show it are rendered again (src/node/page-keys.ts) and the search index made again.
    ['oursEdited', OURS_BUILD, ours, { ...oursEnv, SOP_OUT_DIR: oursOut }, oursOut],
    ['baselineCold', [NODE, ASTRO, 'build'], baseline, { ...baseEnv, BASE_OUT_DIR: baseOut }, baseOut],
    ['baselineWarm', [NODE, ASTRO, 'build'], baseline, { ...baseEnv, BASE_OUT_DIR: baseOut }, baseOut],
  ];
  const edited = path.join(
    content,
    'content/sop',
    (await readdir(path.join(content, 'content/sop')))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .at(-1)!,
  );
  const original = await readFile(edited, 'utf8');
  for (const [name, argv, cwd, runEnv, outDir] of plan) {
    const logFile = path.join(dir, `${name}.log`);
    if (name === 'oursEdited') await writeFile(edited, original.replace('kegiatan: ', 'kegiatan: Disunting '));
    const m = await measure(argv, { cwd, env: runEnv, logFile });
    if (name === 'oursEdited') await writeFile(edited, original);
    const result: RunResult = { code: m.code, wallMs: m.wallMs, peakTreeMb: m.peakTreeMb, peakRssSumMb: m.peakRssSumMb, log: logFile };
    if (m.peakProcessMb !== undefined) result.peakProcessMb = m.peakProcessMb;
    if (name !== 'check') {
      Object.assign(result, parseBuildLog(m.lines, m.wallMs));
      const top = m.timeline.reduce<[number, number] | undefined>((best, p) => (!best || p[1] > best[1] ? p : best), undefined);
      if (top) result.peakAt = { seconds: top[0], mb: top[1], phase: phaseAt(m.lines, top[0]) };
      if (outDir) Object.assign(result, await outputSizes(outDir));
    }
    runs[name] = result;
    log(
      `  ${RUN_LABEL[name].padEnd(24)} ${m.code === 0 ? 'ok ' : `EXIT ${m.code}`} ${(m.wallMs / 1000).toFixed(1).padStart(7)} s  ${Math.round(m.peakTreeMb).toString().padStart(5)} MB${m.code === 0 ? '' : `  (log: ${logFile})`}`,
    );
    if (m.code !== 0 && name !== 'check') throw new Error(`${RUN_LABEL[name]} failed at N = ${n}; see ${logFile}`);
  }
  const dev = withDev ? await benchDev(ours, content, log) : undefined;
  return {
    n,
    sops: corpus.summary.sops,
    standards: corpus.summary.standards,
    documents: corpus.summary.sops + corpus.summary.standards,
    generateMs,
    runs,
    ...(dev ? { dev } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Report.

const s1 = (ms?: number) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const mb = (b?: number) => (b === undefined ? '–' : (b / 2 ** 20).toFixed(b < 2 ** 20 ? 2 : 1));
const kb = (b?: number) => (b === undefined ? '–' : (b / 1024).toFixed(1));
const ratio = (a?: number, b?: number) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
const x = (r?: number) => (r === undefined ? '–' : `${r.toFixed(2)}×`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`)
    .join('\n')
    .replace(/\n/, `\n|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|\n`);
}

/** Swimlanes drawn in TypeScript ("2.8 × 200"), then mermaid diagrams rendered in Chromium or cached. */
function diagramCell(d?: DiagramLog): string {
  if (!d) return '–';
  const swimlanes = d.swimlanes ? `${d.swimlanes.msPerDiagram} × ${d.swimlanes.count}` : '';
  const mermaid = d.rendered ? `mermaid ${d.msPerDiagram ?? '?'} × ${d.rendered}` : d.cached ? `mermaid cache ${d.cached}` : '';
  return [swimlanes, mermaid].filter(Boolean).join('; ') || '–';
}

export function sizeTable(size: SizeResult): string {
  const rows = [
    [
      'build',
      'wall s',
      'startup',
      'content',
      'bundle',
      'pages',
      'after',
      'pagefind',
      'pdf',
      'diagram ms',
      'peak MB',
      'output MB',
      'median SOP page KB',
      'vs baseline',
    ],
  ];
  for (const name of RUNS) {
    const r = size.runs[name];
    if (!r) continue; // a run an older bench JSON does not have
    const base = name === 'oursCold' ? size.runs.baselineCold : name === 'oursWarm' || name === 'oursEdited' ? size.runs.baselineWarm : undefined;
    rows.push([
      RUN_LABEL[name],
      s1(r.wallMs),
      s1(r.phases?.startup),
      s1(r.phases?.content),
      s1(r.phases?.bundle),
      s1(r.phases?.pages),
      s1(r.phases?.after),
      s1(r.phases?.pagefind),
      s1(r.phases?.pdf),
      diagramCell(r.diagrams),
      Math.round(r.peakTreeMb).toString(),
      mb(r.outputBytes),
      kb(r.medianSopPageBytes),
      base ? `${x(ratio(r.wallMs, base.wallMs))} time, ${x(ratio(r.peakTreeMb, base.peakTreeMb))} mem, ${x(ratio(r.outputBytes, base.outputBytes))} bytes` : '',
    ]);
  }
  const dev = size.dev
    ? `\nnpm run dev: ready ${s1(size.dev.readyMs)} s, first SOP page ${s1(size.dev.firstPageMs)} s, save → findings in terminal ${Math.round(size.dev.saveToTerminalMs)} ms, save → page updated ${Math.round(size.dev.saveToPageMs)} ms, error → banner ${Math.round(size.dev.errorToBannerMs)} ms`
    : '';
  return table(rows) + dev;
}

/** Growth exponent k of cost ~ N^k between two sizes: 1 is linear (flat per document), 2 quadratic. */
const exponent = (a: number, b: number, na: number, nb: number) => Math.log(b / a) / Math.log(nb / na);

export interface Growth {
  from: number;
  to: number;
  rows: Array<{ what: string; perDocFrom: number; perDocTo: number; exponent: number }>;
}

export function growthOf(small: SizeResult, large: SizeResult): Growth {
  const rows: Growth['rows'] = [];
  const add = (what: string, a?: number, b?: number) => {
    if (a === undefined || b === undefined || a <= 0 || b <= 0) return;
    rows.push({ what, perDocFrom: a / small.documents, perDocTo: b / large.documents, exponent: exponent(a, b, small.documents, large.documents) });
  };
  for (const name of RUNS) add(`${RUN_LABEL[name]}: wall ms`, small.runs[name]?.wallMs, large.runs[name]?.wallMs);
  for (const phase of ['content', 'bundle', 'pages', 'pagefind'] as const) {
    add(`ours, warm: ${phase} ms`, small.runs.oursWarm.phases?.[phase], large.runs.oursWarm.phases?.[phase]);
    add(`ours, after one edit: ${phase} ms`, small.runs.oursEdited?.phases?.[phase], large.runs.oursEdited?.phases?.[phase]);
    add(`baseline, warm: ${phase} ms`, small.runs.baselineWarm.phases?.[phase], large.runs.baselineWarm.phases?.[phase]);
  }
  for (const name of RUNS) add(`${RUN_LABEL[name]}: peak MB`, small.runs[name]?.peakTreeMb, large.runs[name]?.peakTreeMb);
  return { from: small.n, to: large.n, rows };
}

export function growthTable(g: Growth): string {
  const rows = [['cost', `per doc at N=${g.from}`, `per doc at N=${g.to}`, 'grows as N^k, k =']];
  for (const r of g.rows)
    rows.push([r.what, r.perDocFrom.toFixed(r.what.endsWith('MB') ? 2 : 1), r.perDocTo.toFixed(r.what.endsWith('MB') ? 2 : 1), r.exponent.toFixed(2)]);
  return table(rows);
}

export interface Aim {
  aim: string;
  target: string;
  measured: string;
  met: boolean;
  /** How far off, when missed: "2.7× over (needs −43 s)". */
  by?: string;
}

export function aimsOf(size: SizeResult): Aim[] {
  const { oursWarm, oursCold, oursEdited, baselineWarm, baselineCold } = size.runs;
  const aims: Aim[] = [];
  if (oursEdited) {
    const editedRatio = oursEdited.wallMs / baselineWarm.wallMs;
    aims.push({
      aim: `after one edit ≤ ${AIMS.editedVsBaseline}× the baseline's warm build (N=${size.n}; the build every content commit costs)`,
      target: `≤ ${s1(baselineWarm.wallMs * AIMS.editedVsBaseline)} s`,
      measured: `${s1(oursEdited.wallMs)} s = ${x(editedRatio)} (vs cold baseline: ${x(oursEdited.wallMs / baselineCold.wallMs)})`,
      met: editedRatio <= AIMS.editedVsBaseline,
      ...(editedRatio > AIMS.editedVsBaseline ? { by: `needs −${s1(oursEdited.wallMs - baselineWarm.wallMs * AIMS.editedVsBaseline)} s` } : {}),
    });
  }
  const warmRatio = oursWarm.wallMs / baselineWarm.wallMs;
  aims.push({
    aim: `warm build ≤ ${AIMS.warmVsBaseline}× baseline wall time (N=${size.n}, warm vs warm)`,
    target: `≤ ${s1(baselineWarm.wallMs * AIMS.warmVsBaseline)} s`,
    measured: `${s1(oursWarm.wallMs)} s = ${x(warmRatio)} (vs cold baseline: ${x(oursWarm.wallMs / baselineCold.wallMs)})`,
    met: warmRatio <= AIMS.warmVsBaseline,
    ...(warmRatio > AIMS.warmVsBaseline
      ? {
          by: `${((warmRatio / AIMS.warmVsBaseline - 1) * 100).toFixed(0)} % over (needs −${s1(oursWarm.wallMs - baselineWarm.wallMs * AIMS.warmVsBaseline)} s)`,
        }
      : {}),
  });
  aims.push({
    aim: `cold build, PDFs included, ≤ ${AIMS.coldMs / 60_000} min (N=${size.n})`,
    target: `≤ ${s1(AIMS.coldMs)} s`,
    measured: `${s1(oursCold.wallMs)} s${oursCold.phases?.pdf !== undefined ? ` (PDFs ${s1(oursCold.phases.pdf)} s)` : ''}`,
    met: oursCold.wallMs <= AIMS.coldMs,
    ...(oursCold.wallMs > AIMS.coldMs ? { by: `needs −${s1(oursCold.wallMs - AIMS.coldMs)} s` } : {}),
  });
  for (const [label, run] of [
    ['warm', oursWarm],
    ['after one edit', oursEdited],
  ] as const) {
    const startup = run?.phases?.startup;
    if (startup === undefined) continue;
    aims.push({
      aim: `start-up (config, validation, history) ≤ ${AIMS.startupMs / 1000} s, ${label} (N=${size.n})`,
      target: `≤ ${s1(AIMS.startupMs)} s`,
      measured: `${s1(startup)} s`,
      met: startup <= AIMS.startupMs,
      ...(startup > AIMS.startupMs ? { by: `needs −${s1(startup - AIMS.startupMs)} s` } : {}),
    });
  }
  for (const [label, run] of [
    ['warm', oursWarm],
    ['cold', oursCold],
    ['after one edit', oursEdited],
  ] as const) {
    if (!run) continue;
    aims.push({
      aim: `${label} build peak memory < ${AIMS.peakMb} MB (N=${size.n}, PSS summed over node + Chromium + Pagefind)`,
      target: `< ${AIMS.peakMb} MB`,
      measured: `${Math.round(run.peakTreeMb)} MB (RSS sum ${Math.round(run.peakRssSumMb)} MB${run.peakProcessMb ? `, largest process ${Math.round(run.peakProcessMb)} MB` : ''})`,
      met: run.peakTreeMb < AIMS.peakMb,
      ...(run.peakTreeMb >= AIMS.peakMb ? { by: `${Math.round(run.peakTreeMb - AIMS.peakMb)} MB over (${x(run.peakTreeMb / AIMS.peakMb)})` } : {}),
    });
  }
  const swimlanes = oursCold.diagrams?.swimlanes;
  if (swimlanes) {
    // Swimlanes are drawn in TypeScript; the report's graph (a mermaid diagram, at most one) is not an SOP diagram.
    aims.push({
      aim: `cold diagram drawing ≤ ${AIMS.msPerDiagram} ms per SOP swimlane, amortized (N=${size.n})`,
      target: `≤ ${AIMS.msPerDiagram} ms`,
      measured: `${swimlanes.msPerDiagram} ms (${swimlanes.count} swimlanes in ${s1(swimlanes.ms)} s, no browser)`,
      met: swimlanes.msPerDiagram <= AIMS.msPerDiagram,
      ...(swimlanes.msPerDiagram > AIMS.msPerDiagram ? { by: `${x(swimlanes.msPerDiagram / AIMS.msPerDiagram)} the aim` } : {}),
    });
  }
  if (size.dev) {
    aims.push({
      aim: `npm run dev: save one document → its page updated ≤ ${AIMS.devReloadMs / 1000} s (N=${size.n})`,
      target: `≤ ${AIMS.devReloadMs} ms`,
      measured: `${Math.round(size.dev.saveToPageMs)} ms (findings in the terminal after ${Math.round(size.dev.saveToTerminalMs)} ms; an error on the page after ${Math.round(size.dev.errorToBannerMs)} ms)`,
      met: size.dev.saveToPageMs <= AIMS.devReloadMs,
      ...(size.dev.saveToPageMs > AIMS.devReloadMs ? { by: `+${Math.round(size.dev.saveToPageMs - AIMS.devReloadMs)} ms` } : {}),
    });
  }
  const per = oursCold.diagrams?.msPerDiagram;
  if (!swimlanes)
    aims.push({
      aim: `cold diagram rendering < ${AIMS.msPerDiagram} ms per diagram, amortized (N=${size.n})`,
      target: `< ${AIMS.msPerDiagram} ms`,
      measured:
        per === undefined
          ? 'no diagram line in the log'
          : `${per} ms (${oursCold.diagrams!.rendered} rendered, ${oursCold.diagrams!.parallelPages ?? '?'} pages, Chromium start ${oursCold.diagrams!.startupMs ?? '?'} ms, mermaid in page ${oursCold.diagrams!.renderMsInPage ?? '?'} ms each)`,
      met: per !== undefined && per < AIMS.msPerDiagram,
      ...(per !== undefined && per >= AIMS.msPerDiagram ? { by: `${x(per / AIMS.msPerDiagram)} the aim (+${per - AIMS.msPerDiagram} ms per diagram)` } : {}),
    });
  return aims;
}

export function aimsTable(aims: Aim[]): string {
  return table([['aim', 'target', 'measured', 'result'], ...aims.map((a) => [a.aim, a.target, a.measured, a.met ? 'met' : `MISSED: ${a.by}`])]);
}

interface BenchJson {
  version: 1;
  date: string;
  command: string;
  machine: { cpus: number; model: string; totalMemMb: number; loadAverageAtStart: number[]; loadAverageAtEnd: number[]; node: string };
  /** The commit the site code was snapshotted from, and how many files differed from it. */
  code: { commit: string; changedFiles: number };
  seed: number;
  sizes: SizeResult[];
  growth?: Growth;
  aims: Aim[];
  profiles?: Record<string, ProfileSummary>;
}

function compare(prev: BenchJson, now: BenchJson): string {
  const rows = [['N', 'build', 'wall s before', 'wall s now', 'change', 'peak MB before', 'peak MB now']];
  for (const size of now.sizes) {
    const old = prev.sizes.find((s) => s.n === size.n);
    if (!old) continue;
    for (const name of RUNS) {
      const a = old.runs[name];
      const b = size.runs[name];
      if (!a || !b) continue;
      rows.push([
        String(size.n),
        RUN_LABEL[name],
        s1(a.wallMs),
        s1(b.wallMs),
        `${(((b.wallMs - a.wallMs) / a.wallMs) * 100).toFixed(0)} %`,
        String(Math.round(a.peakTreeMb)),
        String(Math.round(b.peakTreeMb)),
      ]);
    }
  }
  return `Compared with ${prev.date}:\n${table(rows)}`;
}

// ---------------------------------------------------------------------------------------------
// Profiles (--profile): where the time of the largest warm builds and the validation goes.

async function profileRuns(
  size: SizeResult,
  work: string,
  projects: { ours: string; baseline: string },
  log: (s: string) => void,
): Promise<Record<string, ProfileSummary>> {
  const dir = path.join(work, `n${size.n}`);
  const content = path.join(dir, 'corpus');
  const out: Record<string, ProfileSummary> = {};
  const targets: Array<[string, string[], string, NodeJS.ProcessEnv]> = [
    [
      'ours, warm',
      OURS_BUILD.slice(1),
      projects.ours,
      { ...process.env, SOP_CONTENT_ROOT: content, SOP_CACHE_DIR: path.join(dir, 'ours-cache'), SOP_OUT_DIR: path.join(dir, 'out-ours') },
    ],
    [
      'baseline, warm',
      [ASTRO, 'build'],
      projects.baseline,
      { ...process.env, BASE_CONTENT_ROOT: content, BASE_CACHE_DIR: path.join(dir, 'baseline-cache'), BASE_OUT_DIR: path.join(dir, 'out-baseline') },
    ],
    ['check', [path.join(PROJECT, 'scripts/check.ts'), '--root', content], PROJECT, process.env],
  ];
  for (const [label, args, cwd, env] of targets) {
    const profDir = path.join(dir, `prof-${label.replace(/\W+/g, '-')}`);
    await rm(profDir, { recursive: true, force: true });
    const m = await measure([NODE, '--cpu-prof', `--cpu-prof-dir=${profDir}`, ...args], { cwd, env, logFile: path.join(profDir + '.log') });
    if (m.code !== 0) {
      log(`  profile of ${label} failed (exit ${m.code})`);
      continue;
    }
    const files = (await readdir(profDir)).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(profDir, f));
    // The main thread's profile is the largest; worker threads write their own.
    const sized = await Promise.all(files.map(async (f) => [f, (await stat(f)).size] as const));
    sized.sort((a, b) => b[1] - a[1]);
    if (!sized.length) continue;
    const summary = await summariseProfile(sized[0]![0], 20);
    out[label] = summary;
    log(`\nProfile, ${label}, N = ${size.n} (${(m.wallMs / 1000).toFixed(1)} s wall with profiling):\n${formatSummary(summary)}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function gitState(): BenchJson['code'] {
  const git = (...a: string[]) => {
    try {
      return execFileSync('git', a, { cwd: PROJECT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  return { commit: git('rev-parse', 'HEAD'), changedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const sizes = (argValue(args, '--sizes') ?? '200,2000')
    .split(',')
    .map(Number)
    .filter((v) => v > 0)
    .sort((a, b) => a - b);
  const seed = Number(argValue(args, '--seed') ?? '1');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const outFile = path.resolve(argValue(args, '--out') ?? path.join(PROJECT, '.cache/bench', `${stamp}.json`));
  const comparePath = argValue(args, '--compare');
  const keep = args.includes('--keep');
  const givenWork = argValue(args, '--work');
  const work = givenWork ? path.resolve(givenWork) : await mkdtemp(path.join(os.tmpdir(), 'sop-bench-'));
  await mkdir(work, { recursive: true });
  const log = (s: string) => console.log(s);
  const loadAverageAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  log(`npm run bench: sizes ${sizes.join(', ')}, seed ${seed}, ${os.cpus().length} CPUs, load average ${loadAverageAtStart.join(' ')}; work dir ${work}`);

  const results: SizeResult[] = [];
  // The code measured is the snapshot taken now, not what the project holds when the run ends.
  const code = gitState();
  try {
    // One snapshot of the site code for every size: edits made in the project meanwhile do not count.
    const projects = { ours: path.join(work, 'ours'), baseline: path.join(work, 'baseline') };
    await rm(projects.ours, { recursive: true, force: true });
    await rm(projects.baseline, { recursive: true, force: true });
    await snapshotOurs(projects.ours);
    await makeBaseline(projects.baseline);
    for (const n of sizes) results.push(await benchSize(n, seed, work, projects, log, !args.includes('--no-dev')));
    const largest = results[results.length - 1]!;
    const growth = results.length > 1 ? growthOf(results[0]!, largest) : undefined;
    const aims = aimsOf(largest);
    const json: BenchJson = {
      version: 1,
      date: new Date().toISOString(),
      command: `npm run bench -- ${args.join(' ')}`.trim(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model ?? '',
        totalMemMb: Math.round(os.totalmem() / 2 ** 20),
        loadAverageAtStart,
        loadAverageAtEnd: [],
        node: process.version,
      },
      code,
      seed,
      sizes: results,
      ...(growth ? { growth } : {}),
      aims,
    };
    if (args.includes('--profile')) json.profiles = await profileRuns(largest, work, projects, log);
    json.machine.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);

    for (const size of results)
      log(`\nN = ${size.n} SOPs + ${size.standards} Standar Pelayanan = ${size.documents} documents (times in s):\n${sizeTable(size)}`);
    if (growth)
      log(
        `\nGrowth from N = ${growth.from} to N = ${growth.to} (per document; k = 1 is linear, k = 2 quadratic; fixed start-up costs make k < 1):\n${growthTable(growth)}`,
      );
    const edited = largest.runs.oursEdited;
    if (edited)
      log(
        `\nHEADLINE, the build a content commit costs (N = ${largest.n}): after one edit ${s1(edited.wallMs)} s = ${x(edited.wallMs / largest.runs.baselineWarm.wallMs)} the baseline's warm build (${s1(largest.runs.baselineWarm.wallMs)} s, same run)`,
      );
    log(`\nAims at N = ${largest.n}:\n${aimsTable(aims)}`);
    log(
      `\nLoad average at start ${loadAverageAtStart.join(' ')}, at end ${json.machine.loadAverageAtEnd.join(' ')} (${os.cpus().length} CPUs): other work on the machine inflates wall times.`,
    );
    if (comparePath) log(`\n${compare(JSON.parse(readFileSync(comparePath, 'utf8')) as BenchJson, json)}`);
    await mkdir(path.dirname(outFile), { recursive: true });
    await writeFile(outFile, `${JSON.stringify(json, null, 2)}\n`);
    log(`\nJSON: ${outFile}`);
  } finally {
    if (!keep && !givenWork) await rm(work, { recursive: true, force: true });
    else log(`work dir kept: ${work}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
