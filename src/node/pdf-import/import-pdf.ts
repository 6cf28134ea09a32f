/**
 * One PDF → one SOP document: read the pages, recognise the SOP, place its unit in the organisation
 * file, write the frontmatter, and check the result with the project's own validation. When values
 * inferred from the arrows make the flow invalid (a misread arrow), they are dropped with a note; a
 * document that still has errors is not written, and the reason says why.
 */
import { stringify } from 'yaml';
import { ORGANISATION_FILE, parseCorpus, type SourceFile } from '../../domain/model/index.ts';
import type { Finding } from '../../domain/findings/index.ts';
import { placeUnit, recognise, slug, sopTitle, toFrontmatter, type Frontmatter, type PageModel, type RecognisedSop, type RefusalKind } from '../../domain/import/index.ts';
import { normaliseNumber } from '../../domain/references/index.ts';
import { checkCorpus } from '../../domain/validate/index.ts';
import { readPdf } from './read-pdf.ts';

export interface ImportInput {
  /** The PDF's file name (for `impor.berkas` and messages). */
  file: string;
  bytes: Uint8Array;
  /** content/organisasi.yaml of the target root as it is now ('' when there is none). */
  organisation: string;
  /** ISO date of the import. */
  date: string;
  /** Ids already taken in the target (not to be overwritten). */
  taken?: (id: string) => boolean;
  /** The target's other documents, so that what concerns several (a number used twice) is checked too. */
  context?: readonly SourceFile[];
}

export interface ImportSummary {
  steps: number;
  /** Steps whose actor was recovered from the drawing. */
  stepsWithActor: number;
  actors: number;
  /** Values read from the drawing (every `dugaan` entry of every step). */
  fromDrawing: number;
  /** Values that could not be read (the `impor.catatan` lines). */
  notRead: number;
  ms: number;
}

export type ImportResult =
  | { ok: true; file: string; id: string; mdx: string; organisation: string; unitsAdded: string[]; frontmatter: Frontmatter; summary: ImportSummary }
  | { ok: false; file: string; kind: RefusalKind; reason: string; ms: number; /** A crash's stack, for the log file. */ detail?: string };

export async function importPdf(input: ImportInput): Promise<ImportResult> {
  const started = performance.now();
  let pages: PageModel[];
  try {
    pages = (await readPdf(input.bytes)).pages;
  } catch (e) {
    return { ok: false, file: input.file, kind: 'bukan-pdf', reason: `bukan PDF yang terbaca (${firstLine(e)})`, ms: performance.now() - started };
  }
  try {
    return importPages(pages, input, started);
  } catch (e) {
    // A bug of the importer on one file: that file is refused, the run goes on.
    return { ok: false, file: input.file, kind: 'galat', reason: `galat pengimpor (${firstLine(e)})`, ms: performance.now() - started, detail: (e as Error).stack ?? String(e) };
  }
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);

/** The path of organisation names from the top to the document's unit, as printed. */
export function unitPath(sop: RecognisedSop): { names: string[]; note?: string } {
  const clean = (t?: string) => t?.replace(/\s+/g, ' ').trim();
  // The organisation rows as printed (Instansi, Perangkat Daerah, Unit, Unit…), when there is a Unit.
  if (sop.identity.values.unit && sop.identity.organisation.length) return { names: sop.identity.organisation.map((t) => clean(t)!) };
  const kop = sop.identity.kop.map(clean).filter((t): t is string => !!t);
  if (kop.length) return { names: kop };
  return { names: ['Unit belum ditentukan'], note: 'unit tidak terbaca (tanpa kop dan baris Unit): dokumen ditaruh di "Unit belum ditentukan"' };
}

