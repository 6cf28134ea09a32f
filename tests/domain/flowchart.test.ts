import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/domain/model/corpus.ts';
import { flowEdges, symbolShape, type StepShape } from '../../src/domain/flow/graph.ts';
import {
  LANE_WIDTH,
  PRINT,
  SYMBOL,
  carriedId,
  edgeId,
  layoutFlowchart,
  type Cell,
  type Label,
  type ConnectorRow,
  type Flowchart,
  type Point,
  type StepRow,
  type Wire,
} from '../../src/domain/flowchart/index.ts';
import { ROW_MIN_HEIGHT } from '../../src/domain/flowchart/geometry.ts';
import { estimateRowHeight, printColumns, wrappedLines } from '../../src/domain/flowchart/pages.ts';
import type { SopData, Step } from '../../src/domain/model/schema/sop.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';

// ---------------------------------------------------------------------------------------------
// Small models: actors are single letters, steps name their actor(s) and, for a decision, targets.

type Model = Pick<SopData, 'actors' | 'steps'>;
interface StepSpec {
  by: string | string[];
  yes?: number;
  no?: number;
  text?: string;
}

function model(actors: string, steps: Array<string | string[] | StepSpec>): Model {
  return {
    actors: [...actors].map((id) => ({ id, label: `Pelaksana ${id.toUpperCase()}` })),
    steps: steps.map((spec, i): Step => {
      const s: StepSpec = typeof spec === 'string' || Array.isArray(spec) ? { by: spec } : spec;
      const decision =
        s.yes !== undefined || s.no !== undefined
          ? {
              question: 'Sesuai?',
              branches: [
                { label: 'Ya', to: s.yes ?? i + 2, short: 'yes' as const },
                ...(s.no !== undefined ? [{ label: 'Tidak', to: s.no, short: 'no' as const }] : []),
              ],
            }
          : undefined;
      return {
        number: i + 1,
        printedNumber: String(i + 1),
        inferred: [],
        activity: s.text ?? `Kegiatan ${i + 1}`,
        actorIds: typeof s.by === 'string' ? [s.by] : s.by,
        inputs: '',
        timeText: '',
        output: '',
        notes: '',
        ...(decision ? { decision } : {}),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Geometry of the screen drawing on a nominal grid: actor cells W × H, the gutter right of them.
// Every check runs on a roomy grid and on the smallest one the page allows.

const GRIDS = [
  { W: 120, H: 140 },
  { W: 88, H: ROW_MIN_HEIGHT },
];

interface Placed {
  step: number;
  column: number | 'gutter';
  /** The cell's box on the grid. */
  box: { left: number; right: number; top: number; bottom: number };
  wire: Wire;
  a: { x: number; y: number };
  b: { x: number; y: number };
}

const stepRows = (chart: Flowchart) => chart.rows.filter((r): r is StepRow => r.kind === 'step');
const columnsOf = (m: Model) => (n: number) =>
  m.actors.map((a, i) => (m.steps[n - 1]!.actorIds.includes(a.id) ? i : -1)).filter((i) => i >= 0);

/**
 * The drawing on a grid: each actor column as wide as the grid's W or the width its labels were
 * placed for (chart.columnWidths), whichever is more; each row as tall as H or the height its
 * drawing needs (minHeight).
 */
function place(chart: Flowchart, grid: { W: number; H: number }) {
  const actors = chart.actors.length;
  const widths = chart.actors.map((_, c) => Math.max(grid.W, chart.columnWidths[c] ?? 0));
  const lefts = widths.map((_, c) => widths.slice(0, c).reduce((x, w) => x + w, 0));
  const gutterLeft = widths.reduce((x, w) => x + w, 0);
  const rows = stepRows(chart);
  const heights = rows.map((r) => Math.max(grid.H, r.minHeight));
  const tops = heights.map((_, i) => heights.slice(0, i).reduce((y, h) => y + h, 0));
  const box = (step: number, column: number | 'gutter') => {
    const left = column === 'gutter' ? gutterLeft : lefts[column]!;
    const width = column === 'gutter' ? chart.lanes * LANE_WIDTH : widths[column]!;
    return { left, right: left + width, top: tops[step - 1]!, bottom: tops[step - 1]! + heights[step - 1]! };
  };
  const anchorOf = (step: number, column: number | 'gutter') => {
    const b = box(step, column);
    return { x: column === 'gutter' ? b.left : (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
  };
  const point = (p: Point, step: number, column: number | 'gutter') => {
    const b = box(step, column);
    const o = anchorOf(step, column);
    return {
      x: p.x === 'left' ? b.left : p.x === 'right' ? b.right : o.x + p.x,
      y: p.y === 'top' ? b.top : p.y === 'bottom' ? b.bottom : o.y + p.y,
    };
  };
  const placed: Placed[] = [];
  const symbols: Array<{ step: number; column: number; shape: StepShape; x: number; y: number }> = [];
  const labels: Array<{ step: number; column: number; label: Label; box: { left: number; right: number; top: number; bottom: number }; cell: ReturnType<typeof box> }> = [];
  for (const r of rows) {
    const n = r.step.number;
    const add = (cell: Cell, column: number | 'gutter') =>
      cell.wires.forEach((wire) => placed.push({ step: n, column, box: box(n, column), wire, a: point(wire.from, n, column), b: point(wire.to, n, column) }));
    r.cells.forEach((cell, c) => {
      add(cell, c);
      const o = anchorOf(n, c);
      if (cell.symbol) symbols.push({ step: n, column: c, shape: cell.symbol.shape, x: o.x, y: o.y });
      for (const l of cell.labels)
        labels.push({ step: n, column: c, label: l, cell: box(n, c), box: { left: o.x + l.box.left, right: o.x + l.box.right, top: o.y + l.box.top, bottom: o.y + l.box.bottom } });
    });
    add(r.gutter, 'gutter');
  }
  void actors;
  return { placed, symbols, labels };
}

/** < 1 inside the symbol, 1 on its outline, > 1 outside. */
function shapeDistance(shape: StepShape, dx: number, dy: number): number {
  const hw = SYMBOL[shape].width / 2;
  const hh = SYMBOL[shape].height / 2;
  if (shape === 'process') return Math.max(Math.abs(dx) / hw, Math.abs(dy) / hh);
  if (shape === 'decision') return Math.abs(dx) / hw + Math.abs(dy) / hh;
  const core = hw - hh;
  return Math.abs(dx) <= core ? Math.abs(dy) / hh : Math.hypot(Math.abs(dx) - core, dy) / hh;
}

const same = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.abs(p.x - q.x) < 0.01 && Math.abs(p.y - q.y) < 0.01;

/**
 * The invariants every layout must keep, on every grid. Returns nothing; fails the test on the
 * first broken rule with a message naming the SOP, step and edge.
 */
function checkLayout(name: string, m: Model, chart: Flowchart) {
  const cols = columnsOf(m);
  // A step whose pelaksana is not given has no symbol in the table: edges to or from it are not drawn.
  const edges = flowEdges(m.steps).filter((e) => cols(e.from).length > 0 && cols(e.to).length > 0);
  const rows = stepRows(chart);

  // One row per step in order; each step's symbol in exactly its actors' columns, with its shape.
  expect(rows.map((r) => r.step.number), name).toEqual(m.steps.map((s) => s.number));
  for (const r of rows) {
    const n = r.step.number;
    const withSymbol = r.cells.flatMap((c, i) => (c.symbol ? [i] : []));
    expect(withSymbol, `${name}: symbols of step ${n}`).toEqual(cols(n));
    const arrowsInside = (r.step.rowArrows?.length ?? 0) > 0;
    for (const c of withSymbol) {
      const symbol = r.cells[c]!.symbol!;
      expect(symbol.shape, `${name}: shape of step ${n} in column ${c}`).toBe(symbolShape(r.step, m.actors[c]!.id, m.steps.length));
      expect(symbol.step).toBe(n);
      // Joint steps without arrows inside the row: joined to the neighbouring symbol of the same step.
      expect(symbol.joinLeft, `${name}: step ${n} joined left`).toBe(!arrowsInside && c !== withSymbol[0]);
      expect(symbol.joinRight, `${name}: step ${n} joined right`).toBe(!arrowsInside && c !== withSymbol[withSymbol.length - 1]);
    }
  }

  for (const grid of GRIDS) {
    const { placed, symbols, labels } = place(chart, grid);
    const at = (step: number, column: number | 'gutter') => placed.filter((p) => p.step === step && p.column === column);

    // A wire in a cell that holds a symbol belongs to that step: its own edges, in or out, or its join.
    for (const p of placed) {
      if (p.column === 'gutter') continue;
      const cellSymbol = rows[p.step - 1]!.cells[p.column]!.symbol;
      if (!cellSymbol) continue;
      const e = p.wire.edge;
      expect(e === undefined || e.from === p.step || e.to === p.step, `${name}: wire of ${e && edgeId(e)} in the symbol cell of step ${p.step}`).toBe(true);
      if (p.wire.link) expect(p.wire.link.step, `${name}: arrow inside row ${p.wire.link.step} drawn in row ${p.step}`).toBe(p.step);
    }

    // Each wire stays in its cell, and passes through no symbol: it only touches one's outline at an end.
    // (A symbol stays in its cell too, so the cell's own symbol is the only one a wire could cross.)
    for (const p of placed) {
      for (const q of [p.a, p.b])
        expect(q.x >= p.box.left - 0.01 && q.x <= p.box.right + 0.01 && q.y >= p.box.top - 0.01 && q.y <= p.box.bottom + 0.01, `${name}: wire inside its cell`).toBe(true);
      const s = symbols.find((x) => x.step === p.step && x.column === p.column);
      if (!s) continue;
      const length = Math.hypot(p.b.x - p.a.x, p.b.y - p.a.y);
      const samples = Math.max(2, Math.ceil(length * 2));
      for (let k = 0; k <= samples; k++) {
        const x = p.a.x + ((p.b.x - p.a.x) * k) / samples;
        const y = p.a.y + ((p.b.y - p.a.y) * k) / samples;
        if (shapeDistance(s.shape, x - s.x, y - s.y) <= 0.99)
          expect.fail(`${name} ${grid.W}×${grid.H}: ${p.wire.edge ? edgeId(p.wire.edge) : 'join'} crosses the symbol of step ${s.step}`);
      }
    }

    // No two wires run on top of each other, unless they carry one edge or merge into one target.
    const byCell = Map.groupBy(placed, (p) => `${p.step}:${p.column}`);
    for (const inCell of byCell.values())
      for (let i = 0; i < inCell.length; i++)
        for (let j = i + 1; j < inCell.length; j++) {
          const p = inCell[i]!;
          const q = inCell[j]!;
          const horizontal = (s: Placed) => Math.abs(s.a.y - s.b.y) < 0.01;
          const overlap = (a1: number, a2: number, b1: number, b2: number) =>
            Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
          const runs =
            horizontal(p) && horizontal(q)
              ? Math.abs(p.a.y - q.a.y) < 0.01 && overlap(p.a.x, p.b.x, q.a.x, q.b.x) > 0.5
              : !horizontal(p) && !horizontal(q) && Math.abs(p.a.x - q.a.x) < 0.01 && overlap(p.a.y, p.b.y, q.a.y, q.b.y) > 0.5;
          if (!runs) continue;
          const merge = p.wire.edge && q.wire.edge && p.wire.edge.to === q.wire.edge.to;
          expect(merge, `${name}: ${p.wire.edge ? edgeId(p.wire.edge) : 'join'} runs on ${q.wire.edge ? edgeId(q.wire.edge) : 'join'} in step ${p.step}`).toBeTruthy();
        }

    // Every label: whole inside its own cell, next to the arrow it names where it leaves its symbol,
    // and clear of every line (its own included), arrowhead, symbol and other label.
    const near = (bx: { left: number; right: number; top: number; bottom: number }, x: number, y: number) =>
      Math.hypot(Math.max(bx.left - x, 0, x - bx.right), Math.max(bx.top - y, 0, y - bx.bottom));
    for (const l of labels) {
      const what = `${name} ${grid.W}×${grid.H}: label "${l.label.text}" of ${carriedId(l.label)} in step ${l.step}`;
      expect(l.box.left >= l.cell.left - 0.01 && l.box.right <= l.cell.right + 0.01 && l.box.top >= l.cell.top - 0.01 && l.box.bottom <= l.cell.bottom + 0.01, `${what}: inside its cell`).toBe(true);
      for (const p of placed.filter((q) => q.step === l.step)) {
        const crosses =
          Math.max(p.a.x, p.b.x) > l.box.left && Math.min(p.a.x, p.b.x) < l.box.right && Math.max(p.a.y, p.b.y) > l.box.top && Math.min(p.a.y, p.b.y) < l.box.bottom;
        if (crosses) expect.fail(`${what} lies on ${carriedId(p.wire) ?? 'a join'}`);
      }
      for (const s2 of symbols.filter((x) => x.step === l.step && x.column === l.column)) {
        // The point of the label's box nearest the symbol's centre lies outside its outline.
        const nearest = (lo: number, hi: number, c: number) => Math.min(Math.max(c, lo), hi);
        if (shapeDistance(s2.shape, nearest(l.box.left, l.box.right, s2.x) - s2.x, nearest(l.box.top, l.box.bottom, s2.y) - s2.y) < 1) expect.fail(`${what} lies on the symbol`);
      }
      for (const o of labels) if (o !== l && o.step === l.step && o.box.left < l.box.right && l.box.left < o.box.right && o.box.top < l.box.bottom && l.box.top < o.box.bottom) expect.fail(`${what} lies on label "${o.label.text}"`);
      // Next to its arrow: the first piece of its own wire in the cell passes within a few px.
      const own = placed.filter((p) => p.step === l.step && p.column === l.column && carriedId(p.wire) === carriedId(l.label));
      const distance = (p: Placed) => {
        let best = Infinity;
        for (let k = 0; k <= 20; k++) best = Math.min(best, near(l.box, p.a.x + ((p.b.x - p.a.x) * k) / 20, p.a.y + ((p.b.y - p.a.y) * k) / 20));
        return best;
      };
      expect(Math.min(...own.map(distance)), `${what}: next to its arrow`).toBeLessThanOrEqual(6);
      // And nearer to it than to any other arrow leaving the same symbol.
      const others = placed.filter((p) => p.step === l.step && p.column === l.column && p.wire.edge?.from === l.step && carriedId(p.wire) !== carriedId(l.label));
      for (const o of others) expect(distance(o), `${what}: nearer its own arrow than ${carriedId(o.wire)}`).toBeGreaterThan(Math.min(...own.map(distance)));
    }

    // Every edge: one continuous wire from the outline of its source to an arrowhead on its target.
    for (const e of edges) {
      const id = edgeId(e);
      const pieces = placed.filter((p) => p.wire.edge === e || (p.wire.edge && edgeId(p.wire.edge) === id));
      expect(pieces.length, `${name}: wires of ${id}`).toBeGreaterThan(0);
      const starts = pieces.filter((p) => !pieces.some((q) => q !== p && same(q.b, p.a)));
      expect(starts.length, `${name}: ${id} has one start`).toBe(1);
      let current = starts[0]!;
      const source = symbols.find((s) => s.step === e.from && s.column === current.column)!;
      expect(source, `${name}: ${id} leaves a symbol of step ${e.from}`).toBeDefined();
      expect(Math.abs(shapeDistance(source.shape, current.a.x - source.x, current.a.y - source.y) - 1), `${name}: ${id} leaves the outline`).toBeLessThan(0.02);
      expect(cols(e.from)).toContain(current.column);
      const visited = new Set([current]);
      for (;;) {
        const next = pieces.find((q) => !visited.has(q) && same(q.a, current.b));
        if (!next) break;
        visited.add(next);
        current = next;
      }
      expect(visited.size, `${name}: ${id} is one continuous line`).toBe(pieces.length);
      expect(current.wire.arrowhead, `${name}: ${id} ends in an arrowhead`).toBeDefined();
      expect(pieces.filter((p) => p.wire.arrowhead).length, `${name}: ${id} has one arrowhead`).toBe(1);
      expect(current.step, `${name}: ${id} arrives in the row of step ${e.to}`).toBe(e.to);
      expect(cols(e.to), `${name}: ${id} arrives in a column of step ${e.to}`).toContain(current.column);
      const target = symbols.find((s) => s.step === e.to && s.column === current.column)!;
      expect(Math.abs(shapeDistance(target.shape, current.b.x - target.x, current.b.y - target.y) - 1), `${name}: ${id} meets the outline of ${e.to}`).toBeLessThan(0.02);
      const d = { x: current.b.x - current.a.x, y: current.b.y - current.a.y };
      const pointing = Math.abs(d.x) > Math.abs(d.y) ? (d.x > 0 ? 'right' : 'left') : d.y > 0 ? 'down' : 'up';
      expect(current.wire.arrowhead, `${name}: ${id} arrowhead direction`).toBe(pointing);
      // A loop-back or a jump runs in the gutter through every row it spans.
      if (e.to !== e.from + 1 && e.to !== e.from)
        for (let n = Math.min(e.from, e.to); n <= Math.max(e.from, e.to); n++)
          expect(at(n, 'gutter').some((p) => p.wire.edge && edgeId(p.wire.edge) === id), `${name}: ${id} in the gutter of row ${n}`).toBe(true);
    }
  }

  // Arrows inside a row: one continuous wire from one symbol's outline to the other's, with an arrowhead.
  for (const grid of GRIDS) {
    const { placed, symbols } = place(chart, grid);
    for (const r of rows)
      for (const link of r.links) {
        const id = carriedId({ link })!;
        const pieces = placed.filter((p) => carriedId(p.wire) === id);
        expect(pieces.every((p) => p.step === r.step.number), `${name}: ${id} stays in its row`).toBe(true);
        const start = pieces.find((p) => !pieces.some((q) => q !== p && same(q.b, p.a)))!;
        const a = symbols.find((x) => x.step === r.step.number && x.column === link.from)!;
        expect(Math.abs(shapeDistance(a.shape, start.a.x - a.x, start.a.y - a.y) - 1), `${name}: ${id} leaves the outline`).toBeLessThan(0.02);
        let current = start;
        for (let k = 1; k < pieces.length; k++) current = pieces.find((q) => same(q.a, current.b)) ?? expect.fail(`${name}: ${id} is one continuous line`);
        const b = symbols.find((x) => x.step === r.step.number && x.column === link.to)!;
        expect(current.wire.arrowhead, `${name}: ${id} ends in an arrowhead`).toBeDefined();
        expect(Math.abs(shapeDistance(b.shape, current.b.x - b.x, current.b.y - b.y) - 1), `${name}: ${id} meets the outline`).toBeLessThan(0.02);
      }
  }

  // Labels: one per labelled arrow, in the row it leaves, saying what is printed on it.
  const labelled = [...edges.filter((x) => x.label !== undefined).map((e) => ({ id: edgeId(e), text: e.label!, row: e.from })), ...rows.flatMap((r) => r.links.filter((l) => l.label !== undefined).map((l) => ({ id: carriedId({ link: l })!, text: l.label!, row: r.step.number })))];
  for (const want of labelled) {
    const found = rows[want.row - 1]!.cells.flatMap((c) => c.labels).filter((l) => carriedId(l) === want.id);
    expect(found.map((l) => l.text), `${name}: label of ${want.id}`).toEqual([want.text]);
    expect(found[0]!.lines.join(' ').replace(/([/-]) /g, '$1'), `${name}: label of ${want.id} keeps its words`).toBe(want.text.replace(/\s+/g, ' '));
  }
  expect(rows.flatMap((r) => [...r.cells, r.gutter]).flatMap((c) => c.labels).length).toBe(labelled.length);

  checkPages(name, chart);
}

/** Pages in order; each break closed and opened by connector rows that carry the same numbers. */
function checkPages(name: string, chart: Flowchart) {
  const rows = chart.rows;
  let page = 1;
  rows.forEach((r, i) => {
    expect(r.page, `${name}: pages go up one at a time`).toBeGreaterThanOrEqual(page);
    expect(r.page - page).toBeLessThanOrEqual(1);
    if (r.page !== page) {
      // The first row of a new page: a page-start connector row, or a step when nothing crosses.
      const prev = rows[i - 1]!;
      if (r.kind === 'page-start') expect(prev.kind, `${name}: page-start follows page-end`).toBe('page-end');
      else expect(r.kind, `${name}: nothing crosses this break`).toBe('step');
      page = r.page;
    }
    if (r.kind === 'page-end') {
      const next = rows[i + 1] as ConnectorRow;
      expect(next.kind).toBe('page-start');
      expect(next.page).toBe(r.page + 1);
      const marks = (row: ConnectorRow) => [
        ...row.cells.flatMap((c, col) => c.connectors.map((m) => ({ col, x: m.x, step: m.step, down: m.down, edge: edgeId(m.edge) }))),
        ...row.gutter.connectors.map((m) => ({ col: 'gutter', x: m.x, step: m.step, down: m.down, edge: edgeId(m.edge) })),
      ];
      expect(marks(r).length, `${name}: connectors at the foot of page ${r.page}`).toBeGreaterThan(0);
      expect(marks(next), `${name}: connectors match across page ${r.page}`).toEqual(marks(r));
      expect(r.continuesTo).toEqual(next.continuesTo);
      for (const m of marks(r)) expect(Number(m.edge.split('-')[1]), `${name}: connector number`).toBe(m.step);
      // The step row above the break: exactly these wires leave through its bottom.
      const above = rows[i - 1] as StepRow;
      expect(above.kind).toBe('step');
      const leaving = [...above.cells, above.gutter].flatMap((c) => c.wires).filter((w) => w.from.y === 'bottom' || w.to.y === 'bottom');
      expect(leaving.map((w) => edgeId(w.edge!)).sort()).toEqual(marks(r).map((m) => m.edge).sort());
      // Arrowheads: into the foot connector going down, into the head connector going up.
      for (const [row, dir] of [[r, 'down'], [next, 'up']] as const)
        for (const c of [...row.cells, row.gutter])
          for (const m of c.connectors)
            expect(c.wires.some((w) => edgeId(w.edge!) === edgeId(m.edge) && w.arrowhead === dir), `${name}: arrow into connector ${m.step}`).toBe(m.down === (dir === 'down'));
    }
  });
  const steps = stepRows(chart);
  for (const p of chart.print.pages) {
    const onPage = steps.filter((r) => r.page === p.number).map((r) => r.step.number);
    expect(onPage[0]).toBe(p.firstStep);
    expect(onPage[onPage.length - 1]).toBe(p.lastStep);
    // A table printed smaller (scale < 1) fits more of its unscaled height on a page.
    if (onPage.length > 1) expect(p.estimatedHeight * chart.print.columns.scale, `${name}: page ${p.number} fits`).toBeLessThanOrEqual(PRINT.pageHeight * PRINT.usable);
  }
  expect(chart.print.pages.length).toBe(page);
}

// ---------------------------------------------------------------------------------------------

const LONG = 'Menyusun, memeriksa dan meneruskan berkas permohonan beserta seluruh lampiran pendukung kepada pejabat yang berwenang untuk ditindaklanjuti sesuai ketentuan yang berlaku; '.repeat(2);

const CASES: Array<[string, Model]> = [
  ['one column, straight down', model('a', ['a', 'a', 'a'])],
  ['across to the right and back', model('ab', ['a', 'b', 'a', 'b'])],
  ['across two columns', model('abc', ['a', 'c', 'a'])],
  ['decision: Ya down, Tidak back', model('ab', ['a', 'b', { by: 'b', no: 2 }, 'b'])],
  ['decision: Ya to the right must go round', model('abc', ['a', 'b', { by: 'b', no: 1 }, 'c', 'a'])],
  ['decision: Ya to the left, Tidak back', model('abc', ['c', 'b', { by: 'c', no: 2 }, 'a'])],
  ['decision that is itself a loop target', model('abcd', ['a', 'c', { by: 'b', no: 2 }, { by: 'a', yes: 5, no: 3 }, 'd', 'a'])],
  ['decision: Ya jumps forward, Tidak back (two gutter exits)', model('ab', ['a', 'b', { by: 'a', yes: 6, no: 2 }, 'b', 'a', 'b'])],
  ['decision looping onto itself', model('ab', ['a', { by: 'b', no: 2 }, 'a'])],
  ['nested loops take separate lanes', model('ab', ['a', 'b', 'a', 'b', { by: 'a', no: 3 }, { by: 'b', no: 2 }, 'a'])],
  ['two actors, joined', model('abc', ['a', ['a', 'c'], 'b', ['b', 'c']])],
  ['next step between the joined symbols goes round', model('abc', ['a', ['a', 'c'], 'b', 'c'])],
  ['decision with two actors loops back', model('abc', ['b', 'a', { by: ['a', 'c'], no: 2 }, 'b'])],
  ['a single step', model('ab', ['b'])],
  [
    'long SOP over several pages, a loop across a break',
    model('abc', Array.from({ length: 14 }, (_, i): StepSpec => (i === 11 ? { by: 'b', no: 3, text: LONG } : { by: 'abc'[i % 3]!, text: LONG }))),
  ],
];

describe('layoutFlowchart on small models', () => {
  it.each(CASES)('%s', (name, m) => checkLayout(name, m, layoutFlowchart(m)));

  it.each<[string, Model, string, { row: number; column: number | 'gutter'; arrowhead: string }]>([
    ['straight', model('a', ['a', 'a']), '1-2-next', { row: 2, column: 0, arrowhead: 'down' }],
    ['across right enters from the top', model('ab', ['a', 'b']), '1-2-next', { row: 2, column: 1, arrowhead: 'down' }],
    ['across left enters from the top', model('ab', ['b', 'a']), '1-2-next', { row: 2, column: 0, arrowhead: 'down' }],
    ['Ya to the right goes round, into the left side', model('abc', ['a', { by: 'b', no: 1 }, 'c']), '2-3-yes', { row: 3, column: 2, arrowhead: 'right' }],
    ['Tidak back enters from the right side', model('abc', ['a', { by: 'b', no: 1 }, 'c']), '2-1-no', { row: 1, column: 0, arrowhead: 'left' }],
  ])('%s', (_, m, id, expected) => {
    const rows = stepRows(layoutFlowchart(m));
    const row = rows[expected.row - 1]!;
    const cell = expected.column === 'gutter' ? row.gutter : row.cells[expected.column]!;
    expect(cell.wires.filter((w) => w.arrowhead && edgeId(w.edge!) === id).map((w) => w.arrowhead)).toEqual([expected.arrowhead]);
  });

  it('gives overlapping loop-backs different lanes and nested ones the inner lane', () => {
    const chart = layoutFlowchart(CASES.find(([n]) => n.startsWith('nested'))![1]);
    expect(chart.lanes).toBe(2);
    const laneOf = (id: string) =>
      new Set(stepRows(chart).flatMap((r) => r.gutter.wires.filter((w) => edgeId(w.edge!) === id && typeof w.from.x === 'number').map((w) => w.from.x)));
    expect([...laneOf('5-3-no')]).toEqual([LANE_WIDTH / 2]);
    expect([...laneOf('6-2-no')]).toEqual([LANE_WIDTH * 1.5]);
  });

  it('leaves no gutter when nothing skips a row', () => {
    const chart = layoutFlowchart(model('ab', ['a', 'b', 'a']));
    expect(chart.lanes).toBe(0);
    expect(stepRows(chart).every((r) => r.gutter.wires.length === 0)).toBe(true);
  });

  it('joins the symbols of a two-actor step through the cells between', () => {
    const row = stepRows(layoutFlowchart(model('abc', ['a', ['a', 'c'], 'b'])))[1]!;
    expect(row.cells.map((c) => c.symbol && [c.symbol.joinLeft, c.symbol.joinRight])).toEqual([[false, true], undefined, [true, false]]);
    expect(row.cells[1]!.wires.filter((w) => !w.edge).map((w) => [w.from, w.to])).toEqual([[{ x: 'left', y: 0 }, { x: 'right', y: 0 }]]);
  });

  it('puts a long SOP on several pages and repeats the connectors', () => {
    const chart = layoutFlowchart(CASES.find(([n]) => n.startsWith('long'))![1]);
    expect(chart.print.pages.length).toBeGreaterThan(2);
    const ends = chart.rows.filter((r): r is ConnectorRow => r.kind === 'page-end');
    expect(ends.length).toBe(chart.print.pages.length - 1);
    // The loop 12 → 3 crosses the breaks above step 12 going up: its connector carries 3.
    expect(ends.some((r) => r.gutter.connectors.some((m) => m.step === 3 && !m.down))).toBe(true);
  });

  it('has a checker that catches a wire through a symbol, a broken wire and mismatched connectors', () => {
    const m = model('ab', ['a', 'a', 'b', 'a']);
    const through = layoutFlowchart(m);
    const edge = through.edges[0]!;
    stepRows(through)[1]!.cells[0]!.wires.push({ edge, from: { x: 'left', y: 0 }, to: { x: 'right', y: 0 } });
    expect(() => checkLayout('through', m, through)).toThrow(/crosses the symbol of step 2/);

    const broken = layoutFlowchart(m);
    stepRows(broken)[1]!.cells[0]!.wires.length = 0;
    expect(() => checkLayout('broken', m, broken)).toThrow(/1-2-next/);

    const long = CASES.find(([n]) => n.startsWith('long'))![1];
    const paged = layoutFlowchart(long);
    const start = paged.rows.find((r): r is ConnectorRow => r.kind === 'page-start')!;
    [...start.cells, start.gutter].find((c) => c.connectors.length)!.connectors[0]!.step++;
    expect(() => checkPages('paged', paged)).toThrow(/connectors match/);
  });

  it('is deterministic: same model, same layout', () => {
    for (const [, m] of CASES) {
      const once = JSON.stringify(layoutFlowchart(m));
      expect(JSON.stringify(layoutFlowchart(structuredClone(m)))).toBe(once);
      expect(JSON.stringify(layoutFlowchart(m))).toBe(once);
    }
  });
});

describe('print estimate', () => {
  it.each([
    ['', 200, 0],
    ['satu', 200, 1],
    ['kata '.repeat(10).trim(), 80, 5],
    ['x'.repeat(39), 100, 3],
    ['x'.repeat(40), 100, 4],
    ['dua\nbaris', 200, 2],
  ])('wraps %j at %d px into %d lines', (text, width, lines) => {
    expect(wrappedLines(text, width, 6.7)).toBe(lines);
  });

  it('never makes a row lower than its symbols, and grows with the Kegiatan text', () => {
    const columns = printColumns(4, 1);
    const [short, long] = model('a', [{ by: 'a', text: 'Singkat' }, { by: 'a', text: LONG }]).steps;
    expect(estimateRowHeight(short!, columns, '')).toBe(ROW_MIN_HEIGHT);
    expect(estimateRowHeight(long!, columns, '')).toBeGreaterThan(wrappedLines(LONG, columns.activity) * PRINT.lineHeight);
  });

  it('fits the print columns on an A4 landscape page', () => {
    for (const actors of [1, 2, 4, 6]) {
      const c = printColumns(actors, 2);
      expect(c.scale).toBe(1);
      expect(c.no + c.activity + c.actor * actors + c.gutter + c.inputs + c.time + c.output + c.notes).toBeLessThanOrEqual(PRINT.pageWidth);
    }
  });

  it('gives labelled columns their width, the others what is left, and prints smaller only when nothing else fits', () => {
    const total = (c: ReturnType<typeof printColumns>) => c.no + c.activity + c.actors.reduce((a, b) => a + b, 0) + c.gutter + c.inputs + c.time + c.output + c.notes;
    const three = printColumns(3, 1, [64, 180, 64]);
    expect(three.actors[1]).toBe(180);
    expect(three.actors[0]).toBe(three.actors[2]);
    expect(three.scale).toBe(1);
    expect(total(three)).toBeLessThanOrEqual(PRINT.pageWidth);
    const six = printColumns(6, 2, [200, 200, 200, 200, 64, 64]);
    expect(six.actors).toEqual([200, 200, 200, 200, 64, 64]);
    expect(six.activity).toBe(180);
    expect(six.scale).toBeLessThan(1);
    expect(total(six) * six.scale).toBeLessThanOrEqual(PRINT.pageWidth);
  });
});

describe('layoutFlowchart on the seed SOPs', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await readCorpus(process.cwd());
  });

  it('keeps every rule on every seed SOP', () => {
    expect(corpus.sops.size).toBeGreaterThan(0);
    for (const sop of corpus.sops.values()) checkLayout(sop.slug, sop.data, layoutFlowchart(sop.data));
  });

  it('keeps every rule on every SOP of the flow fixtures (three-way decisions, jumps, loops)', async () => {
    const flow = await readCorpus(`${process.cwd()}/tests/fixtures/corpus-flow`);
    expect(flow.sops.size).toBeGreaterThan(0);
    for (const sop of flow.sops.values()) checkLayout(sop.slug, sop.data, layoutFlowchart(sop.data));
  });

  it('routes the loop-backs of Pelaksanaan Kegiatan Diklat through the gutter', () => {
    const data = corpus.sops.get('pelaksanaan-kegiatan-diklat')!.data;
    const chart = layoutFlowchart(data);
    expect(chart.lanes).toBe(2);
    const rows = stepRows(chart);
    const gutterEdges = (n: number) => new Set(rows[n - 1]!.gutter.wires.map((w) => edgeId(w.edge!)));
    expect([...gutterEdges(5)]).toEqual(['6-5-no']);
    expect([...gutterEdges(6)].sort()).toEqual(['6-5-no', '7-6-no']);
    expect([...gutterEdges(7)]).toEqual(['7-6-no']);
    // 7 → 8: Ya goes to Pejabat Level 1 on the right while Tidak leaves on the right: round, into 8's left side.
    expect(rows[7]!.cells[3]!.wires.find((w) => w.arrowhead)).toMatchObject({ arrowhead: 'right', edge: { from: 7, to: 8, kind: 'branch', label: 'Ya' } });
  });

  it('routes Pelayanan Konsultasi: Tidak from step 3 back to step 1', () => {
    const chart = layoutFlowchart(corpus.sops.get('pelayanan-konsultasi')!.data);
    const rows = stepRows(chart);
    expect(rows.map((r) => r.cells.findIndex((c) => c.symbol))).toEqual([0, 1, 2, 3, 0]);
    expect(rows[0]!.cells[0]!.wires.find((w) => w.arrowhead)).toMatchObject({ arrowhead: 'left', edge: { from: 3, to: 1, kind: 'branch', label: 'Tidak' } });
    expect(rows[2]!.cells[2]!.labels.map((l) => l.text).sort()).toEqual(['Tidak', 'Ya']);
  });
});
