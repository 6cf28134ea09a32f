import { z } from 'zod';
import { parseDuration, type Duration, type PlainDayRule } from '../../time/index.ts';
import { dayRuleFields, plainDayOf } from './day-rule.ts';
import type { PartialDate } from '../../dates/index.ts';
import { dateField, idSchema, optionalText, printedDateField } from './common.ts';
import { boxList, boxTexts, toList } from './sp-parts.ts';
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

/** How a line is drawn: `penuh` (solid, the default) or `putus-putus` (dashed: a loop, an optional flow). */
const lineSchema = z.enum(['penuh', 'putus-putus'], { error: 'garis harus "penuh" atau "putus-putus"' });

/**
 * What an arrow carries as printed, on any exit of a step: its label ("Y", "Belum Lengkap"), its line
 * style, and, in a row with several symbols, the actor whose symbol it leaves from.
 */
const arrowMarks = {
  /** The label as printed beside the arrow: "Lengkap", "Y", "Ada aksi koreksi". Left out when none is printed. */
  label: z.string().min(1, { error: 'label kosong; tulis label seperti tercetak, atau hapus kunci label' }).optional(),
  /** `putus-putus` when the arrow is drawn dashed. */
  garis: lineSchema.optional(),
  /** In a row with several symbols: the pelaksana (id) whose symbol the arrow leaves from. */
  dari: idSchema.optional(),
};

const branchSchema = z.strictObject({
  ...arrowMarks,
  /** `id` of the step this branch leads to; when left out, the next step. */
  ke: idSchema.optional(),
});

/**
 * A decision: the flow takes ONE of its exits. In one of two forms (not both): the short form
 * `{pertanyaan?, ya?, tidak?}` with the labels "Ya"/"Tidak", or the general form
 * `{pertanyaan?, cabang: [{label?, ke?, garis?, dari?}, …]}` for any labels, unlabelled exits and any
 * number of branches, in the order printed. A row drawn as a box whose exits are alternatives is a
 * decision too, with `bentuk: proses`.
 */
const decisionSchema = z.strictObject({
  /** The question the diamond prints: "Draf disetujui?". Left out when the source prints none. */
  pertanyaan: z.string().min(1).optional(),
  /** Short form: `id` of the step that "Ya" leads to; when left out, "Ya" goes on to the next step. */
  ya: idSchema.optional(),
  /** Short form: `id` of the step that "Tidak" leads to, usually an earlier step to be corrected. */
  tidak: idSchema.optional(),
  /** General form: two or more exits, each with its label as printed (or none) and its target. */
  cabang: z
    .array(branchSchema)
    .min(2, { error: 'keputusan perlu sedikitnya dua cabang; satu panah berlabel tanpa pilihan lain ditulis "lanjut: {label: …}"' })
    .optional(),
});

/**
 * One `lanjut` arrow written out: `{ke?, label?, garis?, dari?}`. Alone, without `ke`, it marks the
 * arrow to the next row ("Y" printed on it, or drawn dashed); in a list, each needs `ke`.
 */
const onwardSchema = z.strictObject({
  /** `id` of the step the arrow leads to; left out: the next row. */
  ke: idSchema.optional(),
  ...arrowMarks,
});

/** An arrow drawn inside the row, from one actor's symbol to another's. */
const rowArrowSchema = z.strictObject({
  /** The pelaksana (id) whose symbol the arrow leaves. */
  dari: idSchema,
  /** The pelaksana (id) whose symbol it points at. */
  ke: idSchema,
  /** The label as printed beside it, if any ("Ya" from a diamond to a box of the same row). */
  label: arrowMarks.label,
  /** `putus-putus` when drawn dashed. */
  garis: lineSchema.optional(),
});

/** Step keys a transcriber may mark as inferred (`dugaan`). */
export const INFERABLE_KEYS = ['no', 'kegiatan', 'pelaksana', 'kelengkapan', 'waktu', 'output', 'keterangan', 'keputusan', 'lanjut', 'selesai', 'bentuk', 'panah'] as const;

