// npm run bench:search [-- --sizes 200,2000] [--seed 1] [--queries 15] [--out FILE.json] [--keep]
//
// Search cost at scale: for each size N, generates a corpus (scripts/generate-corpus.ts), builds it
// with the real site code without rendering diagrams (SOP_NO_BROWSER=1), and reports the Pagefind
// index time (parsed from the build log, "N halaman diindeks dalam X ms"), the size of the built
// pagefind/ directory (bytes and files), and the time from typing to the first result on /cari/ in
// headless Chromium: median and p90 over queries drawn from the generated vocabulary (single words,
// two words, SOP sequence numbers such as "1625.1", role names). Latency is measured in the page:
// from the `input` event of the box to the first `#search-results li` (a MutationObserver), so it
// includes the page's typing pause (TYPING_PAUSE_MS); latency minus the debounce is reported too. One fresh page per
// size; the first query is a warm-up and is not counted. Aim (issue 30): first result p50 ≤ 100 ms at 2000.
// Writes JSON to .cache/bench/search-<date>.json. Work dirs are under .cache/bench-search/.
import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { generateCorpus, mulberry32, writeCorpus, type GeneratedCorpus } from '../tools/corpus-generator.ts';
import { serveStatic } from '../tools/static-server.ts';
import { launchChromium } from '../tools/chromium.ts';
import { TYPING_PAUSE_MS } from '../src/components/search/search.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEBOUNCE_MS = TYPING_PAUSE_MS;
const AIM_MS = 100;
const AIM_N = 2000;
const QUERY_TIMEOUT_MS = 10_000;

interface QueryResult {
  query: string;
  kind: string;
  /** input event -> first result <li>, debounce included; null when no result appeared. */
  ms: number | null;
  /** performance.now() before fill() -> first result. */
  fromFillMs: number | null;
  results: number;
}

interface SizeResult {
  n: number;
  documents: number;
  pagesIndexed: number | null;
  indexMs: number | null;
  buildMs: number;
  indexBytes: number;
  indexFiles: number;
  warmup: QueryResult;
  queries: QueryResult[];
  latency: { median: number | null; p90: number | null; min: number | null; max: number | null; missed: number };
  latencyMinusDebounce: { median: number | null; p90: number | null };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function quantile(values: number[], q: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return Math.round((s[lo]! + (s[hi]! - s[lo]!) * (pos - lo)) * 10) / 10;
}

// ---------------------------------------------------------------------------------------------
// Queries from the generated vocabulary (deterministic from the seed).

const STOP = new Set(['dan', 'atau', 'yang', 'untuk', 'dalam', 'pada', 'dengan', 'serta', 'dari', 'oleh', 'tentang']);

export function pickQueries(corpus: GeneratedCorpus, count: number, seed: number): Array<{ query: string; kind: string }> {
  const rand = mulberry32(seed * 7919 + 17);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const titles: string[] = [];
  const numbers: string[] = [];
  const roles = new Set<string>();
  for (const file of corpus.files) {
    if (!file.path.startsWith('content/sop/')) continue;
    const fm = parse(file.text.split('\n---\n')[0]!.replace(/^---\n/, '')) as {
      nama?: string;
      nomor?: string;
      pelaksana?: Array<{ nama: string }>;
    };
    if (fm.nama) titles.push(fm.nama);
    // "061/ 1625.1 /DISKOPUKM" -> "1625.1"; dotted sequences first, as the brief's example.
    const seq = fm.nomor?.split('/')[1]?.trim();
    if (seq && /\d/.test(seq)) numbers.push(seq);
    for (const p of fm.pelaksana ?? []) roles.add(p.nama);
  }
  const words = [...new Set(titles.flatMap((t) => t.split(/\s+/)).filter((w) => w.length >= 5 && !STOP.has(w.toLowerCase())))];
  const pairs = [
    ...new Set(
      titles.flatMap((t) => {
        const ws = t.split(/\s+/);
        return ws
          .slice(1)
          .map((w, i) => `${ws[i]} ${w}`)
          .filter((p) => !p.split(' ').some((w) => STOP.has(w.toLowerCase())));
      }),
    ),
  ];
  const dotted = numbers.filter((x) => x.includes('.'));
  const roleList = [...roles];
  // Kinds in rotation: 5 single words, 4 two words, 3 numbers, 3 roles for 15 (plus one warm-up).
  const plan = ['word', 'pair', 'number', 'role', 'word', 'pair', 'word', 'number', 'role', 'pair', 'word', 'number', 'role', 'pair', 'word'];
  const out: Array<{ query: string; kind: string }> = [{ query: pick(words).toLowerCase(), kind: 'warm-up' }];
  const used = new Set(out.map((x) => x.query));
  for (let i = 0; out.length < count + 1 && i < count * 20; i++) {
    const kind = plan[(out.length - 1) % plan.length]!;
    const source = kind === 'word' ? words : kind === 'pair' ? pairs : kind === 'number' ? (dotted.length ? dotted : numbers) : roleList;
    if (!source.length) continue;
    const q = kind === 'word' || kind === 'pair' ? pick(source).toLowerCase() : pick(source);
    if (used.has(q)) continue;
    used.add(q);
    out.push({ query: q, kind });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Build and index size.

function build(dir: string): Promise<{ ms: number; log: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT,
    env: {
      ...process.env,
      SOP_NO_BROWSER: '1',
      SOP_CONTENT_ROOT: dir,
      SOP_OUT_DIR: path.join(dir, 'dist'),
      SOP_CACHE_DIR: path.join(dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d));
  child.stderr.on('data', (d: Buffer) => (log += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`astro build exited ${code}:\n${log.slice(-4000)}`));
      else resolve({ ms: Math.round(performance.now() - started), log });
    });
  });
}

