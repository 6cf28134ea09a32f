import { edgeId, flowEdges, stepShape, type FlowEdge, type StepShape } from '../flow/index.ts';
import type { Actor, SopData, Step } from '../model/index.ts';
import { ENTRY_Y, LOW_EXIT_Y, TOP_ENTRY_Y, halfHeight, halfWidthAt, laneX } from './geometry.ts';

/**
 * Routing of the official flowchart table (Permenpan-RB 35/2012): one row per step, one column per
 * actor, and a narrow gutter column right of the actors for the arrows that skip rows.
 *
 * Rules, in order of preference:
 * - Each step's symbol sits in the column of each of its actors; two actors → two symbols joined by
 *   a line (no arrowhead) through the cells between them.
 * - Step i → step i + 1 in the same column: straight down, from the bottom of i into the top of i + 1.
 * - Step i → step i + 1 in another column ("across"): out of the side of i facing the target, along
 *   the middle of row i, down into the top of i + 1. The horizontal runs in row i, where the only
 *   symbol is i's own.
 * - When that side is taken (a decision whose other branch leaves on the right for the gutter), or
 *   the target column lies between i's own joined symbols ("round"): out of the bottom of i, down into
 *   row i + 1, along row i + 1 at ENTRY_Y into the side of i + 1 facing where it came from.
 * - Every other edge (a loop-back, a "Ya" that skips steps) goes through the gutter: out of the right
 *   of the step's rightmost symbol along the middle of its row, up or down its own gutter lane, and
 *   along the target row at ENTRY_Y into the right side of the target's rightmost symbol.
 * Exits leave at the middle line, side entries arrive ENTRY_Y above it; when a side has both, the exit
 * moves LOW_EXIT_Y below the middle, so the two run apart. No wire crosses a symbol. Lanes are shared by edges whose row spans do not overlap (interval
 * colouring, shortest first, so nested loops sit inside their outer loop).
 *
 * Every wire piece runs in the direction of the flow (`from` → `to`), which the print pagination uses
 * to tell a flow going down across a page break from a loop-back going up.
 */

/** px from the cell's anchor (see geometry.ts), or a cell edge. */
export type X = number | 'left' | 'right';
/** px from the row's middle line, or a cell edge. */
export type Y = number | 'top' | 'bottom';
export interface Point {
  x: X;
  y: Y;
}
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Wire {
  /** The flow edge this piece carries; undefined for the line joining a two-actor step's symbols. */
  edge?: FlowEdge;
  from: Point;
  to: Point;
  /** An arrowhead at `to`, pointing this way. */
  arrowhead?: Direction;
}

