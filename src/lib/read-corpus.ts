import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ORGANISATION_FILE, parseCorpus, type Corpus, type SourceFile } from '../domain/corpus.ts';

/** Reads the documents of a content root (the project, or a test fixture) from disk. */
export async function readCorpus(root: string): Promise<Corpus> {
  const read = async (rel: string): Promise<SourceFile> => ({ file: rel, text: await readFile(path.join(root, rel), 'utf8') });
  const documents: SourceFile[] = [];
  for (const collection of ['sop', 'standar-pelayanan']) {
    const dir = path.join(root, 'content', collection);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) if (!name.startsWith('.')) documents.push(await read(`content/${collection}/${name}`));
  }
  const organisation = await read(ORGANISATION_FILE).catch(() => ({ file: ORGANISATION_FILE, text: '' }));
  return parseCorpus(organisation, documents);
}
