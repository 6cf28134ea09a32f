import type { FlowEdge } from '../flow/index.ts';
import type { Step } from '../model/index.ts';
import { ACTOR_COLUMN_MIN_WIDTH, ACTOR_COLUMN_PRINT_MIN_WIDTH, CONNECTOR, CONNECTOR_ROW_HEIGHT, LANE_WIDTH, ROW_MIN_HEIGHT } from './geometry.ts';
import { emptyCell, type Cell, type RoutedRow, type Routing, type Wire } from './layout.ts';

/**
 * Print pagination of the flowchart table, decided at build time: A4 landscape, header rows repeated
 * on every page, no row split, and where the flow crosses a page break an off-page connector at the
 * foot of the page and its twin at the head of the next, both carrying the step number the flow
 * continues to.
 *
 * The estimate (CSS px at 96 per inch, the units a browser prints in):
 * - Page: A4 landscape 297 × 210 mm less the 12 mm @page margins = 273 × 186 mm = 1032 × 703 px;
 *   5 % of the height is kept free for what the estimate cannot see (fonts that run wider).
 * - Columns: fixed print widths (PrintColumns below, applied by the print CSS with table-layout:
 *   fixed), so the text wraps where the estimate expects.
 * - Text: 9 pt (12 px) on a 16 px line; a character is counted 0.56 em wide (6.7 px; bold 8.2 px),
 *   on the wide side of sans-serif fonts (DejaVu Sans averages 0.55 em on Indonesian text).
 *   Each text cell is word-wrapped at its column's width in characters; the row is as tall as its
 *   tallest cell (Kegiatan, usually) plus 6 px padding and 1 px border, and never below
 *   ROW_MIN_HEIGHT (the symbols). A decision's Kegiatan also holds its question (bold) and its
 *   Ya/Tidak line. Checked against Chromium with DejaVu Sans on the seed SOPs: never under the real
 *   height, over by 4 px a row on average (one line at most).
 * - Header: two rows, the second as tall as the longest actor name wrapped in bold.
 * - The first page also carries the section heading (44 px). A connector row is CONNECTOR_ROW_HEIGHT,
 *   or taller when its note in the Kegiatan column ("Bersambung ke …", 8 pt on 14 px lines) wraps more
 *   than twice.
 * Rows are placed greedily; a row goes on the next page when it would not fit together with the
 * connector row that would then close the page.
 */

export const PRINT = {
  pageWidth: 1032,
  pageHeight: 703,
  usable: 0.95,
  fontSize: 12,
  lineHeight: 16,
  charWidth: 12 * 0.56,
  boldCharWidth: 12 * 0.68,
  cellPaddingX: 8,
  cellPaddingY: 6,
  border: 1,
  headingHeight: 44,
  /** Space between the activity and a decision's question paragraph, in lines. */
  paragraphGap: 0.4,
  /** The note in a connector row: 8 pt on 14 px lines. */
  noteCharWidth: (8 * 96) / 72 * 0.56,
  /** An actor's name in the header: 8 pt bold. */
  headerCharWidth: (8 * 96) / 72 * 0.68,
  noteLineHeight: 14,
} as const;

/** The texts the page writes that the estimate must count (the page supplies them, in its language). */
export interface PageTexts {
  /** The Ya/Tidak line under a decision's activity. */
  decisionLine: (step: Step) => string;
  /** The note in a connector row's Kegiatan cell. */
  connectorLine: (row: ConnectorRow) => string;
  /** The Mutu Baku sub-headers as the page writes them (Kelengkapan, Waktu, Output, or as printed). */
  qualityHeads?: readonly [string, string, string];
}

/** Print widths of the table's columns, in px. */
export interface PrintColumns {
  no: number;
  activity: number;
  /** The width of an actor column without labels (see `actors` for each column's). */
  actor: number;
  /** Each actor column's width: `actor`, or more where the column's labels need it. */
  actors: number[];
  /**
   * The table is printed at this scale (1: as laid out): below 1 when the labels' columns and
   * Kegiatan's least width do not fit the page, so the whole table is made smaller, never cut.
   */
  scale: number;
  gutter: number;
  inputs: number;
  time: number;
  output: number;
  notes: number;
}

