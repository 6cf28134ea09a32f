import { flowEdges, rowEntryActors, rowExitActors, symbolShape, type FlowEdge } from '../../flow/index.ts';
import { KINDS, type SopData, type Step } from '../../model/index.ts';

/**
 * An SOP as a BPMN 2.0 process with its diagram laid out: one pool, one lane per pelaksana (in
 * column order), a start event, a task per step, an exclusive gateway after each decision step
 * with its branches (named by the label printed on them), an end event. A row that draws arrows
 * between its symbols (`panah`) becomes one node per symbol, each in its actor's lane: a gateway for
 * a diamond, a task for a box (the first: the step's task, then its gateway when it is a diamond),
 * joined by those arrows; the row's exits leave the symbol they leave in the table. A line printed
 * dashed is said in the flow's documentation ("garis putus-putus": BPMN has no dashed flow).
 * Pure geometry; export.ts writes it as BPMN XML.
 *
 * Layout: every node has its own column, so a vertical segment at a node's column meets only that
 * node. Adjacent nodes are joined through the gap between their columns; every other flow leaves
 * its source vertically to a track in the margin of the source lane (above the nodes going
 * forward, below them going back) and drops into its target from above or below.
 */

export interface Point {
  x: number;
  y: number;
}
export interface Rect extends Point {
  width: number;
  height: number;
}

export type BpmnNodeKind = 'start' | 'end' | 'task' | 'gateway';

export interface BpmnNode {
  id: string;
  kind: BpmnNodeKind;
  name: string;
  /** Index into `lanes`. */
  lane: number;
  bounds: Rect;
  /** The step a task or gateway stands for. */
  step?: number;
  /** Mutu baku and notes of a task, as text. */
  documentation?: string;
}

export interface BpmnFlow {
  id: string;
  from: string;
  to: string;
  /** The label printed on the arrow ("Ya", "Tidak", "Y", …). */
  name?: string;
  /** Said of the line as printed: "garis putus-putus". */
  documentation?: string;
  waypoints: Point[];
  labelBounds?: Rect;
}

export interface BpmnLane {
  id: string;
  name: string;
  bounds: Rect;
}

export interface BpmnModel {
  processId: string;
  pool: { id: string; name: string; bounds: Rect };
  lanes: BpmnLane[];
  nodes: BpmnNode[];
  flows: BpmnFlow[];
}

const POOL_LABEL = 30;
/** Space above and below the nodes of a lane: the tracks of the longer flows run there. */
const LANE_MARGIN = 40;
const MIN_LANE_HEIGHT = 150;
const COLUMN = 220;
const MARGIN = 40;
const TASK_WIDTH = 180;
const SIZE: Record<BpmnNodeKind, { width: number; height: number }> = {
  start: { width: 36, height: 36 },
  end: { width: 36, height: 36 },
  task: { width: TASK_WIDTH, height: 80 },
  gateway: { width: 50, height: 50 },
};

/**
 * A task tall enough for its text as bpmn.io wraps it (about 7 px a character at its 12 px font):
 * the activity is the task's name, whole, never cut.
 */
export function taskHeight(name: string): number {
  const perLine = Math.floor((TASK_WIDTH - 16) / 7);
  let lines = 0;
  let line = 0;
  for (const word of name.split(/\s+/)) {
    if (line > 0 && line + 1 + word.length > perLine) (lines++, (line = 0));
    line += (line > 0 ? 1 : 0) + word.length;
    while (line > perLine) (lines++, (line -= perLine));
  }
  if (line > 0) lines++;
  return Math.max(80, lines * 15 + 24);
}


const taskDocumentation = (step: Step, actorNames: string[]): string =>
  [
    actorNames.length > 1 ? `Pelaksana: ${actorNames.join(', ')}` : '',
    step.inputs ? `Kelengkapan: ${step.inputs}` : '',
    step.timeText ? `Waktu: ${step.timeText}` : '',
    step.output ? `Output: ${step.output}` : '',
    step.notes ? `Keterangan: ${step.notes}` : '',
  ].filter(Boolean).join('\n');

