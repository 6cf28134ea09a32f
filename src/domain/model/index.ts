/** The model: the zod schemas of the frontmatter (Indonesian keys -> English model), the YAML reader with positions, and the corpus assembled from the files, with the safety checks reading applies. */
export * from './schema/common.ts';
export * from './schema/keys.ts';
export * from './schema/lifecycle.ts';
export * from './schema/organisation.ts';
export * from './schema/sop-identity.ts';
export * from './schema/sop.ts';
export * from './schema/sp-parts.ts';
export * from './schema/standar-pelayanan.ts';
export * from './schema/day-rule.ts';
export * from './frontmatter.ts';
export * from './corpus.ts';
export * from './safety/body.ts';
export * from './safety/hidden-characters.ts';
export * from './safety/links.ts';
export * from './kinds.ts';
