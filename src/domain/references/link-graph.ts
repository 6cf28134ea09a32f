import type { Corpus, CorpusDocument } from '../model/index.ts';
import { escapeLabel, mermaidText } from '../mermaid/index.ts';
import { buildReferenceIndex, unresolvedReferences, type ReferenceIndex } from './resolve.ts';
import type { RelatedRef } from '../model/index.ts';
import { kindTitle } from '../views/index.ts';

/**
 * The graph of keterkaitan between documents, as data and as mermaid `flowchart` source: published
 * documents grouped by perangkat daerah, each node a link to its page; titles not published here in
 * a separate subgraph, drawn dashed. Only documents with at least one link are drawn; the plain list
 * next to the diagram is its text equivalent.
 */
/**
 * Above this many nodes a diagram is unreadable (and slow to lay out): the page then shows only the
 * text list; the mermaid source stays in /kepatuhan.json.
 */
export const LINK_GRAPH_DIAGRAM_LIMIT = 150;

export interface LinkNode {
  /** Mermaid node id: "d3" for a document, "u1" for a title not published here. */
  id: string;
  label: string;
  kind: 'sop' | 'sp' | 'belum-tersedia';
  documentId?: string;
  href?: string;
  /** Perangkat daerah of a document, for grouping. */
  agency?: { id: string; name: string };
}

export interface LinkEdge {
  from: string;
  to: string;
  /** `keterkaitan` SOP -> SOP or title; `dijalankan-oleh` Standar Pelayanan -> SOP. */
  kind: 'keterkaitan' | 'dijalankan-oleh';
}

export interface LinkGraph {
  nodes: LinkNode[];
  edges: LinkEdge[];
}


export function buildLinkGraph(
  corpus: Corpus,
  pathOf: (doc: CorpusDocument) => string,
  index: ReferenceIndex = buildReferenceIndex(corpus),
): LinkGraph {
  const documents: CorpusDocument[] = [...corpus.standards.values(), ...corpus.sops.values()];
  // Each reference points at the SOP it resolves to (by id, nomor or judul), else at its unpublished entry.
  const unresolved = unresolvedReferences(corpus, index);
  const entryOf = new Map<RelatedRef, string>();
  unresolved.forEach((entry, i) => entry.citedAt.forEach(({ doc, index: j }) => entryOf.set(doc.data.related[j]!, `u${i}`)));
  const edges: Array<{ from: CorpusDocument; to: CorpusDocument | string; kind: LinkEdge['kind'] }> = [];
  for (const doc of corpus.sops.values())
    for (const ref of doc.data.related) {
      const target = index.resolved.get(ref)?.sop ?? entryOf.get(ref);
      if (target && target !== doc) edges.push({ from: doc, to: target, kind: 'keterkaitan' });
    }
  for (const sp of corpus.standards.values())
    for (const id of sp.data.sopIds) {
      const sop = corpus.sops.get(id);
      if (sop) edges.push({ from: sp, to: sop, kind: 'dijalankan-oleh' });
    }

  const linked = new Set<CorpusDocument>();
  for (const e of edges) {
    linked.add(e.from);
    if (typeof e.to !== 'string') linked.add(e.to);
  }
  const nodes: LinkNode[] = [];
  const idOf = new Map<CorpusDocument | string, string>();
  documents
    .filter((d) => linked.has(d))
    .forEach((doc, i) => {
      const place = corpus.organisation.unit(doc.data.unitId);
      const id = `d${i}`;
      idOf.set(doc, id);
      nodes.push({
        id, label: kindTitle(doc.kind, doc.data.title), kind: doc.kind, documentId: doc.id, href: pathOf(doc),
        ...(place ? { agency: { id: place.agency.id, name: place.agency.name } } : {}),
      });
    });
  unresolved.forEach((entry, i) => {
    const id = `u${i}`;
    idOf.set(id, id);
    nodes.push({ id, label: entry.title, kind: 'belum-tersedia' });
  });
  const seen = new Set<string>();
  const out: LinkEdge[] = [];
  for (const e of edges) {
    const from = idOf.get(e.from)!;
    const to = idOf.get(e.to);
    if (!to || seen.has(`${from} ${to}`)) continue;
    seen.add(`${from} ${to}`);
    out.push({ from, to, kind: e.kind });
  }
  return { nodes, edges: out };
}

const subgraphId = (agencyId: string) => `pd_${agencyId.replace(/[^a-z0-9]/gi, '_')}`;

export function linkGraphMermaid(graph: LinkGraph, titles: { title: string; description: string; published: string; unresolved: string; carriedOutBy: string }): string {
  const lines = ['flowchart LR', `  accTitle: ${mermaidText(titles.title)}`, `  accDescr: ${mermaidText(titles.description)}`];
  const node = (n: LinkNode) => (n.kind === 'belum-tersedia' ? `${n.id}["${escapeLabel(n.label)}"]:::belum` : `${n.id}["${escapeLabel(n.label)}"]`);
  const agencies = new Map<string, { name: string; nodes: LinkNode[] }>();
  const loose: LinkNode[] = [];
  for (const n of graph.nodes) {
    if (n.kind === 'belum-tersedia') continue;
    if (!n.agency) loose.push(n);
    else {
      const group = agencies.get(n.agency.id) ?? { name: n.agency.name, nodes: [] };
      group.nodes.push(n);
      agencies.set(n.agency.id, group);
    }
  }
  if (agencies.size > 0 || loose.length > 0) {
    lines.push(`  subgraph terbit["${escapeLabel(titles.published)}"]`);
    for (const [id, group] of agencies) {
      lines.push(`    subgraph ${subgraphId(id)}["${escapeLabel(group.name)}"]`);
      for (const n of group.nodes) lines.push(`      ${node(n)}`);
      lines.push('    end');
    }
    for (const n of loose) lines.push(`    ${node(n)}`);
    lines.push('  end');
  }
  const unresolved = graph.nodes.filter((n) => n.kind === 'belum-tersedia');
  if (unresolved.length > 0) {
    lines.push(`  subgraph belum_tersedia["${escapeLabel(titles.unresolved)}"]`);
    for (const n of unresolved) lines.push(`    ${node(n)}`);
    lines.push('  end');
  }
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  for (const e of graph.edges) {
    if (e.kind === 'dijalankan-oleh') lines.push(`  ${e.from} -->|${escapeLabel(titles.carriedOutBy)}| ${e.to}`);
    else if (kindOf.get(e.to) === 'belum-tersedia') lines.push(`  ${e.from} -.-> ${e.to}`);
    else lines.push(`  ${e.from} --> ${e.to}`);
  }
  for (const n of graph.nodes) if (n.href) lines.push(`  click ${n.id} href "${n.href}" "${mermaidText(n.label).replace(/"/g, "'")}"`);
  lines.push('  classDef belum stroke-dasharray: 5 5');
  if (unresolved.length > 0) lines.push('  style belum_tersedia stroke-dasharray: 5 5');
  return `${lines.join('\n')}\n`;
}

/** The graph's text equivalent: each node that points somewhere, with the nodes it points to, in the graph's order. */
export function outgoingLinks(graph: LinkGraph): Array<{ node: LinkNode; targets: LinkNode[] }> {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = new Map<string, LinkNode[]>();
  for (const e of graph.edges) {
    const list = out.get(e.from);
    if (list) list.push(nodes.get(e.to)!);
    else out.set(e.from, [nodes.get(e.to)!]);
  }
  return [...out].map(([from, targets]) => ({ node: nodes.get(from)!, targets }));
}