/** Kegiatan keeps at least this much in print; actor columns give way first. */
export const ACTIVITY_MIN = 180;

/**
 * The least print width of an actor column whose header shows `name` (as the page writes it): its
 * longest piece whole, in 8 pt bold (a line may break after "/").
 */
export function headerFloor(name: string): number {
  const longest = Math.max(0, ...name.split(/\s+|(?<=\/)/).map((w) => w.length));
  return Math.max(ACTOR_COLUMN_PRINT_MIN_WIDTH, Math.ceil(longest * PRINT.headerCharWidth + PRINT.cellPaddingX + PRINT.border));
}

/**
 * Print widths. `labelled`: the width each actor column's labels need (0 or absent: none); such a
 * column gets at least that, the others share what is left, Kegiatan the rest. `floors`: each actor
 * column's least width (its header's longest word, headerFloor), which no column goes below.
 */
export function printColumns(actorCount: number, lanes: number, labelled: readonly number[] = [], floors: readonly number[] = []): PrintColumns {
  const fixed = { no: 32, inputs: 110, time: 64, output: 110, notes: 72 };
  const gutter = lanes * LANE_WIDTH;
  const rest = PRINT.pageWidth - Object.values(fixed).reduce((a, b) => a + b, 0) - gutter;
  const count = Math.max(1, actorCount);
  // Actor columns between ACTOR_COLUMN_MIN_WIDTH and 120 px, Kegiatan the rest (at least 180 px:
  // with many actors the actor columns give way, down to 64 px).
  let actor = Math.max(ACTOR_COLUMN_MIN_WIDTH, Math.min(120, Math.floor((rest - 260) / count)));
  if (rest - actor * count < ACTIVITY_MIN) actor = Math.max(ACTOR_COLUMN_PRINT_MIN_WIDTH, Math.floor((rest - ACTIVITY_MIN) / count));
  // A column whose labels need more than `actor` gets it; the columns without such labels give way
  // first (down to the narrowest), so Kegiatan keeps its width, then Kegiatan (down to ACTIVITY_MIN).
  const need = Array.from({ length: actorCount }, (_, i) => labelled[i] ?? 0);
  const plain = need.filter((n) => n <= actor).length;
  const wide = need.filter((n) => n > actor).reduce((a, b) => a + b, 0);
  const share = plain === 0 ? actor : Math.max(ACTOR_COLUMN_PRINT_MIN_WIDTH, Math.min(actor, Math.floor((actor * count - wide) / plain)));
  const floor = (i: number) => floors[i] ?? ACTOR_COLUMN_PRINT_MIN_WIDTH;
  let actors = need.map((n, i) => Math.max(floor(i), n > actor ? n : share));
  if (plain > 0 && rest - actors.reduce((a, b) => a + b, 0) < ACTIVITY_MIN) {
    const fit = Math.max(ACTOR_COLUMN_PRINT_MIN_WIDTH, Math.min(share, Math.floor((rest - ACTIVITY_MIN - wide) / plain)));
    actors = need.map((n, i) => Math.max(floor(i), n > actor ? n : fit));
  }
  const activity = Math.max(ACTIVITY_MIN, rest - actors.reduce((a, b) => a + b, 0));
  const width = PRINT.pageWidth - rest + actors.reduce((a, b) => a + b, 0) + activity;
  return { ...fixed, actor, actors, activity, gutter, scale: Math.min(1, Math.floor((PRINT.pageWidth / width) * 1000) / 1000) };
}