async function dirSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = await dirSize(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += (await stat(p)).size;
      files++;
    }
  }
  return { bytes, files };
}

// ---------------------------------------------------------------------------------------------
// Latency in the browser.

async function measureQueries(dist: string, queries: Array<{ query: string; kind: string }>): Promise<QueryResult[]> {
  const { url, server } = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/cari/`);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('Ketik kata kunci'), null, { timeout: 60_000 });
    const out: QueryResult[] = [];
    for (const { query, kind } of queries) {
      // Clear the box and wait for the list to empty (the page clears it after its debounce).
      await page.locator('#q').fill('');
      await page.waitForFunction(
        () =>
          document.querySelectorAll('#search-results li').length === 0 && document.getElementById('search-status')?.textContent?.includes('Ketik kata kunci'),
        null,
        { timeout: QUERY_TIMEOUT_MS },
      );
      await page.evaluate(() => {
        const w = window as unknown as { __bench: { fill: number; input: number | null; first: number | null; count: number } };
        const input = document.getElementById('q')!;
        const list = document.getElementById('search-results')!;
        w.__bench = { fill: performance.now(), input: null, first: null, count: 0 };
        input.addEventListener('input', () => (w.__bench.input ??= performance.now()), { once: true, capture: true });
        const observer = new MutationObserver(() => {
          const n = list.querySelectorAll('li').length;
          if (n > 0 && w.__bench.first === null) {
            w.__bench.first = performance.now();
            w.__bench.count = n;
            observer.disconnect();
          }
        });
        observer.observe(list, { childList: true, subtree: true });
      });
      // fill() sets the value and fires `input` itself (the event the page listens to); a second
      // dispatched `input` would only restart the debounce, so none is added.
      await page.locator('#q').fill(query);
      const ok = await page
        .waitForFunction(() => (window as unknown as { __bench: { first: number | null } }).__bench.first !== null, null, { timeout: QUERY_TIMEOUT_MS })
        .then(
          () => true,
          () => false,
        );
      const b = await page.evaluate(
        () => (window as unknown as { __bench: { fill: number; input: number | null; first: number | null; count: number } }).__bench,
      );
      const round = (x: number) => Math.round(x * 10) / 10;
      out.push({
        query,
        kind,
        ms: ok && b.input !== null && b.first !== null ? round(b.first - b.input) : null,
        fromFillMs: ok && b.first !== null ? round(b.first - b.fill) : null,
        results: b.count,
      });
    }
    await page.close();
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function benchSize(n: number, seed: number, queryCount: number, work: string, log: (s: string) => void): Promise<SizeResult> {
  const dir = path.join(work, `n${n}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const corpus = generateCorpus({ n, seed });
  await writeCorpus(dir, corpus);
  const documents = corpus.summary.sops + corpus.summary.standards;
  log(`N=${n}: ${corpus.summary.sops} SOP + ${corpus.summary.standards} Standar Pelayanan -> ${dir}; building…`);
  const built = await build(dir);
  const m = /(\d+) halaman diindeks dalam (\d+) ms/.exec(built.log);
  const size = await dirSize(path.join(dir, 'dist', 'pagefind'));
  log(
    `N=${n}: build ${(built.ms / 1000).toFixed(1)} s, Pagefind ${m ? `${m[2]} ms for ${m[1]} pages` : '(log line not found)'}, index ${size.bytes} B in ${size.files} files; querying…`,
  );
  const queries = pickQueries(corpus, queryCount, seed);
  const measured = await measureQueries(path.join(dir, 'dist'), queries);
  const [warmup, ...rest] = measured;
  const times = rest.map((r) => r.ms).filter((x): x is number => x !== null);
  const minus = times.map((t) => t - DEBOUNCE_MS);
  return {
    n,
    documents,
    pagesIndexed: m ? Number(m[1]) : null,
    indexMs: m ? Number(m[2]) : null,
    buildMs: built.ms,
    indexBytes: size.bytes,
    indexFiles: size.files,
    warmup: warmup!,
    queries: rest,
    latency: {
      median: quantile(times, 0.5),
      p90: quantile(times, 0.9),
      min: times.length ? Math.min(...times) : null,
      max: times.length ? Math.max(...times) : null,
      missed: rest.length - times.length,
    },
    latencyMinusDebounce: { median: quantile(minus, 0.5), p90: quantile(minus, 0.9) },
  };
}

