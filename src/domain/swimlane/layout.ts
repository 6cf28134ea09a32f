import { flowEdges, stepShape, type FlowEdge, type StepShape } from '../flow/index.ts';
import { assignLanes, edgeId } from '../flowchart/index.ts';
import { halfWidthAt } from '../flowchart/index.ts';
import type { SopData } from '../model/index.ts';
import { arrowLabel, stepLabel } from './mermaid.ts';
import { roleName } from '../text/index.ts';
import { textWidth, wrapText } from './text.ts';

/**
 * The swimlane diagram laid out from the model alone, in plain TypeScript (no browser, no mermaid):
 * a pure function, so the same SOP always gives the same picture and the build draws it in a few
 * milliseconds. Lanes are the SOP's pelaksana in column order (a column per actor, like the official
 * table), one row per step in file order, one node per (step, actor).
 *
 * Routing, orthogonal, chosen so that no line crosses a node and every arrow ends on its target's
 * outline (the geometry is exact, not measured after the fact):
 * - Step i → step i + 1 (the first such edge of i): out of the bottom of i's node nearest the target,
 *   down to the middle of the gap between the rows, across, and into the top of i + 1. Rows hold the
 *   nodes of one step only, and gaps no node at all, so nothing is crossed.
 * - Every other edge (a loop-back, a branch or jump that skips rows, a second edge to i + 1) runs in
 *   the gutter right of the lanes: out of the right side of the source's rightmost node along its own
 *   row, along its own gutter lane (interval colouring shared with the official table: nested loops
 *   inside outer ones), and back along the target's row into the right side of its rightmost node,
 *   ENTRY_DY above the middle. Several exits of one node leave EXIT_STEP apart, at and below the
 *   middle; entries arrive above it, so exits and entries never share a line.
 * - A step with several actors: a node in each actor's lane, joined by a plain line.
 * - Branch labels sit beside the line, never on it: right of a bottom exit's first stretch, under a
 *   side exit's first stretch, where no other line runs (the gutter starts right of the widest).
 */

export const SIZES = {
  margin: 8,
  laneMinWidth: 200,
  laneTitleSize: 13,
  laneTitleLine: 16,
  laneTitlePad: 8,
  /** Space between the lane titles and the first row, and under the last row. */
  bodyPad: 20,
  nodeTextSize: 12,
  nodeTextLine: 15,
  processWidth: 160,
  decisionWidth: 190,
  /** Widest line of text inside a diamond (it then grows taller, not wider). */
  decisionTextWidth: 118,
  nodeMinHeight: 36,
  decisionMinHeight: 60,
  /** Vertical space between two rows (where step i → i + 1 turns). */
  rowGap: 44,
  labelSize: 11,
  gutterLane: 16,
  /** A side exit's label starts this far from the outline, and ends this far before the gutter. */
  labelPad: 6,
  exitStep: 16,
  entryDy: 10,
} as const;

export interface LaneBox {
  actorId: string;
  /** The actor's name as the SOP writes it, wrapped into lines. */
  label: string;
  lines: string[];
  x: number;
  width: number;
}

export interface NodeBox {
  step: number;
  actorId: string;
  /** The step's first actor's node (where the viewer puts the step's button). */
  main: boolean;
  shape: StepShape;
  label: string;
  lines: string[];
  /** Centre. */
  cx: number;
  cy: number;
  width: number;
  height: number;
}

export type Point = readonly [number, number];

export interface EdgeLabel {
  text: string;
  /** Baseline start (anchor start). */
  x: number;
  y: number;
  width: number;
}

export interface EdgeRoute {
  edge: FlowEdge;
  /** The flow edge's printed label, when it has one ("Ya", "Tidak", a branch's own word). */
  label?: EdgeLabel;
  /** Polyline from the source's outline to the target's outline, where the arrowhead points. */
  points: Point[];
  /** The node it leaves and the node it enters. */
  source: NodeBox;
  target: NodeBox;
  via: 'below' | 'gutter';
}

export interface JoinLine {
  step: number;
  points: [Point, Point];
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  /** Height of the lane titles' band. */
  titleHeight: number;
  lanes: LaneBox[];
  nodes: NodeBox[];
  edges: EdgeRoute[];
  joins: JoinLine[];
}

export interface SwimlaneLayoutOptions {
  /** Title of the extra lane for steps whose actor the source does not give. */
  unknownActorLabel?: string;
}

const UNKNOWN_ACTOR = '';

