// node scripts/profile-summary.ts FILE.cpuprofile... [--top 25]
//
// Where the time of a `node --cpu-prof` run went: the functions with the most self time, and the
// self time per source (our src/, astro, vite/rolldown, mdx, zod, yaml, node internals, GC, …).
// Used by `npm run bench -- --profile`; also handy on its own.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  top: Array<{ name: string; where: string; selfMs: number; share: number }>;
  bySource: Array<{ source: string; selfMs: number; share: number }>;
}

/** The package or part of the program a script URL belongs to. */
export function sourceOf(url: string, name: string): string {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(idle)') return 'idle (waiting: I/O, child processes)';
  if (name === '(program)') return 'native (V8, rolldown/esbuild, libuv)';
  if (!url) return 'native (V8, rolldown/esbuild, libuv)';
  if (url.startsWith('node:')) return 'node internals';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) {
    const pkg = m[1]!;
    if (pkg === 'astro' || pkg.startsWith('@astrojs/')) return pkg === 'astro' ? 'astro' : pkg;
    if (/^(vite|rolldown|@rolldown|esbuild)/.test(pkg)) return 'vite/rolldown';
    if (/^(@mdx-js|micromark|mdast|hast|unified|remark|rehype|unist|vfile|estree|acorn|recma|property-information|shiki|@shikijs)/.test(pkg)) return 'mdx/markdown pipeline';
    return pkg;
  }
  if (/\/src\//.test(url)) return `our src/${url.split('/src/')[1]!.split('/')[0]}`;
  if (/\/dist\/.*chunks|\.prerender|\/\.astro\//.test(url)) return 'built site code (pages, components)';
  return path.basename(url);
}

export async function summariseProfile(file: string, topN = 25): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const totalUs = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, { name: string; where: string; us: number }>();
  const src = new Map<string, number>();
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id)!;
    const name = callFrame.functionName || '(anonymous)';
    const short = callFrame.url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace(/^.*\/main\//, '');
    const where = callFrame.url ? `${short}:${callFrame.lineNumber + 1}` : '';
    const key = `${name} ${where}`;
    const entry = fn.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    fn.set(key, entry);
    const source = sourceOf(callFrame.url, name);
    src.set(source, (src.get(source) ?? 0) + us);
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  const share = (us: number) => Math.round((us / totalUs) * 1000) / 10;
  return {
    file,
    totalMs: ms(totalUs),
    top: [...fn.values()].sort((a, b) => b.us - a.us).slice(0, topN).map((e) => ({ name: e.name, where: e.where, selfMs: ms(e.us), share: share(e.us) })),
    bySource: [...src.entries()].sort((a, b) => b[1] - a[1]).map(([source, us]) => ({ source, selfMs: ms(us), share: share(us) })),
  };
}

export function formatSummary(s: ProfileSummary, sources = 12): string {
  const lines = [`${path.basename(s.file)}: ${(s.totalMs / 1000).toFixed(1)} s sampled`, '  self time by source:'];
  for (const e of s.bySource.slice(0, sources)) lines.push(`    ${e.share.toFixed(1).padStart(5)} %  ${(e.selfMs / 1000).toFixed(2).padStart(7)} s  ${e.source}`);
  lines.push('  top functions by self time:');
  for (const e of s.top) lines.push(`    ${e.share.toFixed(1).padStart(5)} %  ${(e.selfMs / 1000).toFixed(2).padStart(7)} s  ${e.name}  ${e.where}`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const topIndex = args.indexOf('--top');
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
  const files = args.filter((a, i) => a !== '--top' && i !== topIndex + 1);
  for (const f of files) console.log(formatSummary(await summariseProfile(f, top)));
}
