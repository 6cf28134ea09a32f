// npm run bench:impor [-- --n 60] [--rounds 3] [FOLDER]
// Import speed in documents per second, against a baseline measured in the same run on the same
// files: plain pdfjs text extraction (getTextContent of every page, nothing else). Without FOLDER the
// documents are generated fixture PDFs (tools/sop-pdf.ts: every trait set, in turn).
// Each round times, document by document, the baseline and the full import (read text and drawing,
// recognise, validate); the median round is reported. JSON to .cache/bench/impor-<date>.json.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { importPdf } from '../src/node/pdf-import/import-pdf.ts';
import { extractTextOnly } from '../src/node/pdf-import/read-pdf.ts';
import { TRAIT_SET, makeSopPdf } from '../tools/sop-pdf.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const n = opt('--n', 60);
const rounds = opt('--rounds', 3);
const folder = args.find((a, i) => !a.startsWith('--') && !['--n', '--rounds'].includes(args[i - 1] ?? ''));

const docs: { name: string; bytes: Uint8Array }[] = [];
if (folder) {
  for (const name of (await readdir(folder)).filter((f) => /\.pdf$/i.test(f)).sort()) docs.push({ name, bytes: new Uint8Array(await readFile(path.join(folder, name))) });
} else {
  for (let i = 0; i < n; i++) {
    const f = TRAIT_SET[i % TRAIT_SET.length]!;
    docs.push({ name: `${f.name}-${i + 1}.pdf`, bytes: await makeSopPdf({ ...f.sop, nama: `${f.sop.nama} ${i + 1}` }, f.traits) });
  }
}
const organisation = await readFile('content/organisasi.yaml', 'utf8').catch(() => '');

// One warm-up pass of each, so that module loading and JIT do not count against either side.
await extractTextOnly(docs[0]!.bytes);
await importPdf({ file: docs[0]!.name, bytes: docs[0]!.bytes, organisation, date: '2026-01-01' });

const results: { baseline: number; ours: number }[] = [];
let imported = 0;
for (let r = 0; r < rounds; r++) {
  // Document by document, the baseline then the import: both see the same load on a shared machine.
  let baseline = 0, ours = 0;
  imported = 0;
  for (const d of docs) {
    let t = performance.now();
    await extractTextOnly(d.bytes);
    baseline += performance.now() - t;
    t = performance.now();
    const res = await importPdf({ file: d.name, bytes: d.bytes, organisation, date: '2026-01-01' });
    ours += performance.now() - t;
    if (res.ok) imported++;
  }
  results.push({ baseline: baseline / 1000, ours: ours / 1000 });
  console.error(`round ${r + 1}/${rounds}: baseline ${(baseline / 1000).toFixed(2)} s, import ${(ours / 1000).toFixed(2)} s`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const baseline = median(results.map((r) => r.baseline));
const ours = median(results.map((r) => r.ours));
// Each round's two runs ran back to back under the same load: their ratio is steadier than the times.
const ratio = median(results.map((r) => r.ours / r.baseline));
const rate = (s: number) => docs.length / s;
console.log(`\n${docs.length} PDF (${folder ? folder : 'fixture PDFs, every trait set'}), ${imported} imported; median of ${rounds} rounds; ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}`);
console.log(`baseline (pdfjs text extraction only): ${rate(baseline).toFixed(1)} documents/s`);
console.log(`npm run impor (text + drawing + recognition + validation): ${rate(ours).toFixed(1)} documents/s; time per document ${ratio.toFixed(2)}× the baseline's (median of the rounds' ratios)`);
await mkdir('.cache/bench', { recursive: true });
const out = `.cache/bench/impor-${new Date().toISOString().slice(0, 10)}.json`;
await writeFile(out, JSON.stringify({ documents: docs.length, imported, rounds: results, baselineDocsPerSecond: rate(baseline), importDocsPerSecond: rate(ours), ratio, cpus: os.cpus().length, load: os.loadavg()[0] }, null, 2));
console.log(`JSON: ${out}`);
