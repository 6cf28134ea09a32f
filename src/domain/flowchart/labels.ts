import { textWidth, wrapText } from '../measure/index.ts';
import { ACTOR_COLUMN_PRINT_MIN_WIDTH, ROW_MIN_HEIGHT, SYMBOL } from './geometry.ts';
import type { StepShape } from '../flow/index.ts';
import { carriedId, type Cell, type ExitPoint, type Label, type Routing, type Wire } from './layout.ts';

/**
 * Labels of the official table, placed where a reader can read them: every label printed on an
 * arrow ("Ya", "Berkas belum lengkap/valid", the "Y" of a single exit, a label on an arrow inside a
 * row) sits in the cell of the symbol its arrow leaves, right beside that arrow's first stretch,
 * wrapped to the room there, and touching no line, arrowhead, symbol or other label. Confined to
 * its own cell, it stays whole however wide the browser makes the column, and no later cell paints
 * over it.
 *
 * Where it goes, first that fits:
 * - an arrow leaving a side: under that stretch, then over it;
 * - an arrow leaving the bottom: beside the line on the side where the symbol sends nothing (so the
 *   labels of a diamond's two exits sit on opposite sides, each by its own line), then the other side.
 * When nothing fits, the column is widened (and, the page being finite, the labels wrap onto more
 * lines in print): `labelWidths` gives each column the least width its labels need at a number of
 * lines; rows grow to the height their labels take (`rowHeights`).
 */

export const LABEL = {
  size: 11,
  lineHeight: 13,
  /** Baseline below the top of a line. */
  ascent: 10,
  /** Between a label and the line it names. */
  gap: 3,
  /** Between a label and its cell's edge. */
  edgePad: 2,
  /** Half the stroke of a line plus air: a line this close counts as touching. */
  lineClearance: 1.5,
  /** Farther than `gap` from any other arrow's line, so that the nearest line is always its own. */
  otherClearance: 5,
  /** Half an arrowhead's width. */
  arrowClearance: 5,
} as const;

