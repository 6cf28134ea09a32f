// npm run impor -- FILE.pdf|FOLDER … [--out DIR] [--timpa]
// Reads signed SOP PDFs (text layer and vector drawing; no OCR, no network) into DIR/content/sop/<id>.mdx
// and adds the units it finds to DIR/content/organisasi.yaml (DIR = this project by default), so that
// `npm run check -- --root DIR` validates them and `SOP_CONTENT_ROOT=DIR npm run build` publishes them.
// Never overwrites an existing document unless --timpa. A PDF it cannot read gets a one-line reason and
// no file; the run goes on. Ends with a per-file summary (values read from the drawing, values not
// read) and the refusals grouped by reason.
// Exit code: 2 when an argument is wrong (nothing imported); 1 when no PDF could be imported or part
// of an input folder could not be read; 0 otherwise.
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../src/domain/model/index.ts';
import { REFUSAL_KINDS, type RefusalKind } from '../src/domain/import/index.ts';
import { importPdf, type ImportResult } from '../src/node/pdf-import/import-pdf.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const root = path.resolve(outIndex >= 0 ? args[outIndex + 1] ?? '.' : '.');
const overwrite = args.includes('--timpa');
const inputs = args.filter((a, i) => !a.startsWith('--') && !(outIndex >= 0 && i === outIndex + 1));

/** A problem with an argument or a path: one line, `path  error  code  message`, as the check prints findings. */
const problem = (where: string, code: string, message: string) => console.error(`${where}  error  ${code}  ${message}`);
const errno = (e: unknown) => (e as NodeJS.ErrnoException).code ?? '';
const crashLog = path.resolve('.cache', 'impor-galat.log');

// Whatever else goes wrong (a disk that refuses a write): one line for the author, the stack in the log.
process.on('uncaughtException', (e) => {
  try {
    mkdirSync(path.dirname(crashLog), { recursive: true });
    appendFileSync(crashLog, `${new Date().toISOString()} impor\n${e.stack ?? String(e)}\n\n`);
  } catch {
    // The log cannot be written either: the line below still says what happened.
  }
  console.error(`impor  error  impor-galat  ${e.message.split('\n')[0]}; proses berhenti (rincian: ${path.relative(process.cwd(), crashLog)})`);
  process.exit(1);
});

if (!inputs.length) {
  console.error('pemakaian: npm run impor -- BERKAS.pdf|FOLDER … [--out DIR] [--timpa]');
  process.exit(2);
}
{
  // Arguments first: a typo in a path imports nothing rather than part of a folder.
  let wrong = false;
  const out = await stat(root).catch((e: unknown) => errno(e));
  const where = path.relative(process.cwd(), root) || root;
  if (typeof out === 'object' && !out.isDirectory()) {
    problem(where, 'impor-keluaran', '--out menunjuk sebuah berkas, bukan folder; pilih folder tujuan (boleh belum ada)');
    wrong = true;
  } else if (typeof out === 'string' && out !== 'ENOENT') {
    problem(where, 'impor-keluaran', `--out tidak bisa dipakai sebagai folder (${out}); pilih folder tujuan`);
    wrong = true;
  }
  for (const input of inputs)
    if (!(await stat(input).catch(() => undefined))) {
      problem(input, 'impor-masukan', 'berkas atau folder ini tidak ada; tidak ada yang diimpor');
      wrong = true;
    }
  if (wrong) process.exit(2);
}

/** Parts of the input that could not be read (a symlink loop, a broken link, a locked folder). */
let unreadable = 0;
/** Folders already walked, by real path: each is read once, whatever links lead to it. */
const walked = new Set<string>();

async function pdfsIn(p: string, ancestors: readonly string[] = []): Promise<string[]> {
  const info = await stat(p).catch((e: unknown) => {
    problem(p, 'impor-masukan', errno(e) === 'ENOENT' ? 'tautan simbolik ke berkas yang tidak ada; dilewati' : errno(e) === 'ELOOP' ? 'tautan simbolik yang berputar; dilewati' : `tidak terbaca (${errno(e) || 'galat'}); dilewati`);
    unreadable++;
    return undefined;
  });
  if (!info) return [];
  if (info.isFile()) return [p];
  if (!info.isDirectory()) return [];
  const real = await realpath(p);
  if (ancestors.includes(real)) {
    problem(p, 'impor-masukan', 'tautan simbolik yang berputar ke folder di atasnya; dilewati (isinya sudah dibaca sekali)');
    unreadable++;
    return [];
  }
  if (walked.has(real)) {
    console.log(`${p}: folder yang sama sudah dibaca lewat jalur lain; dilewati`);
    return [];
  }
  walked.add(real);
  let names: string[];
  try {
    names = (await readdir(p)).sort();
  } catch (e) {
    problem(p, 'impor-masukan', `folder tidak terbaca (${errno(e) || 'galat'}); dilewati`);
    unreadable++;
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    const full = path.join(p, name);
    const s = await stat(full).catch(() => undefined);
    if (!s || s.isDirectory()) out.push(...(await pdfsIn(full, [...ancestors, real])));
    else if (/\.pdf$/i.test(name)) out.push(full);
  }
  return out;
}

