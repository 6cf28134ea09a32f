/**
 * What the vector drawing holds, recognised by geometry with tolerances (not by one producer's
 * operator sequence): table rule pieces (filled thin rectangles or polygons, stroked lines, edges of
 * stroked cell rectangles), flowchart symbols (stroked outlines or filled rings, curves or flattened),
 * arrowheads and connector wires. Figures from docs: ../shared/docs/sop-pdf-anatomy.md.
 */
import { boxOf, type Box, type PaintedPath, type Point } from './page.ts';

/** A rule is thinner than this (pt); the anatomy measured 0.2–1.9. */
export const RULE_MAX_THICKNESS = 2.5;
export const RULE_MIN_LENGTH = 3;

/**
 * How a rule piece was drawn: a thin filled shape, an edge of a closed stroked outline (a cell), or an
 * open stroked line. Only the first two are surely rules: connectors are open lines too.
 */
export type PieceKind = 'fill' | 'cell' | 'line';

export interface VerticalPiece {
  x: number;
  y0: number;
  y1: number;
  kind: PieceKind;
}
export interface HorizontalPiece {
  y: number;
  x0: number;
  x1: number;
  kind: PieceKind;
}

export interface RulePieces {
  vertical: VerticalPiece[];
  horizontal: HorizontalPiece[];
}

const isWhite = (c: readonly number[]) => c[0]! >= 245 && c[1]! >= 245 && c[2]! >= 245;

/** Removes repeated points, the closing copy of the first point and points on a straight run. */
export function simplify(points: readonly Point[], tolerance = 0.4): Point[] {
  const pts: Point[] = [];
  for (const p of points) {
    const last = pts[pts.length - 1];
    if (!last || Math.hypot(p.x - last.x, p.y - last.y) > 0.05) pts.push(p);
  }
  if (pts.length > 2 && Math.hypot(pts[0]!.x - pts[pts.length - 1]!.x, pts[0]!.y - pts[pts.length - 1]!.y) <= 0.05) pts.pop();
  let changed = true;
  while (changed && pts.length > 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length > 3; i++) {
      const a = pts[(i - 1 + pts.length) % pts.length]!;
      const b = pts[i]!;
      const c = pts[(i + 1) % pts.length]!;
      if (distanceToSegment(b, a, c) <= tolerance) {
        pts.splice(i, 1);
        changed = true;
        i--;
      }
    }
  }
  return pts;
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export function distanceToBox(p: Point, b: Box): number {
  const dx = Math.max(b.x0 - p.x, 0, p.x - b.x1);
  const dy = Math.max(b.y0 - p.y, 0, p.y - b.y1);
  return Math.hypot(dx, dy);
}

/** Thin pieces of the table's rules, whatever way they were drawn. */
export function rulePieces(paths: readonly PaintedPath[]): RulePieces {
  const vertical: VerticalPiece[] = [];
  const horizontal: HorizontalPiece[] = [];
  for (const path of paths) {
    // A filled path that also holds a triangle is an arrow (its shaft is no rule).
    const arrow = path.fill && path.subpaths.some((sub) => sub.points.length >= 3 && isArrowhead(sub.points, boxOf(sub.points)) !== undefined);
    for (const sub of path.subpaths) {
      const b = boxOf(sub.points);
      const w = b.x1 - b.x0;
      const h = b.y1 - b.y0;
      if (path.fill && !isWhite(path.fillColor) && sub.points.length >= 3) {
        // A filled thin rectangle or 4-vertex polygon.
        const kind: PieceKind = arrow || sub.points.length > 6 ? 'line' : 'fill';
        if (w < RULE_MAX_THICKNESS && h > RULE_MIN_LENGTH) vertical.push({ x: (b.x0 + b.x1) / 2, y0: b.y0, y1: b.y1, kind });
        else if (h < RULE_MAX_THICKNESS && w > RULE_MIN_LENGTH) horizontal.push({ y: (b.y0 + b.y1) / 2, x0: b.x0, x1: b.x1, kind });
      }
      if (path.stroke && path.lineWidth < RULE_MAX_THICKNESS) {
        // Every straight axis-parallel segment of a stroked path: lines and the edges of cell rectangles.
        const kind: PieceKind = sub.closed ? 'cell' : 'line';
        const pts = sub.closed ? [...sub.points, sub.points[0]!] : sub.points;
        for (let i = 1; i < pts.length; i++) {
          const a = pts[i - 1]!;
          const c = pts[i]!;
          if (Math.abs(a.x - c.x) < 0.5 && Math.abs(a.y - c.y) > RULE_MIN_LENGTH)
            vertical.push({ x: (a.x + c.x) / 2, y0: Math.min(a.y, c.y), y1: Math.max(a.y, c.y), kind });
          else if (Math.abs(a.y - c.y) < 0.5 && Math.abs(a.x - c.x) > RULE_MIN_LENGTH)
            horizontal.push({ y: (a.y + c.y) / 2, x0: Math.min(a.x, c.x), x1: Math.max(a.x, c.x), kind });
        }
      }
    }
  }
  return { vertical, horizontal };
}

