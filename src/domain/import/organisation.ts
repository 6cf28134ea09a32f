/**
 * Places an imported document's unit in content/organisasi.yaml: an existing unit with the same name
 * is reused; otherwise the unit is added under its instansi and perangkat daerah (found by name, or
 * added too). The file's comments and order are kept; only new entries are appended.
 */
import { isMap, isSeq, parseDocument, type Document, YAMLMap, YAMLSeq } from 'yaml';
import { slug } from './frontmatter.ts';

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

/** The id of the node (at any depth) with this name. */
function findUnit(node: unknown, name: string): string | undefined {
  if (isMap(node)) {
    if (same(node.get('nama'), name) && typeof node.get('id') === 'string') return node.get('id') as string;
    for (const pair of node.items) {
      const hit = findUnit(pair.value, name);
      if (hit) return hit;
    }
  } else if (isSeq(node))
    for (const item of node.items) {
      const hit = findUnit(item, name);
      if (hit) return hit;
    }
  return undefined;
}

/**
 * `names`: the path from the top (instansi) to the document's own unit, as printed ("BADAN PUSAT
 * STATISTIK", "PROVINSI BENGKULU", "TIM STATISTIK SOSIAL"). Below the top, nodes are found (or added)
 * under `unit:`, or under `perangkat_daerah:` where a node already uses that key.
 */
export function placeUnit(text: string, names: readonly string[]): Placement {
  const doc: Document = parseDocument(text.trim() ? text : 'instansi:\n');
  const leaf = names[names.length - 1]!;
  const existing = findUnit(doc.contents, leaf);
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
  let list = doc.get('instansi');
  if (!isSeq(list)) {
    list = new YAMLSeq();
    doc.set('instansi', list);
  }
  let parent: YAMLMap | undefined;
  let node: YAMLMap | undefined;
  for (const name of names) {
    let seq: YAMLSeq;
    if (!parent) seq = list as YAMLSeq;
    else {
      const key = isSeq(parent.get('perangkat_daerah')) ? 'perangkat_daerah' : 'unit';
      if (!isSeq(parent.get(key))) parent.set(key, new YAMLSeq());
      seq = parent.get(key) as YAMLSeq;
    }
    node = seq.items.find((i) => isMap(i) && same(i.get('nama'), name)) as YAMLMap | undefined;
    if (!node) {
      node = doc.createNode({ id: fresh(name), nama: name }) as YAMLMap;
      seq.items.push(node);
      added.push(name);
    }
    parent = node;
  }
  return { unitId: String(node!.get('id')), text: doc.toString({ lineWidth: 0 }), added };
}
