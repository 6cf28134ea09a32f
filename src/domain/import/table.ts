/**
 * The SOP table of a page: the header line holding "Waktu" and "Output" (of every such pair, the one the
 * most vertical rules cross; a sentence in a box above the table is crossed by the box's few), the
 * column boundaries from the rules crossing it and from the rules of the rows under it (a header may
 * lack some, or all), the columns named by their header words whatever their order, the grid carried
 * to continuation pages that print no header, the rows from the rules across the No column, and each
 * row's cell text and symbols.
 */
import { cluster, readDrawing, rulePieces, type Drawing, type RulePieces, type VerticalPiece } from './geometry.ts';
import type { Box, PageModel } from './page.ts';
import { cellText, linesOf, wordCentre, wordsOf, isEsignFooter, type Word, type Line } from './text.ts';

export type ColumnKind = 'no' | 'activity' | 'actor' | 'gutter' | 'inputs' | 'time' | 'output' | 'notes';

export interface Column {
  x0: number;
  x1: number;
  kind: ColumnKind;
  /** Header text as printed (actor names). */
  label: string;
}

export interface Grid {
  columns: Column[];
}

export interface TableRow {
  page: number;
  box: Box;
  /** Lines per column index. */
  cells: Line[][];
  /** True for the first row under the header or at the top of a continuation page. */
  firstOnPage: boolean;
}

export interface TablePage {
  page: number;
  grid: Grid;
  /** Whether this page printed the header (false: a continuation page using the previous grid). */
  header: boolean;
  rows: TableRow[];
  drawing: Drawing;
  /** Words in the flowchart columns, outside symbols: branch labels and connector labels. */
  flowWords: Word[];
  /** The top of the table: its top rule (the header's top on a page with a header). */
  top: number;
  /** The top of the table body (below the header). */
  bodyTop: number;
  /** The bottom of the table on this page. */
  bodyBottom: number;
  /** Raster images lying over the actor columns: the flowchart is a picture there. */
  rasterFlow: boolean;
}

/** What a page holds, read once: its words (without the e-sign footer and the print's marks) and rule pieces. */
export interface PageParts {
  page: PageModel;
  words: Word[];
  rules: RulePieces;
}

export function pagePartsOf(page: PageModel): PageParts {
  return { page, words: dropInferenceMarks(wordsOf(page.texts.filter((t) => !isEsignFooter(t.str)))), rules: rulePieces(page.paths) };
}

/** The header line of a page and the column boundaries it gives: found before the columns are named. */
export interface TableFrame {
  time: Word;
  output: Word;
  /** Column boundaries, left to right. */
  bounds: number[];
  /** Boundaries of vertical rules crossing the header line itself. */
  crossing: number;
}

const HEADER_TIME = /^waktu:?$/i;
const HEADER_OUTPUT = /^output:?$/i;
/** Group-row words, not a column's name: "Pelaksana", "Mutu Baku" (and "Mutu Buku", "Pelaku"). */
const GROUP_WORDS = /^(pelaksana|pelaku|mutu|baku|buku)$/i;
const NO_HEADER = /^no\.?$/i;
const ACTIVITY_HEADER = /\b(kegiatan|aktivitas|uraian)\b/i;
const INPUTS_HEADER = /\b(kelengkapan|persyaratan|perlengkapan)\b/i;
const NOTES_HEADER = /^ket(\.|erangan)?$/i;
/** "Waktu" and "Output" of one header may stand this far apart in y (the corpus: up to 6.2 pt). */
const HEADER_PAIR_DY = 10;
/** Boundaries of one column, as the anatomy measured them (±1.6 pt). */
const BOUND_TOLERANCE = 1.6;
/** Body rows looked at for the rules a header lacks. */
const BODY_BANDS = 12;

const spans = (x0: number, x1: number, col: { x0: number; x1: number }, tol = 2) => x0 <= col.x0 + tol && x1 >= col.x1 - tol;
const midY = (w: Word) => w.y + w.size * 0.3;
const crossesY = (v: VerticalPiece, y: number) => v.y0 - 1 <= y && v.y1 + 1 >= y;

