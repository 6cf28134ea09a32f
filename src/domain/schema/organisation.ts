import { z } from 'zod';
import { idSchema } from './common.ts';

/**
 * The organisation, defined once in `content/organisasi.yaml`: instansi -> perangkat daerah -> unit.
 * Every document names its unit by id.
 */
const unitSchema = z.strictObject({
  /** Referenced by `unit:` in every document, e.g. `bidang-pemberdayaan-usaha-kecil`. */
  id: idSchema,
  /** As the documents write it: "Bidang Pemberdayaan Usaha Kecil". */
  nama: z.string().min(1),
});

const agencySchema = z.strictObject({
  id: idSchema,
  /** "Dinas Koperasi, Usaha Kecil dan Menengah". */
  nama: z.string().min(1),
  /** Short name used in SOP numbers and headers: "DISKOPUKM". */
  singkatan: z.string().optional(),
  /** Units (bidang, sub bagian, biro) of this perangkat daerah. */
  unit: z.array(unitSchema).min(1),
});

export const instansiSchema = z
  .strictObject({
    id: idSchema,
    /** "Pemerintah Provinsi Kalimantan Barat". */
    nama: z.string().min(1),
    perangkat_daerah: z.array(agencySchema).min(1),
  })
  .transform(
    (i): Instansi => ({
      id: i.id,
      name: i.nama,
      agencies: i.perangkat_daerah.map((a) => ({
        id: a.id,
        name: a.nama,
        abbreviation: a.singkatan,
        units: a.unit.map((u) => ({ id: u.id, name: u.nama })),
      })),
    }),
  );

export const organisationFileSchema = z.strictObject({ instansi: z.array(instansiSchema).min(1) });

export interface Unit {
  id: string;
  name: string;
}
export interface Agency {
  id: string;
  name: string;
  abbreviation?: string;
  units: Unit[];
}
export interface Instansi {
  id: string;
  name: string;
  agencies: Agency[];
}

/** Where a unit sits: the unit with its perangkat daerah and instansi. */
export interface UnitPlace {
  unit: Unit;
  agency: Agency;
  instansi: Instansi;
}

export class Organisation {
  readonly instansi: Instansi[];
  private readonly byUnit = new Map<string, UnitPlace>();

  constructor(instansi: Instansi[]) {
    this.instansi = instansi;
    for (const i of instansi)
      for (const agency of i.agencies)
        for (const unit of agency.units) this.byUnit.set(unit.id, { unit, agency, instansi: i });
  }

  unit(id: string): UnitPlace | undefined {
    return this.byUnit.get(id);
  }

  get unitIds(): string[] {
    return [...this.byUnit.keys()];
  }
}
