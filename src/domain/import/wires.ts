/**
 * Which symbol an arrow leads from and to, on one page: connected wires (endpoints meeting, or one
 * ending on another: elbows and joins, not crossings), the arrowheads on them, and the symbols they
 * touch. A symbol at an arrow's tip is a target; the other symbols touched are sources. Branch labels
 * ("Ya", "Tidak", "Y", "T", …) attach to the wire leaving a decision nearest to them.
 */
import { distanceToBox, distanceToSegment, type Drawing, type WireSegment } from './geometry.ts';
import type { Point } from './page.ts';
import { wordBox, type Word } from './text.ts';

export interface SymbolEdge {
  from: number;
  to: number;
  /** The branch label printed beside this exit of a decision. */
  label?: string;
}

/** Endpoints closer than this join (wires are cut at every cell border by some producers). */
const JOIN = 2.2;
/** An endpoint this close to another wire joins it (a T-junction). */
const TEE = 1.0;
/** A wire end or arrow tip this close to a symbol's box touches it. */
const TOUCH = 2.5;
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
  }
  const exits: Exit[] = [];
  for (const comp of components.values()) {
    const touched = new Set<number>();
    const targets = new Set<number>();
    symbols.forEach((s, i) => {
      if (comp.wires.some((w) => distanceToBox(w.a, s.box) <= TOUCH || distanceToBox(w.b, s.box) <= TOUCH)) touched.add(i);
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
      if (own.length) exits.push({ from, to: own, wires: comp.wires });
    }
  }
  // Branch labels: each label to the nearest exit of a decision.
  const labelOf = new Map<Exit, string>();
  const decisionExits = exits.filter((e) => symbols[e.from]!.shape === 'decision');
  const options: { exit: Exit; word: Word; d: number }[] = [];
  const insideSymbol = (w: Word) => {
    const b = wordBox(w);
    const c = { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 };
    return symbols.some((s) => distanceToBox(c, s.box) === 0);
  };
  for (const word of labels) {
    if (insideSymbol(word) || word.text.length > 14) continue;
    const b = wordBox(word);
    const corners: Point[] = [
      { x: b.x0, y: b.y0 }, { x: b.x1, y: b.y0 }, { x: b.x0, y: b.y1 }, { x: b.x1, y: b.y1 }, { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 },
    ];
    for (const exit of decisionExits) {
      const sym = symbols[exit.from]!.box;
      // Only the part of the exit near its decision: labels sit where the branch leaves.
      const near = exit.wires.filter((w) => Math.min(distanceToBox(w.a, sym), distanceToBox(w.b, sym)) <= 30);
      let d = Infinity;
      for (const w of near) for (const p of corners) d = Math.min(d, distanceToSegment(p, w.a, w.b));
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
  for (const e of exits) for (const to of e.to) edges.push({ from: e.from, to, ...(labelOf.has(e) ? { label: labelOf.get(e)! } : {}) });
  return edges;
}
