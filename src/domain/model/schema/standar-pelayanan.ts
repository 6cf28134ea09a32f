import { z } from 'zod';
import { parseDuration, type Duration, type PlainDayRule } from '../../time/index.ts';
import { dayRuleFields, plainDayOf } from './day-rule.ts';
import { idSchema, optionalText } from './common.ts';
import { feeSchema, hoursSchema, nestedList, toFee, toHours, toList, type Fee, type ListItem, type ServiceHours } from './sp-parts.ts';
import { checkLifecycle, lifecycleFields, lifecycleOf, type Lifecycle } from './lifecycle.ts';

/**
 * Frontmatter of a Standar Pelayanan: the 14 components of Permenpan-RB 15/2014, service-delivery
 * components (1-6) first, then the management components (7-14). Keys are the official terms;
 * the transform maps them onto the English model below.
 */

/** A time promise as printed ("maksimal 5 menit", "1x24 jam"); read by the same parser as SOP step times, never rejected. */
const durationText = z.string();

const timedPart = z.strictObject({
  /** "Administrasi", "Konsultasi"; or the kind of complaint: "Pengaduan ringan". */
  bagian: z.string().min(1),
  /** "15 Menit", "Sesuai materi konsultasi", "5 hari kerja". */
  waktu: durationText,
});

type RawPromiseItem = { teks?: string | undefined; no?: string | undefined; butir?: Array<string | RawPromiseItem> | undefined; waktu?: string | undefined };

/**
 * A time promise printed as a sentence, kept whole: its number, its text and its sub-items (a./b.),
 * `{teks, no?, butir?, waktu?}` (or a plain string). `waktu`: the time words of the sentence, copied
 * as printed, when the promise is to be compared with the SOPs that carry it out.
 */
const promiseSentence: z.ZodType<string | RawPromiseItem> = z.lazy(() =>
  z.union([
    z.string().min(1, { error: 'entri kosong; hapus baris ini' }),
    z
      .strictObject({
        /** The sentence as printed, without its number. */
        teks: z.string().min(1).optional(),
        /** Its number or letter as printed: "1.", "a.". */
        no: z.string().optional(),
        /** The sub-items printed under it. */
        butir: z.array(promiseSentence).optional(),
        /** The time words of the sentence as printed ("14 hari kerja"), to compare with the SOP. */
        waktu: durationText.optional(),
      })
      .refine((i) => i.teks !== undefined || (i.butir?.length ?? 0) > 0, { error: 'butir daftar perlu teks atau butir' }),
  ]),
);

