import { z } from 'zod';
import { parseDuration, type Duration, type PlainDayRule } from '../time/duration.ts';
import { dayRuleFields, plainDayOf } from '../time/frontmatter.ts';
import { dateField, idSchema, optionalText, textList, type PartialDate } from './common.ts';
import { identityKeys, identityModel, type Approval, type RelatedRef, type SopIdentity } from './sop-identity.ts';
import { checkLifecycle, lifecycleFields, lifecycleOf, type Lifecycle } from './lifecycle.ts';

export type { RelatedRef } from './sop-identity.ts';

/**
 * Frontmatter of an SOP (Permenpan-RB 35/2012). Keys are the terms of the official template;
 * the transform at the end maps them, in this one place, onto the English model below.
 */

const actorSchema = z.strictObject({
  /** Referenced by each step's `pelaksana`, e.g. `ketua-tim`. */
  id: idSchema,
  /** The column header as written: "Pejabat Level 2 (Pimpinan Unit)". */
  nama: z.string().min(1),
});

const decisionSchema = z.strictObject({
  /** The question the diamond asks: "Draf disetujui?". */
  pertanyaan: z.string().min(1),
  /** `id` of the step that "Ya" leads to; when left out, "Ya" goes on to the next step. */
  ya: idSchema.optional(),
  /** `id` of the step that "Tidak" leads to, usually an earlier step to be corrected. */
  tidak: idSchema.optional(),
});

const stepSchema = z.strictObject({
  /** Needed only when a decision points at this step: a short name such as `koreksi-draf`. */
  id: idSchema.optional(),
  /** The activity, one sentence as written. */
  kegiatan: z.string().min(1),
  /** Who performs it: one actor id, or a list when actors do it together. */
  pelaksana: z.union([idSchema, z.array(idSchema).min(1, { error: 'setiap langkah perlu pelaksana' })]),
  /** Mutu baku: the input or requirement of the step. */
  kelengkapan: optionalText,
  /** Mutu baku: the time as written, "10 Menit", "1-2 hari", "Sesuai waktu konsultasi". */
  waktu: z.string().optional(),
  /** Mutu baku: what the step produces. */
  output: optionalText,
  /** Ket.: notes. */
  keterangan: optionalText,
  /** Present when the step is a decision (a diamond with Ya/Tidak). */
  keputusan: decisionSchema.optional(),
});

/** What the PDF importer (npm run impor) could not read; written by it, for the reviewer. */
const importSchema = z.strictObject({
  /** The PDF's file name. */
  berkas: z.string().min(1),
  /** The day of the import. */
  tanggal: dateField,
  /** One line per value that could not be read, and why. */
  catatan: z.array(z.string().min(1)).default([]),
});