/** Merged horizontal rules that cover most of [x0, x1]: the rows' rules, not a connector or a group rule. */
function wideRules(rules: RulePieces, x0: number, x1: number, share = 0.6): number[] {
  const out: number[] = [];
  const byY = new Map<number, { x0: number; x1: number }[]>();
  for (const y of cluster(rules.horizontal.map((h) => h.y), 0.8)) byY.set(y, []);
  const keys = [...byY.keys()];
  for (const h of rules.horizontal) {
    const y = keys.reduce((best, k) => (Math.abs(k - h.y) < Math.abs(best - h.y) ? k : best), keys[0]!);
    byY.get(y)!.push({ x0: Math.max(x0, h.x0), x1: Math.min(x1, h.x1) });
  }
  for (const [y, pieces] of byY) {
    let covered = 0, end = -Infinity;
    for (const p of pieces.filter((q) => q.x1 > q.x0).sort((a, b) => a.x0 - b.x0)) {
      if (p.x1 <= end) continue;
      covered += p.x1 - Math.max(p.x0, end);
      end = p.x1;
    }
    if (covered >= share * (x1 - x0)) out.push(y);
  }
  return out.sort((a, b) => b - a);
}

/**
 * Column boundaries from the rows under a header line: vertical rules (thin fills and cell edges, not
 * open lines, which may be connectors) that run the full height of a row, in at least half of the
 * first rows; the rows end at the first one without rules (a gap before the next table or box).
 */
function bodyBounds(rules: RulePieces, headerY: number, x0: number, x1: number): number[] {
  const rows = wideRules(rules, x0 - 2, x1 + 2).filter((y) => y < headerY - 0.5);
  const seen: number[][] = [];
  for (let i = 1; i < rows.length && seen.length < BODY_BANDS; i++) {
    const top = rows[i - 1]!, bottom = rows[i]!;
    if (top - bottom < 3) continue;
    const xs = rules.vertical.filter((v) => v.kind !== 'line' && v.y0 <= bottom + 1.5 && v.y1 >= top - 1.5 && v.x >= x0 - 2 && v.x <= x1 + 2).map((v) => v.x);
    if (xs.length < 2) break;
    seen.push(cluster(xs, BOUND_TOLERANCE));
  }
  if (!seen.length) return [];
  const all = cluster(seen.flat(), BOUND_TOLERANCE);
  return all.filter((x) => seen.filter((band) => band.some((b) => Math.abs(b - x) <= BOUND_TOLERANCE)).length >= Math.max(1, Math.ceil(seen.length / 2)));
}

/** The column (index into bounds) holding x. */
const columnAt = (bounds: readonly number[], x: number) => {
  for (let i = 1; i < bounds.length; i++) if (x >= bounds[i - 1]! && x <= bounds[i]!) return i - 1;
  return -1;
};

/**
 * The page's table header and its column boundaries: every pair of whole words "Waktu" and "Output"
 * on one line (±10 pt), tried in order of the vertical rules crossing it, the first that gives a table:
 * at least five columns, "Waktu" and "Output" in columns of their own, each nearly alone on its line.
 */
