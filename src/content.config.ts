import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { COLLECTIONS, ORGANISATION_FILE } from './domain/corpus.ts';
import { instansiSchema } from './domain/schema/organisation.ts';
import { sopFrontmatterSchema } from './domain/schema/sop.ts';
import { standarPelayananFrontmatterSchema } from './domain/schema/standar-pelayanan.ts';

// The schemas come from the domain module; the validation integration has already checked every
// file with them (with file:line messages) before Astro loads anything.
const contentRoot = process.env.SOP_CONTENT_ROOT ?? '.';

export const collections = {
  sop: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${contentRoot}/content/${COLLECTIONS.sop}` }),
    schema: sopFrontmatterSchema,
  }),
  standarPelayanan: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${contentRoot}/content/${COLLECTIONS.sp}` }),
    schema: standarPelayananFrontmatterSchema,
  }),
  organisasi: defineCollection({
    loader: file(`${contentRoot}/${ORGANISATION_FILE}`, { parser: (text) => parse(text).instansi }),
    schema: instansiSchema,
  }),
};
