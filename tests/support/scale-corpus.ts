import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus, writeCorpus } from '../../tools/corpus-generator.ts';
import { PROJECT } from './site-build.ts';

const GENERATED = path.join(PROJECT, '.cache/generated');

/**
 * The corpus `npm run bench` builds at 2,000 SOPs (seed 1), for the scale test
 * (tests/build/scale.test.ts); its build is shared like a fixture's, keyed by the files. Written
 * once per version of the generator, whole or not at all (a build may be reading it while another
 * test process asks for it).
 */
export async function writeScaleCorpus(): Promise<string> {
  const generator = createHash('sha256').update(readFileSync(path.join(PROJECT, 'tools/corpus-generator.ts'))).digest('hex').slice(0, 10);
  const dir = path.join(GENERATED, `desk-2000-${generator}`);
  if (existsSync(path.join(dir, 'content'))) return dir;
  const writing = `${dir}.${process.pid}.tmp`;
  await writeCorpus(writing, generateCorpus({ n: 2000, seed: 1 }));
  try {
    await rename(writing, dir);
  } catch {
    await rm(writing, { recursive: true, force: true }); // another process wrote it first
  }
  for (const old of await readdir(GENERATED)) if (old.startsWith('desk-2000-') && path.join(GENERATED, old) !== dir && !old.endsWith('.tmp')) await rm(path.join(GENERATED, old), { recursive: true, force: true });
  return dir;
}