export function bpmnModel(sop: SopData, slug: string): BpmnModel {
  const n = sop.steps.length;
  const actorIndex = new Map(sop.actors.map((a, i) => [a.id, i]));
  const lanes: BpmnLane[] = sop.actors.map((a, i) => ({ id: `Lane_${i + 1}`, name: a.label, bounds: { x: 0, y: 0, width: 0, height: 0 } }));
  // A step whose pelaksana the source does not let us read still needs a lane to sit in.
  let unknownLane: number | undefined;
  const laneOf = (step: Step): number => {
    const first = step.actorIds.map((id) => actorIndex.get(id)).find((i) => i !== undefined);
    if (first !== undefined) return first;
    if (unknownLane === undefined) {
      unknownLane = lanes.length;
      lanes.push({ id: `Lane_${lanes.length + 1}`, name: 'Pelaksana tidak tercantum', bounds: { x: 0, y: 0, width: 0, height: 0 } });
    }
    return unknownLane;
  };

  const nodes: BpmnNode[] = [];
  const columnOf = new Map<string, number>();
  let column = 0;
  const place = (node: Omit<BpmnNode, 'bounds'>): BpmnNode => {
    const size = node.kind === 'task' ? { width: TASK_WIDTH, height: taskHeight(node.name) } : SIZE[node.kind];
    const full = { ...node, bounds: { x: 0, y: 0, ...size } };
    columnOf.set(node.id, column++);
    nodes.push(full);
    return full;
  };
  const taskId = (s: number) => `Task_${s}`;
  const gatewayId = (s: number) => `Gateway_${s}`;

  /** Rows drawn with arrows between their symbols: each symbol's node, by actor (the others: the step's task or gateway). */
  const symbolNodes = new Map<number, Map<string, string>>();
  const drawnApart = (step: Step) => (step.rowArrows?.length ?? 0) > 0 && step.actorIds.every((id) => actorIndex.has(id));

  place({ id: 'StartEvent_1', kind: 'start', name: 'Mulai', lane: n ? laneOf(sop.steps[0]!) : 0 });
  for (const step of sop.steps) {
    const lane = laneOf(step);
    const names = step.actorIds.map((id) => sop.actors[actorIndex.get(id) ?? -1]?.label).filter((x): x is string => !!x);
    const documentation = taskDocumentation(step, names);
    const question = step.decision?.question;
    if (!drawnApart(step)) {
      place({ id: taskId(step.number), kind: 'task', name: step.activity, lane, step: step.number, ...(documentation ? { documentation } : {}) });
      if (step.decision) place({ id: gatewayId(step.number), kind: 'gateway', name: question ?? '', lane, step: step.number });
      continue;
    }
    // The first symbol the flow enters carries the step's task (then its gateway, when a diamond).
    const ids = new Map<string, string>();
    const entry = rowEntryActors(step)[0]!;
    const ordered = [entry, ...[...new Set(step.actorIds)].filter((a) => a !== entry)];
    ordered.forEach((actorId, k) => {
      const own = actorIndex.get(actorId)!;
      const diamond = symbolShape(step, actorId, n) === 'decision';
      if (k === 0) {
        place({ id: taskId(step.number), kind: 'task', name: step.activity, lane: own, step: step.number, ...(documentation ? { documentation } : {}) });
        if (diamond) place({ id: gatewayId(step.number), kind: 'gateway', name: question ?? '', lane: own, step: step.number });
        ids.set(actorId, diamond ? gatewayId(step.number) : taskId(step.number));
      } else {
        const id = `${diamond ? 'Gateway' : 'Task'}_${step.number}_${k + 1}`;
        place(diamond ? { id, kind: 'gateway', name: '', lane: own, step: step.number } : { id, kind: 'task', name: step.activity, lane: own, step: step.number });
        ids.set(actorId, id);
      }
    });
    symbolNodes.set(step.number, ids);
  }
  const edges = flowEdges(sop.steps);
  const hasOut = new Set(edges.map((e) => e.from));
  const endLane = n ? laneOf(sop.steps[n - 1]!) : 0;
  place({ id: 'EndEvent_1', kind: 'end', name: 'Selesai', lane: endLane });

  // Geometry: lanes stacked, each as tall as its tallest node needs; nodes centred in lane and column.
  const poolWidth = POOL_LABEL + MARGIN + column * COLUMN;
  let y = 0;
  lanes.forEach((lane, i) => {
    const tallest = Math.max(0, ...nodes.filter((node) => node.lane === i).map((node) => node.bounds.height));
    const height = Math.max(MIN_LANE_HEIGHT, tallest + 2 * LANE_MARGIN);
    lane.bounds = { x: POOL_LABEL, y, width: poolWidth - POOL_LABEL, height };
    y += height;
  });
  const pool = { id: 'Participant_1', name: `${KINDS.sop.name} ${sop.title}`, bounds: { x: 0, y: 0, width: poolWidth, height: Math.max(y, MIN_LANE_HEIGHT) } };
  for (const node of nodes) {
    const cx = POOL_LABEL + MARGIN + columnOf.get(node.id)! * COLUMN + COLUMN / 2;
    const laneBox = lanes[node.lane]!.bounds;
    const cy = laneBox.y + laneBox.height / 2;
    node.bounds = { x: cx - node.bounds.width / 2, y: cy - node.bounds.height / 2, width: node.bounds.width, height: node.bounds.height };
  }
  const byId = new Map(nodes.map((node) => [node.id, node]));

  const flows: BpmnFlow[] = [];
  const tracks = new Map<string, number>();
  const connect = (from: string, to: string, name?: string, dashed?: boolean) => {
    const a = byId.get(from)!;
    const b = byId.get(to)!;
    const flow: BpmnFlow = { id: `Flow_${flows.length + 1}`, from, to, waypoints: route(a, b, columnOf.get(from)!, columnOf.get(to)!, lanes[a.lane]!.bounds, tracks) };
    if (dashed) flow.documentation = 'garis putus-putus';
    if (name !== undefined) {
      const p = flow.waypoints[0]!;
      const up = flow.waypoints[1]!.y < p.y;
      flow.name = name;
      flow.labelBounds = { x: p.x + 4, y: up ? p.y - 22 : p.y + 4, width: Math.max(24, name.length * 7), height: 14 };
    }
    flows.push(flow);
  };

  /** Where the flow into a step arrives: its task. */
  const into = (to: number) => (to <= n ? taskId(to) : 'EndEvent_1');
  if (n) connect('StartEvent_1', taskId(1));
  for (const step of sop.steps) {
    const out = edges.filter((e) => e.from === step.number);
    const apart = symbolNodes.get(step.number);
    if (!apart) {
      const source = step.decision ? gatewayId(step.number) : taskId(step.number);
      if (step.decision) connect(taskId(step.number), source);
      for (const e of out) connect(source, into(e.to), e.label, e.dashed);
      if (!hasOut.has(step.number)) connect(source, 'EndEvent_1');
      continue;
    }
    // A row drawn apart: its task into its gateway, the arrows between its symbols, its exits from theirs.
    if (apart.get(rowEntryActors(step)[0]!) === gatewayId(step.number)) connect(taskId(step.number), gatewayId(step.number));
    for (const arrow of step.rowArrows!) connect(apart.get(arrow.from)!, apart.get(arrow.to)!, arrow.label, arrow.dashed);
    // An exit leaves the named symbol, else the exit symbol nearest the lane it goes to (as in the table).
    const exits = rowExitActors(step);
    const laneTo = (to: number) => (to <= n ? byId.get(into(to))!.lane : endLane);
    const nearest = (to: number) => exits.reduce((best, a) => (Math.abs(actorIndex.get(a)! - laneTo(to)) < Math.abs(actorIndex.get(best)! - laneTo(to)) ? a : best));
    const sourceOf = (e: FlowEdge) => apart.get(e.fromActor ?? nearest(e.to))!;
    for (const e of out) connect(sourceOf(e), into(e.to), e.label, e.dashed);
    if (!hasOut.has(step.number)) connect(apart.get(exits[exits.length - 1]!)!, 'EndEvent_1');
  }
  return { processId: `Process_${slug.replace(/[^A-Za-z0-9]/g, '_')}`, pool, lanes, nodes, flows };
}

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

