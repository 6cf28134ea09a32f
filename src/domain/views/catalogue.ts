import type { OrgNode, Organisation, UnitPlace } from '../model/index.ts';

/**
 * The catalogue: the organisation tree with each node's documents, pruned to the nodes that hold a
 * document somewhere below them. The home page lists it; every node in it gets a unit page.
 */
export interface CatalogueNode<D> {
  node: OrgNode;
  place: UnitPlace;
  /** Documents that name this node itself (`unit: <id>`), in the caller's order. */
  documents: D[];
  /** Child nodes that hold documents, in file order. */
  children: CatalogueNode<D>[];
  /** Documents in this node and everything below it. */
  total: number;
}

export function buildCatalogue<D extends { data: { unitId: string } }>(organisation: Organisation, documents: readonly D[]): CatalogueNode<D>[] {
  const byUnit = new Map<string, D[]>();
  for (const doc of documents) {
    const list = byUnit.get(doc.data.unitId);
    if (list) list.push(doc);
    else byUnit.set(doc.data.unitId, [doc]);
  }
  const visit = (node: OrgNode): CatalogueNode<D> | undefined => {
    const children = node.children.map(visit).filter((c): c is CatalogueNode<D> => c !== undefined);
    const own = byUnit.get(node.id) ?? [];
    const total = own.length + children.reduce((sum, c) => sum + c.total, 0);
    return total === 0 ? undefined : { node, place: organisation.unit(node.id)!, documents: own, children, total };
  };
  return organisation.instansi.map(visit).filter((c): c is CatalogueNode<D> => c !== undefined);
}

/** Every node of the catalogue, depth first. */
export function catalogueNodes<D>(roots: readonly CatalogueNode<D>[]): CatalogueNode<D>[] {
  return roots.flatMap((r) => [r, ...catalogueNodes(r.children)]);
}

/** The breadcrumb trail of a node: the whole hierarchy, from the instansi (or hospital, or national body) down to it. */
export function crumbPath(place: UnitPlace): OrgNode[] {
  return place.path;
}

/**
 * "Bidang X · Dinas Y": the node and its ancestors, nearest first, without the top instansi when
 * there is a level between them (a Pemerintah Provinsi, a national body); a hospital's instalasi
 * keeps its hospital.
 */
export function placeLine(place: UnitPlace): string {
  const path = place.path.length > 2 ? place.path.slice(1) : place.path;
  return [...path].reverse().map((n) => n.name).join(' · ');
}
