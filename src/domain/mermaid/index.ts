/** Mermaid, the pure part: escaping text for its source, the one configuration, where readers' browsers find it, rounding what it drew. */
export * from './text.ts';
export * from './config.ts';
export * from './runtime.ts';
export * from './svg-numbers.ts';
