/**
 * Pages → the SOP as printed: identity, actors, and the steps in order across pages, each with its
 * cells, the actor columns where its symbols are drawn, the drawn shape and where its arrows lead.
 */
import { continuedItems, readIdentity, type Identity } from './identity.ts';
import { insideSymbol, type FlowSymbol, type SymbolShape } from './geometry.ts';
import type { PageModel } from './page.ts';
import { findTableFrame, pagePartsOf, pictureTableOn, readTablePage, isScannedPage, sameFrame, unitedBounds, type Grid, type TableFrame, type TablePage, type TableRow } from './table.ts';
import { cellText, isEsignFooter, joinLines, wordBox, type Line } from './text.ts';
import { symbolEdges } from './wires.ts';
import { distanceToBox } from './geometry.ts';
import { isPrintedNumber } from '../flow/index.ts';

export type DrawnShape = 'terminator' | 'proses' | 'keputusan';

const DRAWN: Partial<Record<SymbolShape, DrawnShape>> = { terminator: 'terminator', process: 'proses', decision: 'keputusan' };

/**
 * Why a PDF gives no document, by kind, with the words the run's summary groups refusals under; each
 * refusal's reason says the rest (which pages, which value).
 */
export const REFUSAL_KINDS = {
  'bukan-pdf': 'bukan PDF yang terbaca (rusak atau terkunci)',
  pindaian: 'pindaian tanpa lapisan teks (perlu OCR)',
  'tabel-gambar': 'tabel SOP berupa gambar (perlu OCR)',
  'tata-letak-lain': 'tata letak lain: bukan tabel SOP yang dikenali',
  'tanpa-kegiatan': 'tabel terbaca tanpa teks kegiatan',
  'tidak-lolos-pemeriksaan': 'hasil tidak lolos pemeriksaan proyek',
  'sudah-ada': 'dokumen sudah ada, tidak ditimpa (pakai --timpa)',
  galat: 'galat pengimpor (bug; rinciannya di berkas log)',
} as const;
export type RefusalKind = keyof typeof REFUSAL_KINDS;

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
  /** Each symbol drawn in the row, with its actor (index into `actors`) and shape, left to right. */
  symbols: { actor: number; shape: DrawnShape }[];
  /** Arrows drawn inside the row, from one actor's symbol to another's (indices into `actors`). */
  rowArrows: { from: number; to: number }[];
  /** Whether the row lies on a page whose flowchart is a picture (nothing read from the drawing). */
  rasterFlow: boolean;
  /** Where its arrows lead (indices of steps), in drawing order; undefined when no arrow was read. */
  next?: number[];
  /** For a decision: each exit with its printed label. */
  branches?: { label?: string; to: number }[];
  /** The question: printed under the activity (the portal's print) or inside the diamond. */
  question?: string;
  /** The portal's own print writes where the flow goes under the activity: branches, jumps, an end. */
  printedFlow?: PrintedFlow;
  page: number;
}

export interface RecognisedSop {
  identity: Identity;
  actors: string[];
  steps: RecognisedStep[];
  /** Reasons values could not be read, for the `impor.catatan` block. */
  notes: string[];
  /** Whether the flowchart was a picture on every table page (no actors read). */
  rasterFlow: boolean;
  /** Whether any arrow was read: without arrows, no jump or end is inferred. */
  arrowsRead: boolean;
}

export type Recognition = { ok: true; sop: RecognisedSop } | { ok: false; kind: RefusalKind; reason: string };

const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
/**
 * The lines this portal prints under a step's activity (FlowchartTable): "Jika Ya: lanjut ke langkah 6
 * (No. 9)", "kembali ke langkah 4", "Dikerjakan bersamaan: langkah 3, langkah 5", "Alur selesai di
 * sini.". Step references are positions ("langkah N"); the printed number follows in brackets.
 */
