import type { FlowEdge } from '../flow/index.ts';
import { roleName } from '../text/index.ts';
import type { Actor, SopData, Step } from '../model/index.ts';
import { labelRequests, labelWidths, placeLabels } from './labels.ts';
import { routeFlowchart, type Routing } from './layout.ts';
import { headerFloor, paginate, printColumns, type ConnectorRow, type FlowchartRow, type PageTexts, type PrintColumns, type PrintPlan } from './pages.ts';
import type { LabelRequest } from './labels.ts';

/**
 * The official flowchart table of an SOP, laid out from the model alone: a pure function, so the
 * same SOP always gives the same drawing, and the page only renders what it says.
 * Routing rules: layout.ts. Print pages and connectors: pages.ts. Sizes: geometry.ts.
 */

export interface Flowchart {
  actors: Actor[];
  edges: FlowEdge[];
  /** Gutter lanes right of the actor columns; 0: no gutter column. */
  lanes: number;
  /**
   * Each actor column's least width in px: the labels in it were placed for this width, so the page
   * never makes the column narrower (on screen, nor in print: `print.columns.actors`).
   */
  columnWidths: number[];
  /** Step rows in order, with print-only connector rows at the page breaks. */
  rows: FlowchartRow[];
  print: PrintPlan;
}

/** The texts the page writes that take room in print (counted in the row heights); defaults are rough. */
export type FlowchartOptions = Partial<PageTexts>;

const defaults: PageTexts = {
  decisionLine: (step: Step) => step.decision?.branches.map((b) => `${b.label}: langkah ${b.to}`).join(' · ') ?? '',
  connectorLine: (row: ConnectorRow) => `Bersambung: langkah ${row.continuesTo.join(', ')}`,
};

export function layoutFlowchart(sop: Pick<SopData, 'actors' | 'steps'>, options: FlowchartOptions = {}): Flowchart {
  const routing = routeFlowchart(sop);
  const requests = labelRequests(routing);
  const { columns, widths } = fitColumns(routing, requests);
  const heights = placeLabels(routing, requests, widths);
  routing.rows.forEach((r, i) => (r.minHeight = Math.max(r.minHeight, heights[i]!)));
  const { rows, plan } = paginate(routing, { ...defaults, ...options }, columns);
  return { actors: routing.actors, edges: routing.edges, lanes: routing.lanes, columnWidths: widths, rows, print: plan };
}

/** The widest a column grows for its labels when nothing else fits (the last step of labels.ts' ladder). */
const WIDEST = 320;

/**
 * The columns' widths: the least that holds each column's labels on at most two lines, else three,
 * four, any number, whichever first leaves Kegiatan its room on the printed page. When none does,
 * the table is printed smaller (`print.columns.scale`), with labels on at most three lines: more
 * would make them hard to read on screen too.
 */
function fitColumns(routing: Routing, requests: readonly LabelRequest[]): { columns: PrintColumns; widths: number[] } {
  const fit = (maxLines: number) => {
    const need = labelWidths(routing, requests, maxLines);
    if (maxLines !== Infinity && need.some((n) => !Number.isFinite(n))) return undefined;
    const widths = need.map((n) => (Number.isFinite(n) ? n : WIDEST));
    return { columns: printColumns(routing.actors.length, routing.lanes, widths, routing.actors.map((a) => headerFloor(roleName(a.label)))), widths };
  };
  for (const maxLines of [2, 3, 4, Infinity]) {
    const tried = fit(maxLines);
    if (tried && tried.columns.scale === 1) return tried;
  }
  return fit(3) ?? fit(Infinity)!;
}