/** Clusters values that lie within `tolerance` of their neighbour; returns each cluster's mean, sorted. */
export function cluster(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tolerance) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

export type SymbolShape = 'process' | 'terminator' | 'decision' | 'offpage' | 'circle';

export interface FlowSymbol {
  shape: SymbolShape;
  box: Box;
}

export interface Arrowhead {
  tip: Point;
  box: Box;
}

export interface WireSegment {
  a: Point;
  b: Point;
}

export interface Drawing {
  symbols: FlowSymbol[];
  arrowheads: Arrowhead[];
  wires: WireSegment[];
}

/** Symbol sizes the anatomy measured (pt), with room: 8–160 wide, 5–90 high, no side under 4.5. */
const SYMBOL_MIN_W = 8, SYMBOL_MAX_W = 160, SYMBOL_MIN_H = 5, SYMBOL_MAX_H = 90, SYMBOL_MIN_SIDE = 4.5;
/**
 * A process box is at least this wide (the corpus: 34.9 and up); a smaller closed rectangle is a piece
 * of a connector (a 17 × 7.5 pt subpath inside an elbow was taken for a box).
 */
const PROCESS_MIN_W = 25;
/** A connector circle is at most this big (the corpus: 10–15 pt); a bigger rounded shape is a terminator. */
const CIRCLE_MAX_SIDE = 22;
/** Two outlines within this distance on every side are one ring (a filled outline of a stroke). */
const RING_TOLERANCE = 2.6;

/** Shoelace area of a closed polygon. */
function polygonArea(points: readonly Point[]): number {
  let a = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!, q = points[(i + 1) % points.length]!;
    a += p.x * q.y - q.x * p.y;
  }
  return Math.abs(a) / 2;
}

function classify(points: readonly Point[], curved: boolean, b: Box): SymbolShape | undefined {
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  // Symbols fill their box (a diamond exactly half of it); an elbow connector drawn as a thin
  // outline polygon, or an L-shaped path, does not.
  if (!curved && polygonArea(points) < 0.4 * w * h) return undefined;
  const square = Math.abs(w - h) < 0.15 * Math.max(w, h) && Math.max(w, h) <= CIRCLE_MAX_SIDE;
  const simple = simplify(points);
  if (curved || points.length > 12 || simple.length > 8) return square ? 'circle' : 'terminator';
  if (simple.length === 4) {
    const near = (p: Point, x: number, y: number) => Math.abs(p.x - x) <= 0.15 * w + 0.5 && Math.abs(p.y - y) <= 0.15 * h + 0.5;
    const cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
    const mids: [number, number][] = [[cx, b.y0], [cx, b.y1], [b.x0, cy], [b.x1, cy]];
    const corners: [number, number][] = [[b.x0, b.y0], [b.x0, b.y1], [b.x1, b.y0], [b.x1, b.y1]];
    if (simple.every((p) => mids.some(([x, y]) => near(p, x, y)))) return 'decision';
    if (simple.every((p) => corners.some(([x, y]) => near(p, x, y)))) return w >= PROCESS_MIN_W ? 'process' : undefined;
    return undefined;
  }
  if (simple.length === 5) return 'offpage';
  // A coarsely flattened rounded rectangle (6–8 corners cut).
  if (simple.length >= 6) return square ? 'circle' : 'terminator';
  return undefined;
}

function isArrowhead(points: readonly Point[], b: Box): Arrowhead | undefined {
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  if (Math.max(w, h) < 2.5 || Math.max(w, h) > 9 || Math.min(w, h) < 1.5) return undefined;
  const tri = simplify(points, 0.2);
  if (tri.length !== 3) return undefined;
  // The tip faces the shortest side.
  const side = (i: number) => Math.hypot(tri[(i + 1) % 3]!.x - tri[(i + 2) % 3]!.x, tri[(i + 1) % 3]!.y - tri[(i + 2) % 3]!.y);
  const tip = [0, 1, 2].sort((i, j) => side(i) - side(j))[0]!;
  return { tip: tri[tip]!, box: b };
}

/** Legs of an open "V" arrowhead: each 2.5–8 pt. */
const V_LEG_MIN = 2.5, V_LEG_MAX = 8;

