/** Search: spelling variants indexed as hidden terms, what the search box sends, the excerpt shown. */
export * from './terms.ts';
export * from './query.ts';
export * from './excerpt.ts';