/** The step shapes as drawn: rounded ends (mulai/selesai), box, diamond. */
export type StepShape = 'terminator' | 'process' | 'decision';
const SHAPE_KEYS = { terminator: 'terminator', proses: 'process', keputusan: 'decision' } as const satisfies Record<string, StepShape>;
const shapeSchema = z.enum(['terminator', 'proses', 'keputusan']);

/** Text that may hold paragraphs (YAML `|`); the trailing line break YAML adds is not content. */
const multilineText = z.string().default('').transform((t) => t.replace(/\s+$/, ''));

const stepSchema = z.strictObject({
  /** Needed only when a decision or a jump points at this step: a short name such as `koreksi-draf`. */
  id: idSchema.optional(),
  /**
   * The step number AS PRINTED: "1", "1.", "9"; `""` when the row is printed unnumbered. Left out:
   * the printed number is the step's position. Never identity: links use the position.
   */
  no: z.union([z.string(), z.number()]).transform(String).optional(),
  /** The activity as written; line breaks (YAML `|`) are kept as paragraphs. */
  kegiatan: z.string().min(1).transform((t) => t.replace(/\s+$/, '')),
  /**
   * Who performs it: one actor id, or a list when actors do it together. May be left out (or `[]`)
   * when the source does not show it (a lost flowchart symbol): a warning, drawn with no symbol.
   */
  pelaksana: z.union([idSchema, z.array(idSchema)]).optional(),
  /** Mutu baku: the input or requirement of the step. */
  kelengkapan: multilineText,
  /** Mutu baku: the time as written, "10 Menit", "1-2 hari", "Sesuai waktu konsultasi". */
  waktu: z.string().optional(),
  /** Mutu baku: what the step produces. */
  output: multilineText,
  /** Ket.: notes. */
  keterangan: multilineText,
  /** Present when the step is a decision (a diamond). */
  keputusan: decisionSchema.optional(),
  /**
   * Where the flow goes after this (non-decision) step INSTEAD of the next step: a step id, or a list
   * of ids for parallel work. A jump forward, or a loop drawn as a back-arrow without a diamond. An
   * arrow written out, `{ke?, label?, garis?, dari?}`, also carries what is printed on it; alone and
   * without `ke` it is the arrow to the next row (a single labelled exit, "Y", with no alternative).
   */
  lanjut: z.union([idSchema, onwardSchema, z.array(z.union([idSchema, onwardSchema])).min(1)]).optional(),
  /** `true`: the flow ends here (a terminator in mid-table); no arrow to the next step. */
  selesai: z.boolean().optional(),
  /**
   * The shape as drawn, when it differs from the derived one: `terminator | proses | keputusan` for
   * every symbol of the row, or one per actor, `{pemohon: terminator, petugas: proses}` (actors left
   * out keep the derived shape).
   */
  bentuk: z.union([shapeSchema, z.record(idSchema, shapeSchema)]).optional(),
  /**
   * Arrows drawn inside the row between this step's symbols, `[{dari, ke, label?, garis?}]` (actor
   * ids): a terminator in one column with arrows to boxes in two others, a diamond whose exit points
   * at another symbol of its row. The row stays one step for the flow; with `panah` no joining line
   * is drawn between the symbols.
   */
  panah: z.array(rowArrowSchema).min(1).optional(),
  /**
   * This step's keys whose values were inferred by the transcriber rather than printed as text
   * (`pelaksana`, `keputusan`, `lanjut`, `no`, …). Every view marks them with the word "dugaan".
   */
  dugaan: z.array(z.enum(INFERABLE_KEYS)).default([]),
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
    /** Dates as `2023-08-31` or `2023-08`; a placeholder printed instead ("-") is kept and shown as printed. */
    tanggal_pembuatan: printedDateField,
    tanggal_revisi: printedDateField,
    tanggal_efektif: printedDateField,
    /** kop, label, tertulis, disahkan_oleh, maksud_tujuan, ruang_lingkup, keterkaitan: see sop-identity.ts. */
    ...identityKeys,
    /**
     * The six boxes: entries as printed, strings, or `{teks, no, butir}` to keep a printed marker
     * ("1,", "1)", "•"; `""` for a line printed without one, such as a lead-in) and sub-items.
     */
    dasar_hukum: boxList,
    kualifikasi_pelaksana: boxList,
    peralatan_perlengkapan: boxList,
    peringatan: boxList,
    pencatatan_pendataan: boxList,
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
    const unknownTarget = (target: string) =>
      `langkah tujuan "${target}" tidak ada; id langkah yang ada: ${[...stepIds.keys()].join(', ') || '(belum ada langkah ber-id)'}`;
    const last = sop.langkah.length - 1;
    sop.langkah.forEach((step, i) => {
      const ids = actorList(step.pelaksana);
      ids.forEach((id, j) => {
        if (!actorIds.includes(id))
          ctx.addIssue({
            code: 'custom',
            path: typeof step.pelaksana === 'string' ? ['langkah', i, 'pelaksana'] : ['langkah', i, 'pelaksana', j],
            message: `"${id}" bukan pelaksana SOP ini (${actorIds.join(', ')})`,
          });
      });
      /** A symbol of this row is named by its actor: one of this step's pelaksana. */
      const ownActor = (id: string | undefined, path: Array<string | number>) => {
        if (id !== undefined && !ids.includes(id))
          ctx.addIssue({ code: 'custom', path: ['langkah', i, ...path],
            message: `"${id}" bukan pelaksana langkah ini (${ids.join(', ') || 'pelaksana belum diisi'}); simbol baris ini dinamai menurut pelaksananya` });
      };
      const decision = step.keputusan;
      if (decision) {
        const short = decision.ya !== undefined || decision.tidak !== undefined;
        if (short && decision.cabang)
          ctx.addIssue({ code: 'custom', path: ['langkah', i, 'keputusan', 'cabang'],
            message: 'tulis keputusan dengan "ya"/"tidak" atau dengan "cabang", tidak keduanya' });
        for (const branch of ['ya', 'tidak'] as const) {
          const target = decision[branch];
          if (target !== undefined && !stepIds.has(target))
            ctx.addIssue({ code: 'custom', path: ['langkah', i, 'keputusan', branch], message: unknownTarget(target) });
        }
        decision.cabang?.forEach((b, j) => {
          if (b.ke !== undefined && !stepIds.has(b.ke))
            ctx.addIssue({ code: 'custom', path: ['langkah', i, 'keputusan', 'cabang', j, 'ke'], message: unknownTarget(b.ke) });
          if (b.ke === undefined && i === last)
            ctx.addIssue({ code: 'custom', path: ['langkah', i, 'keputusan', 'cabang', j],
              message: `cabang ${b.label === undefined ? j + 1 : `"${b.label}"`} di langkah terakhir perlu tujuan "ke"` });
          ownActor(b.dari, ['keputusan', 'cabang', j, 'dari']);
        });
        if (!decision.cabang && decision.ya === undefined && i === last)
          ctx.addIssue({ code: 'custom', path: ['langkah', i, 'keputusan'], message: 'keputusan di langkah terakhir perlu tujuan "ya"' });
        if (step.lanjut !== undefined)
          ctx.addIssue({ code: 'custom', path: ['langkah', i, 'lanjut'],
            message: 'langkah keputusan menentukan tujuannya lewat cabang; hapus "lanjut"' });
        if (step.selesai)
          ctx.addIssue({ code: 'custom', path: ['langkah', i, 'selesai'], message: 'langkah keputusan tidak bisa sekaligus "selesai"' });
      }
      onwardList(step.lanjut).forEach(({ arrow, path }) => {
        const where = ['langkah', i, 'lanjut', ...path];
        if (arrow.ke !== undefined && !stepIds.has(arrow.ke)) ctx.addIssue({ code: 'custom', path: typeof step.lanjut === 'string' ? where : [...where, 'ke'], message: unknownTarget(arrow.ke) });
        if (arrow.ke === undefined && Array.isArray(step.lanjut))
          ctx.addIssue({ code: 'custom', path: where, message: 'panah dalam daftar "lanjut" perlu tujuan "ke" (tanpa "ke" hanya untuk satu panah ke baris berikutnya)' });
        else if (arrow.ke === undefined && i === last)
          ctx.addIssue({ code: 'custom', path: where, message: 'langkah terakhir tidak punya baris berikutnya; tulis tujuan "ke"' });
        ownActor(arrow.dari, ['lanjut', ...path, 'dari']);
      });
      if (step.selesai && step.lanjut !== undefined)
        ctx.addIssue({ code: 'custom', path: ['langkah', i, 'selesai'], message: 'langkah "selesai" tidak punya tujuan; hapus "lanjut" atau "selesai"' });
      if (step.bentuk !== undefined && typeof step.bentuk !== 'string')
        for (const id of Object.keys(step.bentuk)) ownActor(id, ['bentuk', id]);
      step.panah?.forEach((arrow, j) => {
        ownActor(arrow.dari, ['panah', j, 'dari']);
        ownActor(arrow.ke, ['panah', j, 'ke']);
        if (arrow.dari === arrow.ke)
          ctx.addIssue({ code: 'custom', path: ['langkah', i, 'panah', j], message: `panah dari "${arrow.dari}" ke dirinya sendiri; panah dalam baris menghubungkan dua simbol` });
      });
      const present: Record<(typeof INFERABLE_KEYS)[number], boolean> = {
        no: step.no !== undefined,
        kegiatan: true,
        pelaksana: ids.length > 0,
        kelengkapan: step.kelengkapan !== '',
        waktu: step.waktu !== undefined && step.waktu !== '',
        output: step.output !== '',
        keterangan: step.keterangan !== '',
        keputusan: decision !== undefined,
        lanjut: step.lanjut !== undefined,
        selesai: step.selesai !== undefined,
        bentuk: step.bentuk !== undefined,
        panah: step.panah !== undefined,
      };
      step.dugaan.forEach((key, j) => {
        if (!present[key])
          ctx.addIssue({ code: 'custom', path: ['langkah', i, 'dugaan', j],
            message: `"${key}" ditandai dugaan, tetapi langkah ini tidak mengisi "${key}"` });
      });
    });
  })
  .transform((fm): SopData => {
    const index = new Map(fm.langkah.map((s, i) => [s.id, i + 1]));
    const target = (id: string | undefined, i: number) => (id === undefined ? i + 2 : index.get(id)!);
    // A placeholder printed for a date is no date: kept as printed text (`tertulis`), unless written there too.
    const date = (v: PartialDate | { placeholder: string } | undefined) => (v && 'placeholder' in v ? undefined : v);
    const placeholders = Object.fromEntries(
      (['tanggal_pembuatan', 'tanggal_revisi', 'tanggal_efektif'] as const).flatMap((k) => {
        const v = fm[k];
        return v && 'placeholder' in v ? [[k, v.placeholder]] : [];
      }),
    );
    const identity = identityModel({ ...fm, tertulis: { ...placeholders, ...fm.tertulis } });
    const boxes = { dasar_hukum: fm.dasar_hukum, kualifikasi_pelaksana: fm.kualifikasi_pelaksana, peralatan_perlengkapan: fm.peralatan_perlengkapan, peringatan: fm.peringatan, pencatatan_pendataan: fm.pencatatan_pendataan };
    const printedBoxes = Object.fromEntries(Object.entries(boxes).flatMap(([k, items]) => (items.some((i) => typeof i !== 'string') ? [[k, toList(items)]] : [])));
    return {
      number: fm.nomor,
      title: fm.nama,
      unitId: fm.unit,
      dates: { created: date(fm.tanggal_pembuatan), revised: date(fm.tanggal_revisi), effective: date(fm.tanggal_efektif) },
      ...identity,
      identity: { ...identity.identity, ...(Object.keys(printedBoxes).length > 0 && { boxes: printedBoxes }) },
      legalBasis: boxTexts(fm.dasar_hukum),
      qualifications: boxTexts(fm.kualifikasi_pelaksana),
      equipment: boxTexts(fm.peralatan_perlengkapan),
      warnings: boxTexts(fm.peringatan),
      records: boxTexts(fm.pencatatan_pendataan),
      lifecycle: lifecycleOf(fm),
      dayRule: plainDayOf(fm),
      imported: fm.impor && { file: fm.impor.berkas, date: fm.impor.tanggal, notes: fm.impor.catatan },
      actors: fm.pelaksana.map((a) => ({ id: a.id, label: a.nama })),
      steps: fm.langkah.map((s, i): Step => {
        const k = s.keputusan;
        const onward = onwardList(s.lanjut).map(({ arrow }) => arrow);
        const marked = onward.filter((a) => a.label !== undefined || a.garis !== undefined || a.dari !== undefined);
        const jumps = onward.filter((a) => a.ke !== undefined);
        return {
          number: i + 1,
          printedNumber: s.no ?? String(i + 1),
          key: s.id,
          activity: s.kegiatan,
          actorIds: actorList(s.pelaksana),
          inputs: s.kelengkapan,
          timeText: s.waktu ?? '',
          duration: parseDuration(s.waktu ?? '', plainDayOf(fm)),
          output: s.output,
          notes: s.keterangan,
          ...(k && {
            decision: {
              ...(k.pertanyaan !== undefined && { question: k.pertanyaan }),
              branches: k.cabang
                ? k.cabang.map((b) => ({ ...marksOf(b), to: target(b.ke, i) }))
                : [
                    { label: 'Ya', to: target(k.ya, i), short: 'yes' as const },
                    ...(k.tidak === undefined ? [] : [{ label: 'Tidak', to: index.get(k.tidak)!, short: 'no' as const }]),
                  ],
            },
          }),
          ...(jumps.length > 0 && { next: jumps.map((a) => index.get(a.ke!)!) }),
          ...(marked.length > 0 && { exitMarks: marked.map((a) => ({ to: target(a.ke, i), ...marksOf(a) })) }),
          ...(s.selesai && { ends: true }),
          ...(typeof s.bentuk === 'string' && { shape: SHAPE_KEYS[s.bentuk] }),
          ...(s.bentuk !== undefined && typeof s.bentuk !== 'string' && {
            actorShapes: Object.fromEntries(Object.entries(s.bentuk).map(([id, shape]) => [id, SHAPE_KEYS[shape]])),
          }),
          ...(s.panah && { rowArrows: s.panah.map((a) => ({ from: a.dari, to: a.ke, ...marksOf({ label: a.label, garis: a.garis }) })) }),
          inferred: s.dugaan,
        };
      }),
    };
  });

