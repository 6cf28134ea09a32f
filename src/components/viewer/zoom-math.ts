/**
 * The swimlane zoom's arithmetic without the DOM (zoom.ts wires it to the page; zoom-math.test.ts
 * tests it). A scale is the drawn width over the SVG's natural width.
 */

export const MIN_SCALE = 0.2;
export const MAX_SCALE = 4;
/** One press of + or −. */
export const STEP = 1.25;
/** A mouse moved less than this (px) before release is a click, not a drag. */
export const DRAG_THRESHOLD = 5;

/** The scale to draw at: within [MIN, MAX], but never refusing to fit the box, however narrow. */
export const clampScale = (wanted: number, fit: number) => Math.min(MAX_SCALE, Math.max(Math.min(MIN_SCALE, fit), wanted));

/** The scale at which the SVG fills the box's inner width. */
export const fitScale = (boxInnerWidth: number, natural: number) => boxInnerWidth / natural;

/** "137%". */
export const percent = (scale: number) => `${Math.round(scale * 100)}%`;

/** What a key on the focused box does: zoom by a factor, fit the width, or nothing (arrows scroll natively). */
export function keyAction(key: string, modifiers: { ctrl: boolean; meta: boolean; alt: boolean }): number | 'fit' | undefined {
  if (modifiers.ctrl || modifiers.meta || modifiers.alt) return undefined;
  if (key === '0') return 'fit';
  return ({ '+': STEP, '=': STEP, '-': 1 / STEP, _: 1 / STEP } as Record<string, number>)[key];
}

/** Ctrl/⌘ + wheel, and a trackpad pinch (sent as such): the factor for one wheel event. Lines scroll faster than pixels. */
export const wheelFactor = (deltaY: number, deltaMode: number) => Math.exp(-deltaY * (deltaMode === 1 ? 0.05 : 0.002));

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * How far to scroll after a zoom so that the point (x, y), in viewport pixels, stays over the same
 * spot of the drawing: where that spot was in `before` (as a fraction of it) and where it is in `after`.
 */
export function keepInPlace(before: Rect, after: Rect, x: number, y: number): { dx: number; dy: number } {
  const fx = (x - before.left) / before.width;
  const fy = (y - before.top) / before.height;
  return { dx: after.left + fx * after.width - x, dy: after.top + fy * after.height - y };
}

/** The point a zoom keeps still when none is given (a button, a key): the drawing's centre, at most the screen's middle. */
export const zoomCentre = (svg: Rect, viewportHeight: number) => ({ x: svg.left + svg.width / 2, y: Math.min(svg.top + svg.height / 2, viewportHeight / 2) });

/** Two fingers: the scale follows the change of their distance, centred between them. */
export interface Point {
  x: number;
  y: number;
}
export const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
export const pinchScale = (start: { distance: number; scale: number }, a: Point, b: Point) => (start.scale * distance(a, b)) / start.distance;
export const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