function route(a: BpmnNode, b: BpmnNode, colA: number, colB: number, sourceLane: Rect, tracks: Map<string, number>): Point[] {
  const ca = centre(a.bounds);
  const cb = centre(b.bounds);
  if (colB === colA + 1) {
    if (a.lane === b.lane) return [{ x: a.bounds.x + a.bounds.width, y: ca.y }, { x: b.bounds.x, y: cb.y }];
    const gap = (a.bounds.x + a.bounds.width + b.bounds.x) / 2;
    return [{ x: a.bounds.x + a.bounds.width, y: ca.y }, { x: gap, y: ca.y }, { x: gap, y: cb.y }, { x: b.bounds.x, y: cb.y }];
  }
  // Forward jumps run above the nodes of the source lane, loop-backs below them; several flows
  // on one track are spread a few pixels apart.
  const forward = colB > colA;
  const key = `${a.lane}:${forward ? 'top' : 'bottom'}`;
  const k = tracks.get(key) ?? 0;
  tracks.set(key, k + 1);
  const offset = 8 + (k % 4) * 6;
  const trackY = forward ? sourceLane.y + offset : sourceLane.y + sourceLane.height - offset;
  const leave = { x: ca.x, y: forward ? a.bounds.y : a.bounds.y + a.bounds.height };
  const enterFromAbove = b.bounds.y > trackY;
  const enter = { x: cb.x, y: enterFromAbove ? b.bounds.y : b.bounds.y + b.bounds.height };
  return [leave, { x: ca.x, y: trackY }, { x: cb.x, y: trackY }, enter];
}
