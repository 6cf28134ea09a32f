import { flowEdges, rowEntryActors, rowExitActors, stepShape, symbolShape, type FlowEdge, type StepShape } from '../flow/index.ts';
import { assignLanes, edgeId } from '../flowchart/index.ts';
import { halfWidthAt } from '../flowchart/index.ts';
import type { SopData, Step } from '../model/index.ts';
import { arrowLabel, stepLabel } from './mermaid.ts';
import { roleName } from '../text/index.ts';
import { textWidth, wrapText } from '../measure/index.ts';

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
 * - A step with several actors: a node in each actor's lane, in that actor's shape, joined by a plain
 *   line; or, when the row draws arrows between them (`panah`), by those arrows: straight across when
 *   no node of the row lies between, else under the row (into the target's bottom, off its centre).
 *   Arrows between rows leave the row's exit nodes (or the one `dari` names) and enter its entry
 *   nodes; an arrow to or from the gutter that would pass another node of its row runs just under
 *   (leaving) or over (entering) the row instead.
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
  /** Drawn dashed, as printed. */
  dashed?: boolean;
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

/** An arrow inside a row (`panah`), from one node of the step to another. */
export interface LinkRoute {
  step: number;
  /** Its index in the step's `rowArrows`: the arrow's id is "6-6-r0". */
  index: number;
  points: Point[];
  label?: EdgeLabel;
  dashed?: boolean;
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
  links: LinkRoute[];
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

  // Nodes: sizes from their text, each in its actor's shape; a row as tall as its tallest node.
  const sized = steps.map((step) => {
    const labels = step.actorIds.map((id) => sop.actors.find((a) => a.id === id)?.label ?? '');
    const label = stepLabel(step, labels);
    const nodes = new Map(
      actorsOf(step.actorIds).map((id) => {
        const shape = id === UNKNOWN_ACTOR ? stepShape(step, steps.length) : symbolShape(step, id, steps.length);
        return [id, { shape, ...nodeSize(shape, label) }];
      }),
    );
    return { step, label, nodes, height: Math.max(...[...nodes.values()].map((n) => n.height)) };
  });

  let x = S.margin;
  const lanes: LaneBox[] = laneActors.map((a) => {
    const widest = Math.max(
      S.laneMinWidth,
      ...sized.flatMap((n) => (n.nodes.has(a.id) ? [n.nodes.get(a.id)!.width + 30] : [])),
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
  // Rows whose arrows run under them (an arrow inside the row past a node, an exit to the gutter
  // past a node) get a wider gap below: those run under the labels and turns of the arrows going down.
  const edges = flowEdges(steps);
  const laneAt = (id: string) => laneIndex.get(id) ?? laneIndex.get(UNKNOWN_ACTOR)!;
  const firstDown = new Map<number, FlowEdge>();
  for (const e of edges) if (e.to === e.from + 1 && !firstDown.has(e.from)) firstDown.set(e.from, e);
  /** How many lines run under a row: arrows inside it past a node or with a label, exits to the gutter past a node. */
  const runsUnder = (step: Step) => {
    const lanesOf = actorsOf(step.actorIds).map(laneAt);
    const past = (a: string, b: string) => lanesOf.some((l) => (l - laneAt(a)) * (laneAt(b) - l) > 0);
    const links = (step.rowArrows ?? []).filter((r) => r.label !== undefined || past(r.from, r.to)).length;
    const rightmost = Math.max(...lanesOf);
    const exitLanes = rowExitActors(step).filter((a) => known.has(a)).map(laneAt);
    const passing = exitLanes.length === 0 ? 0 : edges.filter((e) => e.from === step.number && firstDown.get(e.from) !== e && (e.fromActor !== undefined ? laneAt(e.fromActor) : Math.max(...exitLanes)) < rightmost).length;
    return links + passing;
  };
  /** Room under a row per line that runs there, with its label under it. */
  const UNDER_STEP = 18;
  let rowTop = S.margin + titleHeight + S.bodyPad;
  for (const n of sized) {
    const actorIds = actorsOf(n.step.actorIds).sort((a, b) => laneIndex.get(a)! - laneIndex.get(b)!);
    const first = actorsOf(n.step.actorIds)[0];
    const row = actorIds.map((actorId) => {
      const lane = lanes[laneIndex.get(actorId)!]!;
      const own = n.nodes.get(actorId)!;
      const node: NodeBox = {
        step: n.step.number,
        actorId,
        main: actorId === first,
        shape: own.shape,
        label: n.label,
        lines: own.lines,
        cx: round(lane.x + lane.width / 2),
        cy: round(rowTop + n.height / 2),
        width: own.width,
        height: own.height,
      };
      nodes.push(node);
      return node;
    });
    nodesOf[n.step.number] = row;
    const lines = runsUnder(n.step);
    rowTop += n.height + S.rowGap + (lines ? 8 + lines * UNDER_STEP : 0);
  }
  const bodyBottom = rowTop - S.rowGap + S.bodyPad;

  const joins: JoinLine[] = [];
  for (const row of nodesOf)
    for (let k = 1; row && !steps[row[0]!.step - 1]!.rowArrows?.length && k < row.length; k++) {
      const [a, b] = [row![k - 1]!, row![k]!];
      joins.push({ step: a.step, points: [[round(a.cx + halfWidthAt(a.shape, 0, a)), a.cy], [round(b.cx - halfWidthAt(b.shape, 0, b)), b.cy]] });
    }

  // Which edges go down to the next row; the rest use the gutter.
  const drawn = edges.filter((e) => nodesOf[e.from] && nodesOf[e.to]);
  const below = new Set<FlowEdge>();
  for (const e of drawn) if (e.to === e.from + 1 && ![...below].some((b) => b.from === e.from)) below.add(e);
  const gutterEdges = drawn.filter((e) => !below.has(e));
  const laneOf = assignLanes(gutterEdges);

  const labelOf = (e: FlowEdge, x: number, y: number): EdgeLabel | undefined => textLabel(arrowLabel(e, steps), x, y);
  const textLabel = (text: string | undefined, x: number, y: number): EdgeLabel | undefined =>
    text ? { text, x: round(x), y: round(y), width: textWidth(text, S.labelSize, true) } : undefined;
  const dashed = (e: FlowEdge) => (e.dashed ? { dashed: true } : {});
  // The row's nodes the flow leaves from and enters (all of them when the row draws no arrows inside).
  const named = (n: number, ids: readonly string[]) => nodesOf[n]!.filter((node) => ids.includes(node.actorId));
  const exitNodes = (e: FlowEdge) => {
    const step = steps[e.from - 1]!;
    const byName = e.fromActor === undefined ? [] : named(e.from, [e.fromActor]);
    const own = byName.length ? byName : named(e.from, rowExitActors(step));
    return own.length ? own : nodesOf[e.from]!;
  };
  const entryNodes = (n: number) => {
    const own = named(n, rowEntryActors(steps[n - 1]!));
    return own.length ? own : nodesOf[n]!;
  };
  const rowBottom = (n: number) => Math.max(...nodesOf[n]!.map((m) => m.cy + m.height / 2));
  const rowTopOf = (n: number) => Math.min(...nodesOf[n]!.map((m) => m.cy - m.height / 2));
  /** A point on the node's bottom (or top) outline, `dx` right of its centre. */
  const offCentre = (node: NodeBox, dx: number, side: 1 | -1): Point => {
    const hw = node.width / 2;
    const dy = node.shape === 'decision' ? (node.height / 2) * (1 - Math.abs(dx) / hw) : node.height / 2;
    return [round(node.cx + dx), round(node.cy + side * dy)];
  };
  const OFF = 14;
  /** Lines leaving or entering a node's bottom (off its centre, so none runs on another), and the runs under each row. */
  const ports = new Map<NodeBox, number[]>();
  const port = (node: NodeBox) => {
    const taken = ports.get(node) ?? [];
    const i = taken.length;
    const dx = (i % 2 === 0 ? 1 : -1) * (OFF + 8 * Math.floor(i / 2));
    ports.set(node, [...taken, dx]);
    return dx;
  };
  const runs = new Map<number, number>();
  const run = (n: number) => {
    const k = runs.get(n) ?? 0;
    runs.set(n, k + 1);
    return round(rowBottom(n) + S.rowGap - 4 + k * UNDER_STEP);
  };

  const routes: EdgeRoute[] = [];
  for (const e of below) {
    const [source, target] = nearestPair(exitNodes(e), entryNodes(e.to), laneIndex);
    const bottom = round(source.cy + source.height / 2);
    const top = round(target.cy - target.height / 2);
    const turn = round(bottom + 26);
    const points: Point[] =
      source.cx === target.cx
        ? [[source.cx, bottom], [target.cx, top]]
        : [[source.cx, bottom], [source.cx, turn], [target.cx, turn], [target.cx, top]];
    routes.push({ edge: e, points, source, target, via: 'below', ...dashed(e) });
  }

  // Side exits and their labels first: the gutter starts right of the widest label.
  const exits = new Map<number, FlowEdge[]>();
  for (const e of gutterEdges) exits.set(e.from, [...(exits.get(e.from) ?? []), e]);
  const pending = gutterEdges.map((e) => {
    const source = exitNodes(e).at(-1)!;
    const target = entryNodes(e.to).at(-1)!;
    const k = exits.get(e.from)!.indexOf(e);
    // Past another node of its row: out of the bottom, off centre, along just under the row.
    const under = source !== nodesOf[e.from]!.at(-1);
    const dy = Math.min(k * S.exitStep, source.height / 2 - 4);
    const dx = under ? port(source) : 0;
    const exit: Point = under ? offCentre(source, dx, 1) : [round(source.cx + halfWidthAt(source.shape, dy, source)), round(source.cy + dy)];
    const lead: Point[] = under ? [exit, [exit[0], run(e.from)]] : [exit];
    // Into a node with another of its row to its right: along just over the row, into its top.
    const over = target !== nodesOf[e.to]!.at(-1);
    const entryDy = -Math.min(S.entryDy, target.height / 2 - 5);
    const entry: Point = over ? offCentre(target, OFF, -1) : [round(target.cx + halfWidthAt(target.shape, entryDy, target)), round(target.cy + entryDy)];
    const tail: Point[] = over ? [[entry[0], round(rowTopOf(e.to) - 8)], entry] : [entry];
    const from = lead.at(-1)!;
    const label = labelOf(e, from[0] + S.labelPad, from[1] + 13);
    return { e, source, target, lead, tail, label };
  });
  // Arrows inside a row: straight across, or under the row when a node of the row lies between.
  const links: LinkRoute[] = [];
  for (const step of steps)
    (step.rowArrows ?? []).forEach((arrow, index) => {
      const row = nodesOf[step.number]!;
      const a = row.find((m) => m.actorId === arrow.from);
      const b = row.find((m) => m.actorId === arrow.to);
      if (!a || !b || a === b) return;
      const dir = Math.sign(b.cx - a.cx);
      // A labelled arrow goes under too: the gap between two nodes has no room for its words.
      const between = arrow.label !== undefined || row.some((m) => (m.cx - a.cx) * dir > 0 && (b.cx - m.cx) * dir > 0);
      let points: Point[];
      if (between) {
        const y = run(step.number);
        const [da, db] = [port(a), port(b)];
        points = [offCentre(a, da, 1), [round(a.cx + da), y], [round(b.cx + db), y], offCentre(b, db, 1)];
      } else points = [[round(a.cx + dir * halfWidthAt(a.shape, 0, a)), a.cy], [round(b.cx - dir * halfWidthAt(b.shape, 0, b)), b.cy]];
      // The label over the straight arrow, or under the row's run, beside its start.
      const width = arrow.label ? textWidth(arrow.label, S.labelSize, true) : 0;
      // Under its run, from the end nearer the middle of the run: clear of the lines going down at either end.
      const start = points[between ? 1 : 0]!;
      const label = textLabel(arrow.label, dir > 0 ? start[0] + S.labelPad : start[0] - S.labelPad - width, between ? start[1] + 13 : start[1] - 5);
      links.push({ step: step.number, index, points, ...(label ? { label } : {}), ...(arrow.dashed ? { dashed: true } : {}) });
    });

  // The label of an arrow going down: right of its line; where other lines leave the node's bottom on
  // the right, left of it; where they leave on both sides, right of the outermost.
  for (const r of routes) {
    const text = arrowLabel(r.edge, steps);
    if (!text) continue;
    const [x, y] = r.points[0]!;
    const offsets = ports.get(r.source) ?? [];
    const right = Math.max(0, ...offsets);
    const left = offsets.some((d) => d < 0);
    const at = right === 0 ? x + 5 : !left ? x - 5 - textWidth(text, S.labelSize, true) : x + right + 5;
    const label = labelOf(r.edge, at, y + 13);
    if (label) r.label = label;
  }
  const gutterLeft = Math.ceil(
    Math.max(lanesRight + 10, ...pending.flatMap((p) => (p.label ? [p.label.x + p.label.width + S.labelPad] : []))),
  );
  for (const p of pending) {
    const gx = gutterLeft + (laneOf.get(edgeId(p.e))! + 0.5) * S.gutterLane;
    const points: Point[] = [...p.lead, [gx, p.lead.at(-1)![1]], [gx, p.tail[0]![1]], ...p.tail];
    routes.push({ edge: p.e, points, source: p.source, target: p.target, via: 'gutter', ...dashed(p.e), ...(p.label ? { label: p.label } : {}) });
  }
  routes.sort((a, b) => a.edge.from - b.edge.from || edges.indexOf(a.edge) - edges.indexOf(b.edge));

  const gutterLanes = laneOf.size ? Math.max(...laneOf.values()) + 1 : 0;
  const width = Math.ceil((gutterLanes ? gutterLeft + gutterLanes * S.gutterLane : lanesRight) + S.margin);
  return { width, height: Math.ceil(bodyBottom + S.margin), titleHeight, lanes, nodes, edges: routes, joins, links };
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
