/**
 * Places an imported document's unit in content/organisasi.yaml: an existing unit with the same name
 * is reused; otherwise the unit is added under its instansi and perangkat daerah (found by name, or
 * added too). The file's comments and order are kept; only new entries are appended.
 */
import { isMap, isSeq, parseDocument, type Document, YAMLMap, YAMLSeq } from 'yaml';
import { slug } from './frontmatter.ts';

export interface UnitPath {
  instansi: string;
  perangkatDaerah: string;
  unit: string;
}

export interface Placement {
  unitId: string;
  /** The file's new text (unchanged when the unit existed). */
  text: string;
  added: string[];
}

const same = (a: unknown, b: string) => typeof a === 'string' && a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

function allIds(node: unknown, out: Set<string>): void {
  if (isMap(node)) {
    const id = node.get('id');
    if (typeof id === 'string') out.add(id);
    for (const pair of node.items) allIds(pair.value, out);
  } else if (isSeq(node)) for (const item of node.items) allIds(item, out);
}

/** Every map with a `nama` under a `unit:` list, at any depth. */
function findUnit(node: unknown, name: string, underUnit = false): string | undefined {
  if (isMap(node)) {
    if (underUnit && same(node.get('nama'), name) && typeof node.get('id') === 'string') return node.get('id') as string;
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const hit = findUnit(pair.value, name, key === 'unit');
      if (hit) return hit;
    }
  } else if (isSeq(node)) for (const item of node.items) {
    const hit = findUnit(item, name, underUnit);
    if (hit) return hit;
  }
  return undefined;
}

export function placeUnit(text: string, path: UnitPath): Placement {
  const doc: Document = parseDocument(text.trim() ? text : 'instansi: []\n');
  const existing = findUnit(doc.contents, path.unit);
  if (existing) return { unitId: existing, text, added: [] };
  const ids = new Set<string>();
  allIds(doc.contents, ids);
  const fresh = (name: string) => {
    let id = slug(name, 'unit');
    for (let k = 2; ids.has(id); k++) id = `${slug(name, 'unit')}-${k}`;
    ids.add(id);
    return id;
  };
  const added: string[] = [];
  let instansiList = doc.get('instansi');
  if (!isSeq(instansiList)) {
    instansiList = new YAMLSeq();
    doc.set('instansi', instansiList);
  }
  const seq = instansiList as YAMLSeq;
  let instansi = seq.items.find((i) => isMap(i) && same(i.get('nama'), path.instansi)) as YAMLMap | undefined;
  if (!instansi) {
    instansi = doc.createNode({ id: fresh(path.instansi), nama: path.instansi, perangkat_daerah: [] }) as YAMLMap;
    seq.items.push(instansi);
    added.push(`instansi ${path.instansi}`);
  }
  let agencies = instansi.get('perangkat_daerah');
  if (!isSeq(agencies)) {
    agencies = new YAMLSeq();
    instansi.set('perangkat_daerah', agencies);
  }
  let agency = (agencies as YAMLSeq).items.find((a) => isMap(a) && same(a.get('nama'), path.perangkatDaerah)) as YAMLMap | undefined;
  if (!agency) {
    agency = doc.createNode({ id: fresh(path.perangkatDaerah), nama: path.perangkatDaerah, unit: [] }) as YAMLMap;
    (agencies as YAMLSeq).items.push(agency);
    added.push(`perangkat daerah ${path.perangkatDaerah}`);
  }
  let units = agency.get('unit');
  if (!isSeq(units)) {
    units = new YAMLSeq();
    agency.set('unit', units);
  }
  const unitId = fresh(path.unit);
  (units as YAMLSeq).items.push(doc.createNode({ id: unitId, nama: path.unit }));
  added.push(`unit ${path.unit}`);
  return { unitId, text: doc.toString({ lineWidth: 0 }), added };
}
