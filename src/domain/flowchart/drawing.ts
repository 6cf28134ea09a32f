import type { StepShape } from '../flow/index.ts';
import { CONNECTOR, SYMBOL } from './geometry.ts';
import type { Cell, Direction, Label, X, Y } from './layout.ts';

/**
 * The layout's drawing as SVG attributes, for FlowchartTable.astro. Each cell's SVG puts its origin
 * at the cell's centre (the gutter's: at its left edge, middle height), so named edges become
 * percentages that stretch with the row while symbols keep their size.
 */

/** An x of the layout as an SVG length around the cell's origin. */
export const svgX = (x: X, gutter: boolean) => (x === 'left' ? (gutter ? '0' : '-50%') : x === 'right' ? (gutter ? '100%' : '50%') : String(x));

/** A y of the layout as an SVG length around the row's middle line. */
export const svgY = (y: Y) => (y === 'top' ? '-50%' : y === 'bottom' ? '50%' : String(y));

/** Arrowheads end on a symbol's outline, never on a cell edge: an edge counts as 0. */
const px = (v: X | Y) => (typeof v === 'number' ? v : 0);

/** How long an arrowhead is, in px. */
export const ARROWHEAD = 7;

/** The arrowhead with its tip at (x, y), pointing `d`. */
export function arrowheadPath(x: X, y: Y, d: Direction): string {
  const [tx, ty] = [px(x), px(y)];
  return {
    down: `M${tx} ${ty}l-4 -${ARROWHEAD}h8z`,
    up: `M${tx} ${ty}l-4 ${ARROWHEAD}h8z`,
    left: `M${tx} ${ty}l${ARROWHEAD} -4v8z`,
    right: `M${tx} ${ty}l-${ARROWHEAD} -4v8z`,
  }[d];
}

/** An off-page connector at x: a pentagon pointing down, centred on the row's middle line. */
export function pentagonPath(x: number): string {
  const w = CONNECTOR.width / 2;
  const h = CONNECTOR.height / 2;
  return `M${x - w} ${-h}H${x + w}V${h / 3}L${x} ${h}L${x - w} ${h / 3}Z`;
}

/** A symbol centred on the origin: a diamond's points, or a box (rounded into a capsule for a terminator). */
export type SymbolOutline = { points: string } | { x: number; y: number; width: number; height: number; rx: number };

export function symbolOutline(shape: StepShape): SymbolOutline {
  const { width, height } = SYMBOL[shape];
  if (shape === 'decision') return { points: `0,${-height / 2} ${width / 2},0 0,${height / 2} ${-width / 2},0` };
  return { x: -width / 2, y: -height / 2, width, height, rx: shape === 'terminator' ? height / 2 : 0 };
}

/** A cell with nothing drawn in it gets no SVG at all. */
export const isBlank = (cell: Cell) => cell.wires.length + cell.connectors.length + (cell.symbol ? 1 : 0) === 0;

/**
 * The text of a label's line k: the space between two lines sits where it moves no letter (after a
 * left-aligned line, before a right-aligned one), so the label reads whole as text.
 */
export function labelLineText(label: Pick<Label, 'anchor' | 'lines'>, k: number): string {
  const line = label.lines[k]!;
  if (label.anchor === 'end') return k > 0 ? ` ${line}` : line;
  return k < label.lines.length - 1 ? `${line} ` : line;
}