export function layoutSwimlane(sop: Pick<SopData, 'actors' | 'steps'>, options: SwimlaneLayoutOptions = {}): SwimlaneLayout {
  const S = SIZES;
  const { steps } = sop;
  const known = new Set(sop.actors.map((a) => a.id));
  const actorsOf = (actorIds: readonly string[]) => {
    const ids = [...new Set(actorIds)].filter((id) => known.has(id));
    return ids.length ? ids : [UNKNOWN_ACTOR];
  };
  // Lanes: the actors some step uses, in column order (an unused column would be an empty stripe),
  // then, when needed, one lane for steps whose actor is not given.
  const used = new Set(steps.flatMap((s) => actorsOf(s.actorIds)));
  const laneActors = [
    // Lane titles as the table's columns show them ("PEMOHON" as "Pemohon", names.ts).
    ...sop.actors.filter((a) => used.has(a.id)).map((a) => ({ id: a.id, label: roleName(a.label) })),
    ...(used.has(UNKNOWN_ACTOR) ? [{ id: UNKNOWN_ACTOR, label: options.unknownActorLabel ?? 'Pelaksana tidak tertulis' }] : []),
  ];

  // Nodes: sizes from their text.
  const sized = steps.map((step) => {
    const shape = stepShape(step, steps.length);
    const labels = step.actorIds.map((id) => sop.actors.find((a) => a.id === id)?.label ?? '');
    const label = stepLabel(step, labels);
    return { step, shape, label, ...nodeSize(shape, label) };
  });

  let x = S.margin;
  const lanes: LaneBox[] = laneActors.map((a) => {
    const widest = Math.max(
      S.laneMinWidth,
      ...sized.filter((n) => actorsOf(n.step.actorIds).includes(a.id)).map((n) => n.width + 30),
    );
    const lines = wrapText(a.label, widest - 2 * S.laneTitlePad, S.laneTitleSize, true);
    const lane = { actorId: a.id, label: a.label, lines: lines.length ? lines : [''], x, width: Math.ceil(widest) };
    x += lane.width;
    return lane;
  });
  const lanesRight = x;
  const laneIndex = new Map(lanes.map((l, i) => [l.actorId, i]));
  const titleHeight = Math.max(...lanes.map((l) => l.lines.length), 1) * S.laneTitleLine + 2 * S.laneTitlePad;

  const nodes: NodeBox[] = [];
  const nodesOf: NodeBox[][] = [];
  let rowTop = S.margin + titleHeight + S.bodyPad;
  for (const n of sized) {
    const actorIds = actorsOf(n.step.actorIds).sort((a, b) => laneIndex.get(a)! - laneIndex.get(b)!);
    const first = actorsOf(n.step.actorIds)[0];
    const row = actorIds.map((actorId) => {
      const lane = lanes[laneIndex.get(actorId)!]!;
      const node: NodeBox = {
        step: n.step.number,
        actorId,
        main: actorId === first,
        shape: n.shape,
        label: n.label,
        lines: n.lines,
        cx: round(lane.x + lane.width / 2),
        cy: round(rowTop + n.height / 2),
        width: n.width,
        height: n.height,
      };
      nodes.push(node);
      return node;
    });
    nodesOf[n.step.number] = row;
    rowTop += n.height + S.rowGap;
  }
  const bodyBottom = rowTop - S.rowGap + S.bodyPad;

  const joins: JoinLine[] = [];
  for (const row of nodesOf)
    for (let k = 1; k < (row?.length ?? 0); k++) {
      const [a, b] = [row![k - 1]!, row![k]!];
      joins.push({ step: a.step, points: [[round(a.cx + halfWidthAt(a.shape, 0, a)), a.cy], [round(b.cx - halfWidthAt(b.shape, 0, b)), b.cy]] });
    }

  // Which edges go down to the next row; the rest use the gutter.
  const edges = flowEdges(steps).filter((e) => nodesOf[e.from] && nodesOf[e.to]);
  const below = new Set<FlowEdge>();
  for (const e of edges) if (e.to === e.from + 1 && ![...below].some((b) => b.from === e.from)) below.add(e);
  const gutterEdges = edges.filter((e) => !below.has(e));
  const laneOf = assignLanes(gutterEdges);

  const labelOf = (e: FlowEdge, x: number, y: number): EdgeLabel | undefined => {
    const text = arrowLabel(e, steps);
    return text ? { text, x: round(x), y: round(y), width: textWidth(text, S.labelSize, true) } : undefined;
  };

  const routes: EdgeRoute[] = [];
  for (const e of below) {
    const [source, target] = nearestPair(nodesOf[e.from]!, nodesOf[e.to]!, laneIndex);
    const bottom = round(source.cy + source.height / 2);
    const top = round(target.cy - target.height / 2);
    const turn = round(bottom + 26);
    const points: Point[] =
      source.cx === target.cx
        ? [[source.cx, bottom], [target.cx, top]]
        : [[source.cx, bottom], [source.cx, turn], [target.cx, turn], [target.cx, top]];
    const label = labelOf(e, source.cx + 5, bottom + 13);
    routes.push({ edge: e, points, source, target, via: 'below', ...(label ? { label } : {}) });
  }

  // Side exits and their labels first: the gutter starts right of the widest label.
  const exits = new Map<number, FlowEdge[]>();
  for (const e of gutterEdges) exits.set(e.from, [...(exits.get(e.from) ?? []), e]);
  const pending = gutterEdges.map((e) => {
    const source = nodesOf[e.from]!.at(-1)!;
    const target = nodesOf[e.to]!.at(-1)!;
    const k = exits.get(e.from)!.indexOf(e);
    const dy = Math.min(k * S.exitStep, source.height / 2 - 4);
    const exit: Point = [round(source.cx + halfWidthAt(source.shape, dy, source)), round(source.cy + dy)];
    const entryDy = -Math.min(S.entryDy, target.height / 2 - 5);
    const entry: Point = [round(target.cx + halfWidthAt(target.shape, entryDy, target)), round(target.cy + entryDy)];
    const label = labelOf(e, exit[0] + S.labelPad, exit[1] + 13);
    return { e, source, target, exit, entry, label };
  });
  const gutterLeft = Math.ceil(
    Math.max(lanesRight + 10, ...pending.flatMap((p) => (p.label ? [p.label.x + p.label.width + S.labelPad] : []))),
  );
  for (const p of pending) {
    const gx = gutterLeft + (laneOf.get(edgeId(p.e))! + 0.5) * S.gutterLane;
    const points: Point[] = [p.exit, [gx, p.exit[1]], [gx, p.entry[1]], p.entry];
    routes.push({ edge: p.e, points, source: p.source, target: p.target, via: 'gutter', ...(p.label ? { label: p.label } : {}) });
  }
  routes.sort((a, b) => a.edge.from - b.edge.from || edges.indexOf(a.edge) - edges.indexOf(b.edge));

  const gutterLanes = laneOf.size ? Math.max(...laneOf.values()) + 1 : 0;
  const width = Math.ceil((gutterLanes ? gutterLeft + gutterLanes * S.gutterLane : lanesRight) + S.margin);
  return { width, height: Math.ceil(bodyBottom + S.margin), titleHeight, lanes, nodes, edges: routes, joins };
}