export function findTableFrame({ words, rules }: PageParts): TableFrame | undefined {
  const times = words.filter((w) => HEADER_TIME.test(w.text));
  const outputs = words.filter((w) => HEADER_OUTPUT.test(w.text));
  const candidates: { time: Word; output: Word; crossing: number[] }[] = [];
  for (const time of times)
    for (const output of outputs) {
      if (Math.abs(output.y - time.y) > HEADER_PAIR_DY || output === time) continue;
      const ys = [midY(time), midY(output)];
      const crossing = cluster(rules.vertical.filter((v) => ys.some((y) => crossesY(v, y))).map((v) => v.x), BOUND_TOLERANCE);
      candidates.push({ time, output, crossing });
    }
  candidates.sort((a, b) => b.crossing.length - a.crossing.length || b.time.y - a.time.y);
  for (const c of candidates) {
    const lineY = Math.min(c.time.y, c.output.y);
    // The table's width: the rules under the header line (a table without an outer border included).
    const below = rules.horizontal.filter((h) => h.y < lineY - 1 && h.y > lineY - 60);
    const left = Math.min(...below.map((h) => h.x0), ...c.crossing);
    const right = Math.max(...below.map((h) => h.x1), ...c.crossing);
    if (!Number.isFinite(left) || right - left < 100) continue;
    let bounds = cluster([...c.crossing, ...bodyBounds(rules, lineY, left, right)], BOUND_TOLERANCE);
    if (bounds.length && left < bounds[0]! - 3) bounds = [left, ...bounds];
    if (bounds.length && right > bounds[bounds.length - 1]! + 3) bounds = [...bounds, right];
    if (bounds.length < 6) continue;
    const timeCol = columnAt(bounds, (c.time.x0 + c.time.x1) / 2);
    const outputCol = columnAt(bounds, (c.output.x0 + c.output.x1) / 2);
    if (timeCol < 0 || outputCol < 0 || timeCol === outputCol) continue;
    // A header cell holds its name, perhaps with a word or three ("Waktu (hari kerja)"); a sentence
    // that says "waktu" and "output" holds more.
    const alone = (w: Word, col: number) =>
      words.filter((o) => o !== w && Math.abs(o.y - w.y) <= 2 && columnAt(bounds, (o.x0 + o.x1) / 2) === col).length <= 3;
    if (!alone(c.time, timeCol) || !alone(c.output, outputCol)) continue;
    return { time: c.time, output: c.output, bounds, crossing: c.crossing.length };
  }
  return undefined;
}

/** Two pages print the same table when their outer edges and most of their boundaries agree. */
export function sameFrame(a: TableFrame, b: TableFrame): boolean {
  const near = (x: number, list: readonly number[]) => list.some((y) => Math.abs(x - y) <= BOUND_TOLERANCE);
  if (Math.abs(a.bounds[0]! - b.bounds[0]!) > 3 || Math.abs(a.bounds.at(-1)! - b.bounds.at(-1)!) > 3) return false;
  const [small, large] = a.bounds.length <= b.bounds.length ? [a.bounds, b.bounds] : [b.bounds, a.bounds];
  return small.filter((x) => near(x, large)).length >= 0.6 * small.length;
}

/** Frames of pages that print the same table share their boundaries: a rule missing on one page is drawn on another. */
export function unitedBounds(frames: readonly TableFrame[]): number[] {
  return cluster(frames.flatMap((f) => f.bounds), BOUND_TOLERANCE);
}