export interface LabelRequest {
  /** carriedId of the arrow. */
  key: string;
  label: Pick<Label, 'edge' | 'link' | 'text'>;
  exit: ExitPoint;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
/** An obstacle: a line (or arrowhead) of an arrow, by carriedId; labels placed before have none. */
type Blocked = Box & { of?: string };

/** Every label to place: one per labelled arrow that is drawn, at the point where it leaves its symbol. */
export function labelRequests(routing: Routing): LabelRequest[] {
  const out: LabelRequest[] = [];
  for (const e of routing.edges) {
    const exit = e.label === undefined ? undefined : routing.exits.get(carriedId({ edge: e })!);
    if (exit) out.push({ key: carriedId({ edge: e })!, label: { edge: e, text: e.label! }, exit });
  }
  for (const r of routing.rows)
    for (const link of r.links) {
      const exit = link.label === undefined ? undefined : routing.exits.get(carriedId({ link })!);
      if (exit) out.push({ key: carriedId({ link })!, label: { link, text: link.label! }, exit });
    }
  return out;
}

const px = (v: number | 'left' | 'right' | 'top' | 'bottom', half: number) =>
  v === 'left' || v === 'top' ? -half : v === 'right' || v === 'bottom' ? half : v;

/** The lines and arrowheads a label must keep clear of in a cell `width` px wide (the symbol: touchesSymbol). */
function cellObstacles(cell: Cell, width: number): Blocked[] {
  const half = width / 2;
  const out: Blocked[] = [];
  for (const w of cell.wires) {
    // Lines to the row's top or bottom edge run as far as the row grows.
    const [x1, x2] = [px(w.from.x, half), px(w.to.x, half)];
    const [y1, y2] = [w.from.y === 'top' ? -Infinity : w.from.y === 'bottom' ? Infinity : w.from.y, w.to.y === 'top' ? -Infinity : w.to.y === 'bottom' ? Infinity : w.to.y];
    const of = carriedId(w) ?? 'join';
    out.push({ left: Math.min(x1, x2), right: Math.max(x1, x2), top: Math.min(y1, y2), bottom: Math.max(y1, y2), of });
    if (w.arrowhead && typeof w.to.y === 'number') {
      const a = LABEL.arrowClearance - LABEL.lineClearance;
      out.push({ left: x2 - a, right: x2 + a, top: w.to.y - a, bottom: w.to.y + a, of });
    }
  }
  return out;
}

/** Does the label's box come too near an obstacle: a line of its own arrow within lineClearance, another's within otherClearance? */
function blocks(b: Blocked, box: Box, own: string): boolean {
  const c = b.of === undefined ? 0 : b.of === own ? LABEL.lineClearance : LABEL.otherClearance;
  return box.left < b.right + c && b.left - c < box.right && box.top < b.bottom + c && b.top - c < box.bottom;
}


/** Does the box come within `clearance` of the symbol centred in the cell (a diamond's own outline, else its frame)? */
export function touchesSymbol(box: Box, shape: StepShape, clearance: number = LABEL.lineClearance): boolean {
  const hw = SYMBOL[shape].width / 2 + clearance;
  const hh = SYMBOL[shape].height / 2 + clearance;
  const nearest = (lo: number, hi: number) => (lo <= 0 && hi >= 0 ? 0 : Math.min(Math.abs(lo), Math.abs(hi)));
  const dx = nearest(box.left, box.right);
  const dy = nearest(box.top, box.bottom);
  return shape === 'decision' ? dx / hw + dy / hh < 1 : dx < hw && dy < hh;
}

/** The widest piece a line cannot break inside (a word, or a part of one after "/" or "-"). */
function widestPiece(text: string): number {
  return Math.max(0, ...text.split(/\s+/).flatMap((w) => w.split(/(?<=[/-])(?=.)/)).map((p) => textWidth(p, LABEL.size, true)));
}

/** Does a wire leave the symbol's outline on this side (an exit or an arrow inside the row)? */
function sideBusy(cell: Cell, side: 1 | -1, own: string): boolean {
  const sym = cell.symbol ? SYMBOL[cell.symbol.shape] : undefined;
  if (!sym) return false;
  return cell.wires.some((w: Wire) => {
    if (carriedId(w) === own) return false;
    return [w.from, w.to].some((p) => typeof p.x === 'number' && typeof p.y === 'number' && Math.sign(p.x) === side && Math.abs(p.x) <= sym.width / 2 + 0.5 && Math.abs(p.y) <= sym.height / 2);
  });
}

/**
 * Places the labels of one cell `width` px wide, each on at most `maxLines` lines (Infinity: any);
 * undefined when one of them finds no place.
 */
export function placeInCell(requests: readonly LabelRequest[], cell: Cell, width: number, maxLines = Infinity): Label[] | undefined {
  const half = width / 2;
  const blocked: Blocked[] = cellObstacles(cell, width);
  const placed: Label[] = [];
  // Side exits first: they have the fewest places (a bottom exit's label can take either side).
  const order = [...requests].sort((a, b) => Number(a.exit.dir === 'down') - Number(b.exit.dir === 'down'));
  for (const req of order) {
    const label = placeOne(req, cell, half, blocked, maxLines);
    if (!label) return undefined;
    placed.push(label);
    blocked.push(label.box);
  }
  return placed;
}

function placeOne(req: LabelRequest, cell: Cell, half: number, blocked: readonly Blocked[], maxLines: number): Label | undefined {
  const { x, y, dir } = req.exit;
  const text = req.label.text;
  const piece = widestPiece(text);
  type Spot = { anchor: 'start' | 'end'; at: number; top?: number; bottom?: number; room: number };
  const spots: Spot[] = [];
  if (dir === 'right' || dir === 'left') {
    const side = dir === 'right' ? 1 : -1;
    const at = x + side * (LABEL.gap + 1);
    const room = half - LABEL.edgePad - side * at;
    const anchor = side > 0 ? 'start' : 'end';
    spots.push({ anchor, at, top: y + LABEL.gap, room }, { anchor, at, bottom: y - LABEL.gap, room });
  } else {
    // Beside the line: first on the side where the symbol sends nothing.
    const sides: Array<1 | -1> = sideBusy(cell, 1, req.key) && !sideBusy(cell, -1, req.key) ? [-1, 1] : [1, -1];
    const top = y + LABEL.gap;
    for (const side of sides) {
      const at = x + side * (LABEL.gap + 1);
      spots.push({ anchor: side > 0 ? 'start' : 'end', at, top, room: half - LABEL.edgePad - side * at });
    }
  }
  // Each spot as given, then slid along its own line, away from the symbol (past a diamond's tip, a line coming in).
  const along = dir === 'down' ? { x: 0, y: 1 } : { x: dir === 'right' ? 1 : -1, y: 0 };
  for (const spot of spots)
    for (const slide of SLIDES) {
      const at = spot.at + along.x * slide;
      const room = spot.room - Math.abs(along.x) * slide;
      if (room < piece) continue;
      const lines = wrapText(text, room, LABEL.size, true);
      if (lines.length > maxLines) continue;
      const textW = Math.max(...lines.map((l) => textWidth(l, LABEL.size, true)));
      const height = lines.length * LABEL.lineHeight;
      const top = (spot.top ?? spot.bottom! - height) + along.y * slide;
      const left = spot.anchor === 'start' ? at : at - textW;
      const box = { left, right: left + textW, top, bottom: top + height };
      if (box.left < -half + LABEL.edgePad - 0.01 || box.right > half - LABEL.edgePad + 0.01) continue;
      if (blocked.some((b) => blocks(b, box, req.key)) || (cell.symbol && touchesSymbol(box, cell.symbol.shape))) continue;
      return { ...req.label, lines, x: round(at), y: round(top + LABEL.ascent), anchor: spot.anchor, box: roundBox(box) };
    }
  return undefined;
}

/** How far (px) a label may slide along its line from its first spot; a few px: it stays next to its arrow. */
const SLIDES = [0, 3, 6];

const round = (n: number) => Math.round(n * 10) / 10;
const roundBox = (b: Box): Box => ({ left: round(b.left), right: round(b.right), top: round(b.top), bottom: round(b.bottom) });

/** Widths an actor column may take, narrowest first. */
const LADDER = Array.from({ length: 33 }, (_, i) => ACTOR_COLUMN_PRINT_MIN_WIDTH + 8 * i); // 64 … 320

/**
 * The least width each actor column needs so that all its labels are placed with at most `maxLines`
 * lines each (at least `floor`); a column with no labels needs `floor`. Infinity when even the widest
 * step of the ladder is not enough.
 */
export function labelWidths(routing: Routing, requests: readonly LabelRequest[], maxLines: number, floor = ACTOR_COLUMN_PRINT_MIN_WIDTH): number[] {
  return routing.actors.map((_, column) => {
    const cells = routing.rows.map((r) => ({ cell: r.cells[column]!, requests: requests.filter((q) => q.exit.row === r.step.number && q.exit.column === column) })).filter((c) => c.requests.length > 0);
    if (cells.length === 0) return floor;
    const fits = (w: number) => cells.every(({ cell, requests }) => placeInCell(requests, cell, w, maxLines) !== undefined);
    return LADDER.find((w) => w >= floor && fits(w)) ?? (fits(floor) ? floor : Infinity);
  });
}

/**
 * Places every label in columns of the given widths (each on as few lines as its room allows) and
 * writes them into their cells; returns the least height of each row (0: the smallest row will do).
 * A label that finds no place even so (only past the widest column) is placed beside its arrow
 * regardless: never dropped.
 */
export function placeLabels(routing: Routing, requests: readonly LabelRequest[], widths: readonly number[]): number[] {
  return routing.rows.map((r) => {
    let reach = ROW_MIN_HEIGHT / 2;
    r.cells.forEach((cell, column) => {
      const mine = requests.filter((q) => q.exit.row === r.step.number && q.exit.column === column);
      if (mine.length === 0) return;
      let labels = placeInCell(mine, cell, widths[column]!);
      labels ??= mine.map((q) => placeOne(q, cell, Infinity, [], Infinity)!);
      cell.labels.push(...labels);
      for (const l of labels) reach = Math.max(reach, Math.abs(l.box.top) + LABEL.edgePad, Math.abs(l.box.bottom) + LABEL.edgePad);
    });
    for (const c of [...r.cells, r.gutter])
      for (const w of c.wires) for (const y of [w.from.y, w.to.y]) if (typeof y === 'number') reach = Math.max(reach, Math.abs(y) + 5);
    const height = Math.ceil(2 * reach);
    return height > ROW_MIN_HEIGHT ? height : 0;
  });
}
