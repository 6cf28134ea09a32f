/** Exports: a document's open data (JSON) and BPMN 2.0; tables as CSV for spreadsheets. */
export * from './open-data.ts';
export * from './bpmn/layout.ts';
export * from './bpmn/export.ts';
export * from './csv.ts';
