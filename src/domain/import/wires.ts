/**
 * Which symbol an arrow leads from and to, on one page: connected wires (endpoints meeting, or one
 * ending on another: elbows and joins, not crossings), the arrowheads on them, and the symbols they
 * touch. A symbol at an arrow's tip is a target; the other symbols touched are sources. Branch labels
 * ("Ya", "Tidak", "Y", "T", …) attach to the exit of a decision nearest to them: to its wire, or to the
 * vertex it leaves from (labels often sit beside the vertex, inside the diamond's bounding box).
 */
import { diamondVertices, distanceToBox, distanceToSegment, distanceToSymbol, insideSymbol, type Drawing, type FlowSymbol, type WireSegment } from './geometry.ts';
import type { Point } from './page.ts';
import { wordBox, type Word } from './text.ts';

export interface SymbolEdge {
  from: number;
  to: number;
  /** The branch label printed beside this exit of a decision. */
  label?: string;
  /** No arrowhead was drawn: the direction is the table's (downwards), not read. */
  headless?: true;
}

/** Endpoints closer than this join (wires are cut at every cell border by some producers). */
const JOIN = 2.2;
/** An endpoint this close to another wire joins it (a T-junction). */
const TEE = 1.0;
/** A wire end or arrow tip this close to a symbol's box touches it. */
const TOUCH = 2.5;
/** A diamond's exits may start 1–3 pt short of its vertex (measured to its outline, not its box). */
const TOUCH_DECISION = 3.5;
/** Labels further than this from an exit wire belong to none. */
const LABEL_REACH = 15;

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number) {
    this.parent[this.find(a)] = this.find(b);
  }
}

const dist = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);

/**
 * `pageEnds`: indices of the stand-in symbols where a wire runs off the top or bottom of the table
 * (continued on the next or previous page without a connector): flow leaves a page through them
 * unless an arrowhead says otherwise.
 */
