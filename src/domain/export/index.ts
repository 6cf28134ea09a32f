/** Exports of a document: open data (JSON) and BPMN 2.0. */
export * from './open-data.ts';
export * from './bpmn/layout.ts';
export * from './bpmn/export.ts';
