import { z } from 'zod';
import type { CorpusDocument, SopDocument, StandarPelayananDocument } from '../model/index.ts';
import { formatAmount, type DurationTotal } from '../time/index.ts';
import { promiseSummary, sopTimeSummary, summaryText } from '../flow/index.ts';
import { DOCUMENT_FOLDERS, kindOfCollection, KINDS, STATUS_WORD, type Collection } from '../model/index.ts';
import type { PartialDate } from '../dates/index.ts';
import type { UnitPlace } from '../model/index.ts';

/**
 * Open data: every published document as JSON with the frontmatter's own Indonesian keys (defaults
 * filled in, dates as ISO text), plus what the portal computes, and a catalogue of them all.
 * Versioned by JSON Schemas generated from the same zod schemas that check the files.
 */

/** Bumped when a key changes meaning or disappears; adding keys keeps the version. */
export const OPEN_DATA_VERSION = '1';

/** A document's kind as open data names it (`jenis`): its folder, "sop" or "standar-pelayanan". */
export type OpenDataKind = Collection;
export const openDataKind = (doc: CorpusDocument): OpenDataKind => KINDS[doc.kind].collection;
const traitsOf = (kind: OpenDataKind) => KINDS[kindOfCollection(kind)!];

/** Where a document is published (absolute URLs or site paths, as the caller chooses). */
export interface DocumentUrls {
  halaman: string;
  data: string;
  bpmn?: string;
  pdf?: string;
}

/** The frontmatter as the schema reads it, with its Indonesian keys: defaults filled, dates as text. */
export function frontmatterOf(doc: CorpusDocument): Record<string, unknown> {
  const parsed = KINDS[doc.kind].schema.in.parse(doc.source.data) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value === undefined) continue;
    out[key] = key.startsWith('tanggal_') ? (value as PartialDate).iso : value;
  }
  return out;
}

/** A total in open data: the sentence the page shows and the numbers behind it. */
export function totalRecord(total: DurationTotal, text = formatAmount(total)) {
  return {
    teks: text,
    menit_min: total.minMinutes,
    menit_maks: total.maxMinutes,
    hari_kalender_min: total.minCalendarDays,
    hari_kalender_maks: total.maxCalendarDays,
    /** A lower bound is in the sum: "or more". */
    paling_sedikit: total.atLeast,
    tak_tentu: total.variable,
    memakai_aturan_hari: total.usesDayRule || total.usesPlainDay,
  };
}

/** The time summary the page prints (src/domain/time/summary.ts), as data. */
function computedSop(doc: SopDocument) {
  const summary = sopTimeSummary(doc.data);
  const text = summaryText(summary);
  return {
    jumlah_langkah: doc.data.steps.length,
    jumlah_keputusan: doc.data.steps.filter((s) => s.decision).length,
    waktu_total: { ...totalRecord(summary.headline.total, text.total), jalur: summary.headline.path },
    ...(summary.rework ? { waktu_dengan_perbaikan: { ...totalRecord(summary.rework.total, text.rework), jalur: summary.rework.path } } : {}),
    langkah_tanpa_waktu: summary.stepsWithoutTime,
    langkah_waktu_bukan_angka: summary.stepsNonNumeric,
    aturan_hari: summary.rules,
  };
}

function computedStandard(doc: StandarPelayananDocument) {
  const summary = promiseSummary(doc.data.completionTime, doc.data.dayRule);
  return { jangka_waktu_total: totalRecord(summary.total), aturan_hari: summary.rules };
}

const placeRecord = (place: UnitPlace | undefined, unitId: string) => ({
  id: unitId,
  nama: place?.unit.name ?? '',
  /** From the instansi down to the unit. */
  jalur: place?.path.map((n) => n.name) ?? [],
});

/** One document as published at /data/<jenis>/<id>.json. */
export function documentRecord(doc: CorpusDocument, place: UnitPlace | undefined, urls: DocumentUrls, schemaUrl: string) {
  return {
    $schema: schemaUrl,
    versi: OPEN_DATA_VERSION,
    id: doc.slug,
    jenis: openDataKind(doc),
    url: urls,
    ...frontmatterOf(doc),
    dihitung: {
      unit: placeRecord(place, doc.data.unitId),
      ...(doc.kind === 'sop' ? computedSop(doc) : computedStandard(doc)),
    },
  };
}

