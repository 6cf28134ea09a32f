// npm run weight -- [distDir] [--json] [--scripts]
// The bytes a reader downloads for each document page, before asking for more: the HTML, its
// stylesheets and the JavaScript it loads at once (static imports followed), raw and gzip.
// --scripts: also each script (with its static imports) and the pages that load it, e.g. the SOP
// viewer (src/components/viewer/, budget 20 KB gzip).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const args = process.argv.slice(2);
const distDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
export const BUDGET_BYTES = 60 * 1024;

interface Weight { route: string; html: number; css: number; js: number; gzip: { html: number; css: number; js: number; total: number } }
/** Each script a page loads at once, by file name: raw and gzip bytes with its static imports. */
const scripts = new Map<string, { raw: number; gzip: number; pages: number }>();

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name === 'index.html') out.push(full);
  }
  return out;
}

const local = (href: string) => path.join(distDir, new URL(href, 'http://x/').pathname);
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** A module and everything it imports statically (dynamic imports load later, on demand). */
async function moduleClosure(file: string, seen = new Set<string>()): Promise<Buffer[]> {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = await readFile(file);
  const out: Buffer[] = [source];
  for (const m of source.toString().matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g))
    if (m[1]!.startsWith('.') || m[1]!.startsWith('/'))
      out.push(...(await moduleClosure(m[1]!.startsWith('/') ? local(m[1]!) : path.resolve(path.dirname(file), m[1]!), seen)));
  return out;
}

async function weigh(file: string): Promise<Weight> {
  const htmlText = await readFile(file, 'utf8');
  const doc = parse(htmlText);
  const css: Buffer[] = [];
  for (const link of doc.querySelectorAll('link[rel=stylesheet]')) css.push(await readFile(local(link.getAttribute('href')!)));
  const js: Buffer[] = [];
  for (const script of doc.querySelectorAll('script[src]')) {
    const src = local(script.getAttribute('src')!);
    const loaded = script.getAttribute('type') === 'module' ? await moduleClosure(src) : [await readFile(src)];
    js.push(...loaded);
    const name = path.basename(src);
    const known = scripts.get(name) ?? { raw: loaded.reduce((n, b) => n + b.length, 0), gzip: loaded.reduce((n, b) => n + gz(b), 0), pages: 0 };
    known.pages++;
    scripts.set(name, known);
  }
  const html = Buffer.byteLength(htmlText);
  const sum = (bs: Buffer[]) => bs.reduce((n, b) => n + b.length, 0);
  const gzip = { html: gz(htmlText), css: css.reduce((n, b) => n + gz(b), 0), js: js.reduce((n, b) => n + gz(b), 0), total: 0 };
  gzip.total = gzip.html + gzip.css + gzip.js;
  return { route: '/' + path.relative(distDir, path.dirname(file)).split(path.sep).join('/') + '/', html, css: sum(css), js: sum(js), gzip };
}

const files = (await htmlFiles(distDir)).filter((f) => /[/\\](sop|standar-pelayanan)[/\\]/.test(f)).sort();
const weights = await Promise.all(files.map(weigh));
if (args.includes('--json')) console.log(JSON.stringify(weights, null, 2));
else {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
  console.log(`${'page'.padEnd(56)}    HTML     CSS      JS   gzip: HTML     CSS      JS   total`);
  for (const w of weights)
    console.log(`${w.route.padEnd(56)} ${kb(w.html)} ${kb(w.css)} ${kb(w.js)}       ${kb(w.gzip.html)} ${kb(w.gzip.css)} ${kb(w.gzip.js)} ${kb(w.gzip.total)}${w.gzip.total > BUDGET_BYTES ? '  over 60 KB' : ''}`);
  console.log('KB; JavaScript counted is what the page loads at once (static imports followed), not what it loads on demand.');
  if (args.includes('--scripts')) {
    console.log(`\n${'script (with its static imports)'.padEnd(64)}     raw    gzip  pages`);
    for (const [name, w] of scripts) console.log(`${name.padEnd(64)} ${kb(w.raw)} ${kb(w.gzip)}  ${String(w.pages).padStart(5)}`);
  }
}
