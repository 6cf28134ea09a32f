import { roleName } from '../text/index.ts';
import { flowEdges, stepShape, type FlowEdge, type StepShape } from '../flow/index.ts';
import type { Actor, SopData, Step } from '../model/index.ts';
import type { PlainDayRule } from '../time/index.ts';

/**
 * What the interactive viewer needs of an SOP, embedded in its page as a JSON island at build
 * time: the steps with their parsed durations, the actors and the edges. The viewer never reads
 * the page's text to rebuild the model.
 */
export type ViewerStep = Step & { shape: StepShape };

export interface ViewerModel {
  title: string;
  actors: Actor[];
  steps: ViewerStep[];
  edges: FlowEdge[];
  /** How plain "hari" counts in this SOP, for the rule printed with the walk-through's total. */
  dayRule: PlainDayRule;
}

export function viewerModel(sop: SopData): ViewerModel {
  return {
    title: sop.title,
    actors: sop.actors.map((a) => ({ ...a, label: roleName(a.label) })),
    steps: sop.steps.map((s) => ({ ...s, shape: stepShape(s, sop.steps.length) })),
    edges: flowEdges(sop.steps),
    dayRule: sop.dayRule,
  };
}

/** JSON safe to put inside <script type="application/json">: no "</script>" can close it early. */
export function toJsonIsland(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