export function importPages(pages: PageModel[], input: Omit<ImportInput, 'bytes'>, started = performance.now()): ImportResult {
  const fail = (kind: RefusalKind, reason: string): ImportResult => ({ ok: false, file: input.file, kind, reason, ms: performance.now() - started });
  const recognition = recognise(pages);
  if (!recognition.ok) return fail(recognition.kind, recognition.reason);
  const sop = recognition.sop;
  const { names, note } = unitPath(sop);
  if (note) sop.notes.push(note);
  const placed = placeUnit(input.organisation, names);
  const base = slug(sopTitle(sop) ?? input.file.replace(/\.pdf$/i, ''), 'sop');
  let id = base;
  for (let k = 2; input.taken?.(id); k++) id = `${base}-${k}`;
  const options = { file: input.file, date: input.date, unitId: placed.unitId };
  const context = input.context ?? [];
  let fm = toFrontmatter(sop, options);
  let errors = errorsOf(fm, id, placed.text, context);
  // A misread arrow can make the flow invalid: fall back to the order of the rows.
  if (errors.some((e) => /^(alur-|keputusan-)/.test(e.code) || (e.code === 'schema' && /langkah/.test(e.message)))) {
    const dropped = dropInferredFlow(sop);
    if (dropped) {
      sop.notes.push(`arah panah tidak dipakai (alurnya tidak sah bila dipakai): ${dropped}`);
      fm = toFrontmatter(sop, options);
      errors = errorsOf(fm, id, placed.text, context);
    }
  }
  if (errors.length) {
    const e = errors[0]!;
    return fail('tidak-lolos-pemeriksaan', `hasil tidak lolos pemeriksaan: ${e.line}:${e.column} ${e.code} ${e.message}${errors.length > 1 ? ` (+${errors.length - 1} galat lain)` : ''}`);
  }
  const steps = sop.steps.length;
  const notRead = ((fm.impor as { catatan: string[] }).catatan ?? []).length;
  const fromDrawing = (fm.langkah as { dugaan?: string[] }[]).reduce((n, s) => n + (s.dugaan?.length ?? 0), 0);
  return {
    ok: true,
    file: input.file,
    id,
    mdx: toMdx(fm, input.file),
    organisation: placed.text,
    unitsAdded: placed.added,
    frontmatter: fm,
    summary: { steps, stepsWithActor: sop.steps.filter((s) => s.actors.length).length, actors: sop.actors.length, fromDrawing, notRead, ms: performance.now() - started },
  };
}

function dropInferredFlow(sop: RecognisedSop): string {
  const touched: string[] = [];
  sop.steps.forEach((s, i) => {
    if (s.next || s.branches) touched.push(s.no || `ke-${i + 1}`);
    s.next = undefined;
    s.branches = undefined;
  });
  sop.arrowsRead = false;
  return touched.length ? `langkah ${touched.join(', ')}` : '';
}

export function toMdx(fm: Frontmatter, file: string): string {
  const yaml = stringify(fm, { lineWidth: 0 });
  return `---\n${yaml}---\n\n{/* Diimpor dari ${file.replace(/\*\//g, '')} oleh npm run impor. Nilai yang tercantum di "dugaan" tiap langkah dibaca dari gambar bagan alir: periksa lebih dulu. */}\n`;
}

/**
 * The errors the project's validation finds in this document, among the other documents of the target.
 * The one error an imported document can share with another is a number used twice, so only the
 * documents whose text holds the same number are checked beside it: a folder of 350 stays linear.
 */
function errorsOf(fm: Frontmatter, id: string, organisation: string, context: readonly SourceFile[]): Finding[] {
  const file = `content/sop/${id}.mdx`;
  const number = normaliseNumber(String(fm.nomor ?? ''));
  const others = number ? context.filter((c) => c.file !== file && normaliseNumber(c.text).includes(number)) : [];
  const corpus = parseCorpus({ file: ORGANISATION_FILE, text: organisation }, [...others, { file, text: toMdx(fm, 'x.pdf') }]);
  return checkCorpus(corpus).filter((f) => f.severity === 'error' && f.file === file);
}
