/**
 * The SOP table of a page: the column grid from the header line holding "Waktu" and "Output" and the
 * vertical rules that cross it (carried to continuation pages that print no header), the rows from
 * the horizontal rules across the No column, and each row's cell text and symbols.
 */
import { cluster, readDrawing, rulePieces, type Drawing, type RulePieces } from './geometry.ts';
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
  /** The top of the table body (below the header). */
  bodyTop: number;
  /** The bottom of the table on this page. */
  bodyBottom: number;
  /** Raster images lying over the actor columns: the flowchart is a picture there. */
  rasterFlow: boolean;
}

const HEADER_TIME = /^waktu:?$/i;
const HEADER_OUTPUT = /^output:?$/i;
const GROUP_WORDS = /^(pelaksana|pelaku|mutu|baku|buku)$/i;

/** Finds the header line: whole words "Waktu" and "Output" within 6 pt of each other in y. */
function findHeader(words: readonly Word[]): { time: Word; output: Word } | undefined {
  const times = words.filter((w) => HEADER_TIME.test(w.text)).sort((a, b) => b.y - a.y);
  for (const time of times) {
    const output = words.find((w) => HEADER_OUTPUT.test(w.text) && Math.abs(w.y - time.y) <= 6 && w.x0 > time.x0);
    if (output) return { time, output };
  }
  return undefined;
}

const spans = (x0: number, x1: number, col: { x0: number; x1: number }, tol = 2) => x0 <= col.x0 + tol && x1 >= col.x1 - tol;

function gridFromHeader(words: readonly Word[], rules: RulePieces, header: { time: Word; output: Word }): { grid: Grid; bodyTop: number } | undefined {
  const midY = header.time.y + header.time.size * 0.3;
  const xs = rules.vertical.filter((v) => v.y0 - 1 <= midY && v.y1 + 1 >= midY).map((v) => v.x);
  let bounds = cluster(xs, 1.6);
  // Tables drawn without an outer border (or one we did not see): close them with the extent of the
  // horizontal rules just under the header.
  const below = rules.horizontal.filter((h) => h.y < header.time.y - 1 && h.y > header.time.y - 60);
  if (below.length) {
    const left = Math.min(...below.map((h) => h.x0));
    const right = Math.max(...below.map((h) => h.x1));
    if (bounds.length && left < bounds[0]! - 3) bounds = [left, ...bounds];
    if (bounds.length && right > bounds[bounds.length - 1]! + 3) bounds = [...bounds, right];
  }
  if (bounds.length < 7) return undefined;
  const columns: Column[] = [];
  for (let i = 1; i < bounds.length; i++) columns.push({ x0: bounds[i - 1]!, x1: bounds[i]!, kind: 'actor', label: '' });
  const colOf = (x: number) => columns.findIndex((c) => x >= c.x0 && x <= c.x1);
  const timeCol = colOf((header.time.x0 + header.time.x1) / 2);
  const outputCol = colOf((header.output.x0 + header.output.x1) / 2);
  if (timeCol < 3 || outputCol <= timeCol) return undefined;
  // The body starts at the first rule under the header line that crosses the No column.
  const noCol = columns[0]!;
  const under = rules.horizontal.filter((h) => h.y < header.time.y - 0.5 && spans(h.x0, h.x1, noCol, 3)).map((h) => h.y);
  const bodyTop = under.length ? Math.max(...under) : header.time.y - header.time.size;
  const above = rules.horizontal.filter((h) => h.y > midY + 2 && spans(h.x0, h.x1, noCol, 3)).map((h) => h.y);
  const headerTop = Math.min(above.length ? Math.min(...above) : Infinity, header.time.y + 60);
  // The rule between the group row ("Pelaksana", "Mutu Baku") and the actor names, where drawn.
  const headerWords = words.filter((w) => w.y > bodyTop && w.y < headerTop);
  columns[timeCol]!.kind = 'time';
  columns[outputCol]!.kind = 'output';
  columns[timeCol - 1]!.kind = 'inputs';
  columns[0]!.kind = 'no';
  columns[1]!.kind = 'activity';
  for (let i = outputCol + 1; i < columns.length; i++) columns[i]!.kind = 'notes';
  for (let i = 2; i < timeCol - 1; i++) {
    const col = columns[i]!;
    const groupRule = rules.horizontal.filter((h) => h.y > bodyTop + 2 && h.y < headerTop - 1 && spans(h.x0, h.x1, col, 3)).map((h) => h.y);
    const top = groupRule.length ? Math.max(...groupRule) : headerTop;
    const own = headerWords.filter((w) => {
      const c = wordCentre(w);
      return c.x > col.x0 && c.x < col.x1 && c.y < top;
    });
    const lines = linesOf(own).filter((l) => !l.words.every((w) => GROUP_WORDS.test(w.text)));
    col.label = cellText(lines, col).replace(/\s+/g, ' ').trim();
    col.kind = col.label ? 'actor' : 'gutter';
  }
  if (!columns.some((c) => c.kind === 'actor')) return undefined;
  return { grid: { columns }, bodyTop };
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
  previous?: Grid;
}

/** Reads the table of one page; undefined when the page holds no table (or one we cannot place). */
export function readTablePage(page: PageModel, options: PageTableOptions = {}): TablePage | undefined {
  const words = dropInferenceMarks(wordsOf(page.texts.filter((t) => !isEsignFooter(t.str))));
  const rules = rulePieces(page.paths);
  const header = findHeader(words);
  let grid: Grid | undefined;
  let bodyTop: number | undefined;
  if (header) {
    const found = gridFromHeader(words, rules, header);
    if (found) ({ grid, bodyTop } = found);
  }
  const hasHeader = grid !== undefined;
  if (!grid && options.previous && gridFits(options.previous, rules)) {
    grid = options.previous;
    const noCol = grid.columns[0]!;
    const across = rules.horizontal.filter((h) => spans(h.x0, h.x1, noCol, 3)).map((h) => h.y);
    if (across.length) bodyTop = Math.max(...across);
  }
  if (!grid || bodyTop === undefined) return undefined;
  const noCol = grid.columns[0]!;
  const actCol = grid.columns[1]!;
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
    const cells: Line[][] = grid.columns.map(() => []);
    const inRow = words.filter((w) => {
      const c = wordCentre(w);
      return c.y < y1 && c.y > y0 && c.x > tableX0 && c.x < tableX1;
    });
    const byCol: Word[][] = grid.columns.map(() => []);
    for (const w of inRow) {
      const k = colOf(wordCentre(w).x);
      if (k >= 0) byCol[k]!.push(w);
    }
    byCol.forEach((ws, k) => (cells[k] = linesOf(ws)));
    rows.push({ page: page.number, box: { x0: tableX0, x1: tableX1, y0, y1 }, cells, firstOnPage: rows.length === 0 });
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
  return { page: page.number, grid, header: hasHeader, rows, drawing, flowWords, bodyTop, bodyBottom: area.y0, rasterFlow };
}

/** A page that is one big picture with (almost) no text: a scan. */
export function isScannedPage(page: PageModel): boolean {
  const area = page.images.reduce((s, im) => s + (im.x1 - im.x0) * (im.y1 - im.y0), 0);
  return page.texts.filter((t) => !isEsignFooter(t.str)).length < 10 && area > 0.25 * page.width * page.height;
}