/** Lines a text takes when word-wrapped at `widthPx` (a word longer than a line is cut). */
export function wrappedLines(text: string, widthPx: number, charWidth: number = PRINT.charWidth): number {
  const perLine = Math.max(1, Math.floor((widthPx - PRINT.cellPaddingX - PRINT.border) / charWidth));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = -1; // characters on the current line; -1 before the first word
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used >= 0 && used + 1 + word.length <= perLine) used += 1 + word.length;
      else {
        lines += Math.ceil(word.length / perLine);
        used = word.length % perLine || perLine;
      }
    }
  }
  return lines;
}

/** The estimated print height of a step's row, in px (at least `drawing`, the height its labels take). */
export function estimateRowHeight(step: Step, columns: PrintColumns, decisionLine: string, drawing = 0): number {
  // The question (bold) and the lines saying where the flow goes, under the activity.
  const flow = (step.decision?.question ? wrappedLines(step.decision.question, columns.activity, PRINT.boldCharWidth) : 0) + wrappedLines(decisionLine, columns.activity);
  const activity = wrappedLines(step.activity, columns.activity) + (flow > 0 ? PRINT.paragraphGap + flow : 0);
  const lines = Math.max(
    activity,
    wrappedLines(step.inputs, columns.inputs),
    wrappedLines(step.timeText, columns.time),
    wrappedLines(step.output, columns.output),
    wrappedLines(step.notes, columns.notes),
  );
  return Math.max(ROW_MIN_HEIGHT, drawing, Math.ceil(lines * PRINT.lineHeight + PRINT.cellPaddingY + PRINT.border));
}

export function estimateHeaderHeight(actorLabels: readonly string[], columns: PrintColumns, qualityHeads: readonly [string, string, string] = ['Kelengkapan', 'Waktu', 'Output']): number {
  const cell = (lines: number) => lines * PRINT.lineHeight + PRINT.cellPaddingY + PRINT.border;
  const [inputs, time, output] = qualityHeads;
  const second = Math.max(
    1,
    ...actorLabels.map((l, i) => wrappedLines(l, columns.actors[i] ?? columns.actor, PRINT.boldCharWidth)),
    wrappedLines(inputs, columns.inputs, PRINT.boldCharWidth),
    wrappedLines(time, columns.time, PRINT.boldCharWidth),
    wrappedLines(output, columns.output, PRINT.boldCharWidth),
  );
  return cell(1) + cell(second);
}

export interface StepRow extends RoutedRow {
  kind: 'step';
  page: number;
  estimatedHeight: number;
}

/** A print-only row closing a page ('page-end') or opening the next ('page-start'). */
export interface ConnectorRow {
  kind: 'page-end' | 'page-start';
  page: number;
  cells: Cell[];
  gutter: Cell;
  /** The step numbers in its connectors, left to right. */
  continuesTo: number[];
}

export type FlowchartRow = StepRow | ConnectorRow;

export interface PrintPage {
  number: number;
  firstStep: number;
  lastStep: number;
  /** Estimated height used on the page, header and connector rows included. */
  estimatedHeight: number;
}

export interface PrintPlan {
  columns: PrintColumns;
  headerHeight: number;
  /** Body height available on a page (the first page also loses the heading). */
  capacity: number;
  pages: PrintPage[];
}

/** A wire leaving a row through its bottom edge: the flow crosses the boundary below the row. */
interface Crossing {
  edge: FlowEdge;
  column: number | 'gutter';
  x: number;
  /** The flow goes down to the next row, or up from it (a loop-back). */
  down: boolean;
}

function crossingsBelow(row: RoutedRow): Crossing[] {
  const out: Crossing[] = [];
  const look = (cell: Cell, column: number | 'gutter') => {
    for (const w of cell.wires) {
      const down = w.to.y === 'bottom';
      if (!down && w.from.y !== 'bottom') continue;
      if (w.edge && typeof w.from.x === 'number') out.push({ edge: w.edge, column, x: w.from.x, down });
    }
  };
  row.cells.forEach((c, i) => look(c, i));
  look(row.gutter, 'gutter');
  return out;
}

