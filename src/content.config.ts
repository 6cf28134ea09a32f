import { defineCollection } from 'astro:content';
import { buildState } from './node/build-state.ts';
import { corpusLoader } from './node/content-loader.ts';

// One reader of the content: the collections take each document's MDX body from the corpus the
// validation integration parsed (src/node/content-loader.ts); pages read the model from getSite().
const { contentRoot } = buildState().settings;

export const collections = {
  sop: defineCollection({ loader: corpusLoader(contentRoot, 'sop') }),
  standarPelayanan: defineCollection({ loader: corpusLoader(contentRoot, 'sp') }),
};
