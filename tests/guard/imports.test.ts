import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The tree's rule (README, "Struktur proyek"), enforced on every import of the project's own code.
 * Each test names the files that break it, with the offending import.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

interface Import {
  /** The importing file, relative to the project. */
  from: string;
  /** The specifier as written. */
  spec: string;
  /** The imported file relative to the project, for a relative specifier. */
  target?: string;
  /** Only types: erased before anything runs. */
  typeOnly: boolean;
  /** Written in an .astro `<script>`: runs in the reader's browser. */
  browser: boolean;
}

function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|astro)$/.test(f) && statSync(path.join(abs, f)).isFile())
    .map((f) => path.join(dir, f).split(path.sep).join('/'));
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsIn(file: string, text: string, browser: boolean): Import[] {
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[4] ?? m[5] ?? m[6]!;
    const clause = m[3] ?? '';
    const braces = /\{([^}]*)\}/.exec(clause);
    const allTypes = braces !== null && !clause.replace(braces[0], '').replace(/,/g, '').trim() && braces[1]!.split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
    const typeOnly = m[2] !== undefined || allTypes;
    const target = spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : undefined;
    out.push({ from: file, spec, ...(target ? { target } : {}), typeOnly, browser });
  }
  return out;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  if (!file.endsWith('.astro')) return importsIn(file, text, false);
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  return [...importsIn(file, front, false), ...importsIn(file, scripts, true)];
}

const SOURCES = [...filesUnder('src'), ...filesUnder('scripts'), ...filesUnder('tests'), ...filesUnder('tools'), 'astro.config.mjs'];
/** A test beside its component (src/components/search/search-state.test.ts) is a test: the rules of src are for the code. */
const isTest = (file: string) => file.endsWith('.test.ts');
const IMPORTS = SOURCES.flatMap(importsOf).filter((i) => !(isTest(i.from) && i.from.startsWith('src/')));
const under = (file: string, dir: string) => file === dir || file.startsWith(`${dir}/`);
const isPackage = (i: Import) => i.target === undefined && !i.spec.startsWith('virtual:') && !i.spec.startsWith('astro:');
const show = (list: Import[]) => list.map((i) => `${i.from} -> ${i.spec}`);

/** src/domain/<concept>/… -> "<concept>"; files at src/domain's root have none (there are none). */
const domainFolder = (file: string) => /^src\/domain\/([^/]+)\//.exec(file)?.[1];

/** The packages the pure domain may use: schemas, YAML, Markdown parsing, text widths, CSV and chart ticks. */
const DOMAIN_PACKAGES = ['zod', 'yaml', 'satteri', 'string-pixel-width', 'd3-dsv', 'd3-array'];

