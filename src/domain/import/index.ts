/** The PDF importer's recognition, pure: page model -> words, rules, symbols, arrows -> table -> frontmatter. */
export * from './page.ts';
export * from './geometry.ts';
export * from './text.ts';
export * from './wires.ts';
export * from './table.ts';
export * from './identity.ts';
export * from './organisation.ts';
export * from './recognise.ts';
export * from './frontmatter.ts';
