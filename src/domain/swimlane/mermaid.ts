import { flowEdges, rowExitActors, stepShape, symbolShape, type FlowEdge, type StepShape } from '../flow/index.ts';
import { escapeLabel, mermaidText, oneLine } from '../mermaid/index.ts';
import { roleName } from '../text/index.ts';
import type { SopData, Step } from '../model/index.ts';

/**
 * The SOP as a mermaid `swimlane-beta` diagram: one lane per pelaksana in the SOP's column order,
 * one node per step, the edges of the one flow graph (`flowEdges`): every decision branch with its
 * printed label, jumps and loop-backs drawn without a diamond, parallel targets. A pure function
 * of the model, so the diagram can never drift from the table; pinned to mermaid 12's syntax.
 *
 * Representation choices:
 * - Node ids come from the step number: step 3 is `L3`, so a viewer can map an SVG node back to
 *   `#langkah-3`. Lanes are `P1`, `P2`, … in column order.
 * - Shapes come from the one flow graph (`stepShape`, `flowEdges` in flow.ts): terminator
 *   `([..])` for the first and last step, diamond `{..}` for a decision, rectangle `[..]` otherwise.
 * - A node lives in exactly one lane in mermaid. A step with several pelaksana is drawn as one
 *   node per actor, like the official SOP table (a symbol in every actor's column, joined by a
 *   line): the main node `L<n>` in the lane of its FIRST actor, then `L<n>_2`, `L<n>_3`, … (same
 *   number, same words, same shape) in the lanes of the others, in the order the step lists them,
 *   chained by plain lines without arrow (`---`). Arrows into the step end at `L<n>`; arrows out of
 *   it leave from its last node. So a reader scanning one lane sees every step that actor takes
 *   part in, a hand-over ("Pemohon and Petugas Teknis: surat diterima", then Petugas Teknis goes on)
 *   reads in order, and the flow graph between steps is unchanged.
 * - Labels are short: "3. Dokumen lengkap?", "2. Mencatat dan mengarsipkan surat…" (the number and
 *   a few words, without the actor's name the lane already gives; the question for a diamond). The
 *   full text is in the steps table, which is the diagram's text equivalent.
 * - Written for mermaid 12's swimlane-beta (the syntax "may evolve"; mermaid is pinned in
 *   package-lock.json). Direction TB: lanes are columns, like the table.
 */

/** Longest short label, in characters after the step number. */
export const LABEL_MAX_CHARS = 34;

export interface SwimlaneNode {
  /** `L3` for step 3; `L3_2` for the companion node of step 3's second actor. */
  id: string;
  step: number;
  /** The lane the node is drawn in. */
  laneId: string;
  shape: StepShape;
  label: string;
  /** True for the main node of a step (the first actor's, where arrows into the step end). */
  main: boolean;
}

export interface SwimlaneLane {
  /** `P1`, `P2`, … in the SOP's column order. */
  id: string;
  actorId: string;
  label: string;
  nodes: SwimlaneNode[];
}

export interface SwimlaneEdge {
  from: string;
  to: string;
  /** The label printed on the arrow ("Ya", "Lengkap", "Y"), "dugaan" on an inferred jump, none otherwise; `---` joins a step's companion nodes. */
  label?: string;
  /** `shared`: the plain line joining a step's companion nodes; `row`: an arrow drawn between them (`panah`). */
  kind: FlowEdge['kind'] | 'shared' | 'row';
  loopBack: boolean;
  /** Drawn dashed (`-.->`). */
  dashed?: boolean;
}

export interface Swimlane {
  lanes: SwimlaneLane[];
  edges: SwimlaneEdge[];
  accTitle: string;
  accDescr: string;
  /** The mermaid source, ending with a newline. */
  source: string;
}

export const nodeId = (step: number, actorIndex = 0) => (actorIndex === 0 ? `L${step}` : `L${step}_${actorIndex + 1}`);
export const laneId = (column: number) => `P${column + 1}`;

