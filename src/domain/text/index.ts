/** Text as the pages and diagrams write it: escaping for markup and mermaid, names as shown; how far two spellings are apart. */
export * from './markup.ts';
export * from './names.ts';
export * from './similarity.ts';
