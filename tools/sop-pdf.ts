/**
 * Writes SOP PDFs in the Permenpan-RB 35/2012 layout with the traits of real signed files
 * (../shared/docs/sop-pdf-anatomy.md): the three ways rules are drawn (R: filled rectangles chopped
 * at every crossing; P: filled polygons, symbols and connectors as filled outline rings; C: every
 * cell a white fill plus a thin stroked rectangle), terminators as curves or flattened, decisions,
 * off-page connectors, continuation pages without a header, a column-number row, mid-word text
 * fragments, joint steps, loops without a diamond, Ya/Tidak or Y/T labels, a raster flowchart, a
 * scanned page, the e-sign footer and QR code, all inside a page-wide transform (as in a form
 * XObject) so that the reader must track the CTM.
 *
 * And the template variants behind each failure of the anatomy's §7: a ruled identity block with the
 * Nama SOP centred on its label and the signer's name under the signature, boxes in a ruled grid with
 * centred labels and an extra "Maksud dan Tujuan" row, the table 10 pt under the boxes, a Peringatan
 * sentence holding "waktu" and "output", Output before Waktu, header words 6.2 pt apart, a header
 * without inner rules, header rules missing on one page or another, the "Uraian Prosedur" family with
 * justified text (every word and every space its own text item), a picture table under the identity
 * text, a raster flowchart on one page only, open "V" arrowheads, exits that start short of a
 * diamond's vertex, branch labels beside the vertex, a closed blob inside an elbow connector, a tall
 * terminator, and joint rows with each actor's own symbol and an arrow inside the row.
 *
 * `npm run fixture-pdfs -- OUTDIR [COUNT]` writes the trait set (and COUNT varied documents) to
 * OUTDIR, for `npm run impor` and the benchmark (scripts/fixture-pdfs.ts).
 */
