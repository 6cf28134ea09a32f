import { z } from 'zod';

/**
 * Parts of a Standar Pelayanan as real ones print them: lists nested to any depth with their own
 * numbering (payer groups, a./b./c.), a tariff as a table (items, amounts in Rupiah, the regulation
 * that sets them), service hours, the groups and labels the source uses. Keys in
 * standar-pelayanan.ts; here their schemas and model types.
 */

// ---- Lists as printed ------------------------------------------------------------------------

export interface ListItem {
  /** The entry as printed, without its number. */
  text: string;
  /** The number or letter as printed ("a.", "1)", "-"); absent = the list's own numbering. */
  number?: string;
  /** Sub-items (a payer group's requirements, the a./b./c. under a point). */
  items: ListItem[];
}

interface RawItem {
  teks?: string | undefined;
  no?: string | undefined;
  butir?: Array<string | RawItem> | undefined;
}

const itemSchema: z.ZodType<string | RawItem> = z.lazy(() =>
  z.union([
    z.string().min(1, { error: 'entri kosong; hapus baris ini' }),
    z
      .strictObject({
        /** The entry's text: "Pasien Umum", "Pasien BPJS Kesehatan". Absent for a bare sub-list. */
        teks: z.string().min(1).optional(),
        /** The number, letter or marker as printed: "a.", "1)", "1,", "•"; `""`: printed without one (a lead-in line). */
        no: z.string().optional(),
        /** The entries under this one, as strings or as further {teks, no, butir}. */
        butir: z.array(itemSchema).optional(),
      })
      .refine((i) => i.teks !== undefined || (i.butir?.length ?? 0) > 0, { error: 'butir daftar perlu teks atau butir' }),
  ]),
);

/** A component list: plain strings, or {teks, no, butir} for printed numbers and nested items. */
export const nestedList = z.array(itemSchema).default([]);

/** An SOP box: the same entries (strings, or {teks, no, butir} where the box prints its own markers). */
export const boxList = nestedList;

/** A box's entries as the texts the checks and search read: each entry and sub-entry, depth first. */
export const boxTexts = (raw: Array<string | RawItem>): string[] => listTexts(toList(raw));

function toItem(raw: string | RawItem): ListItem {
  if (typeof raw === 'string') return { text: raw, items: [] };
  return { text: raw.teks ?? '', ...(raw.no === undefined ? {} : { number: raw.no }), items: (raw.butir ?? []).map(toItem) };
}
export const toList = (raw: Array<string | RawItem>): ListItem[] => raw.map(toItem);

/** Every text of a list, depth first: for search, comparisons and counts. */
export function listTexts(items: readonly ListItem[]): string[] {
  return items.flatMap((i) => [...(i.text ? [i.text] : []), ...listTexts(i.items)]);
}

// ---- Tariff ---------------------------------------------------------------------------------

export interface TariffRow {
  /** The service or item: "Pendaftaran pasien baru". */
  item: string;
  /** Payer group or class as printed ("Umum", "Kelas III"), when the table has one. */
  group?: string;
  /** The amount in Rupiah, when printed as an amount. */
  amount?: number;
  /** The amount as printed ("Rp. 15.000,-", "15.000", "Sesuai ketentuan BPJS"); for an amount written as a number, in Rupiah ("Rp15.000"). */
  amountText: string;
  /** "per kunjungan", "per hari". */
  unit?: string;
}
export interface Fee {
  /** The text as printed, its lines kept: "Gratis", or the sentence before the table. */
  text: string;
  /** The regulation that sets the tariff. */
  basis?: string;
  rows: TariffRow[];
  /** The table's header words as printed ("Tarif (R.p)"), by column; absent: the page's own. */
  headers: Partial<Record<'item' | 'group' | 'amount' | 'unit', string>>;
}

/** "Rp. 15.000,-", "Rp 1.250.000,00", "15000" -> 15000; undefined when the text is not an amount. */
export function rupiahAmount(text: string): number | undefined {
  const m = /^\s*(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(?:-|00?))?\s*,?-?\s*$/i.exec(text);
  return m ? Number(m[1]!.replace(/\./g, '')) : undefined;
}

