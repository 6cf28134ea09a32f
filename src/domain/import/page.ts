/**
 * The page model the importer recognises SOPs from: what a PDF page draws, in page space (PDF points,
 * origin bottom-left), independent of the library that read it and of the producer's operator order.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One text run as the PDF places it; `y` is the baseline, `size` the font size. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The font resource name: runs in one font share it (bold text usually has its own). */
  font: string;
}

/** One subpath of a painted path, its points already in page space (curves flattened to their ends). */
export interface Subpath {
  points: Point[];
  closed: boolean;
  /** Whether the source drew curves (a rounded terminator or a circle) rather than straight lines. */
  curved: boolean;
}

export type Rgb = readonly [number, number, number];

export interface PaintedPath {
  subpaths: Subpath[];
  stroke: boolean;
  fill: boolean;
  /** Line width in page space (the CTM's scale applied). */
  lineWidth: number;
  fillColor: Rgb;
  strokeColor: Rgb;
}

export interface PageModel {
  /** 1-based page number in the file. */
  number: number;
  width: number;
  height: number;
  texts: TextRun[];
  paths: PaintedPath[];
  /** Bounding boxes of the raster images painted on the page. */
  images: Box[];
}

export const boxOf = (points: readonly Point[]): Box => {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.x > x1) x1 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.y > y1) y1 = p.y;
  }
  return { x0, y0, x1, y1 };
};

export const widthOf = (b: Box) => b.x1 - b.x0;
export const heightOf = (b: Box) => b.y1 - b.y0;
export const centreOf = (b: Box): Point => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });
