/**
 * Pages → the SOP as printed: identity, actors, and the steps in order across pages, each with its
 * cells, the actor columns where its symbols are drawn, the drawn shape and where its arrows lead.
 */
import { readIdentity, type Identity } from './identity.ts';
import type { FlowSymbol } from './geometry.ts';
import type { PageModel } from './page.ts';
import { readTablePage, isScannedPage, type Grid, type TablePage, type TableRow } from './table.ts';
import { cellText, isEsignFooter, wordBox, type Line } from './text.ts';
import { symbolEdges } from './wires.ts';
import { distanceToBox } from './geometry.ts';

export type DrawnShape = 'terminator' | 'proses' | 'keputusan';

export interface RecognisedStep {
  /** As printed in the No column; "" when the row is unnumbered. */
  no: string;
  activity: string;
  inputs: string;
  time: string;
  output: string;
  notes: string;
  /** Indices into `actors`, from the columns holding the step's symbols. */
  actors: number[];
  shape?: DrawnShape;
  /** Where its arrows lead (indices of steps), in drawing order; undefined when no arrow was read. */
  next?: number[];
  /** For a decision: each exit with its printed label. */
  branches?: { label?: string; to: number }[];
  /** The portal's own print writes the question and targets under the activity. */
  question?: string;
  printedTargets?: { yes?: number; no?: number };
  page: number;
}

export interface RecognisedSop {
  identity: Identity;
  actors: string[];
  steps: RecognisedStep[];
  /** Reasons values could not be read, for the `impor.catatan` block. */
  notes: string[];
  /** Whether the flowchart was a picture (no actors read). */
  rasterFlow: boolean;
  /** Whether any arrow was read: without arrows, no jump or end is inferred. */
  arrowsRead: boolean;
}

export type Recognition = { ok: true; sop: RecognisedSop } | { ok: false; reason: string };

const STEP_NO = /^\(?\d{1,3}[a-z]?\)?\.?$/i;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
const PORTAL_TARGETS = /^Ya: langkah (\d+)(?: · Tidak: langkah (\d+))?$/;

interface Node {
  page: number;
  symbol: FlowSymbol;
  /** Step index for a step symbol; undefined for connectors. */
  step?: number;
  /** Text inside a connector. */
  label: string;
}

