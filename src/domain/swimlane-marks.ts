import { edgeId, type FlowEdge } from './flow.ts';
import type { Step } from './schema/sop.ts';

/**
 * Stable marks on the swimlane SVG that mermaid draws from src/domain/swimlane.ts: which step each
 * node and arrow belongs to, read from the ids mermaid derives from our node ids (never from the
 * label text). The build adds them to the rendered SVG string (markSwimlaneSvg, called where the
 * swimlane is put in the page); in the reader's browser, when the build had no Chromium, the viewer
 * adds the same marks to the SVG mermaid drew there (swimlaneMarks on each element).
 *
 * Mermaid 12 names:
 * - a node `<g class="node" id="<svg id>-flowchart-L6-4">` (`L6` = step 6; `L3_2` = step 3's
 *   second actor; the trailing number is mermaid's counter);
 * - an arrow `<path data-id="L_L6_L5_0" data-edge="true">` (`L_<from>_<to>_<counter>`);
 * - an arrow's label `<g class="label edgeLabel" id="edge-label-L6-L5-L_L6_L5_0">`.
 *
 * Marks: nodes get `data-step="6"`, `data-actor="<actor id>"` (the lane's pelaksana) and
 * `data-main="true"` on the step's first node; arrows and their labels get `data-edge="6-5-no"` (the same
 * `from-to-kind` as the flowchart table; `3-3-shared` for the line joining a joint step's nodes).
 */

export interface SwimlaneMarkModel {
  steps: readonly Pick<Step, 'number' | 'actorIds'>[];
  edges: readonly (Pick<FlowEdge, 'from' | 'to' | 'kind'> & Partial<Pick<FlowEdge, 'short' | 'branch'>>)[];
}

const NODE = 'L(\\d+)(?:_(\\d+))?';
const NODE_ELEMENT = new RegExp(`-flowchart-${NODE}-\\d+$`);
const EDGE_ID = new RegExp(`(?:^|-)L_${NODE}_${NODE}_\\d+$`);

/** `…-flowchart-L3_2-7` → step 3, second node (index 1). */
export function parseNodeElementId(id: string): { step: number; index: number } | undefined {
  const m = NODE_ELEMENT.exec(id);
  return m ? { step: Number(m[1]), index: m[2] ? Number(m[2]) - 1 : 0 } : undefined;
}

/**
 * `L_L3_2_L4_0` (or the label's `edge-label-L3_2-L4-L_L3_2_L4_0`) → from step 3 to step 4; `shared`
 * for the line between two nodes of one step (`L_L3_L3_2_0`).
 */
export function parseEdgeId(id: string): { from: number; to: number; shared: boolean } | undefined {
  const m = EDGE_ID.exec(id);
  if (!m) return undefined;
  const [from, to] = [Number(m[1]), Number(m[3])];
  return { from, to, shared: from === to && (m[2] ?? '1') !== (m[4] ?? '1') };
}

/** The actors of a step in the order its nodes are drawn: each once (as swimlane() does). */
const nodeActors = (step: Pick<Step, 'actorIds'>) => [...new Set(step.actorIds)];

/**
 * The marks of one SVG element, from its `id` and `data-id`; empty when it is not a node, an arrow
 * or an arrow's label of the swimlane.
 */
export function swimlaneMarks(model: SwimlaneMarkModel, id: string, dataId: string): Record<string, string> {
  const node = parseNodeElementId(id);
  if (node) {
    const step = model.steps[node.step - 1];
    const actor = step && nodeActors(step)[node.index];
    if (!step || !actor) return {};
    return { 'data-step': String(node.step), 'data-actor': actor, ...(node.index === 0 ? { 'data-main': 'true' } : {}) };
  }
  const edge = parseEdgeId(dataId) ?? (id.startsWith('edge-label-') ? parseEdgeId(id) : undefined);
  if (!edge) return {};
  if (edge.shared) return { 'data-edge': `${edge.from}-${edge.to}-shared` };
  const flow = model.edges.find((e) => e.from === edge.from && e.to === edge.to);
  return flow ? { 'data-edge': edgeId(flow) } : {};
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** Adds the marks to a serialized SVG (mermaid's `data-edge="true"` becomes the edge's id). */
export function markSwimlaneSvg(svg: string, model: SwimlaneMarkModel): string {
  return svg.replace(/<(?:g|path)\s[^>]*>/g, (tag) => {
    const marks = swimlaneMarks(model, attr(tag, 'id'), attr(tag, 'data-id'));
    const names = Object.keys(marks);
    if (names.length === 0) return tag;
    const clean = names.reduce((t, name) => t.replace(new RegExp(`\\s${name}(?:="[^"]*")?(?=[\\s/>])`), ''), tag);
    const added = names.map((name) => ` ${name}="${marks[name]}"`).join('');
    return clean.replace(/\s*(\/?)>$/, `${added}$1>`);
  });
}
