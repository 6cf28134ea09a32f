import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { eachInParallel } from './in-parallel.ts';

/**
 * Copies a folder's files into another folder, sixteen at a time: thousands of small files (a
 * search index) copy in a tenth of the time `fs.cp` takes over them one by one.
 */
export async function copyTree(from: string, to: string): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  for (const folder of new Set(files.map((f) => path.dirname(f)))) await mkdir(path.join(to, folder), { recursive: true });
  await eachInParallel(files, 16, (file) => copyFile(path.join(from, file), path.join(to, file)));
}
