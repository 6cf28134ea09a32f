// npm run impor -- FILE.pdf|FOLDER … [--out DIR] [--timpa]
// Reads signed SOP PDFs (text layer and vector drawing; no OCR, no network) into DIR/content/sop/<id>.mdx
// and adds the units it finds to DIR/content/organisasi.yaml (DIR = this project by default), so that
// `npm run check -- --root DIR` validates them and `SOP_CONTENT_ROOT=DIR npm run build` publishes them.
// Never overwrites an existing document unless --timpa. A PDF it cannot read gets a one-line reason and
// no file; the run goes on. Ends with a per-file summary. Exit code 1 when no PDF could be imported.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../src/domain/model/index.ts';
import { importPdf, type ImportResult } from '../src/node/pdf-import/import-pdf.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const root = path.resolve(outIndex >= 0 ? args[outIndex + 1] ?? '.' : '.');
const overwrite = args.includes('--timpa');
const inputs = args.filter((a, i) => !a.startsWith('--') && !(outIndex >= 0 && i === outIndex + 1));
if (!inputs.length) {
  console.error('pemakaian: npm run impor -- BERKAS.pdf|FOLDER … [--out DIR] [--timpa]');
  process.exit(2);
}

async function pdfsIn(p: string): Promise<string[]> {
  const info = await stat(p).catch(() => undefined);
  if (!info) {
    console.error(`${p}: tidak ada`);
    return [];
  }
  if (info.isFile()) return [p];
  const out: string[] = [];
  for (const name of (await readdir(p)).sort()) {
    const full = path.join(p, name);
    const s = await stat(full);
    if (s.isDirectory()) out.push(...(await pdfsIn(full)));
    else if (/\.pdf$/i.test(name)) out.push(full);
  }
  return out;
}

const files = (await Promise.all(inputs.map(pdfsIn))).flat();
const sopDir = path.join(root, 'content', 'sop');
const orgFile = path.join(root, 'content', 'organisasi.yaml');
await mkdir(sopDir, { recursive: true });
let organisation = await readFile(orgFile, 'utf8').catch(() => '');
const date = new Date().toISOString().slice(0, 10);
const writtenNow = new Set<string>();
// The documents already in the target, checked with each import (a number used twice is an error).
const context: SourceFile[] = [];
for (const collection of ['sop', 'standar-pelayanan']) {
  const folder = path.join(root, 'content', collection);
  for (const name of (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')))
    context.push({ file: `content/${collection}/${name}`, text: await readFile(path.join(folder, name), 'utf8') });
}
// Two PDFs of one run with the same title get -2, -3…; a document already on disk is left alone.
const taken = (id: string) => writtenNow.has(id);
const results: ImportResult[] = [];
const started = performance.now();
const width = String(files.length).length;
for (const [i, file] of files.entries()) {
  const name = path.basename(file);
  let result = await importPdf({ file: name, bytes: new Uint8Array(await readFile(file)), organisation, date, taken, context });
  if (result.ok && !overwrite && existsSync(path.join(sopDir, `${result.id}.mdx`)))
    result = { ok: false, file: name, reason: `content/sop/${result.id}.mdx sudah ada; tidak ditimpa (pakai --timpa untuk menimpa)`, ms: result.summary.ms };
  results.push(result);
  const counter = `[${String(i + 1).padStart(width)}/${files.length}]`;
  if (result.ok) {
    await writeFile(path.join(sopDir, `${result.id}.mdx`), result.mdx);
    writtenNow.add(result.id);
    const rel = `content/sop/${result.id}.mdx`;
    context.splice(0, context.length, ...context.filter((c) => c.file !== rel), { file: rel, text: result.mdx });
    if (result.organisation !== organisation) {
      organisation = result.organisation;
      await writeFile(orgFile, organisation);
    }
    console.log(`${counter} ${name} → content/sop/${result.id}.mdx${result.unitsAdded.length ? ` (unit baru: ${result.unitsAdded.join(' › ')})` : ''}`);
  } else console.log(`${counter} ${name}: tidak diimpor: ${result.reason}`);
}

// Summary, one line a file.
const ok = results.filter((r) => r.ok);
const rows = results.map((r) =>
  r.ok
    ? [r.file, r.id, String(r.summary.steps), `${r.summary.stepsWithActor}/${r.summary.steps}`, String(r.summary.notRead), `${(r.summary.ms / 1000).toFixed(2)} s`]
    : [r.file, '—', '—', '—', '—', `${(r.ms / 1000).toFixed(2)} s`],
);
const head = ['berkas', 'id', 'langkah', 'pelaksana terbaca', 'tak terbaca', 'waktu'];
const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
const line = (cells: string[]) => cells.map((c, k) => (k >= 2 ? c.padStart(widths[k]!) : c.padEnd(widths[k]!))).join('  ');
console.log('\nRingkasan');
console.log(line(head));
for (const r of rows) console.log(line(r));
const seconds = (performance.now() - started) / 1000;
console.log(`\n${ok.length} dari ${results.length} PDF diimpor ke ${path.relative(process.cwd(), sopDir) || '.'} dalam ${seconds.toFixed(1)} s (${(results.length / seconds).toFixed(1)} dokumen/detik); ${results.length - ok.length} tidak terbaca.`);
if (ok.length) console.log(`Periksa: npm run check -- --root ${path.relative(process.cwd(), root) || '.'}`);
process.exitCode = results.length && !ok.length ? 1 : 0;
