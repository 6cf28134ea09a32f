import { z } from 'zod';
import { isoDayOf, parsePartialDate, type PartialDate } from '../../dates/index.ts';

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
 * A printed placeholder: a dash standing where a value would be ("-", "–", "—"), as documents print an
 * empty date, box or cell. Kept as printed; it means that nothing was filled in.
 */
export const isPlaceholder = (text: string) => /^\s*[-–—]\s*$/.test(text);

type DateInput = Date | string | null | undefined;

/** The date in a YAML value (a Date for unquoted 2023-08-31, or a string); undefined when empty; an issue when unreadable. */
function readDate(value: DateInput, ctx: z.RefinementCtx<DateInput>): PartialDate | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const text = value instanceof Date ? isoDayOf(value) : value;
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