/** "Menyusun draf bahan materi diklat untuk …" → the first words that fit in `max` characters. */
export function shorten(text: string, max = LABEL_MAX_CHARS): string {
  const clean = oneLine(text).replace(/[.;:,]+$/, '');
  if (clean.length <= max) return clean;
  const question = clean.endsWith('?');
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max / 2 ? cut.slice(0, space) : clean.slice(0, max)).replace(/[\s.,;:/(-]+$/, '');
  return `${head}…${question ? '?' : ''}`;
}

const NAME_MAX_CHARS = 200;
const normalise = (text: string) => text.toLowerCase().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').trim();

/**
 * "Petugas Teknis mencatat dan mengarsipkan surat" in the Petugas Teknis lane → "Mencatat dan
 * mengarsipkan surat": the lane already says who, and the label has room for a few words only.
 * Matches the actor's column header, with or without its parenthesis ("Pejabat Level 2" for
 * "Pejabat Level 2 (Pimpinan Unit)"), ignoring case and spaces around "/".
 */
export function withoutActor(activity: string, actorLabels: readonly string[]): string {
  const text = oneLine(activity);
  // A header longer than a label holds is never what a step starts with (and a value that long is
  // a finding of its own): leaving it out keeps the search below short however long the texts.
  const names = actorLabels.flatMap((l) => [l, l.replace(/\s*\(.*?\)\s*/g, ' ')]).map(normalise).filter((n) => n && n.length <= NAME_MAX_CHARS);
  const words = text.split(' ');
  // n words make at least n characters: prefixes longer than the longest name cannot match it.
  const longest = Math.max(0, ...names.map((n) => n.length));
  for (let n = Math.min(words.length - 1, longest); n >= 1; n--) {
    if (!names.includes(normalise(words.slice(0, n).join(' ')))) continue;
    const rest = words.slice(n).join(' ');
    return rest ? rest[0]!.toUpperCase() + rest.slice(1) : text;
  }
  return text;
}

/**
 * The words in a step's node: its number as printed and its activity (a decision: its question),
 * without the actor's name in front, shortened; "(dugaan)" when its place or its branches were
 * inferred by the transcriber.
 */
export function stepLabel(step: Step, actorLabels: readonly string[] = []): string {
  const printed = step.printedNumber ?? String(step.number);
  const number = printed === '' ? '' : `${printed.replace(/\.$/, '')}. `;
  const inferred = step.inferred?.some((k) => k === 'pelaksana' || k === 'keputusan' || k === 'bentuk') ? ' (dugaan)' : '';
  return `${number}${shorten(step.decision?.question ?? withoutActor(step.activity, actorLabels))}${inferred}`;
}

/** An edge label as mermaid reads it: plain words bare (`|Ya|`), anything else quoted. */
const edgeLabel = (label: string) => (/^[\p{L}\p{N} ]+$/u.test(label) ? label : `"${escapeLabel(label)}"`);

function shapeOf(shape: StepShape, label: string): string {
  const text = `"${escapeLabel(label)}"`;
  if (shape === 'terminator') return `([${text}])`;
  if (shape === 'decision') return `{${text}}`;
  return `[${text}]`;
}

/** The words on an arrow: the label printed on it, else "dugaan" on a jump the transcriber inferred. */
export function arrowLabel(e: FlowEdge, steps: readonly Step[]): string | undefined {
  return e.label ?? (e.kind === 'jump' && steps[e.from - 1]?.inferred?.includes('lanjut') ? 'dugaan' : undefined);
}

