/**
 * Moved to src/domain/time/. Kept so that branches written against the old path still merge;
 * new code imports from './time/index.ts'.
 */
export * from './time/index.ts';
