import type { FlowEdge } from '../flow/index.ts';
import type { Actor, SopData, Step } from '../model/index.ts';
import { routeFlowchart } from './layout.ts';
import { paginate, type ConnectorRow, type FlowchartRow, type PageTexts, type PrintPlan } from './pages.ts';

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
  const { rows, plan } = paginate(routing, { ...defaults, ...options });
  return { actors: routing.actors, edges: routing.edges, lanes: routing.lanes, rows, print: plan };
}

export { edgeId, assignLanes } from './layout.ts';
export type { Cell, ConnectorMark, Direction, Label, Point, SymbolMark, Wire, X, Y } from './layout.ts';
export type { ConnectorRow, FlowchartRow, PageTexts, PrintColumns, PrintPage, PrintPlan, StepRow } from './pages.ts';
export { PRINT } from './pages.ts';
export { CONNECTOR, LANE_WIDTH, SYMBOL, halfHeight, halfWidthAt, laneX } from './geometry.ts';
