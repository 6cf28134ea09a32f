/** The flow of an SOP: the step graph (edges, decisions, loop-backs, reachability), the ways through it, printed step numbers. */
export * from './graph.ts';
export * from './paths.ts';
export * from './printed-number.ts';
export * from './wording.ts';
export * from './actors.ts';
export * from './time-summary.ts';
