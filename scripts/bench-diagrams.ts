// node scripts/bench-diagrams.ts [--corpus DIR] [--pages N]
//
// What the build-time swimlanes cost: renders the swimlane of every SOP of a corpus (the project by
// default; for scale, a generated one: npm run generate-corpus -- --n 200 --out DIR) with the
// real renderer (src/node/mermaid/render.ts) into an empty cache, then again in a new process on that cache.
// Prints, per pass, the renderer's own log line and the wall time per diagram. Run it on a quiet
// machine: it measures CPU time, and other builds running alongside inflate it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { swimlaneSource } from '../src/domain/swimlane/index.ts';
import { closeBuildBrowser, formatDiagramStats, renderDiagram, settleDiagrams } from '../src/node/mermaid/render.ts';
import { readCorpus } from '../src/node/read-corpus.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const corpusDir = path.resolve(arg('corpus') ?? process.cwd());

/** CPU seconds used so far by this process and its descendants (Chromium and its renderers), from /proc. */
function treeCpuSeconds(): number {
  const tick = 100; // USER_HZ on Linux
  const stats = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').slice(readFileSync(`/proc/${pid}/stat`, 'utf8').lastIndexOf(')') + 2).split(' ');
      return [{ pid: Number(pid), ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / tick }];
    } catch {
      return [];
    }
  });
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) if (!mine.has(s.pid) && mine.has(s.ppid)) (mine.add(s.pid), (grew = true));
  }
  return stats.filter((s) => mine.has(s.pid)).reduce((n, s) => n + s.cpu, 0);
}

if (arg('phase')) {
  // One pass, in this process: render everything, print one JSON line.
  const corpus = await readCorpus(corpusDir);
  const sources = [...corpus.sops.values()].map((doc) => swimlaneSource(doc.data));
  const cpu0 = treeCpuSeconds();
  const t0 = performance.now();
  const results = await Promise.all(sources.map((s) => renderDiagram(s)));
  const wallMs = performance.now() - t0;
  const cpuS = treeCpuSeconds() - cpu0; // before closing: the renderers are still alive
  const stats = await settleDiagrams();
  await closeBuildBrowser();
  console.log(JSON.stringify({ n: sources.length, wallMs, cpuS, svgBytes: results.reduce((n, r) => n + (r.svg?.length ?? 0), 0), line: formatDiagramStats(stats) }));
} else {
  const cache = await mkdtemp(path.join(tmpdir(), 'sop-bench-diagrams-'));
  const env = { ...process.env, SOP_CACHE_DIR: cache, ...(arg('pages') ? { SOP_DIAGRAM_PAGES: arg('pages')! } : {}) };
  console.log(`corpus ${corpusDir}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const phase of ['cold', 'warm']) {
    const run = spawnSync(process.execPath, [import.meta.filename, '--phase', phase, '--corpus', corpusDir], { env, encoding: 'utf8' });
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    if (run.status !== 0 || !last.startsWith('{')) throw new Error(`${phase} pass failed:\n${run.stdout}\n${run.stderr}`);
    const r = JSON.parse(last) as { n: number; wallMs: number; cpuS: number; svgBytes: number; line: string };
    console.log(
      `${phase}: ${r.n} diagram dalam ${Math.round(r.wallMs)} ms = ${Math.round(r.wallMs / r.n)} ms per diagram; ` +
        `CPU ${r.cpuS.toFixed(1)} s (Node + Chromium, termasuk memulai) = ${Math.round((r.cpuS * 1000) / r.n)} ms CPU per diagram; SVG rata-rata ${Math.round(r.svgBytes / r.n / 1024)} kB`,
    );
    console.log(`  ${r.line}`);
  }
  await rm(cache, { recursive: true });
}