export function recognise(pages: readonly PageModel[]): Recognition {
  if (pages.length === 0) return { ok: false, reason: 'berkas tanpa halaman' };
  const textRuns = pages.reduce((n, p) => n + p.texts.filter((t) => !isEsignFooter(t.str)).length, 0);
  if (textRuns < 10) return { ok: false, reason: 'tidak ada lapisan teks (pindaian atau halaman kosong); perlu OCR, yang tidak dilakukan pengimpor' };
  const tables: TablePage[] = [];
  let grid: Grid | undefined;
  const notes: string[] = [];
  for (const page of pages) {
    if (isScannedPage(page)) {
      if (grid) notes.push(`halaman ${page.number} berupa gambar tanpa teks: isinya tidak terbaca`);
      continue;
    }
    const table = readTablePage(page, { previous: grid });
    if (!table) continue;
    if (grid && table.header && table.grid.columns.length !== grid.columns.length && tables.length) {
      notes.push(`halaman ${page.number} memulai tabel lain (kepala tabel berbeda): hanya tabel pertama yang diimpor`);
      break;
    }
    grid = table.grid;
    tables.push(table);
  }
  if (!tables.length || !grid) {
    const scanned = pages.filter(isScannedPage).map((p) => p.number);
    if (scanned.length)
      return { ok: false, reason: `tabel SOP berupa gambar (halaman ${scanned.join(', ')}): perlu OCR, yang tidak dilakukan pengimpor` };
    return { ok: false, reason: 'tata letak lain: tidak ada tabel SOP dengan kepala "Waktu" dan "Output" bergaris kolom' };
  }
  const firstTable = tables[0]!;
  const identityPage = pages[0]!;
  const identity = readIdentity(identityPage, firstTable.page === identityPage.number ? firstTable.bodyTop + 60 : -Infinity);
  const actorCols = firstTable.grid.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'actor');
  const actors = actorCols.map(({ c }) => c.label);
  const actorIndexOfColumn = new Map(actorCols.map(({ i }, k) => [i, k]));

  const steps: RecognisedStep[] = [];
  const nodes: Node[] = [];
  const nodeIndex = new Map<FlowSymbol, number>();
  const rasterFlow = tables.some((t) => t.rasterFlow);
  for (const table of tables) {
    const cols = table.grid.columns;
    const kindCol = (kind: string) => cols.findIndex((c) => c.kind === kind);
    const text = (row: TableRow, kind: string) => {
      const k = cols.map((c, i) => (c.kind === kind ? i : -1)).filter((i) => i >= 0);
      return k.map((i) => cellText(row.cells[i]!, cols[i])).filter(Boolean).join('\n');
    };
    for (const s of table.drawing.symbols) {
      const label = table.flowWords.filter((w) => distanceToBox({ x: (w.x0 + w.x1) / 2, y: wordBox(w).y0 + (wordBox(w).y1 - wordBox(w).y0) / 2 }, s.box) === 0).map((w) => w.text).join('');
      nodeIndex.set(s, nodes.length);
      nodes.push({ page: table.page, symbol: s, label });
    }
    let columnNumberRowSeen = false;
    for (const row of table.rows) {
      // A column-number row "(1) (2) … (9)" under the header.
      const filled = row.cells.map((c, i) => ({ i, t: cellText(c) })).filter((c) => c.t);
      if (!columnNumberRowSeen && filled.length >= 3 && filled.every((c) => COLUMN_NUMBER.test(c.t)) && isIncreasing(filled.map((c) => parseInt(c.t.replace(/\D/g, ''), 10)))) {
        columnNumberRowSeen = true;
        continue;
      }
      stripColumnNumberLine(row);
      const rowSymbols = table.drawing.symbols.filter((s) => {
        const cy = (s.box.y0 + s.box.y1) / 2;
        return cy <= row.box.y1 && cy > row.box.y0;
      });
      const stepSymbols = rowSymbols.filter((s) => s.shape !== 'offpage' && s.shape !== 'circle');
      const no = text(row, 'no').replace(/\s+/g, '');
      let activity = text(row, 'activity');
      const cells = { inputs: text(row, 'inputs'), time: text(row, 'time'), output: text(row, 'output'), notes: text(row, 'notes') };
      const anyText = activity || cells.inputs || cells.time || cells.output || cells.notes;
      const isNumbered = STEP_NO.test(no);
      if (!isNumbered && !no && stepSymbols.length === 0) {
        if (!anyText) continue;
        // Only connectors drawn: the row says where the flow continues; not a step.
        if (rowSymbols.length > 0) continue;
        const prev = steps[steps.length - 1];
        if (prev) {
          // A row split across a page break (or by a rule): its text continues the step above.
          prev.activity = joinText(prev.activity, activity);
          prev.inputs = joinText(prev.inputs, cells.inputs);
          prev.time = joinText(prev.time, cells.time);
          prev.output = joinText(prev.output, cells.output);
          prev.notes = joinText(prev.notes, cells.notes);
          continue;
        }
      }
      // The portal's print: the question (bold) and "Ya: langkah N · Tidak: langkah M" under the activity.
      let question: string | undefined;
      let printedTargets: RecognisedStep['printedTargets'];
      const actLines = row.cells[kindCol('activity')] ?? [];
      const last = actLines[actLines.length - 1];
      const pm = last ? PORTAL_TARGETS.exec(last.text.trim()) : null;
      if (pm && actLines.length >= 2) {
        const bodyFont = actLines[0]!.words[0]!.font;
        const qLines: Line[] = [];
        for (let i = actLines.length - 2; i >= 1 && actLines[i]!.words.every((w) => w.font !== bodyFont); i--) qLines.unshift(actLines[i]!);
        if (qLines.length) {
          question = cellText(qLines);
          activity = cellText(actLines.slice(0, actLines.length - 1 - qLines.length));
          printedTargets = { yes: Number(pm[1]), ...(pm[2] ? { no: Number(pm[2]) } : {}) };
        }
      }
      const stepIndex = steps.length;
      const actorsOfRow: number[] = [];
      for (const s of stepSymbols) {
        const k = columnOf(s, cols);
        const a = actorIndexOfColumn.get(k);
        if (a !== undefined && !actorsOfRow.includes(a)) actorsOfRow.push(a);
        nodes[nodeIndex.get(s)!]!.step = stepIndex;
      }
      // A question written inside the diamond.
      const diamond = stepSymbols.find((s) => s.shape === 'decision');
      if (diamond && !question) {
        const inside = nodes[nodeIndex.get(diamond)!]!.label;
        if (inside) question = table.flowWords.filter((w) => distanceToBox({ x: (w.x0 + w.x1) / 2, y: w.y + w.size * 0.3 }, diamond.box) === 0).map((w) => w.text).join(' ');
      }
      const shapes = stepSymbols.map((s) => s.shape);
      const shape: DrawnShape | undefined = shapes.includes('decision') ? 'keputusan' : shapes.includes('terminator') ? 'terminator' : shapes.length ? 'proses' : undefined;
      steps.push({
        no: isNumbered ? no : no ? no : '',
        activity,
        ...cells,
        actors: actorsOfRow.sort((a, b) => a - b),
        shape,
        question,
        printedTargets,
        page: table.page,
      });
    }
  }
  if (!steps.length) return { ok: false, reason: 'tata letak lain: tabel SOP ditemukan, tetapi tanpa baris langkah' };

  // Arrows: per page, symbol to symbol; through connectors with the same label across pages.
  const out = new Map<number, { to: number; label?: string }[]>();
  let arrowsRead = false;
  for (const table of tables) {
    const pageNodes = table.drawing.symbols.map((s) => nodeIndex.get(s)!);
    for (const e of symbolEdges(table.drawing, table.flowWords)) {
      arrowsRead = true;
      const from = pageNodes[e.from]!, to = pageNodes[e.to]!;
      if (!out.has(from)) out.set(from, []);
      out.get(from)!.push({ to, ...(e.label ? { label: e.label } : {}) });
    }
  }
  const isConnector = (n: Node) => n.symbol.shape === 'offpage' || n.symbol.shape === 'circle';
  const stepsReached = (node: number, seen = new Set<number>()): number[] => {
    if (seen.has(node)) return [];
    seen.add(node);
    const n = nodes[node]!;
    if (!isConnector(n)) return n.step === undefined ? [] : [n.step];
    // A connector: on to whatever leaves it, or leaves a connector with the same label elsewhere.
    const twins = nodes.map((m, i) => ({ m, i })).filter(({ m, i }) => i === node || (isConnector(m) && m.label && m.label === n.label));
    return twins.flatMap(({ i }) => (out.get(i) ?? []).flatMap((e) => stepsReached(e.to, seen)));
  };
  steps.forEach((step, i) => {
    const own = nodes.map((n, k) => ({ n, k })).filter(({ n }) => n.step === i && !isConnector(n));
    const exits: { label?: string; to: number }[] = [];
    for (const { k } of own)
      for (const e of out.get(k) ?? [])
        for (const to of stepsReached(e.to)) if (to !== i || e.to !== k) if (!exits.some((x) => x.to === to && x.label === e.label)) exits.push({ to, ...(e.label ? { label: e.label } : {}) });
    if (!exits.length) return;
    if (step.shape === 'keputusan') step.branches = exits;
    else step.next = [...new Set(exits.map((x) => x.to))];
  });
  if (rasterFlow) notes.push('bagan alir berupa gambar: pelaksana, bentuk simbol dan panah tidak dibaca dari gambar');
  else {
    const without = steps.map((s, i) => ({ s, i })).filter(({ s }) => s.actors.length === 0);
    if (without.length) notes.push(`tanpa simbol bagan alir yang terbaca: langkah ${without.map(({ s, i }) => s.no || `ke-${i + 1}`).join(', ')}; pelaksananya kosong`);
  }
  if (rasterFlow) steps.forEach((s) => ((s.actors = []), (s.shape = undefined), (s.next = undefined), (s.branches = undefined)));
  return { ok: true, sop: { identity, actors, steps, notes, rasterFlow, arrowsRead } };
}

