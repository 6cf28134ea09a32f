/**
 * One PDF → one SOP document: read the pages, recognise the SOP, place its unit in the organisation
 * file, write the frontmatter, and check the result with the project's own validation. When values
 * inferred from the arrows make the flow invalid (a misread arrow), they are dropped with a note; a
 * document that still has errors is not written, and the reason says why.
 */
import { stringify } from 'yaml';
import { ORGANISATION_FILE, parseCorpus, type SourceFile } from '../../domain/model/index.ts';
import type { Finding } from '../../domain/findings/index.ts';
import { toFrontmatter, slug, sopTitle, type Frontmatter } from '../../domain/import/index.ts';
import { placeUnit } from '../../domain/import/index.ts';
import type { PageModel } from '../../domain/import/index.ts';
import { recognise, type RecognisedSop } from '../../domain/import/index.ts';
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
  /** Values that could not be read (the `impor.catatan` lines). */
  notRead: number;
  ms: number;
}

export type ImportResult =
  | { ok: true; file: string; id: string; mdx: string; organisation: string; unitsAdded: string[]; frontmatter: Frontmatter; summary: ImportSummary; warnings: string[] }
  | { ok: false; file: string; reason: string; ms: number };

export async function importPdf(input: ImportInput): Promise<ImportResult> {
  const started = performance.now();
  const fail = (reason: string): ImportResult => ({ ok: false, file: input.file, reason, ms: performance.now() - started });
  let pages: PageModel[];
  try {
    pages = (await readPdf(input.bytes)).pages;
  } catch (e) {
    return fail(`bukan PDF yang terbaca (${(e as Error).message.split('\n')[0]})`);
  }
  return importPages(pages, input, started);
}

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
  const fail = (reason: string): ImportResult => ({ ok: false, file: input.file, reason, ms: performance.now() - started });
  const recognition = recognise(pages);
  if (!recognition.ok) return fail(recognition.reason);
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
    return fail(`hasil tidak lolos pemeriksaan: ${e.line}:${e.column} ${e.code} ${e.message}${errors.length > 1 ? ` (+${errors.length - 1} galat lain)` : ''}`);
  }
  const steps = sop.steps.length;
  const notRead = ((fm.impor as { catatan: string[] }).catatan ?? []).length;
  return {
    ok: true,
    file: input.file,
    id,
    mdx: toMdx(fm, input.file),
    organisation: placed.text,
    unitsAdded: placed.added,
    frontmatter: fm,
    summary: { steps, stepsWithActor: sop.steps.filter((s) => s.actors.length).length, actors: sop.actors.length, notRead, ms: performance.now() - started },
    warnings: [],
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

/** The errors the project's validation finds in this document, among the other documents of the target. */
function errorsOf(fm: Frontmatter, id: string, organisation: string, context: readonly SourceFile[]): Finding[] {
  const file = `content/sop/${id}.mdx`;
  const others = context.filter((c) => c.file !== file);
  const corpus = parseCorpus({ file: ORGANISATION_FILE, text: organisation }, [...others, { file, text: toMdx(fm, 'x.pdf') }]);
  return checkCorpus(corpus).filter((f) => f.severity === 'error' && f.file === file);
}
