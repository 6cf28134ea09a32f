import { edgeId, rowLinkId } from '../flowchart/index.ts';
import { escapeMarkup } from '../text/index.ts';
import type { EdgeRoute, LinkRoute, NodeBox, Point, SwimlaneLayout } from './layout.ts';
import { SIZES } from './layout.ts';
import { FONT_FAMILY } from '../measure/index.ts';

/**
 * The laid-out swimlane as one standalone SVG string (inline in the page, and the downloadable
 * .svg): text stays text, colours are presentation attributes (the file reads the same anywhere;
 * the page's CSS restyles it for dark mode), and every element says which step it belongs to:
 * - a node `<g class="node" data-step="6" data-actor="anggota-tim" data-main="true">` holding its
 *   outline (`rect`, a stadium `rect` with rx, or a diamond `polygon`) and its text;
 * - an arrow `<path class="flowchart-link" data-from="6" data-to="5" data-edge="6-5-no">` (the same
 *   `from-to-kind` as the official table), its label `<g class="edgeLabel" data-from data-to data-edge>`;
 * - the line joining a step's nodes when several actors share it: `data-edge="3-3-shared"`; an arrow
 *   drawn inside a row between its nodes (`panah`): `data-edge="3-3-r0"`, as in the official table;
 * - a line printed dashed keeps `stroke-dasharray`.
 * The class names are mermaid's (node, label, cluster swimlane, flowchart-link, edgeLabel), so the
 * viewer and the page's styles treat this SVG and a mermaid drawing of an MDX block alike.
 */

export interface SwimlaneSvgOptions {
  title: string;
  description: string;
  /** Prefix of the ids inside the SVG (unique on the page). */
  idPrefix?: string;
}

const COLOURS = { text: '#1b1f23', line: '#3b4249', node: '#f3f5f7', nodeStroke: '#4a535c', laneTitle: '#e9edf1', laneBody: '#ffffff', laneStroke: '#aab2bb' };

const n = (v: number) => String(Math.round(v * 100) / 100);
const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : escapeMarkup(v!)}"`)
    .join('');

const pathOf = (points: readonly Point[]) => points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)},${n(y)}`).join('');

function textBlock(lines: readonly string[], cx: number, cy: number, size: number, lineHeight: number, extra = ''): string {
  // Lines centred on (cx, cy); 0.35em lowers a line's middle to its baseline.
  const first = cy - ((lines.length - 1) * lineHeight) / 2 + size * 0.35;
  const spans = lines.map((line, i) => `<tspan${attrs({ x: cx, y: first + i * lineHeight })}>${escapeMarkup(line)}</tspan>`).join('');
  return `<text text-anchor="middle"${attrs({ 'font-size': size, fill: COLOURS.text })}${extra}>${spans}</text>`;
}

function outline(node: NodeBox): string {
  const { cx, cy, width: w, height: h } = node;
  const paint = { fill: COLOURS.node, stroke: COLOURS.nodeStroke, 'stroke-width': 1.5 };
  if (node.shape === 'decision')
    return `<polygon class="label-container"${attrs({ points: [[cx, cy - h / 2], [cx + w / 2, cy], [cx, cy + h / 2], [cx - w / 2, cy]].map(([x, y]) => `${n(x!)},${n(y!)}`).join(' '), ...paint })}/>`;
  const r = node.shape === 'terminator' ? h / 2 : 3;
  return `<rect class="label-container"${attrs({ x: cx - w / 2, y: cy - h / 2, width: w, height: h, rx: r, ry: r, ...paint })}/>`;
}

function edgeMarks(route: EdgeRoute) {
  return { 'data-from': route.edge.from, 'data-to': route.edge.to, 'data-edge': edgeId(route.edge) };
}

function linkMarks(link: LinkRoute) {
  return { 'data-from': link.step, 'data-to': link.step, 'data-edge': rowLinkId(link) };
}

export function swimlaneSvg(layout: SwimlaneLayout, options: SwimlaneSvgOptions): string {
  const id = options.idPrefix ?? 'sl';
  const S = SIZES;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      class: 'swimlane-svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': FONT_FAMILY,
    })}>`,
    `<title id="${id}-title">${escapeMarkup(options.title)}</title><desc id="${id}-desc">${escapeMarkup(options.description)}</desc>`,
    `<defs><marker${attrs({ id: `${id}-arrow`, class: 'marker', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' })}>` +
      `<path class="arrowMarkerPath" d="M0,0L10,5L0,10z"${attrs({ fill: COLOURS.line })}/></marker></defs>`,
  );

  const top = S.margin;
  const bottom = layout.height - S.margin;
  out.push('<g class="lanes">');
  for (const lane of layout.lanes) {
    const mid = lane.x + lane.width / 2;
    out.push(
      `<g class="cluster swimlane"${attrs({ 'data-actor': lane.actorId })}>` +
        `<rect class="swimlane-body"${attrs({ x: lane.x, y: top + layout.titleHeight, width: lane.width, height: bottom - top - layout.titleHeight, fill: COLOURS.laneBody, stroke: COLOURS.laneStroke })}/>` +
        `<rect class="swimlane-title"${attrs({ x: lane.x, y: top, width: lane.width, height: layout.titleHeight, fill: COLOURS.laneTitle, stroke: COLOURS.laneStroke })}/>` +
        textBlock(lane.lines, mid, top + layout.titleHeight / 2, S.laneTitleSize, S.laneTitleLine, ' font-weight="700"') +
        '</g>',
    );
  }
  out.push('</g>');

  out.push('<g class="edgePaths">');
  const line = { fill: 'none', stroke: COLOURS.line, 'stroke-width': 1.5 };
  for (const join of layout.joins)
    out.push(`<path class="flowchart-link swimlane-join"${attrs({ d: pathOf(join.points), ...line, 'data-from': join.step, 'data-to': join.step, 'data-edge': `${join.step}-${join.step}-shared` })}/>`);
  const dash = (dashed: boolean | undefined) => (dashed ? { 'stroke-dasharray': '7 4' } : {});
  for (const route of layout.edges)
    out.push(`<path class="flowchart-link"${attrs({ d: pathOf(route.points), ...line, ...dash(route.dashed), 'marker-end': `url(#${id}-arrow)`, ...edgeMarks(route) })}/>`);
  for (const link of layout.links)
    out.push(`<path class="flowchart-link swimlane-row-arrow"${attrs({ d: pathOf(link.points), ...line, ...dash(link.dashed), 'marker-end': `url(#${id}-arrow)`, ...linkMarks(link) })}/>`);
  out.push('</g>');

  out.push('<g class="nodes">');
  for (const node of layout.nodes) {
    out.push(
      `<g class="node"${attrs({ 'data-step': node.step, 'data-actor': node.actorId || undefined, 'data-main': node.main ? 'true' : undefined })}>` +
        outline(node) +
        `<g class="label">${textBlock(node.lines, node.cx, node.cy, S.nodeTextSize, S.nodeTextLine)}</g></g>`,
    );
  }
  out.push('</g>');

  out.push('<g class="edgeLabels">');
  for (const [marks, l] of [...layout.edges.map((r) => [edgeMarks(r), r.label] as const), ...layout.links.map((k) => [linkMarks(k), k.label] as const)]) {
    if (!l) continue;
    out.push(
      `<g class="edgeLabel"${attrs(marks)}><text${attrs({ x: l.x, y: l.y, 'font-size': S.labelSize, 'font-weight': '700', fill: COLOURS.text })}>${escapeMarkup(l.text)}</text></g>`,
    );
  }
  out.push('</g></svg>');
  return out.join('');
}