export function symbolEdges(drawing: Drawing, labels: readonly Word[], pageEnds: ReadonlySet<number> = new Set()): SymbolEdge[] {
  const { symbols, arrowheads, wires } = drawing;
  const n = wires.length;
  const uf = new UnionFind(n + arrowheads.length);
  for (let i = 0; i < n; i++) {
    const w = wires[i]!;
    for (let j = i + 1; j < n; j++) {
      const v = wires[j]!;
      const ends = [w.a, w.b];
      const others = [v.a, v.b];
      if (ends.some((p) => others.some((q) => dist(p, q) <= JOIN))) uf.union(i, j);
      else if (ends.some((p) => distanceToSegment(p, v.a, v.b) <= TEE) || others.some((q) => distanceToSegment(q, w.a, w.b) <= TEE)) uf.union(i, j);
    }
  }
  arrowheads.forEach((h, k) => {
    let best = -1, bestD = 3;
    wires.forEach((w, i) => {
      const d = Math.min(distanceToBox(w.a, h.box), distanceToBox(w.b, h.box));
      if (d <= bestD) (best = i), (bestD = d);
    });
    if (best >= 0) uf.union(n + k, best);
  });
  const components = new Map<number, { wires: WireSegment[]; tips: Point[] }>();
  wires.forEach((w, i) => {
    const r = uf.find(i);
    if (!components.has(r)) components.set(r, { wires: [], tips: [] });
    components.get(r)!.wires.push(w);
  });
  arrowheads.forEach((h, k) => {
    const r = uf.find(n + k);
    components.get(r)?.tips.push(h.tip);
  });
  interface Exit {
    from: number;
    to: number[];
    wires: WireSegment[];
    headless: boolean;
  }
  const exits: Exit[] = [];
  for (const comp of components.values()) {
    const touched = new Set<number>();
    const targets = new Set<number>();
    symbols.forEach((s, i) => {
      if (comp.wires.some((w) => touches(w.a, s) || touches(w.b, s))) touched.add(i);
      if (comp.tips.some((t) => distanceToBox(t, s.box) <= TOUCH + 0.5)) targets.add(i);
    });
    for (const t of targets) touched.add(t);
    let sources = [...touched].filter((i) => !targets.has(i));
    let to = [...targets];
    if (comp.tips.length === 0 && touched.size >= 2) {
      const real = [...touched].filter((i) => !pageEnds.has(i));
      if (real.length < touched.size && real.length > 0) {
        // A wire off the page with no arrowhead on this page: the flow leaves through it.
        sources = real;
        to = [...touched].filter((i) => pageEnds.has(i));
      } else {
        // No arrowhead: the flow runs down the table, from the topmost symbol.
        const order = [...touched].sort((a, b) => symbols[b]!.box.y1 - symbols[a]!.box.y1);
        sources = [order[0]!];
        to = order.slice(1);
      }
    }
    for (const from of sources) {
      const own = to.filter((t) => t !== from);
      if (own.length) exits.push({ from, to: own, wires: comp.wires, headless: comp.tips.length === 0 });
    }
  }
  // Branch labels: each label to the nearest exit of a decision.
  const labelOf = new Map<Exit, string>();
  const decisionExits = exits.filter((e) => symbols[e.from]!.shape === 'decision');
  const options: { exit: Exit; word: Word; d: number }[] = [];
  const inAnySymbol = (w: Word) => {
    const b = wordBox(w);
    const c = { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 };
    return symbols.some((s) => insideSymbol(c, s));
  };
  for (const word of labels) {
    if (inAnySymbol(word) || word.text.length > 14) continue;
    const b = wordBox(word);
    const corners: Point[] = [
      { x: b.x0, y: b.y0 }, { x: b.x1, y: b.y0 }, { x: b.x0, y: b.y1 }, { x: b.x1, y: b.y1 }, { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 },
    ];
    for (const exit of decisionExits) {
      const sym = symbols[exit.from]!;
      // Only the part of the exit near its decision: labels sit where the branch leaves.
      const near = exit.wires.filter((w) => Math.min(distanceToBox(w.a, sym.box), distanceToBox(w.b, sym.box)) <= 30);
      let d = Infinity;
      for (const w of near) for (const p of corners) d = Math.min(d, distanceToSegment(p, w.a, w.b));
      // Or beside the vertex the exit leaves from.
      const vertex = exitVertex(sym, near);
      if (vertex) d = Math.min(d, distanceToBox(vertex, b));
      if (d <= LABEL_REACH) options.push({ exit, word, d });
    }
  }
  const usedWords = new Set<Word>();
  for (const o of options.sort((a, b) => a.d - b.d)) {
    if (labelOf.has(o.exit) || usedWords.has(o.word)) continue;
    labelOf.set(o.exit, o.word.text);
    usedWords.add(o.word);
  }
  const edges: SymbolEdge[] = [];
  for (const e of exits)
    for (const to of e.to) edges.push({ from: e.from, to, ...(labelOf.has(e) ? { label: labelOf.get(e)! } : {}), ...(e.headless ? { headless: true as const } : {}) });
  return edges;
}

function touches(p: Point, s: FlowSymbol): boolean {
  return s.shape === 'decision' ? distanceToSymbol(p, s) <= TOUCH_DECISION : distanceToBox(p, s.box) <= TOUCH;
}

/** The vertex of a diamond that an exit leaves from: the one nearest to the wire ends touching it. */
function exitVertex(sym: FlowSymbol, wires: readonly WireSegment[]): Point | undefined {
  if (sym.shape !== 'decision') return undefined;
  const ends = wires.flatMap((w) => [w.a, w.b]).filter((p) => touches(p, sym));
  if (!ends.length) return undefined;
  let best: Point | undefined, bestD = Infinity;
  for (const v of diamondVertices(sym.box))
    for (const p of ends) {
      const d = Math.hypot(p.x - v.x, p.y - v.y);
      if (d < bestD) (best = v), (bestD = d);
    }
  return best;
}