/** A branch label as printed ("Ya", "Lengkap", "Ada aksi koreksi") beside a decision, at its anchor point (start or end of the text). */
export interface Label {
  edge: FlowEdge;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface SymbolMark {
  step: number;
  shape: StepShape;
  /** A two-actor step: its symbol is joined to the one in a column on this side. */
  joinLeft: boolean;
  joinRight: boolean;
}

/** An off-page connector (print only): the pentagon carrying the step number the flow continues to. */
export interface ConnectorMark {
  edge: FlowEdge;
  /** The step number written in the pentagon. */
  step: number;
  /** The flow runs down the page through it; false for a loop-back going up. */
  down: boolean;
  x: number;
}

export interface Cell {
  symbol?: SymbolMark;
  connectors: ConnectorMark[];
  wires: Wire[];
  labels: Label[];
}

export interface RoutedRow {
  step: Step;
  shape: StepShape;
  /** Actor columns holding this step's symbol, left to right. */
  columns: number[];
  /** One per actor column. */
  cells: Cell[];
  gutter: Cell;
  /** Where the flow goes from here (for the text equivalent), "Ya" before "Tidak". */
  next: FlowEdge[];
}

export interface Routing {
  actors: Actor[];
  edges: FlowEdge[];
  /** Gutter lanes needed; 0 means no gutter column. */
  lanes: number;
  /** The lane of each gutter edge, by edgeId. */
  laneOf: Map<string, number>;
  rows: RoutedRow[];
}

export { edgeId };

export const emptyCell = (): Cell => ({ connectors: [], wires: [], labels: [] });

export function routeFlowchart(sop: Pick<SopData, 'actors' | 'steps'>): Routing {
  const { actors, steps } = sop;
  const lastColumn = actors.length - 1;
  const columnOf = new Map(actors.map((a, i) => [a.id, i]));
  const edges = flowEdges(steps);
  const rows: RoutedRow[] = steps.map((step) => ({
    step,
    shape: stepShape(step, steps.length),
    columns: [...new Set(step.actorIds.flatMap((id) => columnOf.get(id) ?? []))].sort((a, b) => a - b),
    cells: actors.map(emptyCell),
    gutter: emptyCell(),
    next: edges.filter((e) => e.from === step.number),
  }));
  const row = (n: number) => rows[n - 1]!;
  const cell = (n: number, column: number) => row(n).cells[column]!;
  const wire = (n: number, column: number | 'gutter', w: Wire) =>
    (column === 'gutter' ? row(n).gutter : cell(n, column)).wires.push(w);

  // Symbols, and the line joining the symbols of a step with several actors.
  for (const r of rows) {
    r.columns.forEach((c, k) => {
      const right = r.columns[k + 1];
      cell(r.step.number, c).symbol = { step: r.step.number, shape: r.shape, joinLeft: k > 0, joinRight: right !== undefined };
      if (right === undefined) return;
      const half = halfWidthAt(r.shape, 0);
      wire(r.step.number, c, { from: { x: half, y: 0 }, to: { x: 'right', y: 0 } });
      for (let m = c + 1; m < right; m++) wire(r.step.number, m, { from: { x: 'left', y: 0 }, to: { x: 'right', y: 0 } });
      wire(r.step.number, right, { from: { x: 'left', y: 0 }, to: { x: -half, y: 0 } });
    });
  }

  // Which edges go to the next row, and how; which need the gutter.
  const drawable = edges.filter((e) => row(e.from).columns.length > 0 && row(e.to).columns.length > 0);
  const adjacent = new Map<number, FlowEdge>();
  const gutterEdges: FlowEdge[] = [];
  for (const e of drawable) {
    if (e.to === e.from + 1 && !adjacent.has(e.from)) adjacent.set(e.from, e);
    else gutterEdges.push(e);
  }
  const laneOf = assignLanes(gutterEdges);
  const gutterExits = (n: number) => gutterEdges.filter((g) => g.from === n);
  const routes = [...adjacent.values()].map((e) => planAdjacent(e, row(e.from).columns, row(e.to).columns, gutterExits(e.from).length > 0));

  // A step with two or more exits to the gutter takes its gutter entries from above (TOP_ENTRY_Y):
  // three lines on one side leave no room for the exits' labels.
  const entersFromTop = (n: number) => gutterExits(n).length >= 2;
  const entryY = (n: number) => (entersFromTop(n) ? TOP_ENTRY_Y : ENTRY_Y);

  // Sides where a wire comes in at ENTRY_Y: an exit on the same side leaves lower, so the two run apart.
  const entries = new Set<string>();
  for (const r of routes) if (r.kind === 'round') entries.add(`${r.edge.to}:${r.t > r.s ? 'left' : 'right'}`);
  for (const g of gutterEdges) if (!entersFromTop(g.to)) entries.add(`${g.to}:right`);
  const exitLevel = (n: number, side: Side) => (entries.has(`${n}:${side}`) ? LOW_EXIT_Y : 0);

  const label = (n: number, column: number, e: FlowEdge, x: number, y: number, anchor: Label['anchor']) => {
    if (e.kind === 'branch' && e.label) cell(n, column).labels.push({ edge: e, text: e.label, x, y, anchor });
  };
  /** A label under (or, when another exit lies just below, over) a side exit at `level`. */
  const sideLabel = (n: number, column: number, e: FlowEdge, dir: number, level: number, otherBelow: boolean) =>
    label(n, column, e, dir * 17, otherBelow ? level - 4 : level + 12, dir > 0 ? 'start' : 'end');

  /**
   * The label of an exit out of the bottom: right of the line. When the step also sends arrows out on
   * the right (a decision with three or more branches), their labels sit there: the bottom label goes
   * left of the line, or, in the first column (where the Kegiatan column would hide it), below them.
   */
  const bottomLabel = (e: FlowEdge, column: number, fromHalf: number) => {
    const sideExits = gutterExits(e.from).length;
    if (sideExits === 0) label(e.from, column, e, 4, fromHalf + 9, 'start');
    else if (column > 0) label(e.from, column, e, -4, fromHalf + 9, 'end');
    else label(e.from, column, e, 4, Math.max(fromHalf + 9, LOW_EXIT_Y * (sideExits - 1) + 12 + 12), 'start');
  };

  // Step i → i + 1.
  for (const { edge: e, kind, s, t } of routes) {
    const from = row(e.from);
    const to = row(e.to);
    const fromHalf = halfHeight(from.shape);
    const dir = Math.sign(t - s);
    const near: Side = dir > 0 ? 'left' : 'right';
    const far: Side = dir > 0 ? 'right' : 'left';
    if (kind === 'straight') {
      wire(e.from, s, { edge: e, from: { x: 0, y: fromHalf }, to: { x: 0, y: 'bottom' } });
      wire(e.to, s, { edge: e, from: { x: 0, y: 'top' }, to: { x: 0, y: -halfHeight(to.shape) }, arrowhead: 'down' });
      bottomLabel(e, s, fromHalf);
    } else if (kind === 'across') {
      // Out of the side, along row i, down into the top of i + 1.
      const y = exitLevel(e.from, far);
      wire(e.from, s, { edge: e, from: { x: dir * halfWidthAt(from.shape, y), y }, to: { x: far, y } });
      for (let c = s + dir; c !== t; c += dir) wire(e.from, c, { edge: e, from: { x: near, y }, to: { x: far, y } });
      wire(e.from, t, { edge: e, from: { x: near, y }, to: { x: 0, y } });
      wire(e.from, t, { edge: e, from: { x: 0, y }, to: { x: 0, y: 'bottom' } });
      wire(e.to, t, { edge: e, from: { x: 0, y: 'top' }, to: { x: 0, y: -halfHeight(to.shape) }, arrowhead: 'down' });
      sideLabel(e.from, s, e, dir, y, false);
    } else {
      // Round: out of the bottom, down into row i + 1, along it at ENTRY_Y into the side of i + 1.
      wire(e.from, s, { edge: e, from: { x: 0, y: fromHalf }, to: { x: 0, y: 'bottom' } });
      wire(e.to, s, { edge: e, from: { x: 0, y: 'top' }, to: { x: 0, y: ENTRY_Y } });
      wire(e.to, s, { edge: e, from: { x: 0, y: ENTRY_Y }, to: { x: far, y: ENTRY_Y } });
      for (let c = s + dir; c !== t; c += dir) wire(e.to, c, { edge: e, from: { x: near, y: ENTRY_Y }, to: { x: far, y: ENTRY_Y } });
      wire(e.to, t, {
        edge: e,
        from: { x: near, y: ENTRY_Y },
        to: { x: -dir * halfWidthAt(to.shape, ENTRY_Y), y: ENTRY_Y },
        arrowhead: dir > 0 ? 'right' : 'left',
      });
      bottomLabel(e, s, fromHalf);
    }
  }

  // Gutter edges: out of the right, along the own lane, into the right side of the target.
  for (const e of gutterEdges) {
    const x = laneX(laneOf.get(edgeId(e))!);
    const from = row(e.from);
    const to = row(e.to);
    const fromHi = from.columns[from.columns.length - 1]!;
    const toHi = to.columns[to.columns.length - 1]!;
    const siblings = gutterExits(e.from);
    // Several exits to the gutter (a three-way decision, parallel jumps) leave at different heights.
    const levels = exitLevel(e.from, 'right') ? [LOW_EXIT_Y, 0, 2 * LOW_EXIT_Y] : [0, LOW_EXIT_Y, -LOW_EXIT_Y, 2 * LOW_EXIT_Y];
    const exitY = levels[siblings.indexOf(e)] ?? 0;
    const otherBelow = siblings.length > 1 && levels.slice(0, siblings.length).some((l) => l > exitY);

    wire(e.from, fromHi, { edge: e, from: { x: halfWidthAt(from.shape, exitY), y: exitY }, to: { x: 'right', y: exitY } });
    for (let c = fromHi + 1; c <= lastColumn; c++) wire(e.from, c, { edge: e, from: { x: 'left', y: exitY }, to: { x: 'right', y: exitY } });
    wire(e.from, 'gutter', { edge: e, from: { x: 'left', y: exitY }, to: { x, y: exitY } });
    sideLabel(e.from, fromHi, e, 1, exitY, otherBelow);

    const inY = entryY(e.to);
    if (e.to === e.from) {
      wire(e.from, 'gutter', { edge: e, from: { x, y: exitY }, to: { x, y: inY } });
    } else {
      const up = e.to < e.from;
      const [leave, arrive] = up ? (['top', 'bottom'] as const) : (['bottom', 'top'] as const);
      wire(e.from, 'gutter', { edge: e, from: { x, y: exitY }, to: { x, y: leave } });
      for (let n = e.from + (up ? -1 : 1); n !== e.to; n += up ? -1 : 1)
        wire(n, 'gutter', { edge: e, from: { x, y: arrive }, to: { x, y: leave } });
      wire(e.to, 'gutter', { edge: e, from: { x, y: arrive }, to: { x, y: inY } });
    }
    wire(e.to, 'gutter', { edge: e, from: { x, y: inY }, to: { x: 'left', y: inY } });
    for (let c = lastColumn; c > toHi; c--) wire(e.to, c, { edge: e, from: { x: 'right', y: inY }, to: { x: 'left', y: inY } });
    if (entersFromTop(e.to)) {
      // Along the row above the symbol, then down into its top (joining any arrow from above).
      wire(e.to, toHi, { edge: e, from: { x: 'right', y: inY }, to: { x: 0, y: inY } });
      wire(e.to, toHi, { edge: e, from: { x: 0, y: inY }, to: { x: 0, y: -halfHeight(to.shape) }, arrowhead: 'down' });
    } else {
      wire(e.to, toHi, {
        edge: e,
        from: { x: 'right', y: inY },
        to: { x: halfWidthAt(to.shape, inY), y: inY },
        arrowhead: 'left',
      });
    }
  }

  const lanes = laneOf.size === 0 ? 0 : Math.max(...laneOf.values()) + 1;
  return { actors, edges, lanes, laneOf, rows };
}

type Side = 'left' | 'right';

interface AdjacentRoute {
  edge: FlowEdge;
  /** straight: same column; across: side exit, along row i, into the top; round: bottom exit, along row i + 1, into the side. */
  kind: 'straight' | 'across' | 'round';
  /** The column it leaves from and the column it arrives in. */
  s: number;
  t: number;
}

/** How step i reaches step i + 1 (columns left to right; `rightTaken`: step i sends gutter edges out on the right). */
function planAdjacent(edge: FlowEdge, from: number[], to: number[], rightTaken: boolean): AdjacentRoute {
  const common = from.find((c) => to.includes(c));
  if (common !== undefined) return { edge, kind: 'straight', s: common, t: common };
  let [s, t] = [from[0]!, to[0]!];
  for (const a of from) for (const b of to) if (Math.abs(a - b) < Math.abs(s - t)) [s, t] = [a, b];
  const lo = from[0]!;
  const hi = from[from.length - 1]!;
  // Across needs the side facing the target free, and no joined symbol of step i in between.
  return { edge, kind: t < lo || (t > hi && !rightTaken) ? 'across' : 'round', s, t };
}

/**
 * Gutter lanes by interval colouring: each edge occupies the rows from its source to its target
 * (both included); shortest spans first take the lane nearest the actors, so a loop nested in
 * another runs inside it and their horizontals do not cross.
 */
export function assignLanes(gutterEdges: readonly FlowEdge[]): Map<string, number> {
  const span = (e: FlowEdge) => [Math.min(e.from, e.to), Math.max(e.from, e.to)] as const;
  const order = [...gutterEdges].sort((a, b) => {
    const [alo, ahi] = span(a);
    const [blo, bhi] = span(b);
    return ahi - alo - (bhi - blo) || alo - blo || a.from - b.from || edgeId(a).localeCompare(edgeId(b));
  });
  const taken: Array<Array<readonly [number, number]>> = [];
  const laneOf = new Map<string, number>();
  for (const e of order) {
    const [lo, hi] = span(e);
    let lane = 0;
    while (taken[lane]?.some(([l, h]) => l <= hi && lo <= h)) lane++;
    (taken[lane] ??= []).push([lo, hi]);
    laneOf.set(edgeId(e), lane);
  }
  return laneOf;
}
