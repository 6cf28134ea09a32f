/** Text as the pages, diagrams and messages write it: escaping for markup, names as shown, values quoted; how far two spellings are apart. */
export * from './markup.ts';
export * from './names.ts';
export * from './quote.ts';
export * from './similarity.ts';
