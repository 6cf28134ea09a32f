import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { Plugin } from 'vite';
import { DOCUMENT_FOLDERS, documentsOf, KINDS, type DocumentKind } from '../domain/model/index.ts';
import { withoutFrontmatter } from '../domain/model/index.ts';
import { readCorpus } from './read-corpus.ts';

/**
 * The content collections' loader, built on the domain's reader (src/node/read-corpus.ts): Astro
 * gets each published document's MDX body to render from the corpus the validation already parsed
 * (positions, findings, typed model), instead of reading and YAML-parsing every file a second time
 * with its own glob loader and checking it against the schema again. Entries carry no data (pages
 * read the model from getSite()); the body is rendered from the file as a module (deferred, as
 * Astro's own glob loader does for MDX), so MDX components and imports work as before.
 */
export function corpusLoader(contentRoot: string, kind: DocumentKind): Loader {
  const folder = path.resolve(contentRoot, 'content', KINDS[kind].collection);
  return {
    name: `sop-corpus-${kind}`,
    load: async ({ store, config, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const corpus = await readCorpus(contentRoot);
        const documents = documentsOf(corpus, kind);
        // A file that is there but broken (dev: an error being fixed) keeps its entry and module:
        // its page is not built meanwhile (getSite leaves it out), and comes back without a gap.
        const files = new Set((await readdir(folder).catch(() => [] as string[])).map((f) => f.replace(/\.mdx?$/, '')));
        for (const id of store.keys()) {
          if (documents.has(id)) continue;
          const kept = store.get(id);
          if (files.has(id) && kept?.filePath) store.addModuleImport(kept.filePath);
          else store.delete(id);
        }
        for (const doc of documents.values()) {
          const filePath = path.relative(root, path.resolve(contentRoot, doc.file)).split(path.sep).join('/');
          const digest = generateDigest(doc.source.body);
          const existing = store.get(doc.slug);
          // Unchanged: Astro still needs to know the module to import when the page renders it.
          if (existing?.digest === digest && existing.filePath === filePath) store.addModuleImport(filePath);
          else store.set({ id: doc.slug, data: {}, body: doc.source.body, filePath, digest, deferredRender: true });
        }
      };
      await sync();
      // `npm run dev`: a document added, removed or renamed changes the set of pages.
      watcher?.on('all', (event, file) => {
        if ((event === 'add' || event === 'unlink' || event === 'change') && path.dirname(path.resolve(file)) === folder)
          sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

/**
 * The documents' MDX files reach the MDX compiler with their frontmatter emptied: pages read the
 * data from the model, and @astrojs/mdx would otherwise parse every file's YAML again and embed it
 * in the page bundle as an unused `frontmatter` export (most of a document: its steps and boxes).
 * Runs before @astrojs/mdx's own transform (both are `enforce: 'pre'`; this one is listed first).
 */
export function bodyOnlyDocuments(contentRoot: string): Plugin {
  const folders = DOCUMENT_FOLDERS.map((c) => path.resolve(contentRoot, 'content', c) + path.sep);
  return {
    name: 'sop-body-only-documents',
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        if (!folders.some((folder) => id.startsWith(folder))) return undefined;
        return { code: withoutFrontmatter(code), map: null };
      },
    },
  };
}