export function swimlane(sop: Pick<SopData, 'title' | 'actors' | 'steps'>): Swimlane {
  const stepCount = sop.steps.length;
  const lanes: SwimlaneLane[] = sop.actors.map((actor, i) => ({ id: laneId(i), actorId: actor.id, label: roleName(actor.label), nodes: [] }));
  const laneOf = new Map(lanes.map((lane) => [lane.actorId, lane]));
  const edges: SwimlaneEdge[] = [];
  /** Each step's node ids by actor. */
  const nodeOf = new Map<number, Map<string, string>>();
  /** Which of a step's nodes its outgoing arrows leave from: the last that sends no arrow inside the row (or the one `dari` names). */
  const exitOf = (e: FlowEdge) => {
    const ids = nodeOf.get(e.from);
    const exits = rowExitActors(sop.steps[e.from - 1]!).filter((a) => ids?.has(a));
    return ids?.get(e.fromActor ?? '') ?? (exits.length ? ids!.get(exits[exits.length - 1]!)! : nodeId(e.from));
  };

  for (const step of sop.steps) {
    const label = stepLabel(step, step.actorIds.map((id) => laneOf.get(id)?.label ?? ''));
    // Each actor once, in the order the step lists them; unknown ids are a schema error upstream.
    const actors = [...new Set(step.actorIds)].filter((id) => laneOf.has(id));
    const ids = new Map<string, string>();
    actors.forEach((actorId, k) => {
      const lane = laneOf.get(actorId)!;
      ids.set(actorId, nodeId(step.number, k));
      lane.nodes.push({ id: nodeId(step.number, k), step: step.number, laneId: lane.id, shape: symbolShape(step, actorId, stepCount), label, main: k === 0 });
      if (k > 0 && !step.rowArrows?.length) edges.push({ from: nodeId(step.number, k - 1), to: nodeId(step.number, k), kind: 'shared', loopBack: false });
    });
    nodeOf.set(step.number, ids);
    for (const arrow of step.rowArrows ?? []) {
      if (!ids.has(arrow.from) || !ids.has(arrow.to)) continue;
      edges.push({ from: ids.get(arrow.from)!, to: ids.get(arrow.to)!, kind: 'row', loopBack: false, ...(arrow.label !== undefined && { label: arrow.label }), ...(arrow.dashed && { dashed: true }) });
    }
  }

  for (const e of flowEdges(sop.steps)) {
    const label = arrowLabel(e, sop.steps);
    edges.push({ from: exitOf(e), to: nodeId(e.to), kind: e.kind, loopBack: e.loopBack, ...(label ? { label } : {}), ...(e.dashed && { dashed: true }) });
  }

  // A step whose pelaksana the source does not show belongs to no lane: declared outside them, so its
  // arrows still have both ends.
  const laneless = sop.steps.filter((step) => !step.actorIds.some((id) => laneOf.has(id)));
  const used = lanes.filter((l) => l.nodes.length > 0);
  const accTitle = `Diagram alir swimlane SOP ${oneLine(sop.title)}`;
  const accDescr = oneLine(
    `${stepCount} langkah dalam ${used.length} jalur pelaksana (${used.map((l) => l.label).join(', ')}). ` +
      `Teks lengkap setiap langkah ada di tabel langkah.`,
  );

  const lines = [
    // ignoreCrossLaneEdges: mermaid's default ranks nodes ignoring edges that cross lanes, which in an
    // SOP (where almost every edge crosses) puts every step in the first row. Kept in the source so
    // the .mmd renders the same anywhere.
    '---',
    'config:',
    '  swimlane:',
    '    ignoreCrossLaneEdges: false',
    '---',
    'swimlane-beta TB',
    `  accTitle: ${mermaidText(accTitle)}`,
    `  accDescr: ${mermaidText(accDescr)}`,
  ];
  // A lane with no step would render as a stray box; the table still shows that column.
  for (const lane of used) {
    lines.push(`  subgraph ${lane.id}["${escapeLabel(lane.label)}"]`);
    for (const node of lane.nodes) lines.push(`    ${node.id}${shapeOf(node.shape, node.label)}`);
    lines.push('  end');
  }
  for (const step of laneless) lines.push(`  ${nodeId(step.number)}${shapeOf(stepShape(step, stepCount), stepLabel(step))}`);
  for (const e of edges) {
    const line = e.dashed ? '-.->' : '-->';
    const arrow = e.kind === 'shared' ? '---' : e.label ? `${line}|${edgeLabel(e.label)}|` : line;
    lines.push(`  ${e.from} ${arrow} ${e.to}`);
  }
  return { lanes, edges, accTitle, accDescr, source: `${lines.join('\n')}\n` };
}

/** Just the mermaid source. */
export function swimlaneSource(sop: Pick<SopData, 'title' | 'actors' | 'steps'>): string {
  return swimlane(sop).source;
}