export const sopFrontmatterSchema = z
  .strictObject({
    /** Registry number as written, "061/ 1625.1 /DISKOPUKM"; empty when never assigned. */
    nomor: optionalText,
    /** Title without the "SOP" prefix: "Penyiapan Bahan/Materi Diklat". */
    nama: z.string().min(1),
    /** Owning unit: an id from content/organisasi.yaml. */
    unit: idSchema,
    tanggal_pembuatan: dateField,
    tanggal_revisi: dateField,
    tanggal_efektif: dateField,
    /** kop, label, tertulis, disahkan_oleh, maksud_tujuan, ruang_lingkup, keterkaitan: see sop-identity.ts. */
    ...identityKeys,
    dasar_hukum: textList,
    kualifikasi_pelaksana: textList,
    peralatan_perlengkapan: textList,
    peringatan: textList,
    pencatatan_pendataan: textList,
    /** The actor columns, in the order work first reaches them. */
    pelaksana: z.array(actorSchema).min(1, { error: 'SOP perlu sedikitnya satu pelaksana' }),
    /** The steps, in order; their numbers come from this order. */
    langkah: z.array(stepSchema).min(1, { error: 'SOP perlu sedikitnya satu langkah' }),
    ...lifecycleFields,
    /** How plain "hari" in the waktu column counts: "hari kerja" (absent) or "hari kalender". */
    ...dayRuleFields,
    impor: importSchema.optional(),
  })
  .superRefine((sop, ctx) => {
    checkLifecycle(sop, ctx);
    const actorIds = sop.pelaksana.map((a) => a.id);
    const stepIds = new Map<string, number>();
    sop.langkah.forEach((step, i) => {
      if (step.id === undefined) return;
      if (stepIds.has(step.id))
        ctx.addIssue({ code: 'custom', path: ['langkah', i, 'id'], message: `id langkah "${step.id}" sudah dipakai langkah ${stepIds.get(step.id)! + 1}` });
      else stepIds.set(step.id, i);
    });
    sop.pelaksana.forEach((actor, i) => {
      if (actorIds.indexOf(actor.id) !== i)
        ctx.addIssue({ code: 'custom', path: ['pelaksana', i, 'id'], message: `id pelaksana "${actor.id}" dipakai dua kali` });
    });
    sop.langkah.forEach((step, i) => {
      const ids = typeof step.pelaksana === 'string' ? [step.pelaksana] : step.pelaksana;
      ids.forEach((id, j) => {
        if (!actorIds.includes(id))
          ctx.addIssue({
            code: 'custom',
            path: typeof step.pelaksana === 'string' ? ['langkah', i, 'pelaksana'] : ['langkah', i, 'pelaksana', j],
            message: `"${id}" bukan pelaksana SOP ini (${actorIds.join(', ')})`,
          });
      });
      for (const branch of ['ya', 'tidak'] as const) {
        const target = step.keputusan?.[branch];
        if (target !== undefined && !stepIds.has(target))
          ctx.addIssue({
            code: 'custom',
            path: ['langkah', i, 'keputusan', branch],
            message: `langkah tujuan "${target}" tidak ada; id langkah yang ada: ${[...stepIds.keys()].join(', ') || '(belum ada langkah ber-id)'}`,
          });
      }
      if (step.keputusan && step.keputusan.ya === undefined && i === sop.langkah.length - 1)
        ctx.addIssue({ code: 'custom', path: ['langkah', i, 'keputusan'], message: 'keputusan di langkah terakhir perlu tujuan "ya"' });
    });
  })
  .transform((fm): SopData => {
    const index = new Map(fm.langkah.map((s, i) => [s.id, i + 1]));
    return {
      number: fm.nomor,
      title: fm.nama,
      unitId: fm.unit,
      dates: { created: fm.tanggal_pembuatan, revised: fm.tanggal_revisi, effective: fm.tanggal_efektif },
      ...identityModel(fm),
      legalBasis: fm.dasar_hukum,
      qualifications: fm.kualifikasi_pelaksana,
      equipment: fm.peralatan_perlengkapan,
      warnings: fm.peringatan,
      records: fm.pencatatan_pendataan,
      lifecycle: lifecycleOf(fm),
      dayRule: plainDayOf(fm),
      imported: fm.impor && { file: fm.impor.berkas, date: fm.impor.tanggal, notes: fm.impor.catatan },
      actors: fm.pelaksana.map((a) => ({ id: a.id, label: a.nama })),
      steps: fm.langkah.map((s, i): Step => {
        return {
          number: i + 1,
          key: s.id,
          activity: s.kegiatan,
          actorIds: typeof s.pelaksana === 'string' ? [s.pelaksana] : s.pelaksana,
          inputs: s.kelengkapan,
          timeText: s.waktu ?? '',
          duration: parseDuration(s.waktu ?? '', plainDayOf(fm)),
          output: s.output,
          notes: s.keterangan,
          decision: s.keputusan && {
            question: s.keputusan.pertanyaan,
            yes: s.keputusan.ya === undefined ? i + 2 : index.get(s.keputusan.ya)!,
            no: s.keputusan.tidak === undefined ? undefined : index.get(s.keputusan.tidak)!,
          },
        };
      }),
    };
  });

export type SopFrontmatter = z.input<typeof sopFrontmatterSchema>;

export interface Actor {
  id: string;
  /** The column header as written. */
  label: string;
}

export interface Decision {
  question: string;
  /** Step number that "Ya" leads to. */
  yes: number;
  /** Step number that "Tidak" leads to; undefined when the author gave none (a validation error). */
  no?: number;
}

export interface Step {
  /** 1-based, from the order of `langkah`. */
  number: number;
  /** The author's `id` for the step, when a decision points at it. */
  key?: string;
  activity: string;
  actorIds: string[];
  inputs: string;
  /** Waktu as written; empty when the source gives none. */
  timeText: string;
  /** The waktu read into a typed value (never rejected; `empty` when none). Optional only for hand-built test steps. */
  duration?: Duration;
  output: string;
  notes: string;
  decision?: Decision;
}

export interface SopData {
  number: string;
  title: string;
  unitId: string;
  dates: { created?: PartialDate; revised?: PartialDate; effective?: PartialDate };
  /** Kop, printed labels, printed text, Maksud dan Tujuan, Ruang Lingkup. */
  identity: SopIdentity;
  approvedBy?: Approval;
  legalBasis: string[];
  qualifications: string[];
  related: RelatedRef[];
  equipment: string[];
  warnings: string[];
  records: string[];
  lifecycle: Lifecycle;
  /** How plain "hari" counts (`hitungan_hari`); printed with every total that uses it. */
  dayRule: PlainDayRule;
  /** Set on documents written by the PDF importer: what it could not read. */
  imported?: { file: string; date?: PartialDate; notes: string[] };
  actors: Actor[];
  steps: Step[];
}
