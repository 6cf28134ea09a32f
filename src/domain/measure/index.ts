/** Text widths measured without a browser (the swimlane's boxes, the flowchart table's labels); build-time only: it carries a font's metrics table. */
export * from './text-width.ts';