import {
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  StandardFonts,
  appendBezierCurve,
  closePath,
  concatTransformationMatrix,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingRgbColor,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';

export type Shape = 'terminator' | 'process' | 'decision';

export interface FixtureStep {
  /** As printed in the No column ("1", "1.", "" for none). */
  no: string;
  kegiatan: string;
  /** Actor column indices; two or more = a joint step. */
  actors: number[];
  shape: Shape;
  /** A joint row whose actors draw different symbols: one shape per actor, in the order of `actors`. */
  shapes?: Shape[];
  /** An arrow drawn inside the row, from the first actor's symbol to the second's (else a plain line). */
  rowArrow?: boolean;
  /** The symbol's size (w, h) when not the usual one, e.g. a tall terminator. */
  size?: [number, number];
  kelengkapan?: string;
  waktu?: string;
  output?: string;
  keterangan?: string;
}

export interface FixtureEdge {
  from: number;
  to: number;
  label?: string;
  /** false: the arrow is not drawn (a decision whose exits the drawing lost). */
  drawn?: boolean;
}

export interface FixtureSop {
  kop: string[];
  nomor: string;
  nama: string;
  tanggal: { pembuatan: string; revisi: string; efektif: string };
  /** Label printed for the effective date ("Tanggal Efektif" or "Tanggal Pengesahan"). */
  efektifLabel?: string;
  /** Jabatan, name, NIP (or fewer lines). */
  disahkan: string[];
  boxes: { label: string; items: string[] }[];
  /** Full-width rows under the six boxes, each with its own label and the text on the label's line. */
  extraRows?: { label: string; text: string }[];
  actors: string[];
  steps: FixtureStep[];
  /** Every arrow drawn; the default flow (step to the next) must be listed too. */
  edges: FixtureEdge[];
}

export interface Traits {
  rules: 'R' | 'P' | 'C';
  terminator: 'curves' | 'flattened';
  /** Split long words into two text items 0.3 pt apart. */
  fragments: boolean;
  columnNumbers: boolean;
  /** Steps per table page; continuation pages print no header unless repeatHeader. */
  rowsPerPage: number[];
  repeatHeader: boolean;
  /** Table header on page 1 (under the boxes) or from page 2. */
  tableOnPage1: boolean;
  /** The actor columns drawn as one picture: no symbols, no arrows in the drawing (true: every table page; a list: those table pages, 0-based). */
  rasterFlow: boolean | number[];
  /** A trailing page that is one picture with no text. */
  scannedPage: boolean;
  esign: boolean;
  /** Page-wide transform (like a form XObject's matrix). */
  transform: boolean;
  /**
   * The identity block and the boxes: 'plain' (labels and values, no rules), or 'ruled' as the one-page
   * statistics template prints them (a ruled identity table, a 2–3-line Nama SOP centred on its label,
   * the signer's name under the signature image, the boxes in a ruled two-column grid with centred
   * labels, the table 10 pt under the last box row).
   */
  identity: 'plain' | 'ruled';
  /** The "Disahkan oleh" label centred in its tall cell, with nothing beside it on its line. */
  signerLabelCentred: boolean;
  /** The mutu baku columns: the template's order, or Output before Waktu. */
  mutuBaku: 'kelengkapan-waktu-output' | 'kelengkapan-output-waktu';
  /** 'uraian-prosedur': "Uraian Prosedur" over No and Kegiatan (no rule between them in the header), "Mutu Buku". */
  header: 'template' | 'uraian-prosedur';
  /** "Output" printed this many pt below "Waktu". */
  headerSkew: number;
  /** 'outer-left': the header has no rules between its cells (only the table's left rule crosses it). */
  headerRules: 'all' | 'outer-left';
  /** Per table page (0-based), a column boundary (0 = the table's left edge) drawn without its rule in the header. */
  missingHeaderRule: (number | undefined)[];
  /** The rule of missingHeaderRule is missing in the page's rows too (only another page draws it). */
  missingRuleInBody: boolean;
  /** Justified cell text: every word and every space its own text item, the spaces 6–17 pt wide. */
  justified: boolean;
  /** The table drawn as one picture under the identity text (no table text, no rules). */
  pictureTable: boolean;
  /** Filled triangles, or open "V" heads of two stroked strokes. */
  arrowheads: 'filled' | 'open';
  /** A decision's exits start this far (pt) from its vertex. */
  exitGap: number;
  /** Branch labels along the exit wire, or beside the diamond's vertex (inside its bounding box). */
  branchLabels: 'wire' | 'vertex';
  /** Each elbow connector holds a closed 17×7.5 pt subpath on its middle leg. */
  connectorBlob: boolean;
  /** No rule between No and Kegiatan anywhere (with the "Uraian Prosedur" header): the number and the activity share a cell. */
  noKegiatanRule: boolean;
}

export const DEFAULT_TRAITS: Traits = {
  rules: 'R',
  terminator: 'curves',
  fragments: false,
  columnNumbers: false,
  rowsPerPage: [99],
  repeatHeader: false,
  tableOnPage1: true,
  rasterFlow: false,
  scannedPage: false,
  esign: true,
  transform: true,
  identity: 'plain',
  signerLabelCentred: false,
  mutuBaku: 'kelengkapan-waktu-output',
  header: 'template',
  headerSkew: 0,
  headerRules: 'all',
  missingHeaderRule: [],
  missingRuleInBody: false,
  justified: false,
  pictureTable: false,
  arrowheads: 'filled',
  exitGap: 0,
  branchLabels: 'wire',
  connectorBlob: false,
  noKegiatanRule: false,
};

export const PAGE: [number, number] = [842, 595];
const BODY = 7;
const ROW_H = 40;
const CONNECTOR_ROW_H = 26;
const X0 = 40;
const W = { no: 20, kegiatan: 170, actor: 72, kelengkapan: 70, waktu: 52, output: 70, ket: 60 };
const DIMS: Record<Shape | 'offpage', [number, number]> = { process: [36, 14], terminator: [38, 16], decision: [44, 22], offpage: [18, 14] };

const eoFill = () => PDFOperator.of(PDFOperatorNames.FillEvenOdd);
/** A 2×2 grey PNG: the stand-in for a logo, a QR code, a raster flowchart or a scan. */
export const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

interface Ctx {
  page: PDFPage;
  font: PDFFont;
  bold: PDFFont;
  image: PDFImage;
  traits: Traits;
  /** 0-based index of the table page (for traits that differ per page). */
  tablePage: number;
}

function text(ctx: Ctx, str: string, x: number, y: number, size = BODY, font = ctx.font) {
  if (!ctx.traits.fragments) {
    ctx.page.drawText(str, { x, y, size, font });
    return;
  }
  // One item per word; long words split mid-word into two items 0.3 pt apart.
  let cx = x;
  for (const word of str.split(' ')) {
    if (word.length >= 7) {
      const cut = Math.floor(word.length / 2);
      const a = word.slice(0, cut);
      ctx.page.drawText(a, { x: cx, y, size, font });
      const wa = font.widthOfTextAtSize(a, size);
      ctx.page.drawText(word.slice(cut), { x: cx + wa + 0.3, y, size, font });
      cx += wa + 0.3 + font.widthOfTextAtSize(word.slice(cut), size);
    } else {
      ctx.page.drawText(word, { x: cx, y, size, font });
      cx += font.widthOfTextAtSize(word, size);
    }
    cx += font.widthOfTextAtSize(' ', size) + 0.5;
  }
}

/**
 * A justified line as a word processor writes it: one text object, each word and each space its own
 * string, the spaces widened by the word spacing (Tw) so that the line fills `width`.
 */
function justifiedLine(ctx: Ctx, str: string, x: number, y: number, width: number, size = BODY) {
  const words = str.split(' ');
  const natural = ctx.font.widthOfTextAtSize(str, size);
  const tw = words.length > 1 ? Math.max(0, (width - natural) / (words.length - 1)) : 0;
  // The font must be a resource of the page: drawing an empty string registers it.
  ctx.page.drawText('', { x, y, size, font: ctx.font });
  const name = [...ctx.page.node.normalizedEntries().Font.entries()].find(([, ref]) => ref === ctx.font.ref)![0];
  const op = (o: string, ...args: (number | PDFName | ReturnType<PDFFont['encodeText']>)[]) =>
    PDFOperator.of(o as PDFOperatorNames, args.map((a) => (typeof a === 'number' ? PDFNumber.of(a) : a)));
  const ops = [op('BT'), op('Tf', name, size), op('Tw', tw), op('Tm', 1, 0, 0, 1, x, y)];
  words.forEach((w, i) => {
    if (i) ops.push(op('Tj', ctx.font.encodeText(' ')));
    ops.push(op('Tj', ctx.font.encodeText(w)));
  });
  ops.push(op('ET'));
  ctx.page.pushOperators(...ops);
}

/** Wraps text to a width; returns the lines. With `hyphens`, a line may also break after a hyphen inside a word. */
function wrap(font: PDFFont, str: string, width: number, size = BODY, hyphens = false): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = str.split(/\s+/).flatMap((word) => (hyphens ? word.split(/(?<=\p{L}-)(?=\p{L})/u) : [word]).map((t, k) => ({ t, space: k === 0 })));
  for (const { t, space } of tokens) {
    const next = line ? `${line}${space ? ' ' : ''}${t}` : t;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = t;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function cellText(ctx: Ctx, str: string | undefined, x0: number, x1: number, yTop: number, yBottom: number, centre = false) {
  if (!str) return;
  const lines = wrap(ctx.font, str, x1 - x0 - 6);
  const pitch = BODY * 1.2;
  // Vertically centred, as Word does.
  let y = (yTop + yBottom) / 2 + ((lines.length - 1) * pitch) / 2 - BODY * 0.35;
  lines.forEach((l, k) => {
    const w = ctx.font.widthOfTextAtSize(l, BODY);
    // Justified: every line but the last fills the cell.
    if (ctx.traits.justified && !centre && k < lines.length - 1) justifiedLine(ctx, l, x0 + 3, y, x1 - x0 - 6);
    else if (ctx.traits.justified && !centre) justifiedLine(ctx, l, x0 + 3, y, w);
    else text(ctx, l, centre ? (x0 + x1) / 2 - w / 2 : x0 + 3, y);
    y -= pitch;
  });
}

// ---- rules, in the three flavours --------------------------------------------------------------

function hRule(ctx: Ctx, y: number, xs: number[], outer = false) {
  const t = ctx.traits.rules === 'P' ? (outer ? 1.2 : 0.6) : outer ? 0.8 : 0.4;
  if (ctx.traits.rules === 'R') {
    // Chopped into pieces at every crossing, each a filled rectangle.
    for (let i = 1; i < xs.length; i++) ctx.page.drawRectangle({ x: xs[i - 1]!, y: y - t / 2, width: xs[i]! - xs[i - 1]!, height: t, color: rgb(0, 0, 0) });
  } else if (ctx.traits.rules === 'P') {
    const ops = [pushGraphicsState(), setFillingRgbColor(0, 0, 0)];
    // Several 4-vertex polygons in one fill.
    for (let i = 1; i < xs.length; i++) {
      const a = xs[i - 1]!, b = xs[i]!;
      ops.push(moveTo(a, y - t / 2), lineTo(b, y - t / 2), lineTo(b, y + t / 2), lineTo(a, y + t / 2), closePath());
    }
    ops.push(eoFill(), popGraphicsState());
    ctx.page.pushOperators(...ops);
  }
}

function vRule(ctx: Ctx, x: number, y0: number, y1: number, outer = false) {
  const t = ctx.traits.rules === 'P' ? (outer ? 1.2 : 0.6) : outer ? 0.8 : 0.4;
  if (ctx.traits.rules === 'R') ctx.page.drawRectangle({ x: x - t / 2, y: y0, width: t, height: y1 - y0, color: rgb(0, 0, 0) });
  else if (ctx.traits.rules === 'P')
    ctx.page.pushOperators(pushGraphicsState(), setFillingRgbColor(0, 0, 0), moveTo(x - t / 2, y0), lineTo(x + t / 2, y0), lineTo(x + t / 2, y1), lineTo(x - t / 2, y1), closePath(), fill(), popGraphicsState());
}

/** Flavour C: every cell a white rectangle, filled then stroked thin. */
function cell(ctx: Ctx, x0: number, y0: number, x1: number, y1: number) {
  if (ctx.traits.rules !== 'C') return;
  ctx.page.pushOperators(
    pushGraphicsState(), setFillingRgbColor(1, 1, 1), moveTo(x0, y0), lineTo(x1, y0), lineTo(x1, y1), lineTo(x0, y1), closePath(), eoFill(),
    setStrokingRgbColor(0, 0, 0), setLineWidth(0.22), moveTo(x0, y0), lineTo(x1, y0), lineTo(x1, y1), lineTo(x0, y1), closePath(), stroke(), popGraphicsState(),
  );
}

/** Grid rules of a band of rows: horizontal rules at `ys` (top to bottom), verticals at `xs`. */
function grid(ctx: Ctx, xs: number[], ys: number[], cellsFor: (row: number) => number[] = () => xs) {
  if (ctx.traits.rules === 'C') {
    for (let r = 1; r < ys.length; r++) {
      const cx = cellsFor(r - 1);
      for (let i = 1; i < cx.length; i++) cell(ctx, cx[i - 1]!, ys[r]!, cx[i]!, ys[r - 1]!);
    }
    return;
  }
  ys.forEach((y, k) => hRule(ctx, y, xs, k === 0 || k === ys.length - 1));
  for (let r = 1; r < ys.length; r++) cellsFor(r - 1).forEach((x, i, all) => vRule(ctx, x, ys[r]!, ys[r - 1]!, i === 0 || i === all.length - 1));
}

// ---- symbols and connectors ----------------------------------------------------------------------

type Pt = [number, number];

function outline(shape: Shape | 'offpage', cx: number, cy: number, grow = 0, flattened = false, size?: [number, number]): { pts: Pt[]; curves?: Pt[][] } {
  const [w0, h0] = size ?? DIMS[shape];
  const w = w0 + 2 * grow, h = h0 + 2 * grow;
  const l = cx - w / 2, r = cx + w / 2, b = cy - h / 2, t = cy + h / 2;
  if (shape === 'process') return { pts: [[l, b], [r, b], [r, t], [l, t]] };
  if (shape === 'decision') return { pts: [[cx, b], [r, cy], [cx, t], [l, cy]] };
  if (shape === 'offpage') return { pts: [[l, t], [r, t], [r, b + h * 0.4], [cx, b], [l, b + h * 0.4]] };
  // Terminator: a rounded rectangle; radius h/2 (at most a third of the width: a tall one stays a rectangle).
  const rad = Math.min(h / 2, w / 3);
  if (flattened) {
    const pts: Pt[] = [];
    const arc = (ax: number, ay: number, from: number) => {
      for (let k = 0; k <= 16; k++) {
        const a = from + (k / 16) * (Math.PI / 2);
        pts.push([ax + rad * Math.cos(a), ay + rad * Math.sin(a)]);
      }
    };
    arc(r - rad, t - rad, 0);
    arc(l + rad, t - rad, Math.PI / 2);
    arc(l + rad, b + rad, Math.PI);
    arc(r - rad, b + rad, (3 * Math.PI) / 2);
    return { pts };
  }
  const k = 0.5523 * rad;
  // Straight sides between the corners only where the radius leaves some.
  const side = (p: Pt): Pt[][] => (rad < h / 2 ? [[p]] : []);
  return {
    pts: [[l + rad, b]],
    curves: [
      [[r - rad, b]],
      [[r - rad + k, b], [r, b + rad - k], [r, b + rad]],
      ...side([r, t - rad]),
      [[r, t - rad + k], [r - rad + k, t], [r - rad, t]],
      [[l + rad, t]],
      [[l + rad - k, t], [l, t - rad + k], [l, t - rad]],
      ...side([l, b + rad]),
      [[l, b + rad - k], [l + rad - k, b], [l + rad, b]],
    ],
  };
}

function pathOps(o: ReturnType<typeof outline>) {
  const ops = [moveTo(o.pts[0]![0], o.pts[0]![1])];
  if (o.curves) for (const c of o.curves) ops.push(c.length === 1 ? lineTo(c[0]![0], c[0]![1]) : appendBezierCurve(c[0]![0], c[0]![1], c[1]![0], c[1]![1], c[2]![0], c[2]![1]));
  else for (const p of o.pts.slice(1)) ops.push(lineTo(p[0], p[1]));
  ops.push(closePath());
  return ops;
}

function symbol(ctx: Ctx, shape: Shape | 'offpage', cx: number, cy: number, label?: string, size?: [number, number]) {
  const flattened = ctx.traits.terminator === 'flattened';
  if (ctx.traits.rules === 'P') {
    // A filled ring: the outline and an inner outline 0.5 pt inside, one even-odd fill.
    const outer = outline(shape, cx, cy, 0, true, size);
    const inner = outline(shape, cx, cy, -0.5, true, size);
    ctx.page.pushOperators(pushGraphicsState(), setFillingRgbColor(0, 0, 0), ...pathOps(outer), ...pathOps(inner), eoFill(), popGraphicsState());
  } else {
    const o = outline(shape, cx, cy, 0, flattened, size);
    ctx.page.pushOperators(
      pushGraphicsState(), setFillingRgbColor(1, 1, 1), ...pathOps(o), eoFill(),
      setStrokingRgbColor(0, 0, 0), setLineWidth(ctx.traits.rules === 'C' ? 0.22 : 0.75), ...pathOps(o), stroke(), popGraphicsState(),
    );
  }
  if (label) ctx.page.drawText(label, { x: cx - ctx.font.widthOfTextAtSize(label, 6) / 2, y: cy - 0.5, size: 6, font: ctx.font });
}

/** A polyline connector with an arrowhead at its last point: a filled triangle, or an open "V". */
function connector(ctx: Ctx, pts: Pt[], arrow = true) {
  const end = pts[pts.length - 1]!, before = pts[pts.length - 2]!;
  const dx = Math.sign(end[0] - before[0]), dy = Math.sign(end[1] - before[1]);
  const s = 4;
  const open = ctx.traits.arrowheads === 'open' && ctx.traits.rules !== 'P';
  // A filled head ends the shaft at its base; an open head's strokes meet the shaft at the tip.
  const shaftEnd: Pt = arrow && !open ? [end[0] - dx * s, end[1] - dy * s] : end;
  const line = [...pts.slice(0, -1), shaftEnd];
  const tri: Pt[] = [end, [end[0] - dx * s - dy * s / 2, end[1] - dy * s - dx * s / 2], [end[0] - dx * s + dy * s / 2, end[1] - dy * s + dx * s / 2]];
  // The closed blob some producers leave on an elbow's middle leg (17 × 7.5 pt).
  const blob = ctx.traits.connectorBlob && line.length >= 4 ? (() => {
    const [ax, ay] = line[1]!, [bx, by] = line[2]!;
    const mx = (ax + bx) / 2, my = (ay + by) / 2;
    return [moveTo(mx - 8.5, my - 3.75), lineTo(mx + 8.5, my - 3.75), lineTo(mx + 8.5, my + 3.75), lineTo(mx - 8.5, my + 3.75), closePath()];
  })() : [];
  if (ctx.traits.rules === 'P') {
    // The shaft as thin filled rectangles (one per leg) and the triangle, in one fill.
    const ops = [pushGraphicsState(), setFillingRgbColor(79 / 255, 129 / 255, 189 / 255)];
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = line[i - 1]!, [bx, by] = line[i]!;
      const h = 0.4;
      const x0 = Math.min(ax, bx) - (ax === bx ? h : 0), x1 = Math.max(ax, bx) + (ax === bx ? h : 0);
      const y0 = Math.min(ay, by) - (ay === by ? h : 0), y1 = Math.max(ay, by) + (ay === by ? h : 0);
      ops.push(moveTo(x0, y0), lineTo(x1, y0), lineTo(x1, y1), lineTo(x0, y1), closePath());
    }
    ops.push(...blob);
    if (arrow) ops.push(moveTo(tri[0]![0], tri[0]![1]), lineTo(tri[1]![0], tri[1]![1]), lineTo(tri[2]![0], tri[2]![1]), closePath());
    ops.push(fill(), popGraphicsState());
    ctx.page.pushOperators(...ops);
    return;
  }
  const ops = [pushGraphicsState(), setStrokingRgbColor(0, 0, 0), setLineWidth(0.7), moveTo(line[0]![0], line[0]![1])];
  for (const p of line.slice(1)) ops.push(lineTo(p[0], p[1]));
  ops.push(...blob, stroke());
  if (arrow && open) ops.push(moveTo(tri[1]![0], tri[1]![1]), lineTo(end[0], end[1]), moveTo(tri[2]![0], tri[2]![1]), lineTo(end[0], end[1]), stroke());
  else if (arrow) ops.push(setFillingRgbColor(0, 0, 0), moveTo(tri[0]![0], tri[0]![1]), lineTo(tri[1]![0], tri[1]![1]), lineTo(tri[2]![0], tri[2]![1]), closePath(), fill());
  ops.push(popGraphicsState());
  ctx.page.pushOperators(...ops);
}

// ---- the document -----------------------------------------------------------------------------

type ColumnKind = 'no' | 'kegiatan' | 'actor' | 'kelengkapan' | 'waktu' | 'output' | 'ket';

interface Columns {
  /** Column boundaries, left to right. */
  xs: number[];
  kinds: ColumnKind[];
  /** Index of the (first) column of a kind. */
  at: (kind: ColumnKind) => number;
  actorX: (i: number) => number;
  actorCols: [number, number];
}

function columns(actors: number, traits: Traits): Columns {
  const mutu: ColumnKind[] = traits.mutuBaku === 'kelengkapan-waktu-output' ? ['kelengkapan', 'waktu', 'output'] : ['kelengkapan', 'output', 'waktu'];
  const kinds: ColumnKind[] = ['no', 'kegiatan', ...Array<ColumnKind>(actors).fill('actor'), ...mutu, 'ket'];
  const widths = kinds.map((k) => (k === 'actor' ? W.actor : W[k === 'kegiatan' ? 'kegiatan' : k === 'kelengkapan' ? 'kelengkapan' : k]));
  const xs = [X0];
  for (const w of widths) xs.push(xs[xs.length - 1]! + w);
  return { xs, kinds, at: (kind) => kinds.indexOf(kind), actorX: (i) => (xs[2 + i]! + xs[3 + i]!) / 2, actorCols: [xs[2]!, xs[2 + actors]!] };
}

function header(ctx: Ctx, sop: FixtureSop, cols: Columns, top: number): number {
  const { xs } = cols;
  const n = sop.actors.length;
  const groupBottom = top - 12;
  const bottom = top - 40;
  const missing = ctx.traits.missingHeaderRule[ctx.tablePage];
  const uraian = ctx.traits.header === 'uraian-prosedur';
  // Group row: Pelaksana over the actors, Mutu Baku over three columns; the rest span both rows.
  // "Uraian Prosedur" spans No and Kegiatan as one cell.
  const spanning: [number, number][] = uraian ? [[0, 2], [xs.length - 2, xs.length - 1]] : [[0, 1], [1, 2], [xs.length - 2, xs.length - 1]];
  if (ctx.traits.rules === 'C') {
    for (const [a, b] of spanning) cell(ctx, xs[a]!, bottom, xs[b]!, top);
    cell(ctx, xs[2]!, groupBottom, xs[2 + n]!, top);
    cell(ctx, xs[2 + n]!, groupBottom, xs[5 + n]!, top);
    for (let i = 2; i < 5 + n; i++) {
      // A missing rule merges two cells of the lower row.
      if (missing === i + 1) {
        cell(ctx, xs[i]!, bottom, xs[i + 2]!, groupBottom);
        i++;
      } else cell(ctx, xs[i]!, bottom, xs[i + 1]!, groupBottom);
    }
  } else {
    hRule(ctx, top, xs, true);
    hRule(ctx, groupBottom, xs.slice(2, 6 + n));
    hRule(ctx, bottom, xs, true);
    xs.forEach((x, i) => {
      if (ctx.traits.headerRules === 'outer-left' && i > 0) return;
      if (i === missing || (uraian && i === 1)) return;
      // Inside the two groups the rules stop under the group row.
      const full = i <= 2 || i >= xs.length - 2 || i === 2 + n;
      vRule(ctx, x, bottom, full ? top : groupBottom, i === 0 || i === xs.length - 1);
    });
  }
  const mid = (i: number) => (xs[i]! + xs[i + 1]!) / 2;
  const centred = (s: string, x: number, y: number) => text(ctx, s, x - ctx.bold.widthOfTextAtSize(s, BODY) / 2, y, BODY, ctx.bold);
  if (uraian) centred('Uraian Prosedur', (xs[0]! + xs[2]!) / 2, (top + bottom) / 2 - 2);
  else {
    centred('No', mid(0), (top + bottom) / 2 - 2);
    centred('Kegiatan', mid(1), (top + bottom) / 2 - 2);
  }
  centred('Pelaksana', (xs[2]! + xs[2 + n]!) / 2, top - 9);
  centred(uraian ? 'Mutu Buku' : 'Mutu Baku', (xs[2 + n]! + xs[5 + n]!) / 2, top - 9);
  sop.actors.forEach((a, i) => {
    const lines = wrap(ctx.bold, a, W.actor - 6);
    let y = (groupBottom + bottom) / 2 + ((lines.length - 1) * 8.4) / 2 - 2;
    for (const l of lines) {
      centred(l, mid(2 + i), y);
      y -= 8.4;
    }
  });
  const lower = (groupBottom + bottom) / 2 - 2;
  centred('Kelengkapan', mid(cols.at('kelengkapan')), lower);
  centred('Waktu', mid(cols.at('waktu')), lower);
  centred('Output', mid(cols.at('output')), lower - ctx.traits.headerSkew);
  centred('Keterangan', mid(xs.length - 2), (top + bottom) / 2 - 2);
  if (ctx.traits.columnNumbers) {
    const rowBottom = bottom - 10;
    // The column-number row misses the same rule as the header.
    const merged = missing === undefined ? xs : xs.filter((_, i) => i !== missing);
    grid(ctx, xs, [bottom, rowBottom], () => merged);
    for (let i = 0; i < xs.length - 1; i++) centred(`(${i + 1})`, mid(i), rowBottom + 3);
    return rowBottom;
  }
  return bottom;
}

function plainIdentity(ctx: Ctx, sop: FixtureSop): number {
  const { page, font, bold } = ctx;
  page.drawImage(ctx.image, { x: 180, y: 520, width: 50, height: 50 });
  sop.kop.forEach((line, i) => text(ctx, line, 120, 505 - i * 12, i < 2 ? 10 : 8, bold));
  const rows: [string, string[]][] = [
    ['Nomor SOP', [sop.nomor]],
    ['Tanggal Pembuatan', [sop.tanggal.pembuatan]],
    ['Tanggal Revisi', [sop.tanggal.revisi]],
    [sop.efektifLabel ?? 'Tanggal Efektif', [sop.tanggal.efektif]],
    ['Disahkan oleh', sop.disahkan],
    ['NAMA SOP', [sop.nama]],
  ];
  let y = 565;
  const lx = 480, vx = 560;
  const bounds = [y + 10];
  for (const [label, values] of rows) {
    text(ctx, label, lx, y, 8, bold);
    text(ctx, ':', vx - 8, y, 8, font);
    values.forEach((v, i) => text(ctx, v, vx, y - i * 10, 8, font));
    y -= Math.max(1, values.length) * 10 + 6;
    bounds.push(y + 10);
  }
  if (ctx.traits.rules !== 'C') bounds.forEach((b) => hRule(ctx, b, [lx - 5, 800]));
  // The six boxes, two columns.
  const boxTop = y - 10;
  const half = Math.ceil(sop.boxes.length / 2);
  let bottomMost = boxTop;
  sop.boxes.forEach((box, i) => {
    const x = i < half ? 60 : 440;
    // Boxes stack per column.
    const before = sop.boxes.slice(i < half ? 0 : half, i).reduce((s, b) => s + 14 + b.items.length * 9, 0);
    const by = boxTop - before;
    text(ctx, box.label, x, by, 8, bold);
    box.items.forEach((item, k) => text(ctx, `${k + 1}. ${item}`, x + 4, by - 10 - k * 9, BODY, font));
    bottomMost = Math.min(bottomMost, by - 10 - box.items.length * 9);
  });
  return bottomMost - 14;
}

/**
 * The one-page statistics template: a ruled identity table (label | ":" | value) whose values are
 * centred on their labels, the signer's name and NIP under a signature image, then the six boxes in a
 * ruled two-column grid (each row a line of labels centred in their boxes, then the lists), full-width
 * extra rows, and the table 10 pt below.
 */
function ruledIdentity(ctx: Ctx, sop: FixtureSop): number {
  const { page, font, bold } = ctx;
  page.drawImage(ctx.image, { x: 180, y: 530, width: 50, height: 50 });
  sop.kop.forEach((line, i) => text(ctx, line, 120, 515 - i * 12, i < 2 ? 10 : 8, bold));
  const L = 470, C = 548, R = 802, VX = 556, PITCH = 10;
  const valueWidth = R - VX - 6;
  const [jabatan = '', ...below] = sop.disahkan;
  const rows: { label: string; lines: string[]; gapAfter?: number }[] = [
    { label: 'Nomor SOP', lines: [sop.nomor] },
    { label: 'Tanggal Pembuatan', lines: [sop.tanggal.pembuatan] },
    { label: 'Tanggal Revisi', lines: [sop.tanggal.revisi] },
    { label: sop.efektifLabel ?? 'Tanggal Efektif', lines: [sop.tanggal.efektif] },
    // The signature image sits between the jabatan and the name, about 50 pt below the jabatan line.
    { label: 'Disahkan oleh', lines: [...wrap(font, jabatan, valueWidth, 8), ...below], gapAfter: wrap(font, jabatan, valueWidth, 8).length },
    { label: 'NAMA SOP', lines: wrap(font, sop.nama, 150, 8) },
  ];
  let top = 588;
  const ys = [top];
  for (const row of rows) {
    const SIGNATURE = 44;
    const height = row.lines.length * PITCH + (row.gapAfter ? SIGNATURE : 0) + 6;
    const bottom = top - height;
    const centre = (top + bottom) / 2;
    // Lines centred vertically in the row, the signature gap among them.
    let y = top - 3 - 8 * 0.8;
    row.lines.forEach((l, k) => {
      if (k === row.gapAfter) {
        page.drawImage(ctx.image, { x: VX + 40, y: y - SIGNATURE + PITCH + 2, width: 40, height: 40 });
        y -= SIGNATURE;
      }
      text(ctx, l, VX, y, 8, font);
      y -= PITCH;
    });
    const labelY = row.gapAfter !== undefined && !ctx.traits.signerLabelCentred ? top - 3 - 8 * 0.8 : centre - 3;
    text(ctx, row.label, L + 5, labelY, 8, bold);
    // The ":" item beside the label: on the first value line, or on the label's line when centred.
    text(ctx, ':', C + 2, row.gapAfter !== undefined && !ctx.traits.signerLabelCentred ? labelY : centre - 3, 8, font);
    top = bottom;
    ys.push(top);
  }
  grid(ctx, [L, C, R], ys);
  // The boxes: pairs (i, i + half) side by side.
  const half = Math.ceil(sop.boxes.length / 2);
  const BL = X0, BM = 421, BR = R;
  let y = Math.min(top, 470) - 8;
  const gridYs = [y];
  const cellsOf: number[][] = [];
  const boxLines = (items: string[]) =>
    items.flatMap((item, k) => wrap(font, `${k + 1}. ${item}`, BM - BL - 12, BODY, true));
  for (let r = 0; r < half; r++) {
    const pair = [sop.boxes[r], sop.boxes[r + half]].filter((b): b is FixtureSop['boxes'][number] => !!b);
    // The label line: each label centred in its box.
    pair.forEach((b, k) => {
      const x0 = k ? BM : BL, x1 = k ? BR : BM;
      text(ctx, b.label, (x0 + x1) / 2 - bold.widthOfTextAtSize(b.label, 8) / 2, y - 9, 8, bold);
    });
    y -= 12;
    gridYs.push(y);
    cellsOf.push([BL, BM, BR]);
    const lines = pair.map((b) => boxLines(b.items));
    const height = Math.max(1, ...lines.map((l) => l.length)) * 9 + 6;
    lines.forEach((ls, k) => ls.forEach((l, j) => text(ctx, l, (k ? BM : BL) + 5, y - 9 - j * 9, BODY, font)));
    y -= height;
    gridYs.push(y);
    cellsOf.push([BL, BM, BR]);
  }
  for (const row of sop.extraRows ?? []) {
    // The label, then its text on the same line, wrapped under the text's start.
    text(ctx, row.label, BL + 5, y - 9, 8, bold);
    const tx = BL + 5 + bold.widthOfTextAtSize(row.label, 8) + 4;
    const lines = wrap(font, row.text, BR - tx - 6, BODY);
    lines.forEach((l, j) => text(ctx, l, tx, y - 9 - j * 9, BODY, font));
    y -= lines.length * 9 + 6;
    gridYs.push(y);
    cellsOf.push([BL, BR]);
  }
  grid(ctx, [BL, BM, BR], gridYs, (r) => cellsOf[r]!);
  return y - 10;
}

export async function makeSopPdf(sop: FixtureSop, traitsIn: Partial<Traits> = {}): Promise<Uint8Array> {
  const traits = { ...DEFAULT_TRAITS, ...traitsIn };
  const doc = await PDFDocument.create();
  doc.setProducer('sop-pdf fixture');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const image = await doc.embedPng(PNG);
  const cols = columns(sop.actors.length, traits);
  const { xs } = cols;
  const identity = traits.identity === 'ruled' ? ruledIdentity : plainIdentity;
  const rasterOn = (pg: number) => (Array.isArray(traits.rasterFlow) ? traits.rasterFlow.includes(pg) : traits.rasterFlow);

  // Which page each step lands on.
  const perPage = [...traits.rowsPerPage];
  const pageOf: number[] = [];
  let p = 0, used = 0;
  sop.steps.forEach(() => {
    if (used >= (perPage[p] ?? 99)) (p++, (used = 0));
    pageOf.push(p);
    used++;
  });
  const pageCount = p + 1;
  const centres: { x: number; y: number; page: number }[][] = [];
  const rowBoxes: { top: number; bottom: number }[] = [];
  const ctxs: Ctx[] = [];
  let labelNo = 0;
  const pendingIn = new Map<number, { label: string; to: number }[]>();

  const begin = (ctx: Ctx) => traits.transform && ctx.page.pushOperators(pushGraphicsState(), concatTransformationMatrix(0.98, 0, 0, 0.98, 8, 6));
  const end = (ctx: Ctx) => traits.transform && ctx.page.pushOperators(popGraphicsState());
  if (!traits.tableOnPage1 || traits.pictureTable) {
    // Page 1 holds the identity and the boxes; the table starts on page 2 (or is a picture under them).
    const page = doc.addPage(PAGE);
    const ctx: Ctx = { page, font, bold, image, traits, tablePage: -1 };
    ctxs.push(ctx);
    begin(ctx);
    const top = identity(ctx, sop);
    // The scanned table: one picture over the table's place.
    if (traits.pictureTable) page.drawImage(image, { x: X0, y: 40, width: 626, height: Math.max(120, top - 40) });
    end(ctx);
  }
  for (let pg = 0; pg < (traits.pictureTable ? 0 : pageCount); pg++) {
    const page = doc.addPage(PAGE);
    const ctx: Ctx = { page, font, bold, image, traits, tablePage: pg };
    ctxs.push(ctx);
    begin(ctx);
    let top = 560;
    if (pg === 0 && traits.tableOnPage1) top = identity(ctx, sop);
    const withHeader = pg === 0 || traits.repeatHeader;
    if (withHeader) top = header(ctx, sop, cols, top);
    // Incoming off-page connectors: a connector row at the top.
    const incoming = pendingIn.get(pg) ?? [];
    const ys = [top];
    let y = top;
    const connectorTops: { y: number; label: string; to: number }[] = [];
    if (incoming.length) {
      y -= CONNECTOR_ROW_H;
      ys.push(y);
      incoming.forEach((c) => connectorTops.push({ y: y + CONNECTOR_ROW_H / 2, label: c.label, to: c.to }));
    }
    const stepsHere = sop.steps.map((_, i) => i).filter((i) => pageOf[i] === pg);
    for (const i of stepsHere) {
      rowBoxes[i] = { top: y, bottom: y - ROW_H };
      y -= ROW_H;
      ys.push(y);
    }
    // Outgoing off-page connectors: edges to a later page.
    const outgoing = sop.edges.filter((e) => e.drawn !== false && pageOf[e.from] === pg && pageOf[e.to]! > pg);
    const connectorBottoms: { y: number; label: string; from: number; label2?: string }[] = [];
    if (outgoing.length) {
      y -= CONNECTOR_ROW_H;
      ys.push(y);
      for (const e of outgoing) {
        const label = String.fromCharCode(65 + labelNo++);
        connectorBottoms.push({ y: y + CONNECTOR_ROW_H / 2, label, from: e.from, ...(e.label ? { label2: e.label } : {}) });
        const list = pendingIn.get(pageOf[e.to]!) ?? [];
        list.push({ label, to: e.to });
        pendingIn.set(pageOf[e.to]!, list);
      }
    }
    const bodyXs = xs.filter((_, k) => !(traits.noKegiatanRule && k === 1) && !(traits.missingRuleInBody && k === traits.missingHeaderRule[pg]));
    grid(ctx, xs, ys, () => bodyXs);
    // Cell text.
    for (const i of stepsHere) {
      const s = sop.steps[i]!;
      const { top: t, bottom: b } = rowBoxes[i]!;
      const x = (kind: ColumnKind) => [xs[cols.at(kind)]!, xs[cols.at(kind) + 1]!] as const;
      cellText(ctx, s.no, ...x('no'), t, b, true);
      cellText(ctx, s.kegiatan, ...x('kegiatan'), t, b);
      cellText(ctx, s.kelengkapan, ...x('kelengkapan'), t, b);
      cellText(ctx, s.waktu, ...x('waktu'), t, b);
      cellText(ctx, s.output, ...x('output'), t, b);
      cellText(ctx, s.keterangan, ...x('ket'), t, b);
    }
    const area = { x0: cols.actorCols[0], x1: cols.actorCols[1], y0: y, y1: top };
    if (rasterOn(pg)) {
      page.drawImage(image, { x: area.x0 + 1, y: area.y0 + 1, width: area.x1 - area.x0 - 2, height: area.y1 - area.y0 - 2 });
    } else {
      const dims = (i: number, k = 0): [number, number] => sop.steps[i]!.size ?? DIMS[sop.steps[i]!.shapes?.[k] ?? sop.steps[i]!.shape];
      for (const i of stepsHere) {
        const s = sop.steps[i]!;
        const cy = (rowBoxes[i]!.top + rowBoxes[i]!.bottom) / 2;
        centres[i] = s.actors.map((a) => ({ x: cols.actorX(a), y: cy, page: pg }));
        s.actors.forEach((a, k) => symbol(ctx, s.shapes?.[k] ?? s.shape, cols.actorX(a), cy, undefined, s.size));
        // A joint step: its symbols joined by a line (or by an arrow drawn inside the row).
        if (s.actors.length > 1) {
          const xsA = s.actors.map((a, k) => ({ x: cols.actorX(a), w: dims(i, k)[0] })).sort((a, b) => a.x - b.x);
          for (let k = 1; k < xsA.length; k++) connector(ctx, [[xsA[k - 1]!.x + xsA[k - 1]!.w / 2, cy], [xsA[k]!.x - xsA[k]!.w / 2, cy]], s.rowArrow === true);
        }
      }
      let lane = 0;
      const laneX = () => area.x1 - 6 - 5 * lane++;
      const small = 6;
      const labelText = (label: string, x: number, y: number) => ctx.page.drawText(label, { x, y, size: small, font });
      const drawEdge = (fromPt: { x: number; y: number }, fromShape: Shape | 'offpage', fromSize: [number, number], toPt: { x: number; y: number }, toSize: [number, number], label?: string) => {
        const [fw, fh] = fromSize;
        const [tw, th] = toSize;
        // Exits of a diamond may start short of its vertex.
        const gap = fromShape === 'decision' ? traits.exitGap : 0;
        const beside = fromShape === 'decision' && traits.branchLabels === 'vertex';
        const lw = label ? font.widthOfTextAtSize(label, small) : 0;
        if (toPt.y < fromPt.y) {
          // Downwards: out of the bottom, along, into the top.
          const start: Pt = [fromPt.x, fromPt.y - fh / 2 - gap];
          const entry = toPt.y + th / 2;
          const pts: Pt[] = toPt.x === fromPt.x ? [start, [toPt.x, entry]] : [start, [fromPt.x, entry + 6], [toPt.x, entry + 6], [toPt.x, entry]];
          connector(ctx, pts);
          // Beside the bottom vertex: left of it, inside the diamond's bounding box, outside the diamond.
          if (label && beside) labelText(label, fromPt.x - (fw / 2) * (5.7 / (fh / 2)) - 0.6 - lw, fromPt.y - fh / 2 + 1.2);
          else if (label) labelText(label, fromPt.x + 3, start[1] - 7);
        } else {
          // Upwards (a loop back): out of the right, up a lane, into the right side.
          const start: Pt = [fromPt.x + fw / 2 + gap, fromPt.y];
          const x = laneX();
          connector(ctx, [start, [x, fromPt.y], [x, toPt.y], [toPt.x + tw / 2, toPt.y]]);
          // Beside the right vertex: above it, its left end outside the diamond.
          if (label && beside) labelText(label, fromPt.x + fw / 2 - lw, fromPt.y + (fh * lw) / fw + 0.8 + 1.2);
          else if (label) labelText(label, start[0] + 2, fromPt.y + 2);
        }
      };
      for (const e of sop.edges) {
        if (e.drawn === false || pageOf[e.from] !== pg || pageOf[e.to] !== pg) continue;
        const from = centres[e.from]![0]!, to = centres[e.to]![0]!;
        drawEdge(from, sop.steps[e.from]!.shapes?.[0] ?? sop.steps[e.from]!.shape, dims(e.from), to, dims(e.to), e.label);
      }
      for (const c of connectorBottoms) {
        const from = centres[c.from]![0]!;
        const at = { x: from.x, y: c.y };
        symbol(ctx, 'offpage', at.x, at.y, c.label);
        drawEdge(from, sop.steps[c.from]!.shapes?.[0] ?? sop.steps[c.from]!.shape, dims(c.from), at, DIMS.offpage, c.label2);
      }
      for (const c of connectorTops) {
        const to = centres[c.to]![0]!;
        const at = { x: to.x, y: c.y };
        symbol(ctx, 'offpage', at.x, at.y, c.label);
        drawEdge(at, 'offpage', DIMS.offpage, to, dims(c.to));
      }
    }
    end(ctx);
  }
  for (const ctx of ctxs) esign(ctx);
  if (traits.scannedPage) {
    const page = doc.addPage(PAGE);
    page.drawImage(image, { x: 20, y: 20, width: 800, height: 555 });
  }
  return doc.save();
}

function esign(ctx: Ctx) {
  if (!ctx.traits.esign) return;
  ctx.page.drawImage(ctx.image, { x: 11.3, y: 11.3, width: 34.1, height: 34.1 });
  ctx.page.drawText('* Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE', { x: 48.2, y: 20.9, size: 6, font: ctx.font });
  ctx.page.drawText('* Pindai kode QR di samping untuk menampilkan file asli', { x: 48.2, y: 15.2, size: 6, font: ctx.font });
}
// ---- the trait set -------------------------------------------------------------------------------

export const BASE_SOP: FixtureSop = {
  kop: ['BADAN PUSAT STATISTIK', 'PROVINSI CONTOH', 'TIM STATISTIK SOSIAL'],
  nomor: 'SOP-012/17000/2025',
  nama: 'Pengolahan Data Survei Sosial',
  tanggal: { pembuatan: '2 Januari 2025', revisi: '-', efektif: '15 Januari 2025' },
  disahkan: ['Kepala BPS Provinsi Contoh', 'Budi Santoso', 'NIP. 19700101 199003 1 002'],
  boxes: [
    { label: 'DASAR HUKUM :', items: ['Undang-Undang Nomor 16 Tahun 1997 tentang Statistik', 'Peraturan BPS Nomor 5 Tahun 2020'] },
    { label: 'KETERKAITAN :', items: ['SOP Pencacahan Lapangan'] },
    { label: 'PERINGATAN :', items: ['Data yang tidak diperiksa dapat menyesatkan'] },
    { label: 'KUALIFIKASI PELAKSANA :', items: ['Memahami konsep dan definisi survei'] },
    { label: 'PERALATAN/PERLENGKAPAN :', items: ['Komputer', 'Aplikasi pengolahan'] },
    { label: 'PENCATATAN DAN PENDATAAN :', items: ['Laporan progres pengolahan'] },
  ],
  actors: ['Ketua Tim', 'Operator Pengolahan', 'Kepala Bagian Umum'],
  steps: [
    { no: '1', kegiatan: 'Menerima dokumen hasil pencacahan dari lapangan', actors: [0], shape: 'terminator', kelengkapan: 'Dokumen survei', waktu: '1 hari kerja', output: 'Dokumen diterima' },
    { no: '2', kegiatan: 'Melakukan entri data dokumen ke aplikasi pengolahan', actors: [1], shape: 'process', kelengkapan: 'Dokumen diterima', waktu: '3 hari kerja', output: 'Raw Data' },
    { no: '3', kegiatan: 'Memeriksa kelengkapan dan konsistensi isian data', actors: [0], shape: 'decision', kelengkapan: 'Raw Data', waktu: '1 jam', output: 'Data diperiksa' },
    { no: '4', kegiatan: 'Menyusun tabel hasil bersama-sama', actors: [1, 2], shape: 'process', kelengkapan: 'Data bersih', waktu: '2 Minggu', output: 'Tabel hasil' },
    { no: '5', kegiatan: 'Menyampaikan tabel hasil kepada pimpinan', actors: [2], shape: 'terminator', kelengkapan: 'Tabel hasil', waktu: 'Sesuai kebutuhan', output: 'Laporan' },
  ],
  edges: [
    { from: 0, to: 1 },
    { from: 1, to: 2 },
    { from: 2, to: 3, label: 'Ya' },
    { from: 2, to: 1, label: 'Tidak' },
    { from: 3, to: 4 },
  ],
};

/** A longer SOP: continuation pages, a loop without a diamond, Y/T labels, a mid-table end. */
export const LONG_SOP: FixtureSop = {
  ...BASE_SOP,
  nama: 'Pengadaan Barang Melalui E-Katalog',
  efektifLabel: 'Tanggal Pengesahan',
  tanggal: { pembuatan: '31-9-2023', revisi: '-', efektif: 'Oktober 2023' },
  actors: ['PPK', 'Pejabat Pengadaan', 'Penyedia', 'Bendahara'],
  steps: [
    { no: '1.', kegiatan: 'Menyusun rencana kebutuhan barang', actors: [0], shape: 'terminator', waktu: '1 Minggu', output: 'Rencana kebutuhan' },
    { no: '2.', kegiatan: 'Memilih produk di katalog elektronik', actors: [1], shape: 'process', waktu: '3 Hari', output: 'Daftar produk' },
    { no: '3.', kegiatan: 'Menegosiasikan harga dengan penyedia', actors: [1], shape: 'process', waktu: '1 - 10 Hari', output: 'Berita acara negosiasi' },
    { no: '4.', kegiatan: 'Harga sesuai anggaran?', actors: [0], shape: 'decision', waktu: '1 jam', output: 'Keputusan' },
    { no: '5.', kegiatan: 'Menerbitkan surat pesanan', actors: [0], shape: 'process', waktu: '1 Hari', output: 'Surat pesanan' },
    // Printed without a number (as some rows are).
    { no: '', kegiatan: 'Mengirim barang sesuai pesanan', actors: [2], shape: 'process', waktu: 'Sesuai masa kontrak', output: 'Barang' },
    { no: '7.', kegiatan: 'Memeriksa barang; bila rusak penyedia mengganti', actors: [1], shape: 'process', waktu: '5-10 menit', output: 'Berita acara pemeriksaan' },
    { no: '8.', kegiatan: 'Membayar tagihan penyedia', actors: [3], shape: 'terminator', waktu: '3 Hari', output: 'Bukti bayar' },
  ],
  edges: [
    { from: 0, to: 1 },
    { from: 1, to: 2 },
    { from: 2, to: 3 },
    { from: 3, to: 4, label: 'Y' },
    { from: 3, to: 2, label: 'T' },
    { from: 4, to: 5 },
    { from: 5, to: 6 },
    { from: 6, to: 5 },
    { from: 6, to: 7 },
  ],
};

/** The one-page statistics template's identity and boxes: a long name, the signer under the signature, long box items, an extra row. */
export const STATISTICS_SOP: FixtureSop = {
  ...BASE_SOP,
  nomor: 'SOP-021/17000/2025',
  nama: 'Penyusunan dan Penerbitan Publikasi Daerah Dalam Angka Tahunan',
  disahkan: ['Kepala Badan Pusat Statistik Provinsi Contoh', 'Dr. Budi Santoso, S.Si., M.Si.', 'NIP. 19700101 199003 1 002'],
  boxes: [
    { label: 'DASAR HUKUM :', items: ['Undang-Undang Nomor 16 Tahun 1997 tentang Statistik', 'Peraturan Pemerintah Nomor 51 Tahun 1999 tentang Penyelenggaraan Statistik sebagaimana telah diubah terakhir dengan peraturan yang berlaku', 'Peraturan Badan Pusat Statistik Nomor 5 Tahun 2020'] },
    { label: 'KETERKAITAN :', items: ['SOP Pengumpulan Data Lapangan Survei Sosial Ekonomi Nasional Tahunan', 'SOP Pengolahan Data Survei Sosial'] },
    { label: 'PERINGATAN :', items: ['Publikasi yang terlambat terbit mengurangi manfaat data bagi para pengguna data', 'Angka yang salah harus dikoreksi dan diumumkan kembali sesuai ketentuan yang berlaku menurut prosedur-prosedur ralat'] },
    { label: 'KUALIFIKASI PELAKSANA :', items: ['Memahami konsep dan definisi statistik daerah serta kaidah penulisan publikasi', 'Mampu mengoperasikan aplikasi pengolah naskah'] },
    { label: 'PERALATAN/PERLENGKAPAN :', items: ['Komputer', 'Aplikasi pengolah naskah publikasi'] },
    { label: 'PENCATATAN DAN PENDATAAN :', items: ['Arsip naskah publikasi dan lembar persetujuan rilis', 'Daftar distribusi publikasi'] },
  ],
  extraRows: [{ label: 'Maksud dan Tujuan:', text: 'SOP ini disusun sebagai pedoman penyusunan publikasi agar terbit tepat waktu, seragam, dan dapat dipertanggungjawabkan kepada pengguna data.' }],
};

/** A Peringatan sentence holding the whole words "waktu" and "output" on one line, above the real header. */
export const WARNING_SOP: FixtureSop = {
  ...STATISTICS_SOP,
  nama: 'Pengolahan Data Survei Harga Konsumen',
  boxes: STATISTICS_SOP.boxes.map((b) => (b.label.startsWith('PERINGATAN') ? { ...b, items: ['Perhatikan waktu dan output tiap tahap'] } : b)),
  extraRows: [],
};

/** The "Uraian Prosedur" family: long activities, justified, so that each row holds several lines. */
export const URAIAN_SOP: FixtureSop = {
  ...BASE_SOP,
  nama: 'Pelayanan Permintaan Data Statistik',
  steps: [
    { no: '1', kegiatan: 'Pengguna layanan mengisi buku tamu dan menyampaikan kebutuhan data kepada petugas pelayanan', actors: [0], shape: 'terminator', kelengkapan: 'Buku tamu', waktu: '5 menit', output: 'Buku tamu terisi' },
    { no: '2', kegiatan: 'Petugas mencari data yang diminta pada publikasi dan basis data yang tersedia di kantor', actors: [1], shape: 'process', kelengkapan: 'Formulir permintaan', waktu: '10 menit', output: 'Data ditemukan' },
    { no: '3', kegiatan: 'Petugas memeriksa apakah data yang diminta sudah tersedia dalam bentuk yang sesuai', actors: [1], shape: 'decision', kelengkapan: 'Data', waktu: '5 menit', output: 'Hasil periksa' },
    { no: '4', kegiatan: 'Petugas menyiapkan data sesuai permintaan dan mencatatnya dalam daftar layanan harian', actors: [1, 2], shape: 'process', kelengkapan: 'Data', waktu: '1 jam', output: 'Data siap' },
    { no: '5', kegiatan: 'Pengguna layanan menerima data dan mengisi survei kebutuhan data sebelum meninggalkan kantor', actors: [0], shape: 'terminator', kelengkapan: 'Data siap', waktu: '5 menit', output: 'Survei terisi' },
  ],
};

/** A decision drawn without its exits. */
export const LOST_EXITS_SOP: FixtureSop = {
  ...BASE_SOP,
  nama: 'Pemeriksaan Dokumen Tanpa Panah',
  edges: BASE_SOP.edges.map((e) => (e.from === 2 ? { ...e, drawn: false } : e)),
};

/**
 * What the SOP model cannot hold yet (issue 24): a joint row whose actors draw different symbols
 * joined by an arrow inside the row, and a diamond whose two exits carry no label.
 */
export const MODEL_LIMITS_SOP: FixtureSop = {
  ...BASE_SOP,
  nama: 'Penyusunan Tabel Bersama',
  steps: BASE_SOP.steps.map((s, i) => (i === 3 ? { ...s, shapes: ['terminator', 'process'], rowArrow: true } : s)),
  edges: BASE_SOP.edges.map((e) => (e.from === 2 ? { from: e.from, to: e.to } : e)),
};

export const TRAIT_SET: { name: string; sop: FixtureSop; traits: Partial<Traits> }[] = [
  { name: 'r-curves', sop: BASE_SOP, traits: { rules: 'R', terminator: 'curves' } },
  { name: 'p-rings', sop: BASE_SOP, traits: { rules: 'P', terminator: 'flattened' } },
  { name: 'c-cells', sop: BASE_SOP, traits: { rules: 'C', terminator: 'flattened' } },
  { name: 'fragments-column-numbers', sop: BASE_SOP, traits: { rules: 'R', fragments: true, columnNumbers: true } },
  { name: 'continuation', sop: LONG_SOP, traits: { rules: 'R', rowsPerPage: [4, 4], tableOnPage1: false } },
  { name: 'continuation-p', sop: LONG_SOP, traits: { rules: 'P', terminator: 'flattened', rowsPerPage: [5, 3] } },
  { name: 'raster-flow', sop: BASE_SOP, traits: { rasterFlow: true } },
  // The anatomy's §7, one variant each.
  { name: 'ruled-identity', sop: STATISTICS_SOP, traits: { identity: 'ruled', rowsPerPage: [3, 2] } },
  { name: 'ruled-identity-signer-centred', sop: STATISTICS_SOP, traits: { identity: 'ruled', signerLabelCentred: true, rules: 'P', terminator: 'flattened', rowsPerPage: [3, 2] } },
  { name: 'warning-mentions-header-words', sop: WARNING_SOP, traits: { identity: 'ruled', rowsPerPage: [3, 2] } },
  { name: 'output-before-waktu', sop: BASE_SOP, traits: { mutuBaku: 'kelengkapan-output-waktu' } },
  { name: 'header-words-apart', sop: BASE_SOP, traits: { headerSkew: 6.2, rules: 'P', terminator: 'flattened' } },
  { name: 'header-without-rules', sop: BASE_SOP, traits: { headerRules: 'outer-left' } },
  { name: 'picture-table', sop: BASE_SOP, traits: { pictureTable: true } },
  { name: 'uraian-prosedur-justified', sop: URAIAN_SOP, traits: { header: 'uraian-prosedur', justified: true } },
  { name: 'actor-name-wrapped', sop: { ...BASE_SOP, actors: ['Ketua Tim', 'Penanggungjawab dan Pengolah Data', 'Kepala Bagian Umum'] }, traits: {} },
  { name: 'header-rules-missing', sop: LONG_SOP, traits: { rowsPerPage: [4, 4], repeatHeader: true, columnNumbers: true, missingHeaderRule: [3, 4] } },
  { name: 'column-rules-missing', sop: LONG_SOP, traits: { rowsPerPage: [4, 4], repeatHeader: true, missingHeaderRule: [3, 4], missingRuleInBody: true } },
  { name: 'raster-flow-one-page', sop: LONG_SOP, traits: { rowsPerPage: [4, 4], tableOnPage1: false, rasterFlow: [1] } },
  { name: 'open-arrowheads', sop: LONG_SOP, traits: { rowsPerPage: [4, 4], tableOnPage1: false, arrowheads: 'open', exitGap: 3, branchLabels: 'vertex' } },
  { name: 'decision-without-exits', sop: LOST_EXITS_SOP, traits: {} },
  { name: 'connector-blob', sop: BASE_SOP, traits: { connectorBlob: true } },
  { name: 'tall-terminator', sop: { ...BASE_SOP, steps: BASE_SOP.steps.map((s, i) => (i === 0 ? { ...s, size: [34, 31] as [number, number] } : s)) }, traits: {} },
  { name: 'model-limits', sop: MODEL_LIMITS_SOP, traits: {} },
];

/** Tables the importer must refuse rather than publish: what it would read is no SOP. */
export const GARBAGE_SET: { name: string; sop: FixtureSop; traits: Partial<Traits> }[] = [
  // No and Kegiatan in one cell: the column read as Kegiatan is the first actor's, empty in every row.
  { name: 'no-and-kegiatan-merged', sop: URAIAN_SOP, traits: { header: 'uraian-prosedur', headerRules: 'outer-left', noKegiatanRule: true, justified: true } },
  // Rows holding numbers only.
  { name: 'numbers-only', sop: { ...BASE_SOP, steps: BASE_SOP.steps.map((s, i) => ({ no: s.no, kegiatan: String(i + 10), actors: s.actors, shape: s.shape, waktu: String(i + 1) })) }, traits: {} },
];

/** The 0-based table page of each step, as makeSopPdf lays them out. */
function tablePageOf(sop: FixtureSop, rowsPerPage: readonly number[]): number[] {
  const out: number[] = [];
  let p = 0, used = 0;
  sop.steps.forEach(() => {
    if (used >= (rowsPerPage[p] ?? 99)) (p++, (used = 0));
    out.push(p);
    used++;
  });
  return out;
}

const YES = /^(ya|y)$/i;
const NO = /^(tidak|t)$/i;

/**
 * The frontmatter an import of this fixture should give, in the seeds' terms (for compareSops): actors
 * where the drawing is vector, a decision where two or more exits are drawn (Y/T read as Ya/Tidak,
 * unlabelled exits kept without a label), one labelled exit as a labelled lanjut.
 */
export function expectedFrontmatter(sop: FixtureSop, traitsIn: Partial<Traits> = {}): Record<string, unknown> {
  const traits = { ...DEFAULT_TRAITS, ...traitsIn };
  const pages = tablePageOf(sop, traits.rowsPerPage);
  const raster = (i: number) => (Array.isArray(traits.rasterFlow) ? traits.rasterFlow.includes(pages[i]!) : traits.rasterFlow);
  const ids = sop.actors.map((a) => a.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
  const langkah = sop.steps.map((s, i) => {
    const out: Record<string, unknown> = { id: `s${i}`, kegiatan: s.kegiatan, waktu: s.waktu };
    if (!raster(i)) out.pelaksana = s.actors.map((a) => ids[a]);
    // Exits the drawing shows: drawn, and leading to a page whose drawing is vector.
    const exits = sop.edges.filter((e) => e.from === i && e.drawn !== false && !raster(e.to));
    if (s.shape === 'decision' && !raster(i) && exits.length) {
      // As the importer writes a diamond's exits: Y/T in the short form (a lone "T" beside an
      // unlabelled exit to the next row too), two or more others as branches with their printed
      // labels or none, one labelled exit as a labelled lanjut; never a question the diamond does not print.
      const yes = exits.filter((e) => e.label && YES.test(e.label));
      const no = exits.filter((e) => e.label && NO.test(e.label));
      const unlabelled = exits.filter((e) => !e.label);
      const shortForm = no.length === 1 && yes.length <= 1 && yes.length + no.length + unlabelled.length === exits.length &&
        ((yes.length === 1 && unlabelled.length === 0) || (yes.length === 0 && (unlabelled.length === 0 || (unlabelled.length === 1 && unlabelled[0]!.to === i + 1)) && i < sop.steps.length - 1));
      if (shortForm) out.keputusan = { ...(yes[0] ? { ya: `s${yes[0].to}` } : {}), tidak: `s${no[0]!.to}` };
      else if (exits.length >= 2) out.keputusan = { cabang: exits.map((e) => ({ ...(e.label && { label: e.label }), ke: `s${e.to}` })) };
      else if (exits[0]!.label && !NO.test(exits[0]!.label)) out.lanjut = { ke: `s${exits[0]!.to}`, label: exits[0]!.label };
    }
    return out;
  });
  return { pelaksana: sop.actors.map((nama, i) => ({ id: ids[i], nama })), langkah };
}
