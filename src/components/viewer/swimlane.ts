/**
 * The swimlane SVG in the viewer. Steps are found by the marks the build drew on it
 * (src/domain/swimlane/svg.ts: data-step, data-actor, data-main on nodes; data-edge, data-from,
 * data-to on arrows). Keyboard and screen-reader access: one button per step laid over its node (the
 * SVG stays one image for assistive technology); pointer clicks go to the nodes themselves.
 */
import { $$, fill, h, shown, type Strings } from './shared.ts';

export interface Diagram {
  svg: SVGSVGElement;
  nodes: SVGGElement[];
  /** Arrows and their labels, by `data-edge`. */
  edges: SVGElement[];
  /** The focusable button of each step (over its first node). */
  buttons: Map<number, HTMLButtonElement>;
  /** The "●" shown on a node of the chosen pelaksana. */
  badges: Map<SVGGElement, HTMLElement>;
  /** Lays the buttons over the nodes; needs the diagram on screen. False when it is not. */
  place(): boolean;
}

/** The swimlane's SVG, drawn at build time. */
export const swimlaneSvgIn = (section: Element) => section.querySelector<SVGSVGElement>('.mermaid-diagram > svg');

export function enhanceDiagram(svg: SVGSVGElement, s: Strings, pick: (step: number, opener: HTMLElement | undefined) => void): Diagram {
  const host = svg.parentElement!;
  host.classList.add('vw-diagram-host');
  const nodes = $$<SVGGElement>('g.node[data-step]', svg);
  const layer = h('div', { class: 'vw-nodes' });
  const buttons = new Map<number, HTMLButtonElement>();
  const badges = new Map<SVGGElement, HTMLElement>();
  const stepOf = (e: Element) => Number((e as SVGElement).dataset.step);
  for (const node of [...nodes].sort((a, b) => stepOf(a) - stepOf(b))) {
    const n = stepOf(node);
    if (node.dataset.main && !buttons.has(n)) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^\d+\.\s*/, '');
      const button = h('button', { type: 'button', 'data-step': n, 'aria-label': fill(s.nodeButton, { n, text }) });
      button.addEventListener('click', () => pick(n, button));
      buttons.set(n, button);
      layer.append(button);
    }
    const badge = h('span', { class: 'vw-badge', 'aria-hidden': 'true', hidden: '' });
    badges.set(node, badge);
    layer.append(badge);
  }
  host.append(layer);
  svg.addEventListener('click', (e) => {
    const node = (e.target as Element).closest('g.node[data-step]');
    if (node) pick(stepOf(node), buttons.get(stepOf(node)));
  });

  const place = () => {
    if (!shown(svg)) return false;
    const r = svg.getBoundingClientRect();
    if (r.width === 0) return false;
    const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(3)}%`;
    for (const node of nodes) {
      const b = node.getBoundingClientRect();
      const box = { left: pct(b.left - r.left, r.width), top: pct(b.top - r.top, r.height), width: pct(b.width, r.width), height: pct(b.height, r.height) };
      const button = node.dataset.main ? buttons.get(stepOf(node)) : undefined;
      if (button) Object.assign(button.style, box);
      // The dot sits on the outline: the top-left corner of a box, the upper-left edge of a diamond.
      const k = node.querySelector(':scope > polygon') ? 0.25 : 0.02;
      Object.assign(badges.get(node)!.style, { left: pct(b.left - r.left + k * b.width, r.width), top: pct(b.top - r.top + k * b.height, r.height) });
    }
    return true;
  };
  return { svg, nodes, edges: $$<SVGElement>('[data-edge]', svg), buttons, badges, place };
}