/**
 * An open "V" arrowhead: two short stroked strokes meeting at the tip, 30–120° apart, the head pointing
 * along an axis (an elbow's two legs point diagonally, a straight line's 180°).
 */
function openArrowhead(a: WireSegment, b: WireSegment): Arrowhead | undefined {
  for (const [p, q] of [[a.a, a.b], [a.b, a.a]] as const)
    for (const [r, t] of [[b.a, b.b], [b.b, b.a]] as const) {
      if (Math.hypot(p.x - r.x, p.y - r.y) > 0.3) continue;
      const tip = p;
      const u = { x: q.x - tip.x, y: q.y - tip.y }, v = { x: t.x - tip.x, y: t.y - tip.y };
      const lu = Math.hypot(u.x, u.y), lv = Math.hypot(v.x, v.y);
      const angle = (Math.acos(Math.max(-1, Math.min(1, (u.x * v.x + u.y * v.y) / (lu * lv)))) * 180) / Math.PI;
      if (angle < 30 || angle > 120 || Math.max(lu, lv) > 1.6 * Math.min(lu, lv)) continue;
      // The head points against the legs: along an axis, within 15°.
      const dir = Math.atan2(-(u.y / lu + v.y / lv), -(u.x / lu + v.x / lv)) * (180 / Math.PI);
      if (Math.abs(((dir % 90) + 90) % 90 - 45) < 30) continue;
      return { tip, box: boxOf([tip, q, t]) };
    }
  return undefined;
}

/** Whether a point lies inside a symbol's outline (a diamond's, not its bounding box's corners). */
export function insideSymbol(p: Point, s: FlowSymbol): boolean {
  const b = s.box;
  if (s.shape !== 'decision') return distanceToBox(p, b) === 0;
  const cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
  return Math.abs(p.x - cx) / ((b.x1 - b.x0) / 2) + Math.abs(p.y - cy) / ((b.y1 - b.y0) / 2) <= 1;
}

/** The four vertices of a diamond: bottom, right, top, left. */
export function diamondVertices(b: Box): Point[] {
  const cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
  return [{ x: cx, y: b.y0 }, { x: b.x1, y: cy }, { x: cx, y: b.y1 }, { x: b.x0, y: cy }];
}

/** Distance from a point to a symbol's outline (0 inside): a diamond's edges, else its box. */
export function distanceToSymbol(p: Point, s: FlowSymbol): number {
  if (s.shape !== 'decision') return distanceToBox(p, s.box);
  if (insideSymbol(p, s)) return 0;
  const v = diamondVertices(s.box);
  return Math.min(...v.map((a, i) => distanceToSegment(p, a, v[(i + 1) % 4]!)));
}

export interface DrawingArea {
  /** Only shapes whose centre lies in this box count (the flowchart columns of the table body). */
  area: Box;
  /** Column boundaries: a rectangle whose both sides lie on them is a table cell, not a symbol. */
  boundaries: readonly number[];
  /** Row rules (y): wires lying on them are table rules. */
  rowRules: readonly number[];
}

