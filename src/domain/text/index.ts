/** Text as the pages and diagrams write it: escaping for markup and mermaid, names as shown. */
export * from './markup.ts';
export * from './names.ts';