const files: string[] = [];
for (const input of inputs) files.push(...(await pdfsIn(input)));
if (!files.length) console.error(`tidak ada PDF di ${inputs.join(', ')}`);
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
/** What the summary needs of each file; the documents themselves are on disk, not kept in memory. */
type Row = { file: string; ok: true; id: string; summary: Extract<ImportResult, { ok: true }>['summary'] } | { file: string; ok: false; kind: RefusalKind; reason: string; ms: number };
const rows: Row[] = [];
let crashes = 0;
const started = performance.now();
const width = String(files.length).length;
for (const [i, file] of files.entries()) {
  const name = path.basename(file);
  let result = await importPdf({ file: name, bytes: new Uint8Array(await readFile(file)), organisation, date, taken, context });
  if (result.ok && !overwrite && existsSync(path.join(sopDir, `${result.id}.mdx`)))
    result = { ok: false, file: name, kind: 'sudah-ada', reason: `content/sop/${result.id}.mdx sudah ada; tidak ditimpa (pakai --timpa untuk menimpa)`, ms: result.summary.ms };
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
    rows.push({ file: name, ok: true, id: result.id, summary: result.summary });
    console.log(`${counter} ${name} → content/sop/${result.id}.mdx${result.unitsAdded.length ? ` (unit baru: ${result.unitsAdded.join(' › ')})` : ''}`);
  } else {
    if (result.detail) {
      await mkdir(path.dirname(crashLog), { recursive: true });
      await appendFile(crashLog, `${new Date().toISOString()} ${file}\n${result.detail}\n\n`);
      crashes++;
    }
    rows.push({ file: name, ok: false, kind: result.kind, reason: result.reason, ms: result.ms });
    console.log(`${counter} ${name}: tidak diimpor: ${result.reason}`);
  }
}

// Summary, one line a file: what was read from the drawing (marked "dugaan"), what was not read.
const table = rows.map((r) =>
  r.ok
    ? [r.file, r.id, String(r.summary.steps), `${r.summary.stepsWithActor}/${r.summary.steps}`, String(r.summary.fromDrawing), String(r.summary.notRead), `${(r.summary.ms / 1000).toFixed(2)} s`]
    : [r.file, '—', '—', '—', '—', '—', `${(r.ms / 1000).toFixed(2)} s`],
);
const head = ['berkas', 'id', 'langkah', 'pelaksana terbaca', 'dari bagan', 'tak terbaca', 'waktu'];
const widths = head.map((h, k) => Math.max(h.length, ...table.map((r) => r[k]!.length)));
const line = (cells: string[]) => cells.map((c, k) => (k >= 2 ? c.padStart(widths[k]!) : c.padEnd(widths[k]!))).join('  ');
console.log('\nRingkasan');
console.log(line(head));
for (const r of table) console.log(line(r));

const ok = rows.filter((r) => r.ok);
const refused = rows.filter((r): r is Extract<Row, { ok: false }> => !r.ok);
if (refused.length) {
  // Refusals by reason, the most frequent first: what an agency must do about each group.
  console.log(`\nTidak diimpor: ${refused.length} dari ${rows.length} PDF`);
  const byKind = Map.groupBy(refused, (r) => r.kind);
  for (const [kind, group] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
    const names = group.map((r) => r.file);
    console.log(`  ${REFUSAL_KINDS[kind]}: ${group.length} — ${names.slice(0, 10).join(', ')}${names.length > 10 ? `, dan ${names.length - 10} lainnya` : ''}`);
  }
  if (crashes) console.log(`  Rincian galat pengimpor: ${path.relative(process.cwd(), crashLog)}`);
}
const toCheck = ok.filter((r) => r.ok && r.summary.notRead > 0).length;
const seconds = (performance.now() - started) / 1000;
console.log(`\n${ok.length} dari ${rows.length} PDF diimpor ke ${path.relative(process.cwd(), sopDir) || '.'} dalam ${seconds.toFixed(1)} s (${(rows.length / seconds).toFixed(1)} dokumen/detik); ${refused.length} tidak diimpor.`);
if (toCheck) console.log(`${toCheck} dokumen punya nilai yang tidak terbaca (kolom "tak terbaca"): periksa dengan PDF aslinya.`);
if (ok.length) console.log(`Periksa: npm run check -- --root ${path.relative(process.cwd(), root) || '.'}`);
if (unreadable) console.log(`${unreadable} bagian masukan tidak terbaca (lihat baris "error" di atas).`);
process.exitCode = !ok.length || unreadable ? 1 : 0;