/** Symbols, arrowheads and wires inside the flowchart area of a page. */
export function readDrawing(paths: readonly PaintedPath[], where: DrawingArea): Drawing {
  const { area, boundaries, rowRules } = where;
  const inside = (b: Box) => {
    const cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
    return cx >= area.x0 - 1 && cx <= area.x1 + 1 && cy >= area.y0 - 1 && cy <= area.y1 + 1;
  };
  const onBoundary = (x: number) => boundaries.some((bx) => Math.abs(bx - x) <= 1.5);
  const onRowRule = (y: number) => rowRules.some((ry) => Math.abs(ry - y) <= 1.5);
  const candidates: { shape: SymbolShape; box: Box; stroked: boolean }[] = [];
  const arrowheads: Arrowhead[] = [];
  const wires: WireSegment[] = [];
  /** Short stroked segments: the legs of open "V" heads among them. */
  const strokes: WireSegment[] = [];
  for (const path of paths) {
    const subs = path.subpaths.map((s) => ({ s, b: boxOf(s.points) }));
    const used = new Set<number>();
    // A filled ring: an outline drawn as two nested subpaths close together.
    if (path.fill && !path.stroke) {
      subs.forEach((o, i) => {
        subs.forEach((n, j) => {
          if (i === j || used.has(i) || used.has(j)) return;
          const d = [n.b.x0 - o.b.x0, n.b.y0 - o.b.y0, o.b.x1 - n.b.x1, o.b.y1 - n.b.y1];
          if (d.every((v) => v >= -0.01 && v < RING_TOLERANCE) && d.some((v) => v > 0.05)) {
            const shape = sizeOk(o.b) && inside(o.b) ? classify(o.s.points, o.s.curved, o.b) : undefined;
            if (shape) candidates.push({ shape, box: o.b, stroked: true });
            used.add(i).add(j);
          }
        });
      });
    }
    subs.forEach(({ s, b }, i) => {
      if (used.has(i) || !inside(b)) return;
      const closed = s.closed || (s.points.length > 2 && Math.hypot(s.points[0]!.x - s.points.at(-1)!.x, s.points[0]!.y - s.points.at(-1)!.y) < 0.1);
      if (closed && path.fill && !isWhite(path.fillColor)) {
        const arrow = isArrowhead(s.points, b);
        if (arrow) {
          arrowheads.push(arrow);
          return;
        }
      }
      if (closed && sizeOk(b) && (path.stroke || !isWhite(path.fillColor) || path.fill)) {
        const shape = classify(s.points, s.curved, b);
        // A table cell (flavour C draws every cell like a process box): a rectangle from rule to rule.
        const cell = shape === 'process' && onBoundary(b.x0) && onBoundary(b.x1) && (rowRules.length === 0 || (onRowRule(b.y0) && onRowRule(b.y1)));
        if (cell) return;
        if (shape) {
          candidates.push({ shape, box: b, stroked: path.stroke });
          return;
        }
      }
      // Connector wires: stroked lines, or the outline edges of a thin filled connector polygon.
      const thin = Math.min(b.x1 - b.x0, b.y1 - b.y0) < RULE_MAX_THICKNESS;
      if ((path.stroke && path.lineWidth < RULE_MAX_THICKNESS) || (path.fill && !isWhite(path.fillColor) && (thin || s.points.length >= 6))) {
        const pts = closed ? [...s.points, s.points[0]!] : s.points;
        for (let k = 1; k < pts.length; k++) {
          const a = pts[k - 1]!, c = pts[k]!;
          if (Math.hypot(a.x - c.x, a.y - c.y) < 0.05) continue;
          const vertical = Math.abs(a.x - c.x) < 0.5;
          const horizontal = Math.abs(a.y - c.y) < 0.5;
          if (vertical && onBoundary(a.x) && !path.stroke) continue;
          if (horizontal && onRowRule(a.y) && !path.stroke) continue;
          if (vertical && onBoundary(a.x) && path.lineWidth < 0.5 && Math.abs(a.y - c.y) > 10) continue;
          const segment = { a, b: c };
          const length = Math.hypot(a.x - c.x, a.y - c.y);
          if (path.stroke && !closed && length >= V_LEG_MIN && length <= V_LEG_MAX && !vertical && !horizontal) strokes.push(segment);
          wires.push(segment);
        }
      }
    });
  }
  // Open "V" heads: pairs of short slanted strokes meeting at a point; they are heads, not wires.
  const legs = new Set<WireSegment>();
  for (let i = 0; i < strokes.length; i++)
    for (let j = i + 1; j < strokes.length; j++) {
      if (legs.has(strokes[i]!) || legs.has(strokes[j]!)) continue;
      const head = openArrowhead(strokes[i]!, strokes[j]!);
      if (!head) continue;
      arrowheads.push(head);
      legs.add(strokes[i]!).add(strokes[j]!);
    }
  // One symbol drawn twice (a white fill, then the stroke; or fill and outline) counts once.
  const symbols: FlowSymbol[] = [];
  for (const c of candidates.sort((a, b) => Number(b.stroked) - Number(a.stroked))) {
    const twin = symbols.find((s) => Math.abs(s.box.x0 - c.box.x0) < 3 && Math.abs(s.box.x1 - c.box.x1) < 3 && Math.abs(s.box.y0 - c.box.y0) < 3 && Math.abs(s.box.y1 - c.box.y1) < 3);
    if (!twin) symbols.push({ shape: c.shape, box: c.box });
  }
  // A dashed outline comes as many short pieces along the symbol's edge: part of the symbol, not wires.
  const onOutline = (w: WireSegment) =>
    symbols.some((sym) => [w.a, w.b].every((p) => p.x >= sym.box.x0 - 1.2 && p.x <= sym.box.x1 + 1.2 && p.y >= sym.box.y0 - 1.2 && p.y <= sym.box.y1 + 1.2));
  return { symbols, arrowheads, wires: wires.filter((w) => !onOutline(w) && !legs.has(w)) };
}

function sizeOk(b: Box): boolean {
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  return w >= SYMBOL_MIN_W && w <= SYMBOL_MAX_W && h >= SYMBOL_MIN_H && h <= SYMBOL_MAX_H && Math.min(w, h) >= SYMBOL_MIN_SIDE;
}