type OnwardInput = { ke?: string | undefined; label?: string | undefined; garis?: 'penuh' | 'putus-putus' | undefined; dari?: string | undefined };

/** `lanjut` as a list of arrows, each with its path under `lanjut` (`[]` for a single value, `[j]` in a list). */
function onwardList(lanjut: string | OnwardInput | Array<string | OnwardInput> | undefined): Array<{ arrow: OnwardInput; path: number[] }> {
  if (lanjut === undefined) return [];
  const one = (v: string | OnwardInput): OnwardInput => (typeof v === 'string' ? { ke: v } : v);
  return Array.isArray(lanjut) ? lanjut.map((v, j) => ({ arrow: one(v), path: [j] })) : [{ arrow: one(lanjut), path: [] }];
}

/** The printed marks of an arrow, in the model's words. */
function marksOf(a: Omit<OnwardInput, 'ke'>): ArrowMarks {
  return {
    ...(a.label !== undefined && { label: a.label }),
    ...(a.garis === 'putus-putus' && { dashed: true }),
    ...(a.dari !== undefined && { fromActor: a.dari }),
  };
}

function actorList(pelaksana: string | string[] | undefined): string[] {
  return pelaksana === undefined ? [] : typeof pelaksana === 'string' ? [pelaksana] : pelaksana;
}