/** The grid of a header page: the columns named by their header words. */
function gridOf({ words, rules }: PageParts, frame: TableFrame, bounds: readonly number[]): { grid: Grid; bodyTop: number; top: number } | undefined {
  const columns: Column[] = [];
  for (let i = 1; i < bounds.length; i++) columns.push({ x0: bounds[i - 1]!, x1: bounds[i]!, kind: 'gutter', label: '' });
  const colOf = (x: number) => columns.findIndex((c) => x >= c.x0 && x <= c.x1);
  const timeCol = colOf((frame.time.x0 + frame.time.x1) / 2);
  const outputCol = colOf((frame.output.x0 + frame.output.x1) / 2);
  if (timeCol < 0 || outputCol < 0 || timeCol === outputCol) return undefined;
  const lineY = Math.min(frame.time.y, frame.output.y);
  // The body starts at the first rule under the header line that crosses the first column.
  const first = columns[0]!;
  const under = rules.horizontal.filter((h) => h.y < lineY - 0.5 && spans(h.x0, h.x1, first, 3)).map((h) => h.y);
  const bodyTop = under.length ? Math.max(...under) : lineY - frame.time.size;
  const above = rules.horizontal.filter((h) => h.y > Math.max(midY(frame.time), midY(frame.output)) + 2 && spans(h.x0, h.x1, first, 3)).map((h) => h.y);
  const top = Math.min(above.length ? Math.min(...above) : Infinity, Math.max(frame.time.y, frame.output.y) + 60);
  const headerWords = words.filter((w) => w.y > bodyTop && w.y < top);
  const textOf = (i: number) =>
    headerWords.filter((w) => colOf(wordCentre(w).x) === i && !GROUP_WORDS.test(w.text)).map((w) => w.text).join(' ');
  const find = (re: RegExp, from = 0) => columns.findIndex((_, i) => i >= from && re.test(textOf(i)));
  columns[timeCol]!.kind = 'time';
  columns[outputCol]!.kind = 'output';
  const mutuStart = Math.min(timeCol, outputCol);
  // Kelengkapan by its name, else the column before Waktu and Output.
  let inputsCol = find(INPUTS_HEADER);
  if (inputsCol < 0 || [timeCol, outputCol].includes(inputsCol)) inputsCol = mutuStart - 1;
  const mutuEnd = Math.max(timeCol, outputCol, inputsCol);
  const noCol = Math.max(0, find(NO_HEADER));
  let activityCol = find(ACTIVITY_HEADER);
  if (activityCol < 0 || activityCol === noCol) activityCol = noCol + 1;
  if (activityCol >= Math.min(inputsCol, mutuStart)) return undefined;
  columns[noCol]!.kind = 'no';
  columns[activityCol]!.kind = 'activity';
  if (inputsCol > activityCol) columns[inputsCol]!.kind = 'inputs';
  for (let i = mutuEnd + 1; i < columns.length; i++) if (columns[i]!.kind === 'gutter') columns[i]!.kind = 'notes';
  const notesCol = find(NOTES_HEADER);
  if (notesCol > mutuEnd) columns[notesCol]!.kind = 'notes';
  // Actors: the columns between Kegiatan and the mutu baku, named by their header lines (below the
  // rule under "Pelaksana", where drawn), joined with a space.
  for (let i = activityCol + 1; i < Math.min(inputsCol, mutuStart); i++) {
    const col = columns[i]!;
    const groupRule = rules.horizontal.filter((h) => h.y > bodyTop + 2 && h.y < top - 1 && spans(h.x0, h.x1, col, 3)).map((h) => h.y);
    const ceiling = groupRule.length ? Math.max(...groupRule) : top;
    const own = headerWords.filter((w) => {
      const c = wordCentre(w);
      return c.x > col.x0 && c.x < col.x1 && c.y < ceiling;
    });
    const lines = linesOf(own).filter((l) => !l.words.every((w) => GROUP_WORDS.test(w.text)));
    col.label = cellText(lines, col, { header: true }).replace(/\s+/g, ' ').trim();
    col.kind = col.label ? 'actor' : 'gutter';
  }
  if (!columns.some((c) => c.kind === 'actor')) return undefined;
  return { grid: { columns }, bodyTop, top };
}

/** A grid carried from an earlier page fits when vertical rules stand at most of its boundaries. */
function gridFits(grid: Grid, rules: RulePieces): boolean {
  const bounds = [grid.columns[0]!.x0, ...grid.columns.map((c) => c.x1)];
  const hits = bounds.filter((b) => rules.vertical.some((v) => Math.abs(v.x - b) <= 1 && v.y1 - v.y0 > 3)).length;
  return hits >= Math.max(4, Math.ceil(bounds.length * 0.6));
}

const BIG_IMAGE = 4000;

/**
 * This portal's print marks inferred values with the word "dugaan" in small type beside them (in a
 * cell, under a question, beside a symbol): a mark, not content.
 */
