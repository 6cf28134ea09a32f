import { edgeId, flowEdges, rowEntryActors, rowExitActors, stepShape, symbolShape, type FlowEdge, type StepShape } from '../flow/index.ts';
import type { Actor, SopData, Step } from '../model/index.ts';
import { BYPASS_STUB, BYPASS_Y, ENTRY_Y, LABEL_ROOM, LOW_EXIT_Y, TOP_ENTRY_Y, halfHeight, halfWidthAt, laneX } from './geometry.ts';

/**
 * Routing of the official flowchart table (Permenpan-RB 35/2012): one row per step, one column per
 * actor, and a narrow gutter column right of the actors for the arrows that skip rows.
 *
 * Rules, in order of preference:
 * - Each step's symbol sits in the column of each of its actors, in that actor's shape (`bentuk`
 *   per actor). Several actors and no arrows inside the row → the symbols are joined by a line (no
 *   arrowhead) through the cells between them. Arrows inside the row (`panah`) run from one symbol's
 *   side straight to the other's at the middle line, or, when another symbol of the row lies
 *   between, out of the side, down to BYPASS_Y under the symbols, along, and up into the target's side.
 * - Arrows between rows leave the row's exit symbols (those that send no arrow within the row, or
 *   the one an exit names with `dari`) and enter its entry symbols (those no arrow of the row points
 *   at). Today's joint rows have no arrows inside: every symbol is both.
 * - Step i → step i + 1 in the same column: straight down, from the bottom of i into the top of i + 1.
 * - Step i → step i + 1 in another column ("across"): out of the side of i facing the target, along
 *   the middle of row i, down into the top of i + 1. The horizontal runs in row i, where no other
 *   symbol lies between the two columns or in the target's.
 * - When that side is taken (a decision whose other branch leaves on the right for the gutter), or
 *   a symbol of row i is in the way ("round"): out of the bottom of i, down into row i + 1, along row
 *   i + 1 at ENTRY_Y into the side of i + 1 facing where it came from, when no symbol of row i + 1 is
 *   in the way. Otherwise through the gutter.
 * - Every other edge (a loop-back, a "Ya" that skips steps) goes through the gutter: out of the right
 *   of the source symbol along the middle of its row (over the row's other symbols at TOP_ENTRY_Y
 *   when one lies to its right, or under them at BYPASS_Y when entries run over), up or down its own
 *   gutter lane, and along the target row at ENTRY_Y into
 *   the right side of the target symbol (from above, at TOP_ENTRY_Y, when another symbol of that row
 *   lies to its right, or when the target sends two or more exits to the gutter).
 * Exits leave at the middle line, side entries arrive ENTRY_Y above it; when a side has both, the exit
 * moves LOW_EXIT_Y below the middle, so the two run apart. No wire crosses a symbol. Lanes are shared by edges whose row spans do not overlap (interval
 * colouring, shortest first, so nested loops sit inside their outer loop).
 *
 * Every wire piece runs in the direction of the flow (`from` → `to`), which the print pagination uses
 * to tell a flow going down across a page break from a loop-back going up. Where each labelled
 * arrow leaves its symbol is kept (`exits`) for the label placement (labels.ts).
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

/** An arrow drawn inside a row (`panah`), from one of the step's symbols to another. */
export interface RowLink {
  step: number;
  /** Its index in the step's `rowArrows`. */
  index: number;
  /** Actor columns it leaves and enters. */
  from: number;
  to: number;
  label?: string;
  dashed?: boolean;
}

/** Stable id of an arrow inside row 6, the first written: "6-6-r0" (read by the viewer as step 6's). */
export const rowLinkId = (link: Pick<RowLink, 'step' | 'index'>) => `${link.step}-${link.step}-r${link.index}`;

/** The id of what a wire or a label belongs to, as `data-edge`. */
export const carriedId = (c: { edge?: FlowEdge; link?: RowLink }) => (c.edge ? edgeId(c.edge) : c.link ? rowLinkId(c.link) : undefined);

export interface Wire {
  /** The flow edge this piece carries; undefined for an arrow inside the row and for the line joining a joint step's symbols. */
  edge?: FlowEdge;
  /** The arrow inside the row this piece carries. */
  link?: RowLink;
  from: Point;
  to: Point;
  /** An arrowhead at `to`, pointing this way. */
  arrowhead?: Direction;
  /** Drawn dashed, as printed (`garis: putus-putus`). */
  dashed?: boolean;
}