describe('the tree rule', () => {
  it('src/i18n imports nothing: every other folder may use its words', () => {
    expect(show(IMPORTS.filter((i) => under(i.from, 'src/i18n')))).toEqual([]);
  });

  it('src/domain is pure: it imports the domain, i18n and its few packages, never Node, Astro or the build', () => {
    const bad = IMPORTS.filter((i) => under(i.from, 'src/domain') && !i.typeOnly)
      .filter((i) => (i.target ? !under(i.target, 'src/domain') && !under(i.target, 'src/i18n') : !DOMAIN_PACKAGES.includes(i.spec)));
    expect(show(bad)).toEqual([]);
    const readsEnvironment = filesUnder('src/domain').filter((f) => /\bprocess\.|import\.meta\.env/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(readsEnvironment).toEqual([]);
  });

  it('code outside a domain folder imports it through its index.ts only', () => {
    const bad = IMPORTS.filter((i) => i.target && under(i.target, 'src/domain') && under(i.from, 'src'))
      .filter((i) => domainFolder(i.target!) !== domainFolder(i.from) && !i.target!.endsWith(`src/domain/${domainFolder(i.target!)}/index.ts`));
    expect(show(bad)).toEqual([]);
  });

  it('the domain folders import each other without a cycle', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of IMPORTS) {
      const [a, b] = [domainFolder(i.from), i.target ? domainFolder(i.target) : undefined];
      if (!i.typeOnly && a && b && a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
    const cycles = new Set<string>();
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) return void cycles.add([...trail.slice(trail.indexOf(node)), node].join(" -> "));
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect([...cycles]).toEqual([]);
  });

  it('only src/node/settings.ts reads the environment; the rest of src gets settings from it', () => {
    const readers = filesUnder('src').filter((f) => f !== 'src/node/settings.ts' && /\bprocess\.env\b/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(readers).toEqual([]);
    expect(readFileSync(path.join(ROOT, 'astro.config.mjs'), 'utf8')).not.toMatch(/process\.env/);
  });

  it('src/node (disk, git, Chromium) serves the others and imports no page, component or integration', () => {
    const bad = IMPORTS.filter((i) => under(i.from, 'src/node') && i.target && !['src/node', 'src/domain', 'src/i18n'].some((d) => under(i.target!, d)));
    expect(show(bad)).toEqual([]);
  });

  it('each integration is a folder of its own and reaches no other integration, page or component', () => {
    const featureOf = (f: string) => /^src\/integrations\/([^/]+)\//.exec(f)?.[1];
    const loose = filesUnder('src/integrations').filter((f) => featureOf(f) === undefined);
    expect(loose).toEqual([]);
    const bad = IMPORTS.filter((i) => under(i.from, 'src/integrations') && i.target)
      .filter((i) => (under(i.target!, 'src/integrations') ? featureOf(i.target!) !== featureOf(i.from) : !['src/node', 'src/domain', 'src/i18n'].some((d) => under(i.target!, d))));
    expect(show(bad)).toEqual([]);
  });

  it('pages, layouts and components reach the build only through virtual:sop-portal/build', () => {
    const views = (f: string) => ['src/pages', 'src/layouts', 'src/components'].some((d) => under(f, d));
    const bad = IMPORTS.filter((i) => views(i.from) && i.target && (under(i.target, 'src/node') || under(i.target, 'src/integrations')));
    expect(show(bad)).toEqual([]);
  });

  it("browser code reaches nothing that needs Node or a parser: no package, no schema, no build", () => {
    // Every module a browser script loads, followed through relative imports (types are erased).
    const byFile = new Map<string, Import[]>();
    for (const i of IMPORTS) byFile.set(i.from, [...(byFile.get(i.from) ?? []), i]);
    const entries = IMPORTS.filter((i) => i.browser && !i.typeOnly);
    const seen = new Set<string>();
    const reached: Import[] = [];
    const follow = (i: Import) => {
      reached.push(i);
      if (!i.target || seen.has(i.target)) return;
      seen.add(i.target);
      for (const next of byFile.get(i.target) ?? []) if (!next.typeOnly && !next.browser) follow(next);
    };
    entries.forEach(follow);
    expect(entries.length).toBeGreaterThan(0);
    const bad = reached.filter((i) => isPackage(i) || i.spec.startsWith('virtual:') || (i.target && !['src/domain', 'src/i18n', 'src/components'].some((d) => under(i.target!, d))));
    expect(show(bad)).toEqual([]);
    // The model's schemas (zod) stay on the server: a browser bundle with them grows by tens of kB.
    expect([...seen].filter((f) => under(f, 'src/domain/model'))).toEqual([]);
  });

  it('scripts and tests share helpers through tools/, never through each other', () => {
    const bad = IMPORTS.filter((i) => i.target && ((under(i.from, 'scripts') && under(i.target, 'tests')) || (under(i.from, 'tests') && under(i.target, 'scripts')) || (under(i.from, 'tools') && (under(i.target, 'tests') || under(i.target, 'scripts')))));
    expect(show(bad)).toEqual([]);
  });

  it('src imports nothing from scripts, tests or tools', () => {
    const bad = IMPORTS.filter((i) => under(i.from, 'src') && i.target && ['scripts', 'tests', 'tools'].some((d) => under(i.target!, d)));
    expect(show(bad)).toEqual([]);
  });

  it('reads every relative import it checks', () => {
    const missing = IMPORTS.filter((i) => i.target && !existsSync(path.join(ROOT, i.target)));
    expect(show(missing)).toEqual([]);
    expect(IMPORTS.length).toBeGreaterThan(500);
  });
});
