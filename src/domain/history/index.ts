/** Revision history: a document's git revisions and what changed between them. */
export * from './revisions.ts';
export * from './diff.ts';