/**
 * A label as printed ("Ya", "Lengkap", "Berkas belum lengkap/valid") beside the arrow it names, in
 * the cell of the symbol the arrow leaves: its lines, the anchor of the first line's baseline (start
 * or end of the text), and the box it takes (labels.ts).
 */
export interface Label {
  edge?: FlowEdge;
  link?: RowLink;
  text: string;
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: { left: number; right: number; top: number; bottom: number };
}

export interface SymbolMark {
  step: number;
  shape: StepShape;
  /** The actor whose symbol this is. */
  actorId: string;
  /** A joint step without arrows inside its row: its symbol is joined to the one in a column on this side. */
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
  /** The step's shape (its symbols may differ per actor: SymbolMark.shape). */
  shape: StepShape;
  /** Actor columns holding this step's symbol, left to right. */
  columns: number[];
  /** The arrows drawn inside the row. */
  links: RowLink[];
  /** Least height the row needs for its drawing (labels), in px; 0 = the smallest row. */
  minHeight: number;
  /** One per actor column. */
  cells: Cell[];
  gutter: Cell;
  /** Where the flow goes from here (for the text equivalent), "Ya" before "Tidak". */
  next: FlowEdge[];
}

/** Where a labelled arrow leaves its symbol: the cell, the point on the outline, the way it goes. */
export interface ExitPoint {
  row: number;
  column: number;
  x: number;
  y: number;
  dir: Direction;
}

export interface Routing {
  actors: Actor[];
  edges: FlowEdge[];
  /** Gutter lanes needed; 0 means no gutter column. */
  lanes: number;
  /** The lane of each gutter edge, by edgeId. */
  laneOf: Map<string, number>;
  rows: RoutedRow[];
  /** Where each drawn edge and arrow inside a row leaves its symbol, by carriedId. */
  exits: Map<string, ExitPoint>;
}

export { edgeId };

export const emptyCell = (): Cell => ({ connectors: [], wires: [], labels: [] });

