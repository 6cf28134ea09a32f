import { ui } from '../../i18n/id.ts';
import { exitLines, exitText, exitWords, flowEdges, goWords, rowArrowWords, stepRefOf, type ExitLines, type FlowEdge } from '../flow/index.ts';
import type { LabelledKey, SopData, Step } from '../model/index.ts';
import { roleName } from '../text/index.ts';
import { layoutFlowchart, type Flowchart } from './chart.ts';
import { ACTOR_COLUMN_MIN_WIDTH } from './geometry.ts';
import type { ConnectorRow, FlowchartRow, PrintColumns, StepRow } from './pages.ts';

/**
 * What FlowchartTable.astro renders besides the drawing, computed here so that the component only
 * writes markup: the header words, the words read aloud for a symbol and written in a connector row,
 * the column widths on screen and in print, and where a printed page breaks.
 */

/** The table's header words: as the source prints them ("Uraian Prosedur", "Mutu Buku"), else the template's. */
export function tableHeads(data: Pick<SopData, 'identity'>) {
  const head = (key: LabelledKey, fallback: string) => data.identity.labels[key] ?? fallback;
  return {
    no: head('no', ui.stepNo),
    activity: head('kegiatan', ui.activity),
    actors: head('pelaksana', ui.actors),
    quality: head('mutu_baku', ui.qualityStandard),
    inputs: head('kelengkapan', ui.inputs),
    time: head('waktu', ui.time),
    output: head('output', ui.output),
    notes: head('keterangan', ui.notes),
  };
}

/** The step's symbols were placed or shaped by the transcriber (`dugaan: [pelaksana]` or `[bentuk]`): drawn dashed, marked "dugaan". */
export const guessedSymbol = (step: Step) => step.inferred.some((k) => k === 'pelaksana' || k === 'bentuk');

/** Screen widths of the actor columns: each at least as wide as its labels were placed for. */
export const screenWidths = (chart: Pick<Flowchart, 'columnWidths'>) => chart.columnWidths.map((w) => Math.max(ACTOR_COLUMN_MIN_WIDTH, w));

/** The width a column's header sets, when its labels need more than the least width (none otherwise: CSS decides). */
export function actorHeadStyle(chart: Pick<Flowchart, 'columnWidths'>, column: number): string | undefined {
  const width = screenWidths(chart)[column]!;
  return chart.columnWidths[column]! > ACTOR_COLUMN_MIN_WIDTH ? `width:${width}px;min-width:${width}px` : undefined;
}

/** The printed table's width: every column's print width. */
export const printTableWidth = (c: PrintColumns) =>
  c.no + c.activity + c.actors.reduce((a, b) => a + b, 0) + c.gutter + c.inputs + c.time + c.output + c.notes;

/** The table's style: the gutter's and the actor columns' widths, and the print scale when the table is printed smaller. */
export function tableStyle(chart: Pick<Flowchart, 'columnWidths' | 'print'>): string {
  const { columns } = chart.print;
  const scaled = columns.scale < 1 ? `;--fc-print-scale:${columns.scale};--fc-print-width:${printTableWidth(columns)}px` : '';
  return `--fc-gutter:${columns.gutter}px;--fc-actors-w:${screenWidths(chart).reduce((a, b) => a + b, 0)}px${scaled}`;
}

/** A column's print width, as the `<col>` carries it. */
export const printWidthStyle = (px: number) => `--fc-print-w:${px}px`;

/** Print: a forced page break after the last row of every page but the last (as the layout planned). */
export const breaksAfter = (rows: readonly FlowchartRow[]) => rows.map((r, i) => i < rows.length - 1 && rows[i + 1]!.page !== r.page);

