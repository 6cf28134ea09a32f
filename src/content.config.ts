import { defineCollection } from 'astro:content';
import { corpusLoader } from './lib/content-loader.ts';

// One reader of the content: the collections take each document's MDX body from the corpus the
// validation integration parsed (src/lib/content-loader.ts); pages read the model from getSite().
const contentRoot = process.env.SOP_CONTENT_ROOT ?? '.';

export const collections = {
  sop: defineCollection({ loader: corpusLoader(contentRoot, 'sop') }),
  standarPelayanan: defineCollection({ loader: corpusLoader(contentRoot, 'sp') }),
};