export type SopFrontmatter = z.input<typeof sopFrontmatterSchema>;

export interface Actor {
  id: string;
  /** The column header as written. */
  label: string;
}

/**
 * What an arrow carries as printed: its label, a dashed line, and (in a row with several symbols) the
 * actor whose symbol it leaves from.
 */
export interface ArrowMarks {
  /** "Ya", "Tidak", "Lengkap", "Y", "Belum Lengkap": as printed; absent when the arrow has none. */
  label?: string;
  /** Drawn dashed (`garis: putus-putus`). */
  dashed?: boolean;
  /** Actor id of the symbol the arrow leaves from (`dari`); absent: the drawing chooses. */
  fromActor?: string;
}

/** A branch of a decision: its label as printed (if any) and the step it leads to. */
export interface DecisionBranch extends ArrowMarks {
  /** Step number the branch leads to (may lie past the last step only in an invalid document). */
  to: number;
  /** Set when written in the short form: which of "ya"/"tidak" this is. */
  short?: 'yes' | 'no';
}

/** An arrow inside a row, between two of its symbols (`panah`). */
export interface RowArrow extends Omit<ArrowMarks, 'fromActor'> {
  /** Actor id of the symbol it leaves. */
  from: string;
  /** Actor id of the symbol it points at. */
  to: string;
}

