/**
 * The official flowchart table of an SOP: the layout (chart.ts: routing in layout.ts, labels in
 * labels.ts, print pages in pages.ts, sizes in geometry.ts), and what the page renders of it
 * (table-view.ts: words, widths and styles; drawing.ts: SVG attributes).
 */
export { layoutFlowchart, type Flowchart, type FlowchartOptions } from './chart.ts';
export * from './table-view.ts';
export * from './drawing.ts';
export { edgeId, assignLanes, carriedId, rowLinkId } from './layout.ts';
export type { Cell, ConnectorMark, Direction, Label, Point, RowLink, SymbolMark, Wire, X, Y } from './layout.ts';
export { LABEL } from './labels.ts';
export type { ConnectorRow, FlowchartRow, PageTexts, PrintColumns, PrintPage, PrintPlan, StepRow } from './pages.ts';
export { PRINT } from './pages.ts';
export { ACTOR_COLUMN_MIN_WIDTH, CONNECTOR, LANE_WIDTH, ROW_MIN_HEIGHT, SYMBOL, halfHeight, halfWidthAt, laneX } from './geometry.ts';
