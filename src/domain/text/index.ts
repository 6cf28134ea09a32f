/** Text as the pages, diagrams and messages write it: escaping for markup and mermaid, names as shown, values quoted. */
export * from './markup.ts';
export * from './names.ts';
export * from './quote.ts';