/** Everything the table component needs of an SOP: its layout, its words, and how its exits are written. */
export interface FlowchartTableView {
  chart: Flowchart;
  heads: ReturnType<typeof tableHeads>;
  anyInferred: boolean;
  /** "langkah 8 (No. 9)": how the table names a step it points to. */
  refTo: (n: number) => string;
  /** What the text under a step's activity says about its exits (src/domain/flow/wording.ts). */
  exits: (step: Step) => ExitLines;
  /** The arrows drawn inside the step's row, in words. */
  rowArrows: (step: Step) => string[];
  /** The text read aloud for a symbol's cell (visually hidden). */
  symbolText: (row: StepRow, column: number) => string;
  /** The note in a print-only connector row. */
  connectorText: (row: ConnectorRow) => string;
}

export function flowchartTable(data: SopData): FlowchartTableView {
  const edges: FlowEdge[] = flowEdges(data.steps);
  const refTo = (n: number) => stepRefOf(data.steps[n - 1]!);
  const actorName = (id: string) => roleName(data.actors.find((a) => a.id === id)?.label ?? id);
  const exits = (step: Step) => exitLines(step, edges, data.steps.length);
  const rowArrows = (step: Step) => rowArrowWords(step, actorName);
  const heads = tableHeads(data);
  const connectorText = (row: ConnectorRow) => connectorWords(row, refTo);
  // The text under a step's activity as the page writes it (for the print row heights): exits, arrows inside the row.
  const decisionLine = (step: Step) => [exitText(exits(step), refTo), ...rowArrows(step)].filter(Boolean).join(' · ');
  const chart = layoutFlowchart(data, { decisionLine, connectorLine: connectorText, qualityHeads: [heads.inputs, heads.time, heads.output] });
  return {
    chart,
    heads,
    anyInferred: data.steps.some((st) => st.inferred.length > 0),
    refTo,
    exits,
    rowArrows,
    symbolText: (row, column) => symbolWords(chart, row, column, { refTo, rowArrows, last: data.steps.length }),
    connectorText,
  };
}

/**
 * "Kepala Bidang: langkah 5 (keputusan) bersama Verifikator, Jika Ya: lanjut ke langkah 6, Jika
 * Tidak: kembali ke langkah 3.": who, which step, its role in the flow, who shares it, the arrows its
 * symbol sends inside the row, and where the flow goes (a plain arrow to the next step by number).
 */
function symbolWords(
  chart: Pick<Flowchart, 'actors'>,
  row: StepRow,
  column: number,
  { refTo, rowArrows, last }: { refTo: (n: number) => string; rowArrows: (step: Step) => string[]; last: number },
): string {
  const { actors } = chart;
  const { step } = row;
  const actor = roleName(actors[column]!.label);
  const others = row.columns.filter((c) => c !== column).map((c) => roleName(actors[c]!.label));
  const role = row.shape === 'decision' ? ui.flow.decision : step.number === 1 ? ui.flow.start : step.number === last || step.ends ? ui.flow.end : '';
  const what = `${actor}${guessedSymbol(step) ? ` (${ui.inferred})` : ''}: ${stepRefOf(step)}${role ? ` (${role})` : ''}${others.length ? ` ${ui.flow.together(others.join(', '))}` : ''}`;
  const next = row.next.map((e) => (e.kind === 'next' && e.label === undefined && !e.dashed ? goWords(e) : exitWords(e, refTo)));
  const inRow = rowArrows(step).filter((_, k) => step.rowArrows![k]!.from === actors[column]!.id);
  return [what, ...inRow, ...next].join(', ') + '.';
}

/** "Bersambung ke langkah 9 (No. 8) di halaman berikutnya; kembali ke langkah 2 …": the connectors of a page break, in words. */
function connectorWords(row: ConnectorRow, refTo: (n: number) => string): string {
  const marks = [...row.cells.flatMap((c) => c.connectors), ...row.gutter.connectors];
  // The symbol shows the step's place; the text also its printed number when that differs ("langkah 9 (No. 8)").
  const say = (down: boolean, ref: string) =>
    row.kind === 'page-end' ? (down ? ui.flow.continuesDown(ref) : ui.flow.backFromNext(ref)) : down ? ui.flow.continuedDown(ref) : ui.flow.backToPrevious(ref);
  const text = marks.map((m) => say(m.down, refTo(m.step))).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