function isIncreasing(ns: number[]): boolean {
  return ns.every((n, i) => i === 0 || n > ns[i - 1]!);
}

/** A column-number line "(1) (2) … (9)" printed inside the first row: its words are not cell text. */
function stripColumnNumberLine(row: TableRow): void {
  const marks = row.cells.flatMap((lines, col) => lines.flatMap((l) => l.words.filter((w) => /^\(\d{1,2}\)$/.test(w.text)).map((w) => ({ w, col, l }))));
  if (new Set(marks.map((m) => m.col)).size < 3) return;
  for (const { w, l } of marks) {
    l.words = l.words.filter((x) => x !== w);
    l.text = l.words.map((x) => x.text).join(' ');
  }
  row.cells = row.cells.map((lines) => lines.filter((l) => l.words.length > 0));
}

function joinText(a: string, b: string): string {
  return !a ? b : !b ? a : /\/$/.test(a) ? a + b : `${a} ${b}`;
}

/** The column holding a symbol: its centre's, or where most of it lies when the centre is near a boundary. */
function columnOf(s: FlowSymbol, cols: Grid['columns']): number {
  const cx = (s.box.x0 + s.box.x1) / 2;
  const k = cols.findIndex((c) => cx >= c.x0 && cx < c.x1);
  if (k < 0) return -1;
  const c = cols[k]!;
  if (cx - c.x0 > 3 && c.x1 - cx > 3) return k;
  let best = k, bestOverlap = -1;
  cols.forEach((col, i) => {
    const overlap = Math.min(col.x1, s.box.x1) - Math.max(col.x0, s.box.x0);
    if (overlap > bestOverlap) (best = i), (bestOverlap = overlap);
  });
  return best;
}
