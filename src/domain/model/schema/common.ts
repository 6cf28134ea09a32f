import { z } from 'zod';

/** An id as used in file names and references: lower case words joined by hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'id harus huruf kecil, angka dan tanda hubung, misalnya "ketua-tim"',
  })
  // A unit's id names its page's folder (/unit/<id>/): a file system takes 255 bytes.
  .max(100, { error: 'id paling panjang 100 karakter' });

/** A box of the SOP or a component of a Standar Pelayanan: a list of entries as written. */
export const textList = z.array(z.string().min(1, { error: 'entri kosong; hapus baris ini' })).default([]);

/** Free text as written; an empty cell in the source stays empty. */
export const optionalText = z.string().default('');

/**
 * A date as the documents give it: a full day (`2023-08-31`) or only a month (`2023-08`, for
 * "Agustus 2023"). Empty when the source leaves it blank or gives a date that does not exist.
 */
export interface PartialDate {
  year: number;
  month: number;
  day?: number;
  /** ISO text: "2023-08-31" or "2023-08". */
  iso: string;
}

export function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function parsePartialDate(text: string): PartialDate | string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
  if (!m) return `tanggal "${text}" tidak terbaca; tulis YYYY-MM-DD, atau YYYY-MM bila hanya bulan dan tahun`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month < 1 || month > 12) return `tanggal "${text}" tidak ada: bulan ${month}`;
  if (day !== undefined && !isRealDay(year, month, day)) return `tanggal "${text}" tidak ada di kalender`;
  return day === undefined ? { year, month, iso: text.trim() } : { year, month, day, iso: text.trim() };
}

/**
 * A printed placeholder: a dash standing where a value would be ("-", "–", "—"), as documents print an
 * empty date, box or cell. Kept as printed; it means that nothing was filled in.
 */
export const isPlaceholder = (text: string) => /^\s*[-–—]\s*$/.test(text);

type DateInput = Date | string | null | undefined;

/** The date in a YAML value (a Date for unquoted 2023-08-31, or a string); undefined when empty; an issue when unreadable. */
function readDate(value: DateInput, ctx: z.RefinementCtx<DateInput>): PartialDate | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const parsed = parsePartialDate(text);
  if (typeof parsed === 'string') {
    ctx.issues.push({ code: 'custom', message: parsed, input: value });
    return z.NEVER;
  }
  return parsed;
}

const dateInput = z.union([z.date(), z.string(), z.null()]).optional();

/** YAML may hand us a Date (unquoted 2023-08-31) or a string; both mean the same. A printed placeholder ("-") is no date. */
export const dateField = dateInput.transform((value, ctx): PartialDate | undefined =>
  typeof value === 'string' && isPlaceholder(value) ? undefined : readDate(value, ctx),
);

/** A date of the identity block: a date, or the placeholder printed instead of one (`{placeholder: "-"}`), kept to be shown as printed. */
export const printedDateField = dateInput.transform((value, ctx): PartialDate | { placeholder: string } | undefined =>
  typeof value === 'string' && isPlaceholder(value) ? { placeholder: value.trim() } : readDate(value, ctx),
);