/** One line of /data/katalog.json. */
export function catalogueEntry(doc: CorpusDocument, place: UnitPlace | undefined, urls: DocumentUrls) {
  const dates = doc.kind === 'sop' ? doc.data.dates : {};
  const { status, supersededBy, withdrawnOn } = doc.data.lifecycle;
  return {
    id: doc.slug,
    jenis: openDataKind(doc),
    nama: doc.data.title,
    nomor: doc.data.number,
    unit: placeRecord(place, doc.data.unitId),
    status: STATUS_WORD[status],
    ...(supersededBy ? { digantikan_oleh: supersededBy } : {}),
    tanggal: {
      ...(dates.created ? { pembuatan: dates.created.iso } : {}),
      ...(dates.revised ? { revisi: dates.revised.iso } : {}),
      ...(dates.effective ? { efektif: dates.effective.iso } : {}),
      ...(withdrawnOn ? { dicabut: withdrawnOn.iso } : {}),
    },
    url: urls,
  };
}

/**
 * The catalogue. `dibuat` is when its content last changed (src/node/history.ts, contentUpdatedAt),
 * never the build's clock: two builds of one commit publish the same bytes. Without a document
 * there is no such date, and no `dibuat`.
 */
export function catalogueRecord(entries: ReturnType<typeof catalogueEntry>[], schemaUrl: string, updatedAt: string | undefined) {
  return { $schema: schemaUrl, versi: OPEN_DATA_VERSION, ...(updatedAt ? { dibuat: updatedAt } : {}), jumlah: entries.length, dokumen: entries };
}

// JSON Schemas, generated from the zod schemas (input side: what an author writes).

const urlsSchema = z.strictObject({ halaman: z.string(), data: z.string(), bpmn: z.string().optional(), pdf: z.string().optional() });
const unitSchema = z.strictObject({ id: z.string(), nama: z.string(), jalur: z.array(z.string()) });
const totalSchema = z.strictObject({
  teks: z.string(), menit_min: z.number(), menit_maks: z.number(), hari_kalender_min: z.number(), hari_kalender_maks: z.number(),
  paling_sedikit: z.boolean(), tak_tentu: z.array(z.string()), memakai_aturan_hari: z.boolean(),
  jalur: z.array(z.number().int()).optional(),
});
const recordExtras = (kind: OpenDataKind) => ({
  $schema: z.string().optional(),
  versi: z.literal(OPEN_DATA_VERSION),
  id: z.string(),
  jenis: z.literal(kind),
  url: urlsSchema,
});
const computedSchema = {
  sop: z.strictObject({
    unit: unitSchema, jumlah_langkah: z.number().int(), jumlah_keputusan: z.number().int(),
    waktu_total: totalSchema, waktu_dengan_perbaikan: totalSchema.optional(),
    langkah_tanpa_waktu: z.array(z.number().int()), langkah_waktu_bukan_angka: z.array(z.number().int()), aturan_hari: z.array(z.string()),
  }),
  'standar-pelayanan': z.strictObject({ unit: unitSchema, jangka_waktu_total: totalSchema, aturan_hari: z.array(z.string()) }),
};

/** The schema of /data/<kind>/<id>.json: the frontmatter's keys, plus id, jenis, url and dihitung. */
export function documentRecordSchema(kind: OpenDataKind) {
  const frontmatter = traitsOf(kind).schema.in as unknown as z.ZodObject;
  return z.strictObject({ ...recordExtras(kind), ...frontmatter.shape, dihitung: computedSchema[kind] });
}

export const catalogueSchema = z.strictObject({
  $schema: z.string().optional(),
  versi: z.literal(OPEN_DATA_VERSION),
  /** When the catalogue's content last changed (ISO 8601, UTC): its newest commit, or a file's modification time when not committed as it is. */
  dibuat: z.string().optional(),
  jumlah: z.number().int(),
  dokumen: z.array(
    z.strictObject({
      id: z.string(),
      jenis: z.enum(DOCUMENT_FOLDERS),
      nama: z.string(),
      nomor: z.string(),
      unit: unitSchema,
      status: z.enum(['berlaku', 'digantikan', 'dicabut']),
      digantikan_oleh: z.string().optional(),
      tanggal: z.strictObject({ pembuatan: z.string().optional(), revisi: z.string().optional(), efektif: z.string().optional(), dicabut: z.string().optional() }),
      url: urlsSchema,
    }),
  ),
});

const toJsonSchema = (schema: z.ZodType, id: string, title: string) => ({
  ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
  $id: id,
  title,
});

/** JSON Schema of a document file, of a frontmatter (for editors) and of the catalogue. */
export const jsonSchemas = {
  record: (kind: OpenDataKind, id: string) => toJsonSchema(documentRecordSchema(kind), id, `Data terbuka ${traitsOf(kind).name}`),
  frontmatter: (kind: OpenDataKind, id: string) => toJsonSchema(traitsOf(kind).schema, id, `Frontmatter ${traitsOf(kind).name}`),
  catalogue: (id: string) => toJsonSchema(catalogueSchema, id, 'Katalog data terbuka Portal SOP'),
};