/** A node's size and lines from its label. */
function nodeSize(shape: StepShape, label: string): { width: number; height: number; lines: string[] } {
  const S = SIZES;
  const lineHeight = S.nodeTextLine;
  if (shape === 'decision') {
    const lines = wrapText(label, S.decisionTextWidth, S.nodeTextSize);
    const textW = Math.max(...lines.map((l) => textWidth(l, S.nodeTextSize)));
    const textH = lines.length * lineHeight;
    // A w × h text box fits in a diamond of width W, height H when w/W + h/H ≤ 1.
    const height = Math.max(S.decisionMinHeight, Math.ceil(textH / (1 - textW / S.decisionWidth) + 6));
    return { width: S.decisionWidth, height, lines };
  }
  // A terminator's round ends take a radius from each side.
  const inner = shape === 'terminator' ? S.processWidth - 26 : S.processWidth - 16;
  const lines = wrapText(label, inner, S.nodeTextSize);
  return { width: S.processWidth, height: Math.max(S.nodeMinHeight, lines.length * lineHeight + 14), lines };
}

/** The two nodes of steps i and i + 1 nearest each other (lanes apart), the main target first. */
function nearestPair(from: NodeBox[], to: NodeBox[], laneIndex: Map<string, number>): [NodeBox, NodeBox] {
  let best: [NodeBox, NodeBox] = [from[0]!, to.find((n) => n.main) ?? to[0]!];
  const distance = ([a, b]: [NodeBox, NodeBox]) => Math.abs(laneIndex.get(a.actorId)! - laneIndex.get(b.actorId)!);
  for (const a of from) for (const b of to) if (distance([a, b]) < distance(best)) best = [a, b];
  return best;
}

const round = (n: number) => Math.round(n * 100) / 100;
