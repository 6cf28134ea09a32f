import { z } from 'zod';
import { idSchema, optionalText, textList } from './common.ts';
import type { ListItem } from './sp-parts.ts';

/**
 * The SOP's identity block and the sections around the flowchart table, as printed: the kop lines,
 * label variants ("Tanggal Pengesahan" where the template says Tanggal Efektif), printed text that
 * could not be typed, the signature block, the extra sections some templates add (Maksud dan Tujuan,
 * Ruang Lingkup) and Keterkaitan by title, by nomor or as a scope. Keys in sop.ts; here their schemas
 * and model types, so the identity part of the model is read in one place.
 */

/** Identity and box keys whose printed label may differ from the template's. */
export const LABELLED_KEYS = [
  'nomor', 'nama', 'tanggal_pembuatan', 'tanggal_revisi', 'tanggal_efektif', 'disahkan_oleh',
  'dasar_hukum', 'kualifikasi_pelaksana', 'keterkaitan', 'peralatan_perlengkapan', 'peringatan',
  'pencatatan_pendataan', 'maksud_tujuan', 'ruang_lingkup',
  // The flowchart table's own header words ("Uraian Prosedur", "Mutu Buku", "Ket"), by the step key of the column.
  'no', 'kegiatan', 'pelaksana', 'mutu_baku', 'kelengkapan', 'waktu', 'output', 'keterangan',
] as const;
export type LabelledKey = (typeof LABELLED_KEYS)[number];

/** The boxes whose entries may carry printed markers (`{teks, no, butir}`). */
export type BoxKey = 'dasar_hukum' | 'kualifikasi_pelaksana' | 'peralatan_perlengkapan' | 'peringatan' | 'pencatatan_pendataan';

/** Identity keys whose printed text may be kept beside the typed value. */
export const PRINTED_KEYS = [
  'nomor', 'nama', 'tanggal_pembuatan', 'tanggal_revisi', 'tanggal_efektif',
  'disahkan_oleh.nama', 'disahkan_oleh.jabatan', 'disahkan_oleh.nip',
] as const;
export type PrintedKey = (typeof PRINTED_KEYS)[number];

/** `label:` — the label as printed, per key: `{tanggal_efektif: Tanggal Pengesahan, nama: Judul SOP}`. */
export const labelSchema = z
  .partialRecord(z.enum(LABELLED_KEYS, { error: `kunci label harus salah satu dari: ${LABELLED_KEYS.join(', ')}` }), z.string().min(1))
  .default({});

/**
 * `tertulis:` — the text as printed where it could not be typed or differs from the typed value: a
 * date that does not exist ("31-9-2023", the typed date left empty), a title cut off in the identity
 * block but whole in the table title. Validation reports each difference.
 */
export const printedSchema = z
  .partialRecord(z.enum(PRINTED_KEYS, { error: `kunci tertulis harus salah satu dari: ${PRINTED_KEYS.join(', ')}` }), z.string().min(1))
  .default({});

/** `disahkan_oleh:` — the signature block; every line is optional (the NIP often is not printed). */
export const approvalSchema = z.strictObject({
  /** "Kepala Badan Pusat Statistik Provinsi …", as printed. */
  jabatan: optionalText,
  nama: optionalText,
  /** 18 digits, groups as written: "19650809 198603 1 012"; left out when not printed. */
  nip: optionalText,
});

/**
 * One Keterkaitan entry as printed: by title (`judul`), by number (`nomor`), or both; `sop` = the id
 * when the transcriber knows it; `lingkup` = a scope rather than one document ("Seluruh SOP di
 * lingkungan BPS Provinsi …"). At least one of them.
 */
export const relatedSchema = z
  .strictObject({
    /** The title as printed: "SOP Surat Masuk". */
    judul: z.string().min(1).optional(),
    /** The number as printed: "SOP-032/17000/2025". */
    nomor: z.string().min(1).optional(),
    /** The id of the SOP when it is published here (else it is found by nomor or judul). */
    sop: idSchema.optional(),
    /** A scope instead of one document: "Seluruh SOP di lingkungan Bagian Umum". */
    lingkup: z.string().min(1).optional(),
  })
  .refine((r) => r.judul !== undefined || r.nomor !== undefined || r.sop !== undefined || r.lingkup !== undefined, {
    error: 'keterkaitan perlu judul, nomor, sop atau lingkup',
  });

/** The identity part of the SOP frontmatter, spread into the SOP schema. */
export const identityKeys = {
  /** The kop (letterhead) lines as printed, top to bottom: "BADAN PUSAT STATISTIK", "PROVINSI …". */
  kop: textList,
  label: labelSchema,
  tertulis: printedSchema,
  disahkan_oleh: approvalSchema.optional(),
  /** "Maksud dan Tujuan", when the template prints it beside the six boxes. */
  maksud_tujuan: textList,
  /** "Ruang Lingkup", when the template prints it beside the six boxes. */
  ruang_lingkup: textList,
  keterkaitan: z.array(relatedSchema).default([]),
};

export interface RelatedRef {
  /** The title as printed; absent when the entry gives only a number or a scope. */
  title?: string;
  /** The number as printed. */
  number?: string;
  /** The id given by the transcriber. */
  sopId?: string;
  /** A scope ("Seluruh SOP di lingkungan …"), not one document. */
  scope?: string;
}

export interface Approval {
  name: string;
  position: string;
  nip: string;
}

export interface SopIdentity {
  /** Kop lines as printed. */
  letterhead: string[];
  /** Boxes written with printed markers or lead-in lines: their entries as printed (the others: plain lists). */
  boxes?: Partial<Record<BoxKey, ListItem[]>>;
  /** Printed labels that differ from the template's, by frontmatter key. */
  labels: Partial<Record<LabelledKey, string>>;
  /** Printed text kept beside an untypable or differing typed value, by frontmatter key. */
  printed: Partial<Record<PrintedKey, string>>;
  purpose: string[];
  scope: string[];
}

type IdentityInput = {
  kop: string[];
  label: Partial<Record<LabelledKey, string>>;
  tertulis: Partial<Record<PrintedKey, string>>;
  disahkan_oleh?: { nama: string; jabatan: string; nip: string } | undefined;
  maksud_tujuan: string[];
  ruang_lingkup: string[];
  keterkaitan: Array<{ judul?: string | undefined; nomor?: string | undefined; sop?: string | undefined; lingkup?: string | undefined }>;
};

/** The identity part of the transform: frontmatter keys -> model. */
export function identityModel(fm: IdentityInput): { identity: SopIdentity; approvedBy?: Approval; related: RelatedRef[] } {
  return {
    identity: { letterhead: fm.kop, labels: fm.label, printed: fm.tertulis, purpose: fm.maksud_tujuan, scope: fm.ruang_lingkup },
    ...(fm.disahkan_oleh ? { approvedBy: { name: fm.disahkan_oleh.nama, position: fm.disahkan_oleh.jabatan, nip: fm.disahkan_oleh.nip } } : {}),
    related: fm.keterkaitan.map((r) => ({
      ...(r.judul === undefined ? {} : { title: r.judul }),
      ...(r.nomor === undefined ? {} : { number: r.nomor }),
      ...(r.sop === undefined ? {} : { sopId: r.sop }),
      ...(r.lingkup === undefined ? {} : { scope: r.lingkup }),
    })),
  };
}

/** How a reference is named in messages and on pages: its title, else its number, else its scope. */
export function relatedName(ref: RelatedRef): string {
  return ref.title ?? ref.number ?? ref.scope ?? ref.sopId ?? '';
}
