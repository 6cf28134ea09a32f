import { z } from 'zod';
import { dateField, optionalText } from './common.ts';
import type { PartialDate } from '../../dates/index.ts';

/**
 * Monitoring and evaluation records of an SOP AP (Permenpan-RB 35/2012, "Monitoring dan Evaluasi"),
 * one YAML file each beside the documents: `content/pemantauan/<sop-id>/<tanggal>.yaml` and
 * `content/evaluasi/<sop-id>/<tanggal>.yaml`. Keys are the column heads of the regulation's forms
 * (Tabel "Monitoring Pelaksanaan SOP AP": Prosedur, Penilaian terhadap penerapan, Catatan hasil
 * penilaian, Tindakan yang harus diambil, Paraf penilai); the transforms map them, here only, onto
 * the English model below.
 */

/** A full day: a record is dated, never only by month. */
const dayField = dateField.refine((d) => d === undefined || d.day !== undefined, {
  error: 'tulis tanggal lengkap YYYY-MM-DD: catatan pemantauan dan evaluasi bertanggal',
});
const requiredDay = dayField.refine((d) => d !== undefined, { error: 'wajib diisi: tanggal' });

/** Paraf penilai: who assessed, as written on the form. */
const assessorSchema = z.strictObject({
  /** The assessor's name: "Dra. Siti Aminah". */
  nama: z.string().min(1),
  /** The office, when the form gives it: "Kepala Sub Bagian Umum dan Kepegawaian". */
  jabatan: optionalText,
});

/** "Berjalan dengan baik" or "Tidak berjalan dengan baik", in any capitals. */
export const MONITORING_VERDICTS = ['berjalan dengan baik', 'tidak berjalan dengan baik'] as const;
const spaced = (value: unknown) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : value);

const monitoredStepSchema = z.strictObject({
  /** The step's place in the SOP's `langkah` (the N of `#langkah-N`), not a printed number that differs. */
  langkah: z.number({ error: 'langkah: tulis nomor urut langkah di SOP (angka, mis. 3)' }).int().min(1),
  /** Penilaian terhadap penerapan: `berjalan dengan baik` | `tidak berjalan dengan baik`. */
  penilaian: z.preprocess(spaced, z.enum(MONITORING_VERDICTS, { error: `penilaian harus salah satu dari: ${MONITORING_VERDICTS.map((v) => `"${v}"`).join(', ')}` })),
  /** Catatan hasil penilaian, as written. */
  catatan: optionalText,
  /** Tindakan yang harus diambil, as written. */
  tindakan: optionalText,
});

export const monitoringRecordSchema = z
  .strictObject({
    /** The day of the monitoring; the file name starts with it. */
    tanggal: requiredDay,
    penilai: assessorSchema,
    /** How it was monitored, as written: "Observasi supervisor", "Wawancara dengan pelaksana". */
    metode: optionalText,
    /** One entry per step assessed, as the form's rows; steps left out were not assessed. */
    langkah: z.array(monitoredStepSchema).min(1, { error: 'catatan pemantauan perlu sedikitnya satu langkah yang dinilai' }),
  })
  .superRefine((record, ctx) => {
    const seen = new Map<number, number>();
    record.langkah.forEach((entry, i) => {
      const first = seen.get(entry.langkah);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: ['langkah', i, 'langkah'], message: `langkah ${entry.langkah} sudah dinilai di baris ${first + 1} catatan ini` });
      else seen.set(entry.langkah, i);
    });
  })
  .transform((record): MonitoringData => ({
    date: record.tanggal as RecordDate,
    assessor: { name: record.penilai.nama, position: record.penilai.jabatan },
    method: record.metode,
    steps: record.langkah.map((e) => ({ step: e.langkah, working: e.penilaian === 'berjalan dengan baik', note: e.catatan, action: e.tindakan })),
  }));

/** Kesimpulan of an evaluation: the SOP is kept, revised or revoked. */
export const EVALUATION_CONCLUSIONS = ['dipertahankan', 'direvisi', 'dicabut'] as const;
export type EvaluationConclusion = 'keep' | 'revise' | 'revoke';
const CONCLUSION_OF: Record<(typeof EVALUATION_CONCLUSIONS)[number], EvaluationConclusion> = { dipertahankan: 'keep', direvisi: 'revise', dicabut: 'revoke' };

const criterionSchema = z.strictObject({
  /** The criterion as printed on the form: "Mudah dipahami", "Mampu mendorong peningkatan kinerja". */
  uraian: z.string().min(1),
  /** `ya` | `tidak`. */
  penilaian: z.preprocess(spaced, z.enum(['ya', 'tidak'], { error: 'penilaian harus "ya" atau "tidak"' })),
  /** The note beside it, as written. */
  catatan: optionalText,
});

export const evaluationRecordSchema = z
  .strictObject({
    /** The day of the evaluation; the file name starts with it. */
    tanggal: requiredDay,
    penilai: assessorSchema,
    /** The criteria assessed, in the order of the form. */
    kriteria: z.array(criterionSchema).min(1, { error: 'catatan evaluasi perlu sedikitnya satu kriteria yang dinilai' }),
    /** `dipertahankan` | `direvisi` | `dicabut`. */
    kesimpulan: z.preprocess(spaced, z.enum(EVALUATION_CONCLUSIONS, { error: `kesimpulan harus salah satu dari: ${EVALUATION_CONCLUSIONS.join(', ')}` })),
    /** The evaluator's note on the conclusion, as written. */
    catatan: optionalText,
  })
  .transform((record): EvaluationData => ({
    date: record.tanggal as RecordDate,
    assessor: { name: record.penilai.nama, position: record.penilai.jabatan },
    criteria: record.kriteria.map((c) => ({ text: c.uraian, met: c.penilaian === 'ya', note: c.catatan })),
    conclusion: CONCLUSION_OF[record.kesimpulan],
    note: record.catatan,
  }));

/** A record's day: always a full date. */
export type RecordDate = PartialDate & { day: number };

export interface Assessor {
  name: string;
  /** Empty when the form gives no office. */
  position: string;
}

export interface MonitoredStep {
  /** The step's place in the SOP (`#langkah-N`). */
  step: number;
  /** "Berjalan dengan baik". */
  working: boolean;
  note: string;
  action: string;
}

export interface MonitoringData {
  date: RecordDate;
  assessor: Assessor;
  method: string;
  steps: MonitoredStep[];
}

export interface EvaluationData {
  date: RecordDate;
  assessor: Assessor;
  criteria: Array<{ text: string; met: boolean; note: string }>;
  conclusion: EvaluationConclusion;
  note: string;
}
