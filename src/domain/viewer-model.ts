import type { Duration } from './duration.ts';
import { flowEdges, stepShape, type FlowEdge, type StepShape } from './flow.ts';
import type { Actor, Decision, SopData } from './schema/sop.ts';

/**
 * What the interactive viewer needs of an SOP, embedded in its page as a JSON island at build
 * time: the steps with their parsed durations, the actors and the edges. The viewer never reads
 * the page's text to rebuild the model.
 */
export interface ViewerStep {
  number: number;
  activity: string;
  actorIds: string[];
  inputs: string;
  timeText: string;
  duration?: Duration;
  output: string;
  notes: string;
  shape: StepShape;
  decision?: Decision;
}

export interface ViewerModel {
  title: string;
  actors: Actor[];
  steps: ViewerStep[];
  edges: FlowEdge[];
}

export function viewerModel(sop: SopData): ViewerModel {
  return {
    title: sop.title,
    actors: sop.actors,
    steps: sop.steps.map((s) => ({
      number: s.number,
      activity: s.activity,
      actorIds: s.actorIds,
      inputs: s.inputs,
      timeText: s.timeText,
      ...(s.duration ? { duration: s.duration } : {}),
      output: s.output,
      notes: s.notes,
      shape: stepShape(s, sop.steps.length),
      ...(s.decision ? { decision: s.decision } : {}),
    })),
    edges: flowEdges(sop.steps),
  };
}

/** JSON safe to put inside <script type="application/json">: no "</script>" can close it early. */
export function toJsonIsland(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