function dropInferenceMarks(words: Word[]): Word[] {
  const sizes = words.map((w) => w.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  return words.filter((w) => !(w.text === 'dugaan' && w.size < 0.85 * body));
}

export interface PageTableOptions {
  /** This page's header frame, its boundaries united with those of the other pages of the same table. */
  frame?: TableFrame;
  previous?: Grid;
}

/** Reads the table of one page; undefined when the page holds no table (or one we cannot place). */
export function readTablePage(parts: PageParts, options: PageTableOptions = {}): TablePage | undefined {
  const { page, words, rules } = parts;
  let grid: Grid | undefined;
  let bodyTop: number | undefined;
  let top: number | undefined;
  if (options.frame) {
    const found = gridOf(parts, options.frame, options.frame.bounds);
    if (found) ({ grid, bodyTop, top } = found);
  }
  const hasHeader = grid !== undefined;
  if (!grid && options.previous && gridFits(options.previous, rules)) {
    grid = options.previous;
    const noCol = grid.columns[0]!;
    const across = rules.horizontal.filter((h) => spans(h.x0, h.x1, noCol, 3)).map((h) => h.y);
    if (across.length) top = bodyTop = Math.max(...across);
  }
  if (!grid || bodyTop === undefined || top === undefined) return undefined;
  const noCol = grid.columns[0]!;
  const actCol = grid.columns.find((c) => c.kind === 'activity') ?? grid.columns[1]!;
  const ruleYs = cluster(
    rules.horizontal.filter((h) => h.y <= bodyTop! + 1 && (spans(h.x0, h.x1, noCol, 3) || spans(h.x0, h.x1, actCol, 3))).map((h) => h.y),
    1.6,
  ).sort((a, b) => b - a);
  // A last row drawn without its bottom rule: the vertical rules run on below the last rule.
  const lastRule = ruleYs[ruleYs.length - 1];
  if (lastRule !== undefined) {
    const downs = rules.vertical.filter((v) => Math.abs(v.x - noCol.x1) <= 1.6 && v.y0 < lastRule - 3 && v.y1 > lastRule - 3).map((v) => v.y0);
    if (downs.length) ruleYs.push(Math.min(...downs));
  }
  const rows: TableRow[] = [];
  const tableX0 = noCol.x0, tableX1 = grid.columns[grid.columns.length - 1]!.x1;
  const colOf = (x: number) => grid.columns.findIndex((c) => x >= c.x0 && x < c.x1);
  for (let i = 1; i < ruleYs.length; i++) {
    const y1 = ruleYs[i - 1]!, y0 = ruleYs[i]!;
    if (y1 - y0 < 3) continue;
    const inRow = words.filter((w) => {
      const c = wordCentre(w);
      return c.y < y1 && c.y > y0 && c.x > tableX0 && c.x < tableX1;
    });
    const byCol: Word[][] = grid.columns.map(() => []);
    for (const w of inRow) {
      const k = colOf(wordCentre(w).x);
      if (k >= 0) byCol[k]!.push(w);
    }
    rows.push({ page: page.number, box: { x0: tableX0, x1: tableX1, y0, y1 }, cells: byCol.map((ws) => linesOf(ws)), firstOnPage: rows.length === 0 });
  }
  const flowCols = grid.columns.filter((c) => c.kind === 'actor' || c.kind === 'gutter');
  const area: Box = {
    x0: Math.min(...flowCols.map((c) => c.x0)),
    x1: Math.max(...flowCols.map((c) => c.x1)),
    y0: ruleYs.length ? ruleYs[ruleYs.length - 1]! : 0,
    y1: bodyTop,
  };
  const drawing = readDrawing(page.paths, { area, boundaries: [noCol.x0, ...grid.columns.map((c) => c.x1)], rowRules: ruleYs });
  const flowWords = words.filter((w) => {
    const c = wordCentre(w);
    return c.x > area.x0 && c.x < area.x1 && c.y > area.y0 && c.y < area.y1;
  });
  const rasterFlow = page.images.some((im) => {
    const w = Math.min(im.x1, area.x1) - Math.max(im.x0, area.x0);
    const h = Math.min(im.y1, area.y1) - Math.max(im.y0, area.y0);
    return w > 0 && h > 0 && w * h > BIG_IMAGE && w * h > 0.3 * (area.x1 - area.x0) * Math.max(1, area.y1 - area.y0) * 0.2;
  });
  return { page: page.number, grid, header: hasHeader, rows, drawing, flowWords, top, bodyTop, bodyBottom: area.y0, rasterFlow };
}

/** A page that is one big picture with (almost) no text: a scan. */
export function isScannedPage(page: PageModel): boolean {
  const area = page.images.reduce((s, im) => s + (im.x1 - im.x0) * (im.y1 - im.y0), 0);
  return page.texts.filter((t) => !isEsignFooter(t.str)).length < 10 && area > 0.25 * page.width * page.height;
}

/**
 * A picture as wide as a table, on a page that has text (the identity block above a scanned table):
 * not a logo (at most 90 pt wide), not the e-sign QR code, not a signature.
 */
export function pictureTableOn(page: PageModel): boolean {
  return page.images.some((im) => im.x1 - im.x0 >= 300 && im.y1 - im.y0 >= 60);
}
