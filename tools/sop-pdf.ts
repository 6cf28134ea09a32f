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
 * `npm run fixture-pdfs -- OUTDIR [COUNT]` writes the trait set (and COUNT varied documents) to
 * OUTDIR, for `npm run impor` and the benchmark (scripts/fixture-pdfs.ts).
 */
import {
  PDFDocument,
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
  kelengkapan?: string;
  waktu?: string;
  output?: string;
  keterangan?: string;
}

export interface FixtureEdge {
  from: number;
  to: number;
  label?: string;
}

export interface FixtureSop {
  kop: string[];
  nomor: string;
  nama: string;
  tanggal: { pembuatan: string; revisi: string; efektif: string };
  /** Label printed for the effective date ("Tanggal Efektif" or "Tanggal Pengesahan"). */
  efektifLabel?: string;
  disahkan: string[];
  boxes: { label: string; items: string[] }[];
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
  /** The actor columns drawn as one picture: no symbols, no arrows in the drawing. */
  rasterFlow: boolean;
  /** A trailing page that is one picture with no text. */
  scannedPage: boolean;
  esign: boolean;
  /** Page-wide transform (like a form XObject's matrix). */
  transform: boolean;
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

/** Wraps text to a width; returns the lines. */
function wrap(font: PDFFont, str: string, width: number, size = BODY): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of str.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
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
  for (const l of lines) {
    const w = ctx.font.widthOfTextAtSize(l, BODY);
    text(ctx, l, centre ? (x0 + x1) / 2 - w / 2 : x0 + 3, y);
    y -= pitch;
  }
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

function outline(shape: Shape | 'offpage', cx: number, cy: number, grow = 0, flattened = false): { pts: Pt[]; curves?: Pt[][] } {
  const [w0, h0] = DIMS[shape];
  const w = w0 + 2 * grow, h = h0 + 2 * grow;
  const l = cx - w / 2, r = cx + w / 2, b = cy - h / 2, t = cy + h / 2;
  if (shape === 'process') return { pts: [[l, b], [r, b], [r, t], [l, t]] };
  if (shape === 'decision') return { pts: [[cx, b], [r, cy], [cx, t], [l, cy]] };
  if (shape === 'offpage') return { pts: [[l, t], [r, t], [r, b + h * 0.4], [cx, b], [l, b + h * 0.4]] };
  // Terminator: a rounded rectangle; radius h/2.
  const rad = h / 2;
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
  return {
    pts: [[l + rad, b]],
    curves: [
      [[r - rad, b]],
      [[r - rad + k, b], [r, cy - k], [r, cy]],
      [[r, cy + k], [r - rad + k, t], [r - rad, t]],
      [[l + rad, t]],
      [[l + rad - k, t], [l, cy + k], [l, cy]],
      [[l, cy - k], [l + rad - k, b], [l + rad, b]],
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

function symbol(ctx: Ctx, shape: Shape | 'offpage', cx: number, cy: number, label?: string) {
  const flattened = ctx.traits.terminator === 'flattened';
  if (ctx.traits.rules === 'P') {
    // A filled ring: the outline and an inner outline 0.5 pt inside, one even-odd fill.
    const outer = outline(shape, cx, cy, 0, true);
    const inner = outline(shape, cx, cy, -0.5, true);
    ctx.page.pushOperators(pushGraphicsState(), setFillingRgbColor(0, 0, 0), ...pathOps(outer), ...pathOps(inner), eoFill(), popGraphicsState());
  } else {
    const o = outline(shape, cx, cy, 0, flattened);
    ctx.page.pushOperators(
      pushGraphicsState(), setFillingRgbColor(1, 1, 1), ...pathOps(o), eoFill(),
      setStrokingRgbColor(0, 0, 0), setLineWidth(ctx.traits.rules === 'C' ? 0.22 : 0.75), ...pathOps(o), stroke(), popGraphicsState(),
    );
  }
  if (label) ctx.page.drawText(label, { x: cx - ctx.font.widthOfTextAtSize(label, 6) / 2, y: cy - 0.5, size: 6, font: ctx.font });
}

/** A polyline connector with an arrowhead at its last point. */
function connector(ctx: Ctx, pts: Pt[], arrow = true) {
  const end = pts[pts.length - 1]!, before = pts[pts.length - 2]!;
  const dx = Math.sign(end[0] - before[0]), dy = Math.sign(end[1] - before[1]);
  const s = 4;
  const shaftEnd: Pt = arrow ? [end[0] - dx * s, end[1] - dy * s] : end;
  const line = [...pts.slice(0, -1), shaftEnd];
  const tri: Pt[] = [end, [end[0] - dx * s - dy * s / 2, end[1] - dy * s - dx * s / 2], [end[0] - dx * s + dy * s / 2, end[1] - dy * s + dx * s / 2]];
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
    if (arrow) ops.push(moveTo(tri[0]![0], tri[0]![1]), lineTo(tri[1]![0], tri[1]![1]), lineTo(tri[2]![0], tri[2]![1]), closePath());
    ops.push(fill(), popGraphicsState());
    ctx.page.pushOperators(...ops);
    return;
  }
  const ops = [pushGraphicsState(), setStrokingRgbColor(0, 0, 0), setLineWidth(0.7), moveTo(line[0]![0], line[0]![1])];
  for (const p of line.slice(1)) ops.push(lineTo(p[0], p[1]));
  ops.push(stroke());
  if (arrow) ops.push(setFillingRgbColor(0, 0, 0), moveTo(tri[0]![0], tri[0]![1]), lineTo(tri[1]![0], tri[1]![1]), lineTo(tri[2]![0], tri[2]![1]), closePath(), fill());
  ops.push(popGraphicsState());
  ctx.page.pushOperators(...ops);
}

// ---- the document -----------------------------------------------------------------------------

interface Columns {
  xs: number[];
  actorX: (i: number) => number;
  actorCols: [number, number];
}

function columns(actors: number): Columns {
  const widths = [W.no, W.kegiatan, ...Array(actors).fill(W.actor), W.kelengkapan, W.waktu, W.output, W.ket];
  const xs = [X0];
  for (const w of widths) xs.push(xs[xs.length - 1]! + w);
  return { xs, actorX: (i) => (xs[2 + i]! + xs[3 + i]!) / 2, actorCols: [xs[2]!, xs[2 + actors]!] };
}

function header(ctx: Ctx, sop: FixtureSop, cols: Columns, top: number): number {
  const { xs } = cols;
  const n = sop.actors.length;
  const groupBottom = top - 12;
  const bottom = top - 40;
  // Group row: Pelaksana over the actors, Mutu Baku over three columns; the rest span both rows.
  const spanning = [0, 1, xs.length - 2];
  if (ctx.traits.rules === 'C') {
    for (const i of spanning) cell(ctx, xs[i]!, bottom, xs[i + 1]!, top);
    cell(ctx, xs[2]!, groupBottom, xs[2 + n]!, top);
    cell(ctx, xs[2 + n]!, groupBottom, xs[5 + n]!, top);
    for (let i = 2; i < 5 + n; i++) cell(ctx, xs[i]!, bottom, xs[i + 1]!, groupBottom);
  } else {
    hRule(ctx, top, xs, true);
    hRule(ctx, groupBottom, xs.slice(2, 6 + n));
    hRule(ctx, bottom, xs, true);
    xs.forEach((x, i) => {
      // Inside the two groups the rules stop under the group row.
      const full = i <= 2 || i >= xs.length - 2 || i === 2 + n;
      vRule(ctx, x, bottom, full ? top : groupBottom, i === 0 || i === xs.length - 1);
    });
  }
  const mid = (i: number) => (xs[i]! + xs[i + 1]!) / 2;
  const centred = (s: string, x: number, y: number) => text(ctx, s, x - ctx.bold.widthOfTextAtSize(s, BODY) / 2, y, BODY, ctx.bold);
  centred('No', mid(0), (top + bottom) / 2 - 2);
  centred('Kegiatan', mid(1), (top + bottom) / 2 - 2);
  centred('Pelaksana', (xs[2]! + xs[2 + n]!) / 2, top - 9);
  centred('Mutu Baku', (xs[2 + n]! + xs[5 + n]!) / 2, top - 9);
  sop.actors.forEach((a, i) => {
    const lines = wrap(ctx.bold, a, W.actor - 6);
    let y = (groupBottom + bottom) / 2 + ((lines.length - 1) * 8.4) / 2 - 2;
    for (const l of lines) {
      centred(l, mid(2 + i), y);
      y -= 8.4;
    }
  });
  centred('Kelengkapan', mid(2 + n), (groupBottom + bottom) / 2 - 2);
  centred('Waktu', mid(3 + n), (groupBottom + bottom) / 2 - 2);
  centred('Output', mid(4 + n), (groupBottom + bottom) / 2 - 2);
  centred('Keterangan', mid(5 + n), (top + bottom) / 2 - 2);
  if (ctx.traits.columnNumbers) {
    const rowBottom = bottom - 10;
    grid(ctx, xs, [bottom, rowBottom]);
    for (let i = 0; i < xs.length - 1; i++) centred(`(${i + 1})`, mid(i), rowBottom + 3);
    return rowBottom;
  }
  return bottom;
}

function identity(ctx: Ctx, sop: FixtureSop): number {
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
    let by = boxTop - (i % half) * 0;
    // Boxes stack per column.
    const before = sop.boxes.slice(i < half ? 0 : half, i).reduce((s, b) => s + 14 + b.items.length * 9, 0);
    by = boxTop - before;
    text(ctx, box.label, x, by, 8, bold);
    box.items.forEach((item, k) => text(ctx, `${k + 1}. ${item}`, x + 4, by - 10 - k * 9, BODY, font));
    bottomMost = Math.min(bottomMost, by - 10 - box.items.length * 9);
  });
  return bottomMost - 14;
}

export async function makeSopPdf(sop: FixtureSop, traitsIn: Partial<Traits> = {}): Promise<Uint8Array> {
  const traits = { ...DEFAULT_TRAITS, ...traitsIn };
  const doc = await PDFDocument.create();
  doc.setProducer('sop-pdf fixture');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const image = await doc.embedPng(PNG);
  const cols = columns(sop.actors.length);
  const { xs } = cols;
  const n = sop.actors.length;

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

  if (!traits.tableOnPage1) {
    // Page 1 holds only the identity and the boxes; the table starts on page 2.
    const page = doc.addPage(PAGE);
    const ctx: Ctx = { page, font, bold, image, traits };
    ctxs.push(ctx);
    if (traits.transform) page.pushOperators(pushGraphicsState(), concatTransformationMatrix(0.98, 0, 0, 0.98, 8, 6));
    identity(ctx, sop);
    if (traits.transform) page.pushOperators(popGraphicsState());
  }
  for (let pg = 0; pg < pageCount; pg++) {
    const page = doc.addPage(PAGE);
    const ctx: Ctx = { page, font, bold, image, traits };
    ctxs.push(ctx);
    if (traits.transform) page.pushOperators(pushGraphicsState(), concatTransformationMatrix(0.98, 0, 0, 0.98, 8, 6));
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
    const outgoing = sop.edges.filter((e) => pageOf[e.from] === pg && pageOf[e.to]! > pg);
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
    grid(ctx, xs, ys);
    // Cell text.
    for (const i of stepsHere) {
      const s = sop.steps[i]!;
      const { top: t, bottom: b } = rowBoxes[i]!;
      cellText(ctx, s.no, xs[0]!, xs[1]!, t, b, true);
      cellText(ctx, s.kegiatan, xs[1]!, xs[2]!, t, b);
      cellText(ctx, s.kelengkapan, xs[2 + n]!, xs[3 + n]!, t, b);
      cellText(ctx, s.waktu, xs[3 + n]!, xs[4 + n]!, t, b);
      cellText(ctx, s.output, xs[4 + n]!, xs[5 + n]!, t, b);
      cellText(ctx, s.keterangan, xs[5 + n]!, xs[6 + n]!, t, b);
    }
    const area = { x0: cols.actorCols[0], x1: cols.actorCols[1], y0: y, y1: top };
    if (traits.rasterFlow) {
      page.drawImage(image, { x: area.x0 + 1, y: area.y0 + 1, width: area.x1 - area.x0 - 2, height: area.y1 - area.y0 - 2 });
    } else {
      for (const i of stepsHere) {
        const s = sop.steps[i]!;
        const cy = (rowBoxes[i]!.top + rowBoxes[i]!.bottom) / 2;
        centres[i] = s.actors.map((a) => ({ x: cols.actorX(a), y: cy, page: pg }));
        s.actors.forEach((a) => symbol(ctx, s.shape, cols.actorX(a), cy));
        // A joint step: its symbols joined by a line.
        if (s.actors.length > 1) {
          const [w] = DIMS[s.shape];
          const xsA = s.actors.map((a) => cols.actorX(a)).sort((a, b) => a - b);
          for (let k = 1; k < xsA.length; k++) connector(ctx, [[xsA[k - 1]! + w / 2, cy], [xsA[k]! - w / 2, cy]], false);
        }
      }
      let lane = 0;
      const laneX = () => area.x1 - 6 - 5 * lane++;
      const drawEdge = (fromPt: { x: number; y: number }, fromShape: Shape | 'offpage', toPt: { x: number; y: number }, toShape: Shape | 'offpage', label?: string) => {
        const [, fh] = DIMS[fromShape];
        const [tw, th] = DIMS[toShape];
        const [fw] = DIMS[fromShape];
        if (toPt.y < fromPt.y) {
          // Downwards: out of the bottom, along, into the top.
          const start: Pt = [fromPt.x, fromPt.y - fh / 2];
          const entry = toPt.y + th / 2;
          const pts: Pt[] = toPt.x === fromPt.x ? [start, [toPt.x, entry]] : [start, [fromPt.x, entry + 6], [toPt.x, entry + 6], [toPt.x, entry]];
          connector(ctx, pts);
          if (label) ctx.page.drawText(label, { x: fromPt.x + 3, y: start[1] - 7, size: 6, font });
        } else {
          // Upwards (a loop back): out of the right, up a lane, into the right side.
          const start: Pt = [fromPt.x + fw / 2, fromPt.y];
          const x = laneX();
          connector(ctx, [start, [x, fromPt.y], [x, toPt.y], [toPt.x + tw / 2, toPt.y]]);
          if (label) ctx.page.drawText(label, { x: start[0] + 2, y: fromPt.y + 2, size: 6, font });
        }
      };
      for (const e of sop.edges) {
        if (pageOf[e.from] !== pg || pageOf[e.to] !== pg) continue;
        const from = centres[e.from]![0]!, to = centres[e.to]![0]!;
        drawEdge(from, sop.steps[e.from]!.shape, to, sop.steps[e.to]!.shape, e.label);
      }
      for (const c of connectorBottoms) {
        const from = centres[c.from]![0]!;
        const at = { x: from.x, y: c.y };
        symbol(ctx, 'offpage', at.x, at.y, c.label);
        drawEdge(from, sop.steps[c.from]!.shape, at, 'offpage', c.label2);
      }
      for (const c of connectorTops) {
        const to = centres[c.to]![0]!;
        const at = { x: to.x, y: c.y };
        symbol(ctx, 'offpage', at.x, at.y, c.label);
        drawEdge(at, 'offpage', to, sop.steps[c.to]!.shape);
      }
    }
    if (traits.transform) page.pushOperators(popGraphicsState());
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

export const TRAIT_SET: { name: string; sop: FixtureSop; traits: Partial<Traits> }[] = [
  { name: 'r-curves', sop: BASE_SOP, traits: { rules: 'R', terminator: 'curves' } },
  { name: 'p-rings', sop: BASE_SOP, traits: { rules: 'P', terminator: 'flattened' } },
  { name: 'c-cells', sop: BASE_SOP, traits: { rules: 'C', terminator: 'flattened' } },
  { name: 'fragments-column-numbers', sop: BASE_SOP, traits: { rules: 'R', fragments: true, columnNumbers: true } },
  { name: 'continuation', sop: LONG_SOP, traits: { rules: 'R', rowsPerPage: [4, 4], tableOnPage1: false } },
  { name: 'continuation-p', sop: LONG_SOP, traits: { rules: 'P', terminator: 'flattened', rowsPerPage: [5, 3] } },
  { name: 'raster-flow', sop: BASE_SOP, traits: { rasterFlow: true } },
];

/** The frontmatter an import of this fixture should give, in the seeds' terms (for compareSops). */
export function expectedFrontmatter(sop: FixtureSop, traits: Partial<Traits> = {}): Record<string, unknown> {
  const raster = traits.rasterFlow === true;
  const ids = sop.actors.map((a) => a.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
  const langkah = sop.steps.map((s, i) => {
    const out: Record<string, unknown> = { id: `s${i}`, kegiatan: s.kegiatan, waktu: s.waktu };
    if (!raster) out.pelaksana = s.actors.map((a) => ids[a]);
    if (s.shape === 'decision' && !raster) {
      const exits = sop.edges.filter((e) => e.from === i);
      const labels = exits.map((e) => e.label ?? '');
      if (labels.every((l) => /^(ya|tidak)$/i.test(l)))
        out.keputusan = {
          pertanyaan: s.kegiatan,
          ya: `s${exits.find((e) => /^ya$/i.test(e.label!))!.to}`,
          tidak: `s${exits.find((e) => /^tidak$/i.test(e.label!))!.to}`,
        };
      else out.keputusan = { pertanyaan: s.kegiatan, cabang: exits.map((e) => ({ label: e.label, ke: `s${e.to}` })) };
    }
    return out;
  });
  return { pelaksana: sop.actors.map((nama, i) => ({ id: ids[i], nama })), langkah };
}
