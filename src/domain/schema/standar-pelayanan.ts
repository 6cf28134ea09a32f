import { z } from 'zod';
import { parseDuration, type Duration, type PlainDayRule } from '../time/duration.ts';
import { dayRuleFields, plainDayOf } from '../time/frontmatter.ts';
import { idSchema, optionalText, textList } from './common.ts';
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

export const CHANNEL_KINDS = ['tatap-muka', 'kotak-pengaduan', 'whatsapp', 'telepon', 'faksimile', 'email', 'website'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

const channelSchema = z.strictObject({
  /** What kind of channel, so that it can become a link (`tel:`, WhatsApp, `mailto:`, a web address). */
  jenis: z.enum(CHANNEL_KINDS, { error: `jenis saluran harus salah satu dari: ${CHANNEL_KINDS.join(', ')}` }),
  /** The entry as written: "Telepon : (0561) 736541 ext. 126". */
  keterangan: z.string().min(1),
  /** The number or address alone: "(0561) 736541 ext. 126", "kesra@kalbarprov.go.id", "www.lapor.go.id". */
  alamat: z.string().optional(),
});

export const standarPelayananFrontmatterSchema = z
  .strictObject({
    /** The service: "Pelayanan Konsultasi". */
    nama: z.string().min(1),
    /** Decree number of the standard, when it has one; empty otherwise. */
    nomor: optionalText,
    /** Owning unit: an id from content/organisasi.yaml. */
    unit: idSchema,
    /** 1. Persyaratan: what the applicant brings. */
    persyaratan: textList,
    /** 2. Sistem, mekanisme dan prosedur: the applicant's steps, in order. */
    sistem_mekanisme_prosedur: textList,
    /** 3. Jangka waktu penyelesaian, one or more named parts. */
    jangka_waktu_penyelesaian: z.array(timedPart).default([]),
    /** 4. Biaya/tarif: "Gratis", or the fee as written. */
    biaya_tarif: optionalText,
    /** 5. Produk pelayanan. */
    produk_pelayanan: textList,
    /** 6. Penanganan pengaduan, saran dan masukan. */
    penanganan_pengaduan: z
      .strictObject({
        saluran: z.array(channelSchema).default([]),
        /** The complaint flow, in order; empty when the source gives none. */
        alur: textList,
        /** Resolution time per kind of complaint. */
        jangka_waktu: z.array(timedPart).default([]),
      })
      .default({ saluran: [], alur: [], jangka_waktu: [] }),
    /** 7. Dasar hukum. */
    dasar_hukum: textList,
    /** 8. Sarana, prasarana dan/atau fasilitas. */
    sarana_prasarana: textList,
    /** 9. Kompetensi pelaksana. */
    kompetensi_pelaksana: textList,
    /** 10. Pengawasan internal. */
    pengawasan_internal: textList,
    /** 11. Jumlah pelaksana, as written: "5 (lima) orang". */
    jumlah_pelaksana: optionalText,
    /** 12. Jaminan pelayanan. */
    jaminan_pelayanan: textList,
    /** 13. Jaminan keamanan dan keselamatan pelayanan. */
    jaminan_keamanan_keselamatan: textList,
    /** 14. Evaluasi kinerja pelaksana. */
    evaluasi_kinerja_pelaksana: textList,
    /** Ids of the SOPs that carry this service out; empty when none is named. */
    sop: z.array(idSchema).default([]),
    ...lifecycleFields,
    /** How plain "hari" in the promises counts: "hari kerja" (absent) or "hari kalender". */
    ...dayRuleFields,
  })
  .superRefine(checkLifecycle)
  .transform((fm): StandarPelayananData => {
    const timed = (p: { bagian: string; waktu: string }): TimedPart => {
      return { label: p.bagian, timeText: p.waktu, duration: parseDuration(p.waktu, plainDayOf(fm)) };
    };
    return {
      title: fm.nama,
      number: fm.nomor,
      unitId: fm.unit,
      requirements: fm.persyaratan,
      procedure: fm.sistem_mekanisme_prosedur,
      completionTime: fm.jangka_waktu_penyelesaian.map(timed),
      fee: fm.biaya_tarif,
      products: fm.produk_pelayanan,
      complaints: {
        channels: fm.penanganan_pengaduan.saluran.map((c) => ({ kind: c.jenis, text: c.keterangan, address: c.alamat })),
        flow: fm.penanganan_pengaduan.alur,
        resolutionTimes: fm.penanganan_pengaduan.jangka_waktu.map(timed),
      },
      legalBasis: fm.dasar_hukum,
      facilities: fm.sarana_prasarana,
      competence: fm.kompetensi_pelaksana,
      internalSupervision: fm.pengawasan_internal,
      staffCount: fm.jumlah_pelaksana,
      serviceGuarantee: fm.jaminan_pelayanan,
      safetyGuarantee: fm.jaminan_keamanan_keselamatan,
      performanceEvaluation: fm.evaluasi_kinerja_pelaksana,
      sopIds: fm.sop,
      lifecycle: lifecycleOf(fm),
      dayRule: plainDayOf(fm),
    };
  });

export type StandarPelayananFrontmatter = z.input<typeof standarPelayananFrontmatterSchema>;

export interface TimedPart {
  label: string;
  timeText: string;
  duration: Duration;
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
  requirements: string[];
  procedure: string[];
  completionTime: TimedPart[];
  fee: string;
  products: string[];
  complaints: { channels: ComplaintChannel[]; flow: string[]; resolutionTimes: TimedPart[] };
  legalBasis: string[];
  facilities: string[];
  competence: string[];
  internalSupervision: string[];
  staffCount: string;
  serviceGuarantee: string[];
  safetyGuarantee: string[];
  performanceEvaluation: string[];
  sopIds: string[];
  lifecycle: Lifecycle;
  /** How plain "hari" counts (`hitungan_hari`). */
  dayRule: PlainDayRule;
}