const STEP_REF = String.raw`langkah (\d+)(?: \((?:No\. [^)]*|tanpa nomor)\))?`;
const FLOW_BRANCH = new RegExp(String.raw`^Jika (.+?): (?:lanjut|kembali) ke ${STEP_REF}$`);
const FLOW_JUMP = new RegExp(String.raw`^(?:lanjut|kembali) ke ${STEP_REF}$`);
const FLOW_PARALLEL = /^Dikerjakan bersamaan: (.+)$/;
const FLOW_END = /^Alur selesai di sini\.$/;

export interface PrintedFlow {
  branches: { label: string; to: number }[];
  next: number[];
  ends: boolean;
}

/** Reads (and removes) the portal's flow lines and the bold question above them from an activity cell. */
function printedFlowOf(lines: Line[]): { flow?: PrintedFlow; question?: string; rest: Line[] } {
  const flow: PrintedFlow = { branches: [], next: [], ends: false };
  let end = lines.length;
  for (; end > 1; end--) {
    const t = lines[end - 1]!.text.trim();
    let m: RegExpExecArray | null;
    if ((m = FLOW_BRANCH.exec(t))) flow.branches.unshift({ label: m[1]!, to: Number(m[2]) });
    else if ((m = FLOW_JUMP.exec(t))) flow.next.unshift(Number(m[1]));
    else if ((m = FLOW_PARALLEL.exec(t))) flow.next.unshift(...[...m[1]!.matchAll(/langkah (\d+)/g)].map((x) => Number(x[1])));
    else if (FLOW_END.test(t)) flow.ends = true;
    else break;
  }
  if (end === lines.length) return { rest: lines };
  // The question: lines in another (bold) font than the activity's first line, just above.
  const bodyFont = lines[0]!.words[0]!.font;
  let start = end;
  while (start > 1 && lines[start - 1]!.words.every((w) => w.font !== bodyFont)) start--;
  const question = start < end ? cellText(lines.slice(start, end)) : undefined;
  return { flow, ...(question ? { question } : {}), rest: lines.slice(0, start) };
}

interface Node {
  page: number;
  symbol: FlowSymbol;
  /** A stand-in where a wire runs off the top or bottom of the table, at this x. */
  pageEnd?: { side: 'top' | 'bottom'; x: number };
  /** Step index for a step symbol; undefined for connectors. */
  step?: number;
  /** Text inside a connector. */
  label: string;
}

