/**
 * Reads a PDF into the importer's page model with pdfjs-dist: the text layer with positions and the
 * vector drawing from the operator list, with the graphics state (CTM, line width, colours) tracked
 * so that every path is in page space whatever form XObjects and transforms the producer used.
 * No rendering, no OCR, no network.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageModel, PaintedPath, Point, Rgb, Subpath, TextRun, Box } from '../../domain/import/index.ts';

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): Point => ({ x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] });

const require = createRequire(import.meta.url);
const standardFontDataUrl = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

const { OPS } = pdfjs;
// pdfjs ≥ 5 path data: [op, coords…] with these op codes (DrawOPS).
const MOVE = 0, LINE = 1, CURVE = 2, QUAD = 3, CLOSE = 4;

interface State {
  ctm: Matrix;
  lineWidth: number;
  fill: Rgb;
  stroke: Rgb;
}

function parseColour(args: unknown): Rgb {
  const v = Array.isArray(args) ? args[0] : args;
  if (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v))
    return [parseInt(v.slice(1, 3), 16), parseInt(v.slice(3, 5), 16), parseInt(v.slice(5, 7), 16)];
  if (Array.isArray(args) && args.length >= 3 && args.every((n) => typeof n === 'number')) return [args[0] as number, args[1] as number, args[2] as number];
  return [0, 0, 0];
}

function subpathsOf(data: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | undefined;
  for (let i = 0; i < data.length; ) {
    const op = data[i++]!;
    if (op === MOVE) {
      current = { points: [apply(ctm, data[i]!, data[i + 1]!)], closed: false, curved: false };
      out.push(current);
      i += 2;
    } else if (op === LINE) {
      current ??= (out.push({ points: [], closed: false, curved: false }), out[out.length - 1]!);
      current.points.push(apply(ctm, data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === CURVE || op === QUAD) {
      const n = op === CURVE ? 6 : 4;
      current ??= (out.push({ points: [], closed: false, curved: false }), out[out.length - 1]!);
      // The curve's end; the control points only bend it, and shapes are classified by their outline.
      current.points.push(apply(ctm, data[i + n - 2]!, data[i + n - 1]!));
      current.curved = true;
      i += n;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
      current = undefined;
    } else break;
  }
  return out.filter((s) => s.points.length > 0);
}

export interface ReadPdfResult {
  pages: PageModel[];
}

/** Reads every page of a PDF. Throws on a file that is not a readable PDF (encrypted, broken). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdfResult> {
  const task = pdfjs.getDocument({
    // A copy: pdfjs detaches the buffer it is handed.
    data: bytes.slice(),
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl,
  });
  const doc = await task.promise;
  try {
    const pages: PageModel[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [vx0, vy0, vx1, vy1] = page.view as [number, number, number, number];
      const origin: Matrix = [1, 0, 0, 1, -vx0, -vy0];
      const content = await page.getTextContent();
      const texts: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        texts.push({
          str: item.str,
          x: e! - vx0,
          y: f! - vy0,
          width: item.width,
          size: Math.hypot(c!, d!) || Math.hypot(a!, b!),
          font: item.fontName,
        });
      }
      const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      const paths: PaintedPath[] = [];
      const images: Box[] = [];
      const stack: State[] = [];
      let state: State = { ctm: origin, lineWidth: 1, fill: [0, 0, 0], stroke: [0, 0, 0] };
      for (let i = 0; i < ops.fnArray.length; i++) {
        const fn = ops.fnArray[i];
        const args = ops.argsArray[i] as any;
        switch (fn) {
          case OPS.save:
            stack.push({ ...state });
            break;
          case OPS.restore:
            state = stack.pop() ?? state;
            break;
          case OPS.transform:
            state.ctm = multiply(args as Matrix, state.ctm);
            break;
          case OPS.paintFormXObjectBegin:
            stack.push({ ...state });
            if (args?.[0] && typeof args[0].length === 'number') state.ctm = multiply(Array.from(args[0] as ArrayLike<number>) as Matrix, state.ctm);
            break;
          case OPS.paintFormXObjectEnd:
            state = stack.pop() ?? state;
            break;
          case OPS.setLineWidth:
            state.lineWidth = args[0];
            break;
          case OPS.setGState:
            for (const [key, value] of args[0] as [string, unknown][]) if (key === 'LW' && typeof value === 'number') state.lineWidth = value;
            break;
          case OPS.setFillRGBColor:
            state.fill = parseColour(args);
            break;
          case OPS.setStrokeRGBColor:
            state.stroke = parseColour(args);
            break;
          case OPS.constructPath: {
            const [paint, [data]] = args as [number, [ArrayLike<number> | null]];
            const stroke = [OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke].includes(paint);
            const fill = [OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke].includes(paint);
            if (!data || (!stroke && !fill)) break; // endPath: a clip, nothing painted
            const subpaths = subpathsOf(data, state.ctm);
            if ([OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke].includes(paint)) subpaths.forEach((s) => (s.closed = true));
            const scale = Math.sqrt(Math.abs(state.ctm[0] * state.ctm[3] - state.ctm[1] * state.ctm[2]));
            paths.push({ subpaths, stroke, fill, lineWidth: (state.lineWidth || 0) * scale, fillColor: state.fill, strokeColor: state.stroke });
            break;
          }
          case OPS.paintImageXObject:
          case OPS.paintInlineImageXObject:
          case OPS.paintImageMaskXObject:
          case OPS.paintImageXObjectRepeat: {
            const corners = [apply(state.ctm, 0, 0), apply(state.ctm, 1, 0), apply(state.ctm, 0, 1), apply(state.ctm, 1, 1)];
            images.push({
              x0: Math.min(...corners.map((p) => p.x)),
              y0: Math.min(...corners.map((p) => p.y)),
              x1: Math.max(...corners.map((p) => p.x)),
              y1: Math.max(...corners.map((p) => p.y)),
            });
            break;
          }
        }
      }
      pages.push({ number: n, width: vx1 - vx0, height: vy1 - vy0, texts, paths, images });
      page.cleanup();
    }
    return { pages };
  } finally {
    await task.destroy();
  }
}

/** Plain text extraction of every page, nothing else: the benchmark's baseline. */
export async function extractTextOnly(bytes: Uint8Array): Promise<number> {
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, disableFontFace: true, standardFontDataUrl });
  const doc = await task.promise;
  let chars = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items) if ('str' in item) chars += item.str.length;
    }
  } finally {
    await task.destroy();
  }
  return chars;
}