export function routeFlowchart(sop: Pick<SopData, 'actors' | 'steps'>): Routing {
  const { actors, steps } = sop;
  const lastColumn = actors.length - 1;
  const columnOf = new Map(actors.map((a, i) => [a.id, i]));
  const columnsOf = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => columnOf.get(id) ?? []))].sort((a, b) => a - b);
  const edges = flowEdges(steps);
  const rows: RoutedRow[] = steps.map((step) => ({
    step,
    shape: stepShape(step, steps.length),
    columns: columnsOf(step.actorIds),
    links: (step.rowArrows ?? []).flatMap((a, index): RowLink[] => {
      const from = columnOf.get(a.from);
      const to = columnOf.get(a.to);
      return from === undefined || to === undefined || from === to ? [] : [{ step: step.number, index, from, to, ...(a.label !== undefined && { label: a.label }), ...(a.dashed && { dashed: true }) }];
    }),
    minHeight: 0,
    cells: actors.map(emptyCell),
    gutter: emptyCell(),
    next: edges.filter((e) => e.from === step.number),
  }));
  const row = (n: number) => rows[n - 1]!;
  const cell = (n: number, column: number) => row(n).cells[column]!;
  const wire = (n: number, column: number | 'gutter', w: Wire) =>
    (column === 'gutter' ? row(n).gutter : cell(n, column)).wires.push(w.edge?.dashed ? { ...w, dashed: true } : w);
  const shapeAt = (n: number, column: number) => cell(n, column).symbol!.shape;
  const exits = new Map<string, ExitPoint>();
  const exitAt = (id: string, n: number, column: number, x: number, y: number, dir: Direction) => {
    if (!exits.has(id)) exits.set(id, { row: n, column, x, y, dir });
  };

  // Symbols, each in its actor's shape, and the line joining the symbols of a joint step (no arrows inside its row).
  for (const r of rows) {
    const joined = !r.step.rowArrows?.length;
    r.columns.forEach((c, k) => {
      const right = r.columns[k + 1];
      cell(r.step.number, c).symbol = {
        step: r.step.number,
        shape: symbolShape(r.step, actors[c]!.id, steps.length),
        actorId: actors[c]!.id,
        joinLeft: joined && k > 0,
        joinRight: joined && right !== undefined,
      };
    });
    if (!joined) continue;
    r.columns.forEach((c, k) => {
      const right = r.columns[k + 1];
      if (right === undefined) return;
      wire(r.step.number, c, { from: { x: halfWidthAt(shapeAt(r.step.number, c), 0), y: 0 }, to: { x: 'right', y: 0 } });
      for (let m = c + 1; m < right; m++) wire(r.step.number, m, { from: { x: 'left', y: 0 }, to: { x: 'right', y: 0 } });
    });
    r.columns.forEach((c, k) => {
      if (k > 0) wire(r.step.number, c, { from: { x: 'left', y: 0 }, to: { x: -halfWidthAt(shapeAt(r.step.number, c), 0), y: 0 } });
    });
  }

  // Where the flow enters and leaves each row (entry and exit symbols), and what lies in the way.
  const entryColumns = (n: number) => columnsOf(rowEntryActors(row(n).step)).filter((c) => row(n).columns.includes(c));
  const sourceColumns = (e: FlowEdge) => {
    const named = e.fromActor === undefined ? undefined : columnOf.get(e.fromActor);
    return named !== undefined && row(e.from).columns.includes(named) ? [named] : columnsOf(rowExitActors(row(e.from).step)).filter((c) => row(e.from).columns.includes(c));
  };
  /** A symbol of row n strictly between columns a and b. */
  const between = (n: number, a: number, b: number) => row(n).columns.some((c) => c > Math.min(a, b) && c < Math.max(a, b));
  const rightmost = (n: number) => row(n).columns[row(n).columns.length - 1]!;

  // Which edges go to the next row, and how; which need the gutter.
  const drawable = edges.filter((e) => row(e.from).columns.length > 0 && row(e.to).columns.length > 0);
  const firstToNext = new Map<number, FlowEdge>();
  for (const e of drawable) if (e.to === e.from + 1 && !firstToNext.has(e.from)) firstToNext.set(e.from, e);
  const gutterBound = (e: FlowEdge) => firstToNext.get(e.from) !== e;
  const routes: AdjacentRoute[] = [];
  const gutterEdges: FlowEdge[] = [];
  for (const e of drawable) {
    if (gutterBound(e)) {
      gutterEdges.push(e);
      continue;
    }
    const rightTaken = drawable.some((g) => g.from === e.from && gutterBound(g));
    const plan = planAdjacent(e, sourceColumns(e), entryColumns(e.to), row(e.from).columns, row(e.to).columns, rightTaken);
    if (plan) routes.push(plan);
    else gutterEdges.push(e);
  }
  const laneOf = assignLanes(gutterEdges);
  const gutterExits = (n: number) => gutterEdges.filter((g) => g.from === n);
  const gutterSource = (e: FlowEdge) => {
    const own = sourceColumns(e);
    return own[own.length - 1]!;
  };
  const gutterTarget = (n: number) => {
    const own = entryColumns(n);
    return own[own.length - 1]!;
  };

  // A step with two or more exits to the gutter takes its gutter entries from above (TOP_ENTRY_Y):
  // three lines on one side leave no room for the exits' labels. So does a target with another
  // symbol of its row to its right (the entry passes over it).
  const entersFromTop = (n: number) => gutterExits(n).length >= 2 || gutterTarget(n) !== rightmost(n);

  // Sides where a wire comes in at ENTRY_Y: an exit on the same side leaves lower, so the two run apart.
  const entries = new Set<string>();
  for (const r of routes) if (r.kind === 'round') entries.add(`${r.edge.to}:${r.t}:${r.t > r.s ? 'left' : 'right'}`);
  for (const g of gutterEdges) if (!entersFromTop(g.to)) entries.add(`${g.to}:${gutterTarget(g.to)}:right`);
  const exitLevel = (n: number, column: number, side: Side) => (entries.has(`${n}:${column}:${side}`) ? LOW_EXIT_Y : 0);
  /** Side levels taken at a symbol (row:column:side → y), so that arrows inside the row find a free one. */
  const taken = new Map<string, Set<number>>();
  const take = (n: number, column: number, side: Side, y: number) => {
    const key = `${n}:${column}:${side}`;
    taken.set(key, (taken.get(key) ?? new Set()).add(y));
  };
  for (const key of entries) {
    const [n, column, side] = key.split(':');
    take(Number(n), Number(column), side as Side, ENTRY_Y);
  }

  // Step i → i + 1.
  for (const { edge: e, kind, s, t } of routes) {
    const id = edgeId(e);
    const fromShape = shapeAt(e.from, s);
    const toShape = shapeAt(e.to, t);
    const fromHalf = halfHeight(fromShape);
    const dir = Math.sign(t - s);
    const near: Side = dir > 0 ? 'left' : 'right';
    const far: Side = dir > 0 ? 'right' : 'left';
    if (kind === 'straight') {
      wire(e.from, s, { edge: e, from: { x: 0, y: fromHalf }, to: { x: 0, y: 'bottom' } });
      wire(e.to, s, { edge: e, from: { x: 0, y: 'top' }, to: { x: 0, y: -halfHeight(toShape) }, arrowhead: 'down' });
      exitAt(id, e.from, s, 0, fromHalf, 'down');
    } else if (kind === 'across') {
      // Out of the side, along row i, down into the top of i + 1.
      const y = exitLevel(e.from, s, far);
      const x0 = dir * halfWidthAt(fromShape, y);
      wire(e.from, s, { edge: e, from: { x: x0, y }, to: { x: far, y } });
      for (let c = s + dir; c !== t; c += dir) wire(e.from, c, { edge: e, from: { x: near, y }, to: { x: far, y } });
      wire(e.from, t, { edge: e, from: { x: near, y }, to: { x: 0, y } });
      wire(e.from, t, { edge: e, from: { x: 0, y }, to: { x: 0, y: 'bottom' } });
      wire(e.to, t, { edge: e, from: { x: 0, y: 'top' }, to: { x: 0, y: -halfHeight(toShape) }, arrowhead: 'down' });
      exitAt(id, e.from, s, x0, y, far);
      take(e.from, s, far, y);
    } else {
      // Round: out of the bottom, down into row i + 1, along it at ENTRY_Y into the side of i + 1.
      wire(e.from, s, { edge: e, from: { x: 0, y: fromHalf }, to: { x: 0, y: 'bottom' } });
      wire(e.to, s, { edge: e, from: { x: 0, y: 'top' }, to: { x: 0, y: ENTRY_Y } });
      wire(e.to, s, { edge: e, from: { x: 0, y: ENTRY_Y }, to: { x: far, y: ENTRY_Y } });
      for (let c = s + dir; c !== t; c += dir) wire(e.to, c, { edge: e, from: { x: near, y: ENTRY_Y }, to: { x: far, y: ENTRY_Y } });
      wire(e.to, t, {
        edge: e,
        from: { x: near, y: ENTRY_Y },
        to: { x: -dir * halfWidthAt(toShape, ENTRY_Y), y: ENTRY_Y },
        arrowhead: dir > 0 ? 'right' : 'left',
      });
      exitAt(id, e.from, s, 0, fromHalf, 'down');
    }
  }

  // Wires that pass the row's other symbols: under them (arrows inside the row), over them (exits to the gutter).
  const under = new Map<number, number>();
  const over = new Map<number, number>();
  const linkTaken = new Set<string>();

  // Arrows inside a row: side to side at the middle line, or under the symbols between.
  for (const r of rows)
    for (const link of r.links) {
      const n = r.step.number;
      const id = rowLinkId(link);
      const { from: a, to: b } = link;
      const dir = Math.sign(b - a);
      const far: Side = dir > 0 ? 'right' : 'left';
      const near: Side = dir > 0 ? 'left' : 'right';
      const free = (column: number, side: Side, y: number) => !taken.get(`${n}:${column}:${side}`)?.has(y);
      const carried = { link, ...(link.dashed && { dashed: true }) };
      const direct = !between(n, a, b);
      const y = [...(direct ? [0] : []), LOW_EXIT_Y, -LOW_EXIT_Y, 2 * LOW_EXIT_Y].find((l) => free(a, far, l) && free(b, near, l)) ?? LOW_EXIT_Y;
      const x0 = dir * halfWidthAt(shapeAt(n, a), y);
      const x1 = -dir * halfWidthAt(shapeAt(n, b), y);
      take(n, a, far, y);
      take(n, b, near, y);
      linkTaken.add(`${n}:${a}:${far}:${y}`).add(`${n}:${b}:${near}:${y}`);
      const arrowhead = dir > 0 ? 'right' : 'left';
      if (direct) {
        exitAt(id, n, a, x0, y, far);
        wire(n, a, { ...carried, from: { x: x0, y }, to: { x: far, y } });
        for (let c = a + dir; c !== b; c += dir) wire(n, c, { ...carried, from: { x: near, y }, to: { x: far, y } });
        wire(n, b, { ...carried, from: { x: near, y }, to: { x: x1, y }, arrowhead });
        continue;
      }
      // Lower still when the row's arrows carry labels: those under the straight ones need the room.
      const along = BYPASS_Y + (r.links.some((l) => l.label !== undefined) ? LABEL_ROOM : 0) + 5 * (under.get(n) ?? 0);
      under.set(n, (under.get(n) ?? 0) + 1);
      const out = x0 + dir * BYPASS_STUB;
      const back = x1 - dir * BYPASS_STUB;
      exitAt(id, n, a, out, along, far);
      wire(n, a, { ...carried, from: { x: x0, y }, to: { x: out, y } });
      wire(n, a, { ...carried, from: { x: out, y }, to: { x: out, y: along } });
      wire(n, a, { ...carried, from: { x: out, y: along }, to: { x: far, y: along } });
      for (let c = a + dir; c !== b; c += dir) wire(n, c, { ...carried, from: { x: near, y: along }, to: { x: far, y: along } });
      wire(n, b, { ...carried, from: { x: near, y: along }, to: { x: back, y: along } });
      wire(n, b, { ...carried, from: { x: back, y: along }, to: { x: back, y } });
      wire(n, b, { ...carried, from: { x: back, y }, to: { x: x1, y }, arrowhead });
    }

  // Gutter edges: out of the right, along the own lane, into the right side of the target.
  for (const e of gutterEdges) {
    const id = edgeId(e);
    const x = laneX(laneOf.get(id)!);
    const fromHi = gutterSource(e);
    const toHi = gutterTarget(e.to);
    const fromShape = shapeAt(e.from, fromHi);
    const toShape = shapeAt(e.to, toHi);
    const siblings = gutterEdges.filter((g) => g.from === e.from && gutterSource(g) === fromHi);
    // Several exits to the gutter (a three-way decision, parallel jumps) leave at different heights.
    // (An arrow inside the row may have taken a level already.) Past another symbol of its row, the
    // exit leaves on the side it turns to, so that it crosses no arrow of the row.
    const passing = fromHi !== rightmost(e.from);
    const above = !entersFromTop(e.from);
    const order = passing
      ? above ? [-LOW_EXIT_Y, 0, LOW_EXIT_Y, 2 * LOW_EXIT_Y] : [LOW_EXIT_Y, 2 * LOW_EXIT_Y, 0, -LOW_EXIT_Y]
      : exitLevel(e.from, fromHi, 'right') ? [LOW_EXIT_Y, 0, 2 * LOW_EXIT_Y] : [0, LOW_EXIT_Y, -LOW_EXIT_Y, 2 * LOW_EXIT_Y];
    const levels = order.filter((l) => !(passing ? taken.get(`${e.from}:${fromHi}:right`)?.has(l) : linkTaken.has(`${e.from}:${fromHi}:right:${l}`)));
    const exitY = passing ? levels[0] ?? 0 : levels[siblings.indexOf(e)] ?? 0;
    const x0 = halfWidthAt(fromShape, exitY);
    take(e.from, fromHi, 'right', exitY);
    // Past another symbol of its row on the right: out of the side, up to TOP_ENTRY_Y (or, when
    // entries run there, down to BYPASS_Y), along over (under) it.
    const count = above ? over : under;
    const along = passing ? (above ? -1 : 1) * (BYPASS_Y + 5 * (count.get(e.from) ?? 0)) : exitY;
    // Its label goes by the long stretch: after the turn when it passes the row's other symbols.
    exitAt(id, e.from, fromHi, passing ? x0 + BYPASS_STUB : x0, along, 'right');
    if (passing) {
      count.set(e.from, (count.get(e.from) ?? 0) + 1);
      const stub = x0 + BYPASS_STUB;
      wire(e.from, fromHi, { edge: e, from: { x: x0, y: exitY }, to: { x: stub, y: exitY } });
      wire(e.from, fromHi, { edge: e, from: { x: stub, y: exitY }, to: { x: stub, y: along } });
      wire(e.from, fromHi, { edge: e, from: { x: stub, y: along }, to: { x: 'right', y: along } });
    } else wire(e.from, fromHi, { edge: e, from: { x: x0, y: exitY }, to: { x: 'right', y: exitY } });
    for (let c = fromHi + 1; c <= lastColumn; c++) wire(e.from, c, { edge: e, from: { x: 'left', y: along }, to: { x: 'right', y: along } });
    wire(e.from, 'gutter', { edge: e, from: { x: 'left', y: along }, to: { x, y: along } });

    const inY = entersFromTop(e.to) ? TOP_ENTRY_Y : ENTRY_Y;
    if (e.to === e.from) {
      wire(e.from, 'gutter', { edge: e, from: { x, y: along }, to: { x, y: inY } });
    } else {
      const up = e.to < e.from;
      const [leave, arrive] = up ? (['top', 'bottom'] as const) : (['bottom', 'top'] as const);
      wire(e.from, 'gutter', { edge: e, from: { x, y: along }, to: { x, y: leave } });
      for (let n = e.from + (up ? -1 : 1); n !== e.to; n += up ? -1 : 1)
        wire(n, 'gutter', { edge: e, from: { x, y: arrive }, to: { x, y: leave } });
      wire(e.to, 'gutter', { edge: e, from: { x, y: arrive }, to: { x, y: inY } });
    }
    wire(e.to, 'gutter', { edge: e, from: { x, y: inY }, to: { x: 'left', y: inY } });
    for (let c = lastColumn; c > toHi; c--) wire(e.to, c, { edge: e, from: { x: 'right', y: inY }, to: { x: 'left', y: inY } });
    if (entersFromTop(e.to)) {
      // Along the row above the symbols, then down into its top (joining any arrow from above).
      wire(e.to, toHi, { edge: e, from: { x: 'right', y: inY }, to: { x: 0, y: inY } });
      wire(e.to, toHi, { edge: e, from: { x: 0, y: inY }, to: { x: 0, y: -halfHeight(toShape) }, arrowhead: 'down' });
    } else {
      wire(e.to, toHi, {
        edge: e,
        from: { x: 'right', y: inY },
        to: { x: halfWidthAt(toShape, inY), y: inY },
        arrowhead: 'left',
      });
    }
  }

  const lanes = laneOf.size === 0 ? 0 : Math.max(...laneOf.values()) + 1;
  return { actors, edges, lanes, laneOf, rows, exits };
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