export const CHANNEL_KINDS = ['tatap-muka', 'kotak-pengaduan', 'whatsapp', 'sms', 'telepon', 'faksimile', 'email', 'website', 'lainnya'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

const channelSchema = z.strictObject({
  /** What kind of channel, so that it can become a link (`tel:`, `sms:`, WhatsApp, `mailto:`, a web address); `lainnya` stays text. */
  jenis: z.enum(CHANNEL_KINDS, { error: `jenis saluran harus salah satu dari: ${CHANNEL_KINDS.join(', ')}` }),
  /** The entry as written: "Telepon : (0561) 736541 ext. 126". */
  keterangan: z.string().min(1),
  /** The number or address alone: "(0561) 736541 ext. 126", "kesra@kalbarprov.go.id", "www.lapor.go.id". */
  alamat: z.string().optional(),
});

/**
 * The components in the regulation's order (1-14), then the extra ones real standards print. Each
 * key may be relabelled (`label:`) and regrouped (`kelompok:`) as the source prints it.
 */
export const SP_COMPONENTS = [
  'persyaratan', 'sistem_mekanisme_prosedur', 'jangka_waktu_penyelesaian', 'biaya_tarif', 'produk_pelayanan',
  'penanganan_pengaduan', 'dasar_hukum', 'sarana_prasarana', 'kompetensi_pelaksana', 'pengawasan_internal',
  'jumlah_pelaksana', 'jaminan_pelayanan', 'jaminan_keamanan_keselamatan', 'evaluasi_kinerja_pelaksana',
  'jam_pelayanan', 'mekanisme',
] as const;
export type SpComponent = (typeof SP_COMPONENTS)[number];
const componentKey = z.enum(SP_COMPONENTS, { error: `komponen harus salah satu dari: ${SP_COMPONENTS.join(', ')}` });

export const standarPelayananFrontmatterSchema = z
  .strictObject({
    /** The service: "Pelayanan Konsultasi". */
    nama: z.string().min(1),
    /** Decree number of the standard, when it has one; empty otherwise. */
    nomor: optionalText,
    /** Owning unit: an id from content/organisasi.yaml. */
    unit: idSchema,
    /** 1. Persyaratan: what the applicant brings. */
    persyaratan: nestedList,
    /** 2. Sistem, mekanisme dan prosedur: the applicant's steps, in order (when printed apart: "Prosedur"). */
    sistem_mekanisme_prosedur: nestedList,
    /** "Mekanisme", when the source prints it as a component of its own apart from the procedure (part of component 2). */
    mekanisme: nestedList.unwrap().optional(),
    /**
     * 3. Jangka waktu penyelesaian: named parts `{bagian, waktu}`, or the promise as printed, a
     * sentence with its number and sub-items (`{teks, no?, butir?, waktu?}` or a string).
     */
    jangka_waktu_penyelesaian: z.array(z.union([timedPart, promiseSentence])).default([]),
    /** 4. Biaya/tarif: "Gratis" or the text as printed, or {keterangan, dasar_hukum, rincian[]} for a tariff table. */
    biaya_tarif: feeSchema,
    /** 5. Produk pelayanan. */
    produk_pelayanan: nestedList,
    /** 6. Penanganan pengaduan, saran dan masukan. */
    penanganan_pengaduan: z
      .strictObject({
        saluran: z.array(channelSchema).default([]),
        /** The complaint flow, in order; empty when the source gives none. */
        alur: nestedList,
        /** Resolution time per kind of complaint. */
        jangka_waktu: z.array(timedPart).default([]),
      })
      .default({ saluran: [], alur: [], jangka_waktu: [] }),
    /** 7. Dasar hukum. */
    dasar_hukum: nestedList,
    /** 8. Sarana, prasarana dan/atau fasilitas. */
    sarana_prasarana: nestedList,
    /** 9. Kompetensi pelaksana. */
    kompetensi_pelaksana: nestedList,
    /** 10. Pengawasan internal. */
    pengawasan_internal: nestedList,
    /** 11. Jumlah pelaksana, as written: "5 (lima) orang". */
    jumlah_pelaksana: optionalText,
    /** 12. Jaminan pelayanan. */
    jaminan_pelayanan: nestedList,
    /** 13. Jaminan keamanan dan keselamatan pelayanan. */
    jaminan_keamanan_keselamatan: nestedList,
    /** 14. Evaluasi kinerja pelaksana. */
    evaluasi_kinerja_pelaksana: nestedList,
    /** Service hours ("Jam Pelayanan", "Waktu Pelayanan"): [{hari, jam, keterangan?}] or lines as printed. */
    jam_pelayanan: hoursSchema,
    /** Labels as printed where they differ from the regulation's: `{jangka_waktu_penyelesaian: Jangka Waktu Pelayanan}`. */
    label: z.partialRecord(componentKey, z.string().min(1)).default({}),
    /**
     * The groups the source prints, in order, each with its components in order:
     * `[{judul: Komponen Service Delivery, komponen: [persyaratan, …]}, …]`; `judul` left out for a
     * group printed without a title. Absent: the regulation's two.
     */
    kelompok: z.array(z.strictObject({ judul: z.string().min(1).optional(), komponen: z.array(componentKey).min(1) })).optional(),
    /** The components' numbers as printed, where they differ from the count the page makes: `{biaya_tarif: "IV."}`; `""` = printed unnumbered. */
    nomor_komponen: z.partialRecord(componentKey, z.string()).optional(),
    /** Ids of the SOPs that carry this service out; empty when none is named. */
    sop: z.array(idSchema).default([]),
    ...lifecycleFields,
    /** How plain "hari" in the promises counts: "hari kerja" (absent) or "hari kalender". */
    ...dayRuleFields,
  })
  .superRefine(checkLifecycle)
  .superRefine((fm, ctx) => {
    if (!fm.kelompok) return;
    // Every component printed somewhere, once: a component left out of the groups would vanish from the page.
    const placed = new Map<string, number>();
    fm.kelompok.forEach((group, g) =>
      group.komponen.forEach((key, k) => {
        if (placed.has(key)) ctx.addIssue({ code: 'custom', path: ['kelompok', g, 'komponen', k], message: `komponen "${key}" sudah ada di kelompok ke-${placed.get(key)! + 1}` });
        else placed.set(key, g);
      }),
    );
    for (const key of SP_COMPONENTS)
      if (!placed.has(key) && hasContent(fm[key]))
        ctx.addIssue({ code: 'custom', path: [key], message: `komponen "${key}" terisi tetapi tidak ada di kelompok mana pun; tambahkan ke kelompok yang mencetaknya` });
  })
  .transform((fm): StandarPelayananData => {
    const timed = (p: { bagian: string; waktu: string }): TimedPart => {
      return { label: p.bagian, timeText: p.waktu, duration: parseDuration(p.waktu, plainDayOf(fm)) };
    };
    // A promise printed as a sentence: kept whole; its time is the words copied in `waktu`, else none (not compared).
    const promise = (p: { bagian: string; waktu: string } | string | RawPromiseItem): TimedPart => {
      if (typeof p !== 'string' && 'bagian' in p) return timed(p as { bagian: string; waktu: string });
      const item = toPromise(p);
      const words = typeof p === 'string' ? undefined : p.waktu;
      return { label: '', timeText: words ?? '', duration: parseDuration(words ?? '', plainDayOf(fm)), item };
    };
    return {
      title: fm.nama,
      number: fm.nomor,
      unitId: fm.unit,
      requirements: toList(fm.persyaratan),
      procedure: toList(fm.sistem_mekanisme_prosedur),
      mechanism: toList(fm.mekanisme ?? []),
      completionTime: fm.jangka_waktu_penyelesaian.map(promise),
      fee: toFee(fm.biaya_tarif),
      products: toList(fm.produk_pelayanan),
      complaints: {
        channels: fm.penanganan_pengaduan.saluran.map((c) => ({ kind: c.jenis, text: c.keterangan, address: c.alamat })),
        flow: toList(fm.penanganan_pengaduan.alur),
        resolutionTimes: fm.penanganan_pengaduan.jangka_waktu.map(timed),
      },
      legalBasis: toList(fm.dasar_hukum),
      facilities: toList(fm.sarana_prasarana),
      competence: toList(fm.kompetensi_pelaksana),
      internalSupervision: toList(fm.pengawasan_internal),
      staffCount: fm.jumlah_pelaksana,
      serviceGuarantee: toList(fm.jaminan_pelayanan),
      safetyGuarantee: toList(fm.jaminan_keamanan_keselamatan),
      performanceEvaluation: toList(fm.evaluasi_kinerja_pelaksana),
      serviceHours: toHours(fm.jam_pelayanan),
      labels: fm.label,
      printedNumbers: fm.nomor_komponen ?? {},
      ...(fm.kelompok ? { groups: fm.kelompok.map((g) => ({ ...(g.judul !== undefined && { title: g.judul }), components: g.komponen })) } : {}),
      sopIds: fm.sop,
      lifecycle: lifecycleOf(fm),
      dayRule: plainDayOf(fm),
    };
  });

/** A component with something in it: a non-empty text, list, or complaint section. */
function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(hasContent);
  return false;
}