function fmtBytes(b: number): string {
  return b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MiB` : `${(b / 1024).toFixed(1)} KiB`;
}

function report(results: SizeResult[], sizes: number[]): string[] {
  const lines: string[] = [];
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(6) : c.padStart(14))).join(' ');
  lines.push(row(['N', 'docs', 'index ms', 'index size', 'index files', 'first ms p50', 'first ms p90', '−debounce p50', '−debounce p90', 'missed']));
  for (const r of results)
    lines.push(
      row([
        String(r.n),
        String(r.documents),
        String(r.indexMs ?? '?'),
        fmtBytes(r.indexBytes),
        String(r.indexFiles),
        String(r.latency.median ?? '–'),
        String(r.latency.p90 ?? '–'),
        String(r.latencyMinusDebounce.median ?? '–'),
        String(r.latencyMinusDebounce.p90 ?? '–'),
        `${r.latency.missed}/${r.queries.length}`,
      ]),
    );
  lines.push(`(first ms: from the input event to the first result, the page's ${DEBOUNCE_MS} ms debounce included)`);
  const target = results.find((r) => r.n === AIM_N);
  if (!target) lines.push(`Aim (first result p50 ≤ ${AIM_MS} ms at ${AIM_N}): not measured (sizes ${sizes.join(', ')}).`);
  else if (target.latency.median === null) lines.push(`Aim (first result p50 ≤ ${AIM_MS} ms at ${AIM_N}): no query returned a result.`);
  else {
    const med = target.latency.median;
    const p90 = target.latency.p90!;
    lines.push(
      `Aim (first result p50 ≤ ${AIM_MS} ms at ${AIM_N}): median ${med} ms ${med <= AIM_MS ? `MET by ${(AIM_MS - med).toFixed(1)} ms` : `MISSED by ${(med - AIM_MS).toFixed(1)} ms`}; ` +
        `p90 ${p90} ms ${p90 <= AIM_MS ? `met by ${(AIM_MS - p90).toFixed(1)} ms` : `missed by ${(p90 - AIM_MS).toFixed(1)} ms`}.`,
    );
  }
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const sizes = (argValue(args, '--sizes') ?? '200,2000')
    .split(',')
    .map(Number)
    .filter((v) => v > 0)
    .sort((a, b) => a - b);
  const seed = Number(argValue(args, '--seed') ?? '1');
  const queryCount = Number(argValue(args, '--queries') ?? '15');
  const stamp = new Date().toISOString().replace(/[:]/g, '-').replace(/\..*/, '');
  const outFile = path.resolve(argValue(args, '--out') ?? path.join(PROJECT, '.cache/bench', `search-${stamp}.json`));
  const work = path.join(PROJECT, '.cache/bench-search');
  const log = (s: string) => console.log(`[bench:search] ${s}`);
  log(
    `sizes ${sizes.join(', ')}, seed ${seed}, ${queryCount} queries + 1 warm-up, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const results: SizeResult[] = [];
  for (const n of sizes) {
    const r = await benchSize(n, seed, queryCount, work, log);
    results.push(r);
    for (const q of [r.warmup, ...r.queries])
      log(`  N=${n} ${q.kind.padEnd(7)} ${JSON.stringify(q.query).padEnd(50)} ${q.ms === null ? 'no result' : `${q.ms} ms (${q.results} shown)`}`);
    if (!args.includes('--keep')) await rm(path.join(work, `n${n}`), { recursive: true, force: true });
  }
  const lines = report(results, sizes);
  console.log(`\n${lines.join('\n')}`);
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(
    outFile,
    `${JSON.stringify({ date: new Date().toISOString(), seed, cpus: os.cpus().length, loadAverageAtEnd: os.loadavg(), debounceMs: DEBOUNCE_MS, aim: { ms: AIM_MS, n: AIM_N }, sizes: results }, null, 2)}\n`,
  );
  log(`JSON -> ${path.relative(PROJECT, outFile)}`);
}