/**
 * How step i reaches step i + 1: from one of i's exit columns `from` to one of i + 1's entry columns
 * `to` (left to right), the nearest pair; `symbolsFrom`/`symbolsTo` are all symbols of the two rows;
 * `rightTaken`: step i sends gutter edges out on the right. Undefined when every way would cross a
 * symbol: the edge then goes through the gutter.
 */
function planAdjacent(edge: FlowEdge, from: number[], to: number[], symbolsFrom: number[], symbolsTo: number[], rightTaken: boolean): AdjacentRoute | undefined {
  const common = from.find((c) => to.includes(c));
  if (common !== undefined) return { edge, kind: 'straight', s: common, t: common };
  let [s, t] = [from[0]!, to[0]!];
  for (const a of from) for (const b of to) if (Math.abs(a - b) < Math.abs(s - t)) [s, t] = [a, b];
  const inRow = (symbols: number[], lo: number, hi: number) => symbols.some((c) => c > lo && c < hi);
  const lo = Math.min(s, t);
  const hi = Math.max(s, t);
  // Across needs the side facing the target free, no symbol of row i between or in the target's column.
  const acrossClear = !inRow(symbolsFrom, lo, hi) && !symbolsFrom.includes(t) && !(t > s && rightTaken);
  // Round needs the column below free in row i + 1, and no symbol of row i + 1 between.
  const roundClear = !symbolsTo.includes(s) && !inRow(symbolsTo, lo, hi);
  const lowest = Math.min(...symbolsFrom);
  const highest = Math.max(...symbolsFrom);
  // Today's rule for rows whose every symbol is an exit: across only past the outermost symbols.
  if (acrossClear && (t < lowest || t > highest)) return { edge, kind: 'across', s, t };
  if (roundClear) return { edge, kind: 'round', s, t };
  return undefined;
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
