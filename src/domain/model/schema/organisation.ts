import { z } from 'zod';
import { idSchema } from './common.ts';

/**
 * The organisation, defined once in `content/organisasi.yaml`: a tree of any depth. Each top-level
 * `instansi` holds nodes under `unit:` (or, today's shape, `perangkat_daerah:`), and any node may hold
 * its own `unit:` list: a Pemerintah Provinsi -> dinas -> bidang, a national body -> provincial office
 * -> teams, a hospital -> instalasi. No level is forced. Every document names its node by id
 * (`unit: <id>`); ids are unique across the whole file.
 */

/** Default level names when a node gives no `jenis`. */
const ROOT_KIND = 'Instansi';
const AGENCY_KIND = 'Perangkat Daerah';
const UNIT_KIND = 'Unit';

interface RawNode {
  id: string;
  nama: string;
  singkatan?: string | undefined;
  jenis?: string | undefined;
  perangkat_daerah?: RawNode[] | undefined;
  unit?: RawNode[] | undefined;
}

const rawNodeSchema: z.ZodType<RawNode> = z.lazy(() =>
  z.strictObject({
    /** Referenced by `unit:` in every document, e.g. `bidang-pemberdayaan-usaha-kecil`. Unique in the file. */
    id: idSchema,
    /** As the documents write it: "Bidang Pemberdayaan Usaha Kecil", "Tim Statistik Sosial". */
    nama: z.string().min(1),
    /** Short name used in numbers and headers: "DISKOPUKM", "BPS". */
    singkatan: z.string().min(1).optional(),
    /** The level as the organisation names it: "Perangkat Daerah", "Bidang", "Tim Kerja", "Instalasi". */
    jenis: z.string().min(1).optional(),
    /** Today's shape under an instansi: its perangkat daerah (their `jenis` defaults to "Perangkat Daerah"). */
    perangkat_daerah: z.array(rawNodeSchema).optional(),
    /** The nodes below this one, to any depth. */
    unit: z.array(rawNodeSchema).optional(),
  }),
);

export interface OrgNode {
  id: string;
  name: string;
  abbreviation?: string;
  /** The level's name: `jenis` as written, else "Instansi" (top), "Perangkat Daerah" (under `perangkat_daerah:`) or "Unit". */
  kind: string;
  children: OrgNode[];
}
/** Kept for readers of the three-level model: every level is an OrgNode now. */
export type Instansi = OrgNode;
export type Agency = OrgNode;
export type Unit = OrgNode;

function toNode(raw: RawNode, defaultKind: string): OrgNode {
  return {
    id: raw.id,
    name: raw.nama,
    ...(raw.singkatan === undefined ? {} : { abbreviation: raw.singkatan }),
    kind: raw.jenis ?? defaultKind,
    children: [
      ...(raw.perangkat_daerah ?? []).map((c) => toNode(c, AGENCY_KIND)),
      ...(raw.unit ?? []).map((c) => toNode(c, UNIT_KIND)),
    ],
  };
}

/** One top-level entry of the file (also the Astro collection's entry schema). */
export const instansiSchema = rawNodeSchema.transform((raw): Instansi => toNode(raw, ROOT_KIND));

export const organisationFileSchema = z
  .strictObject({ instansi: z.array(rawNodeSchema).min(1) })
  .superRefine((file, ctx) => {
    // An id names one node: a second node with the same id would make `unit:` ambiguous.
    const seen = new Map<string, string>();
    const walk = (nodes: RawNode[], path: PropertyKey[]) =>
      nodes.forEach((node, i) => {
        const here = [...path, i];
        const first = seen.get(node.id);
        if (first !== undefined)
          ctx.addIssue({ code: 'custom', path: [...here, 'id'], input: node.id, message: `id "${node.id}" sudah dipakai oleh "${first}"; id unit harus unik di seluruh berkas` });
        else seen.set(node.id, node.nama);
        if (node.perangkat_daerah) walk(node.perangkat_daerah, [...here, 'perangkat_daerah']);
        if (node.unit) walk(node.unit, [...here, 'unit']);
      });
    walk(file.instansi, ['instansi']);
  })
  .transform((file) => ({ instansi: file.instansi.map((raw) => toNode(raw, ROOT_KIND)) }));

/** Where a node sits in the tree. */
export interface UnitPlace {
  /** The node a document names with `unit:` (at any depth, the instansi included). */
  unit: OrgNode;
  /** From the instansi down to the node itself, both included: the breadcrumbs. */
  path: OrgNode[];
  instansi: Instansi;
  /**
   * The body documents group under in reports and search: the node right under an umbrella instansi
   * (a dinas, a provincial office), or the top node itself when it has its own `jenis` (a hospital)
   * or when the document names it.
   */
  agency: Agency;
}

export class Organisation {
  readonly instansi: Instansi[];
  private readonly byId = new Map<string, UnitPlace>();

  constructor(instansi: Instansi[]) {
    this.instansi = instansi;
    const walk = (node: OrgNode, above: OrgNode[]) => {
      const path = [...above, node];
      // A top node with its own jenis (a hospital) is itself the body documents group under; an
      // umbrella ("Instansi": a Pemerintah Provinsi, a national body) groups by the node below it.
      const root = path[0]!;
      const agency = root.kind !== ROOT_KIND ? root : (path[1] ?? root);
      if (!this.byId.has(node.id)) this.byId.set(node.id, { unit: node, path, instansi: root, agency });
      for (const child of node.children) walk(child, path);
    };
    for (const root of instansi) walk(root, []);
  }

  unit(id: string): UnitPlace | undefined {
    return this.byId.get(id);
  }

  /** Every node's id, depth first in file order. */
  get unitIds(): string[] {
    return [...this.byId.keys()];
  }

  /** Every node's place, depth first in file order. */
  get places(): UnitPlace[] {
    return [...this.byId.values()];
  }
}
