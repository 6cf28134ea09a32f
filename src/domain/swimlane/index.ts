import type { SopData } from '../model/index.ts';
import { swimlane } from './mermaid.ts';
import { layoutSwimlane, type SwimlaneLayout, type SwimlaneLayoutOptions } from './layout.ts';
import { swimlaneSvg } from './svg.ts';

/**
 * The SOP's swimlane diagram, drawn from the model at build time in TypeScript: layout.ts places
 * lanes, nodes and orthogonal edges; svg.ts writes the SVG; text.ts measures text without a browser.
 * The mermaid swimlane-beta source of the same diagram (src/domain/swimlane/mermaid.ts) stays the `.mmd`
 * download, for people who edit diagrams in mermaid tools.
 */

export interface DrawnSwimlane {
  svg: string;
  layout: SwimlaneLayout;
}

export function drawSwimlane(sop: Pick<SopData, 'title' | 'actors' | 'steps'>, options: SwimlaneLayoutOptions = {}): DrawnSwimlane {
  const layout = layoutSwimlane(sop, options);
  const { accTitle, accDescr } = swimlane(sop);
  return { layout, svg: swimlaneSvg(layout, { title: accTitle, description: accDescr }) };
}

/**
 * What the notes beside the diagram must explain, as drawn: a step done jointly (its symbols joined
 * without an arrowhead), arrows inside a row, dashed lines.
 */
export function swimlaneNotes(sop: Pick<SopData, 'steps'>): { together: boolean; inRow: boolean; dashed: boolean } {
  return {
    together: sop.steps.some((s) => new Set(s.actorIds).size > 1 && !s.rowArrows?.length),
    inRow: sop.steps.some((s) => !!s.rowArrows?.length),
    dashed: sop.steps.some((s) => s.rowArrows?.some((a) => a.dashed) || s.decision?.branches.some((b) => b.dashed) || s.exitMarks?.some((m) => m.dashed)),
  };
}

export { layoutSwimlane, SIZES } from './layout.ts';
export type { EdgeRoute, JoinLine, LaneBox, LinkRoute, NodeBox, Point, SwimlaneLayout, SwimlaneLayoutOptions } from './layout.ts';
export { swimlaneSvg } from './svg.ts';
export { textWidth, wrapText, FONT_FAMILY } from '../measure/index.ts';
export { swimlaneSource } from './mermaid.ts';
export { swimlane as swimlaneModel } from './mermaid.ts';