export type StandarPelayananFrontmatter = z.input<typeof standarPelayananFrontmatterSchema>;

export interface TimedPart {
  /** The part's name ("Administrasi"); "" for a promise printed as a sentence. */
  label: string;
  /** The time as printed; for a sentence, the time words copied from it (`waktu`), or "". */
  timeText: string;
  duration: Duration;
  /** A promise printed as a sentence: its text, number and sub-items as printed. */
  item?: ListItem;
}

/** A printed promise sentence as a list item (its `waktu` is read into the TimedPart, not shown twice). */
function toPromise(raw: string | RawPromiseItem): ListItem {
  if (typeof raw === 'string') return { text: raw, items: [] };
  return { text: raw.teks ?? '', ...(raw.no === undefined ? {} : { number: raw.no }), items: (raw.butir ?? []).map(toPromise) };
}

export interface ComplaintChannel {
  kind: ChannelKind;
  text: string;
  address?: string;
}

export interface StandarPelayananData {
  title: string;
  number: string;
  unitId: string;
  requirements: ListItem[];
  procedure: ListItem[];
  /** "Mekanisme" printed as a component of its own (empty when the source prints it with the procedure). */
  mechanism: ListItem[];
  completionTime: TimedPart[];
  fee: Fee;
  products: ListItem[];
  complaints: { channels: ComplaintChannel[]; flow: ListItem[]; resolutionTimes: TimedPart[] };
  legalBasis: ListItem[];
  facilities: ListItem[];
  competence: ListItem[];
  internalSupervision: ListItem[];
  staffCount: string;
  serviceGuarantee: ListItem[];
  safetyGuarantee: ListItem[];
  performanceEvaluation: ListItem[];
  serviceHours: ServiceHours[];
  /** Printed labels that differ from the regulation's, by frontmatter key. */
  labels: Partial<Record<SpComponent, string>>;
  /** Component numbers as printed, where given (`nomor_komponen`; "" = unnumbered). */
  printedNumbers: Partial<Record<SpComponent, string>>;
  /** The groups as printed (absent: the regulation's two groups); a group printed without a title has none. */
  groups?: Array<{ title?: string; components: SpComponent[] }>;
  sopIds: string[];
  lifecycle: Lifecycle;
  /** How plain "hari" counts (`hitungan_hari`). */
  dayRule: PlainDayRule;
}