/** The flow takes one of the branches: a diamond, or a box whose exits are alternatives. */
export interface Decision {
  /** The question as printed in the diamond; absent when none is printed (the activity is shown). */
  question?: string;
  /** In the order printed; the short form gives "Ya" then (when written) "Tidak". */
  branches: DecisionBranch[];
}

export interface Step {
  /** 1-based, from the order of `langkah`: the identity of the step (`#langkah-N`). */
  number: number;
  /** The number as printed ("1", "1.", "9", "" when unnumbered); String(number) when `no` is absent. */
  printedNumber: string;
  /** The author's `id` for the step, when a decision or a jump points at it. */
  key?: string;
  activity: string;
  /** Empty when the source does not show who performs the step (a validation warning). */
  actorIds: string[];
  inputs: string;
  /** Waktu as written; empty when the source gives none. */
  timeText: string;
  /** The waktu read into a typed value (never rejected; `empty` when none). Optional only for hand-built test steps. */
  duration?: Duration;
  output: string;
  notes: string;
  decision?: Decision;
  /** From `lanjut`: where the flow goes instead of the next step (several: parallel work). */
  next?: number[];
  /** From `lanjut` written as arrows: what each exit of this (non-decision) step carries, by the step it leads to. */
  exitMarks?: Array<ArrowMarks & { to: number }>;
  /** From `selesai: true`: the flow ends here. */
  ends?: boolean;
  /** From `bentuk`: the shape as drawn; undefined = derived (see flow.stepShape). */
  shape?: StepShape;
  /** From a `bentuk` map: the shape of each listed actor's symbol (see flow.symbolShape). */
  actorShapes?: Record<string, StepShape>;
  /** From `panah`: arrows drawn inside the row between its symbols. */
  rowArrows?: RowArrow[];
  /** Frontmatter keys of this step whose values were inferred (`dugaan`), e.g. ["pelaksana"]. */
  inferred: string[];
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
