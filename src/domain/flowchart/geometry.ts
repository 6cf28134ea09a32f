import type { StepShape } from '../flow/index.ts';

/**
 * The fixed sizes of the flowchart drawing, in CSS px, and where wires meet a symbol's outline.
 *
 * Coordinates inside a cell: `x` is px from the cell's anchor (the centre line of an actor column;
 * the left edge of the gutter) or one of the cell's edges; `y` is px from the row's middle line or
 * the top/bottom edge. Rows grow with their text, so edges are named, never measured: the renderer
 * turns 'top' into y="-50%" around a centred origin and the wires stretch with the row.
 */

export interface Size {
  width: number;
  height: number;
}

export const SYMBOL: Readonly<Record<StepShape, Size>> = {
  terminator: { width: 52, height: 26 },
  process: { width: 52, height: 26 },
  decision: { width: 44, height: 36 },
};

/** Off-page connector: a pentagon pointing down, a square top of 18 × 12 and a point 6 below. */
export const CONNECTOR: Size = { width: 18, height: 18 };

/** Side entries (loop-backs, jumps, a flow that had to go round) meet the symbol this far above its middle. */
export const ENTRY_Y = -8;
/**
 * Where a side entry arrives instead when the target's right side holds two or more exits (a
 * three-way decision): along its row above the symbol, then down into its top, so the exits' labels
 * have the room above and below their lines. Inside the smallest row (ROW_MIN_HEIGHT / 2 = 28).
 */
export const TOP_ENTRY_Y = -23;
/**
 * A side exit leaves at the middle, or this far below it when an entry arrives on the same side (so
 * the two run apart) or when it is a decision's second exit to the gutter.
 */
export const LOW_EXIT_Y = 8;

/**
 * Below every symbol of a row (the tallest is a diamond, 18 px down): where a wire runs that must pass
 * under another symbol of its row (an arrow inside the row that skips a symbol; an exit to the gutter
 * from a symbol that is not the row's rightmost), so it crosses no symbol. Mirrors TOP_ENTRY_Y.
 */
export const BYPASS_Y = 23;
/** How far such a wire runs out of the symbol's side before it turns to BYPASS_Y. */
export const BYPASS_STUB = 6;
/** Two lines of a label (labels.ts): what an arrow inside a row keeps free under a labelled neighbour. */
export const LABEL_ROOM = 26;

/** Width of one gutter lane; lane k runs at (k + ½) × LANE_WIDTH from the gutter's left edge. */
export const LANE_WIDTH = 20;
/** The smallest row: the tallest symbol, a label under a decision, and air. */
export const ROW_MIN_HEIGHT = 56;
/** Height of a print-only connector row. */
export const CONNECTOR_ROW_HEIGHT = 36;
/** Narrowest actor column on screen (the symbols and a short label beside a decision); wider where labels need it. */
export const ACTOR_COLUMN_MIN_WIDTH = 88;
/** Narrowest actor column in print, when many actors share the page: the widest symbol and air. */
export const ACTOR_COLUMN_PRINT_MIN_WIDTH = 64;

export const laneX = (lane: number) => (lane + 0.5) * LANE_WIDTH;

/**
 * Half the symbol's width at height `y` from its middle: where a horizontal wire meets it. The
 * swimlane (src/domain/swimlane/) passes its own sizes: a terminator is a stadium (round ends of
 * radius height/2), a decision a diamond, a process a rectangle.
 */
export function halfWidthAt(shape: StepShape, y: number, size: Size = SYMBOL[shape]): number {
  const { width, height } = size;
  const dy = Math.min(Math.abs(y), height / 2);
  if (shape === 'decision') return round((width / 2) * (1 - dy / (height / 2)));
  if (shape === 'terminator') {
    const r = height / 2;
    return round(width / 2 - r + Math.sqrt(r * r - dy * dy));
  }
  return width / 2;
}

export const halfHeight = (shape: StepShape) => SYMBOL[shape].height / 2;

const round = (n: number) => Math.round(n * 10) / 10;
