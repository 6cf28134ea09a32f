/** The reviewer's desk: the table of units, the lists across units, the pages of findings, the twelve months' trend, the tables for the exports. */
export * from './desk.ts';
export * from './units.ts';
export * from './lists.ts';
export * from './pages.ts';
export * from './trend.ts';
export * from './tables.ts';
export * from './words.ts';