const CONNECTOR_TOP = -CONNECTOR.height / 2;
const CONNECTOR_TIP = CONNECTOR.height / 2;

function connectorRow(kind: ConnectorRow['kind'], page: number, actorCount: number, crossings: Crossing[]): ConnectorRow {
  const cells = Array.from({ length: actorCount }, emptyCell);
  const gutter = emptyCell();
  for (const c of crossings) {
    const cell = c.column === 'gutter' ? gutter : cells[c.column]!;
    cell.connectors.push({ edge: c.edge, step: c.edge.to, down: c.down, x: c.x });
    const at = (y: number | 'top' | 'bottom') => ({ x: c.x, y });
    let w: Wire;
    if (kind === 'page-end')
      w = c.down
        ? { edge: c.edge, from: at('top'), to: at(CONNECTOR_TOP), arrowhead: 'down' }
        : { edge: c.edge, from: at(CONNECTOR_TOP), to: at('top') };
    else
      w = c.down
        ? { edge: c.edge, from: at(CONNECTOR_TIP), to: at('bottom') }
        : { edge: c.edge, from: at('bottom'), to: at(CONNECTOR_TIP), arrowhead: 'up' };
    cell.wires.push(w);
  }
  return { kind, page, cells, gutter, continuesTo: crossings.map((c) => c.edge.to) };
}

/**
 * Splits the routed rows into print pages and inserts the connector rows. `decisionLine` gives the
 * text of a decision's Ya/Tidak line as the page shows it (for the height estimate).
 */
export function paginate(routing: Routing, texts: PageTexts, columns: PrintColumns = printColumns(routing.actors.length, routing.lanes)): { rows: FlowchartRow[]; plan: PrintPlan } {
  const headerHeight = estimateHeaderHeight(routing.actors.map((a) => a.label), columns, texts.qualityHeads);
  // A table printed smaller fits more of its (unscaled) rows on a page.
  const capacity = Math.floor((PRINT.pageHeight * PRINT.usable) / columns.scale - headerHeight);
  const heights = routing.rows.map((r) => estimateRowHeight(r.step, columns, texts.decisionLine(r.step), r.minHeight));
  const crossings = routing.rows.map(crossingsBelow);
  const connectorHeight = (kind: ConnectorRow['kind'], below: Crossing[]) => {
    if (below.length === 0) return 0;
    const note = texts.connectorLine(connectorRow(kind, 0, routing.actors.length, below));
    const lines = wrappedLines(note, columns.activity, PRINT.noteCharWidth);
    return Math.max(CONNECTOR_ROW_HEIGHT, Math.ceil(lines * PRINT.noteLineHeight + PRINT.cellPaddingY + PRINT.border));
  };

  const rows: FlowchartRow[] = [];
  const pages: PrintPage[] = [];
  let page = 1;
  let used: number = PRINT.headingHeight;
  let onPage = 0;
  routing.rows.forEach((r, i) => {
    const closing = i < routing.rows.length - 1 ? connectorHeight('page-end', crossings[i]!) : 0;
    if (onPage > 0 && used + heights[i]! + closing > capacity) {
      const before = crossings[i - 1]!;
      if (before.length > 0) rows.push(connectorRow('page-end', page, routing.actors.length, before));
      pages.push({ number: page, firstStep: r.step.number - onPage, lastStep: r.step.number - 1, estimatedHeight: headerHeight + used + connectorHeight('page-end', before) });
      page++;
      onPage = 0;
      if (before.length > 0) rows.push(connectorRow('page-start', page, routing.actors.length, before));
      used = connectorHeight('page-start', before);
    }
    rows.push({ ...r, kind: 'step', page, estimatedHeight: heights[i]! });
    used += heights[i]!;
    onPage++;
  });
  const last = routing.rows.length;
  if (last > 0) pages.push({ number: page, firstStep: last - onPage + 1, lastStep: last, estimatedHeight: headerHeight + used });
  return { rows, plan: { columns, headerHeight, capacity, pages } };
}
