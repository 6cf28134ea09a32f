/** Keterkaitan: how documents cite each other (resolution by id, number, title), backlinks, and the link graph. */
export * from './resolve.ts';
export * from './link-graph.ts';
export * from './in-text.ts';