export function recognise(pages: readonly PageModel[]): Recognition {
  const refuse = (kind: RefusalKind, reason: string): Recognition => ({ ok: false, kind, reason });
  if (pages.length === 0) return refuse('bukan-pdf', 'berkas tanpa halaman');
  const textRuns = pages.reduce((n, p) => n + p.texts.filter((t) => !isEsignFooter(t.str)).length, 0);
  if (textRuns < 10) return refuse('pindaian', 'tidak ada lapisan teks (pindaian atau halaman kosong); perlu OCR, yang tidak dilakukan pengimpor');
  const parts = pages.map(pagePartsOf);
  // The header of each page first; pages that print the same table share their column rules (a rule
  // missing on one page is drawn on another).
  const frames = parts.map((p) => (isScannedPage(p.page) ? undefined : findTableFrame(p)));
  const united = frames.map((f) => f && { ...f, bounds: unitedBounds(frames.filter((g): g is TableFrame => !!g && sameFrame(f, g))) });
  const tables: TablePage[] = [];
  let grid: Grid | undefined;
  const notes: string[] = [];
  for (const [k, part] of parts.entries()) {
    const page = part.page;
    if (isScannedPage(page)) {
      if (grid) notes.push(`halaman ${page.number} berupa gambar tanpa teks: isinya tidak terbaca`);
      continue;
    }
    const table = readTablePage(part, { ...(united[k] ? { frame: united[k] } : {}), ...(grid ? { previous: grid } : {}) });
    if (!table) continue;
    if (grid && table.header && table.grid.columns.length !== grid.columns.length && tables.length) {
      notes.push(`halaman ${page.number} memulai tabel lain (kepala tabel berbeda): hanya tabel pertama yang diimpor`);
      break;
    }
    grid = table.grid;
    tables.push(table);
  }
  if (!tables.length || !grid) {
    const pictures = pages.filter(pictureTableOn).map((p) => p.number);
    if (pictures.length) return refuse('tabel-gambar', `tabel SOP berupa gambar (halaman ${pictures.join(', ')}): perlu OCR, yang tidak dilakukan pengimpor`);
    const scanned = pages.filter(isScannedPage).map((p) => p.number);
    if (scanned.length) return refuse('tabel-gambar', `tabel SOP berupa gambar (halaman ${scanned.join(', ')}): perlu OCR, yang tidak dilakukan pengimpor`);
    return refuse('tata-letak-lain', 'tata letak lain: tidak ada tabel SOP dengan kepala "Waktu" dan "Output" bergaris kolom');
  }
  const firstTable = tables[0]!;
  // The identity block and the boxes: page 1 (in the template), or any page before the table, down
  // to the table's top rule.
  const before = parts.filter((p) => p.page.number <= firstTable.page);
  const identities = before.map((p) => readIdentity(p, p.page.number === firstTable.page ? firstTable.top : -Infinity));
  const identity = identities[0]!;
  let previous = identity.boxPlaces;
  for (const other of identities.slice(1)) {
    // A box the previous page ended with may go on at the top of this one, in its column.
    for (const place of [...previous].sort((a, b) => a.bottom - b.bottom)) {
      const more = continuedItems(other.leading, identity.boxes[place.key] ?? [], place.x0);
      if (more.length) identity.boxes[place.key] = [...identity.boxes[place.key]!, ...more];
    }
    previous = other.boxPlaces;
    for (const key of ['values', 'valueLines', 'valueBreaks', 'labels', 'boxes', 'boxLabels'] as const)
      for (const [k, v] of Object.entries(other[key])) if (!(k in identity[key])) Object.assign(identity[key], { [k]: v });
  }
  const actorCols = firstTable.grid.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'actor');
  const actors = actorCols.map(({ c }) => c.label);
  const actorIndexOfColumn = new Map(actorCols.map(({ i }, k) => [i, k]));

  const steps: RecognisedStep[] = [];
  const nodes: Node[] = [];
  const nodeIndex = new Map<FlowSymbol, number>();
  for (const table of tables) {
    const cols = table.grid.columns;
    const kindCol = (kind: string) => cols.findIndex((c) => c.kind === kind);
    const text = (row: TableRow, kind: string) => {
      const k = cols.map((c, i) => (c.kind === kind ? i : -1)).filter((i) => i >= 0);
      return k.map((i) => cellText(row.cells[i]!, cols[i])).filter(Boolean).join('\n');
    };
    for (const s of table.drawing.symbols) {
      const label = table.flowWords.filter((w) => insideSymbol({ x: (w.x0 + w.x1) / 2, y: wordBox(w).y0 + (wordBox(w).y1 - wordBox(w).y0) / 2 }, s)).map((w) => w.text).join('');
      nodeIndex.set(s, nodes.length);
      nodes.push({ page: table.page, symbol: s, label });
    }
    let columnNumberRowSeen = false;
    let textRowSeen = false;
    for (const row of table.rows) {
      // A column-number row "(1) (2) … (9)" under the header: every word a small number, increasing
      // (a cell where a rule is missing holds two: "(3) (4)").
      const numbers = row.cells.flatMap((c) => c.flatMap((l) => l.words)).sort((a, b) => a.x0 - b.x0);
      if (!columnNumberRowSeen && numbers.length >= 3 && numbers.every((w) => COLUMN_NUMBER.test(w.text)) && isIncreasing(numbers.map((w) => parseInt(w.text.replace(/\D/g, ''), 10)))) {
        columnNumberRowSeen = true;
        continue;
      }
      stripColumnNumberLine(row);
      const rowSymbols = table.drawing.symbols.filter((s) => {
        const cy = (s.box.y0 + s.box.y1) / 2;
        return cy <= row.box.y1 && cy > row.box.y0;
      });
      const stepSymbols = rowSymbols.filter((s) => s.shape !== 'offpage' && s.shape !== 'circle');
      // The number as printed; fragments of one number ("1" "."), not words, close up.
      const noText = text(row, 'no');
      const no = isPrintedNumber(noText.replace(/\s+/g, '')) ? noText.replace(/\s+/g, '') : noText.replace(/\s+/g, ' ');
      let activity = text(row, 'activity');
      const cells = { inputs: text(row, 'inputs'), time: text(row, 'time'), output: text(row, 'output'), notes: text(row, 'notes') };
      const anyText = activity || cells.inputs || cells.time || cells.output || cells.notes;
      const firstWithText = !textRowSeen && !!anyText;
      if (anyText) textRowSeen = true;
      if (!no && stepSymbols.length === 0) {
        if (!anyText) continue;
        // Only connectors drawn: the row says where the flow continues; not a step.
        if (rowSymbols.length > 0) continue;
        const prev = steps[steps.length - 1];
        // Where the flowchart is a picture no symbol tells a step from the rest of one: only the top
        // row of a continuation page is taken as a row split by the page break.
        if (prev && (!table.rasterFlow || (firstWithText && !table.header))) {
          // A row split across a page break (or by a rule): its text continues the step above.
          prev.activity = joinLines(prev.activity, activity);
          prev.inputs = joinLines(prev.inputs, cells.inputs);
          prev.time = joinLines(prev.time, cells.time);
          prev.output = joinLines(prev.output, cells.output);
          prev.notes = joinLines(prev.notes, cells.notes);
          continue;
        }
      }
      // The portal's own print: the question (bold) and where the flow goes, under the activity.
      let question: string | undefined;
      let printedFlow: PrintedFlow | undefined;
      const actCol = kindCol('activity');
      const read = printedFlowOf(row.cells[actCol] ?? []);
      if (read.flow) {
        printedFlow = read.flow;
        question = read.question;
        activity = cellText(read.rest, cols[actCol]);
      }
      const stepIndex = steps.length;
      const actorsOfRow: number[] = [];
      const symbols: RecognisedStep['symbols'] = [];
      for (const s of [...stepSymbols].sort((a, b) => a.box.x0 - b.box.x0)) {
        const a = actorIndexOfColumn.get(columnOf(s, cols));
        if (a !== undefined && !actorsOfRow.includes(a)) actorsOfRow.push(a);
        if (a !== undefined) symbols.push({ actor: a, shape: DRAWN[s.shape]! });
        nodes[nodeIndex.get(s)!]!.step = stepIndex;
      }
      // A question written inside the diamond.
      const diamond = stepSymbols.find((s) => s.shape === 'decision');
      if (diamond && !question) {
        const inside = nodes[nodeIndex.get(diamond)!]!.label;
        if (inside) question = table.flowWords.filter((w) => insideSymbol({ x: (w.x0 + w.x1) / 2, y: w.y + w.size * 0.3 }, diamond)).map((w) => w.text).join(' ');
      }
      const shapes = stepSymbols.map((s) => s.shape);
      const shape: DrawnShape | undefined = shapes.includes('decision') ? 'keputusan' : shapes.includes('terminator') ? 'terminator' : shapes.length ? 'proses' : undefined;
      steps.push({
        no,
        activity,
        ...cells,
        actors: actorsOfRow.sort((a, b) => a - b),
        shape,
        symbols,
        rowArrows: [],
        rasterFlow: table.rasterFlow,
        question,
        printedFlow,
        page: table.page,
      });
    }
  }
  if (!steps.length) return refuse('tata-letak-lain', 'tata letak lain: tabel SOP ditemukan, tetapi tanpa baris langkah');
  // Never garbage published as a document: a table whose rows hold no activity, or only numbers.
  if (steps.every((s) => !s.activity))
    return refuse('tanpa-kegiatan', `tabel terbaca tanpa teks kegiatan (${steps.length} baris, kolom Kegiatan kosong): tata letaknya tidak dikenali`);
  if (steps.every((s) => [s.activity, s.inputs, s.time, s.output, s.notes].every((t) => !t || /^[\d\s.,()]+$/.test(t))))
    return refuse('tanpa-kegiatan', `tabel terbaca hanya berisi angka (${steps.length} baris): tata letaknya tidak dikenali`);

  // Arrows: per page, symbol to symbol; through connectors with the same label across pages.
  const out = new Map<number, { to: number; label?: string }[]>();
  let arrowsRead = false;
  for (const table of tables) {
    // Wires that run off the table's top or bottom (a page break the drawing did not mark with a
    // connector) get a stand-in node, matched with the one at the same x on the neighbouring page.
    const ends: FlowSymbol[] = [];
    for (const w of table.drawing.wires)
      for (const p of [w.a, w.b]) {
        const side = Math.abs(p.y - table.bodyBottom) <= 1.5 ? 'bottom' : Math.abs(p.y - table.bodyTop) <= 1.5 ? 'top' : undefined;
        if (!side || table.drawing.symbols.some((s) => distanceToBox(p, s.box) <= 3)) continue;
        if (ends.some((e) => Math.abs(e.box.x0 + 1 - p.x) < 1 && Math.abs(e.box.y0 + 1 - p.y) < 1)) continue;
        const stub: FlowSymbol = { shape: 'offpage', box: { x0: p.x - 1, x1: p.x + 1, y0: p.y - 1, y1: p.y + 1 } };
        ends.push(stub);
        nodeIndex.set(stub, nodes.length);
        nodes.push({ page: table.page, symbol: stub, label: '', pageEnd: { side, x: p.x } });
      }
    const drawing = { ...table.drawing, symbols: [...table.drawing.symbols, ...ends] };
    const pageEnds = new Set(ends.map((_, k) => table.drawing.symbols.length + k));
    const pageNodes = drawing.symbols.map((s) => nodeIndex.get(s)!);
    for (const e of symbolEdges(drawing, table.flowWords, pageEnds)) {
      arrowsRead = true;
      const from = pageNodes[e.from]!, to = pageNodes[e.to]!;
      const a = nodes[from]!, b = nodes[to]!;
      // An arrow from one symbol of a row to another: drawn inside the row, not a step to a step.
      if (a.step !== undefined && a.step === b.step) {
        const actorOf = (n: Node) => actorIndexOfColumn.get(columnOf(n.symbol, table.grid.columns));
        const [x, y] = [actorOf(a), actorOf(b)];
        if (!e.headless && x !== undefined && y !== undefined && x !== y) steps[a.step]!.rowArrows.push({ from: x, to: y });
        continue;
      }
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
    // A connector: on to whatever leaves it, or leaves a connector with the same label elsewhere;
    // a wire off the page: on from the same x at the other edge of the neighbouring page.
    const twins = nodes
      .map((m, i) => ({ m, i }))
      .filter(({ m, i }) => {
        if (i === node) return true;
        if (n.pageEnd)
          return !!m.pageEnd && m.pageEnd.side !== n.pageEnd.side && m.page === n.page + (n.pageEnd.side === 'bottom' ? 1 : -1) && Math.abs(m.pageEnd.x - n.pageEnd.x) <= 2;
        return isConnector(m) && !m.pageEnd && !!m.label && m.label === n.label;
      });
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
  // A flowchart drawn as a picture: nothing is read from it, page by page.
  const rasterPages = tables.filter((t) => t.rasterFlow).map((t) => t.page);
  const rasterFlow = rasterPages.length === tables.length;
  if (rasterFlow) notes.push('bagan alir berupa gambar: pelaksana, bentuk simbol dan panah tidak dibaca dari gambar');
  else if (rasterPages.length)
    notes.push(...rasterPages.map((p) => `halaman ${p}: bagan alir berupa gambar: pelaksana, bentuk simbol dan panah langkahnya tidak dibaca dari gambar`));
  const without = steps.map((s, i) => ({ s, i })).filter(({ s }) => s.actors.length === 0 && !s.rasterFlow);
  if (without.length) notes.push(`tanpa simbol bagan alir yang terbaca: langkah ${without.map(({ s, i }) => s.no || `ke-${i + 1}`).join(', ')}; pelaksananya kosong`);
  for (const s of steps.filter((x) => x.rasterFlow)) Object.assign(s, { actors: [], symbols: [], rowArrows: [], shape: undefined, next: undefined, branches: undefined });
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