const tariffRowSchema = z.strictObject({
  /** The service or item as printed. */
  layanan: z.string().min(1),
  /** Payer group or class: "Umum", "BPJS", "Kelas III". */
  kelompok: z.string().min(1).optional(),
  /** The amount: a number in Rupiah (15000) or the text as printed ("Rp. 15.000,-", "Sesuai ketentuan BPJS"). */
  tarif: z.union([z.number().nonnegative(), z.string().min(1)]),
  /** "per kunjungan", "per tindakan". */
  satuan: z.string().min(1).optional(),
});

/** `biaya_tarif`: text ("Gratis"), or {keterangan, dasar_hukum, rincian[]} for a tariff table. */
export const feeSchema = z
  .union([
    z.string(),
    z.strictObject({
      /** The sentence as printed before or instead of the table. */
      keterangan: z.string().default(''),
      /** The regulation that sets the tariff: "Peraturan Gubernur … Nomor 12 Tahun 2023 tentang Tarif Layanan …". */
      dasar_hukum: z.string().min(1).optional(),
      /** The tariff table, one row per item (and payer group). */
      rincian: z.array(tariffRowSchema).default([]),
      /** The table's header words as printed, by column: `{tarif: "Tarif (R.p)", layanan: "Jenis Pelayanan"}`. */
      label: z.partialRecord(z.enum(['layanan', 'kelompok', 'tarif', 'satuan']), z.string().min(1)).default({}),
    }),
  ])
  .default('');

type RawFee =
  | string
  | { keterangan: string; dasar_hukum?: string | undefined; rincian: Array<z.infer<typeof tariffRowSchema>>; label: Partial<Record<'layanan' | 'kelompok' | 'tarif' | 'satuan', string>> };

export function toFee(raw: RawFee): Fee {
  if (typeof raw === 'string') return { text: raw.replace(/\s+$/, ''), rows: [], headers: {} };
  const { layanan, kelompok, tarif, satuan } = raw.label;
  return {
    text: raw.keterangan.replace(/\s+$/, ''),
    headers: { ...(layanan && { item: layanan }), ...(kelompok && { group: kelompok }), ...(tarif && { amount: tarif }), ...(satuan && { unit: satuan }) },
    ...(raw.dasar_hukum === undefined ? {} : { basis: raw.dasar_hukum }),
    rows: raw.rincian.map((r) => {
      const amount = typeof r.tarif === 'number' ? r.tarif : rupiahAmount(r.tarif);
      return {
        item: r.layanan,
        ...(r.kelompok === undefined ? {} : { group: r.kelompok }),
        ...(amount === undefined ? {} : { amount }),
        amountText: typeof r.tarif === 'string' ? r.tarif : formatRupiah(r.tarif),
        ...(r.satuan === undefined ? {} : { unit: r.satuan }),
      };
    }),
  };
}

/** 15000 -> "Rp15.000" (Indonesian grouping). */
export const formatRupiah = (amount: number) => `Rp${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(amount)}`;

/** A fee with no tariff and a text that says free: "Gratis", "Tidak dipungut biaya". */
export const isFree = (fee: Fee) => fee.rows.length === 0 && /^(gratis|tidak dipungut biaya|tanpa biaya)\b/i.test(fee.text.trim());

// ---- Service hours --------------------------------------------------------------------------

export interface ServiceHours {
  /** "Senin – Kamis", "Jumat", "Setiap hari (IGD)". */
  days: string;
  /** "08.00 – 14.00 WIB", "24 jam". */
  hours: string;
  note?: string;
}

/** `jam_pelayanan`: one row per day range, or a plain line as printed. */
export const hoursSchema = z
  .array(
    z.union([
      z.string().min(1),
      z.strictObject({
        hari: z.string().min(1),
        jam: z.string().min(1),
        keterangan: z.string().min(1).optional(),
      }),
    ]),
  )
  .default([]);

export const toHours = (raw: Array<string | { hari: string; jam: string; keterangan?: string | undefined }>): ServiceHours[] =>
  raw.map((h) => (typeof h === 'string' ? { days: '', hours: h } : { days: h.hari, hours: h.jam, ...(h.keterangan === undefined ? {} : { note: h.keterangan }) }));
