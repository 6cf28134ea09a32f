import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../tools/corpus-generator.ts';
import { readCheckedCorpus } from '../../src/node/read-corpus.ts';
import { buildInto, freshBuild, NO_BROWSER, PROJECT, type BuildResult } from './run-build.ts';

/**
 * Each page's own cache key (src/node/page-keys.ts, inputs named in src/domain/views/page-inputs.ts):
 * after an edit, a build on the build before renders again only the pages whose inputs changed and
 * copies the rest, and what it publishes is byte for byte what a build from scratch of the edited
 * corpus publishes. Two edits in one go: a step of one SOP reworded (what most commits are), and
 * the title of an SOP that cites others, whose pages list it under "Dirujuk oleh" though their own
 * files do not change.
 */
const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');
const dir = path.join(PROJECT, '.cache/test-builds', `own-page-keys-${process.pid}`);
const first = path.join(dir, 'first');
const edited = path.join(dir, 'edited');

async function filesOf(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !e.parentPath.includes(`${path.sep}pagefind`))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

let reworded: string;
let retitled: string;
let cited: string[];
let incremental: BuildResult;
let scratch: BuildResult;

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeCorpus(first, generateCorpus({ n: 40, seed: 5 }));
  const { corpus, references } = await readCheckedCorpus(first);
  const sops = [...corpus.sops.values()];
  // An SOP whose keterkaitan finds published SOPs, and another SOP that is none of these.
  const citer = sops.find((s) => s.data.related.some((ref) => references.resolved.has(ref)))!;
  expect(citer, 'the generated corpus has an SOP citing published ones').toBeDefined();
  retitled = citer.slug;
  cited = [...new Set(citer.data.related.flatMap((ref) => references.resolved.get(ref)?.sop.slug ?? []))];
  reworded = sops.find((s) => s !== citer && !cited.includes(s.slug) && !s.data.related.some((ref) => references.resolved.get(ref)?.sop === citer))!.slug;

  const built = path.join(dir, 'build');
  const before = await buildInto(first, built, NO_BROWSER);
  if (before.code !== 0) throw new Error(`build failed:\n${before.output}`);

  await cp(first, edited, { recursive: true });
  const edit = async (slug: string, change: (text: string) => string) => {
    const file = path.join(edited, 'content/sop', `${slug}.mdx`);
    const text = await readFile(file, 'utf8');
    const next = change(text);
    expect(next, slug).not.toBe(text);
    await writeFile(file, next);
  };
  await edit(reworded, (t) => t.replace(/^(\s*-?\s*kegiatan:\s*"?)/m, '$1Dengan teliti, '));
  await edit(retitled, (t) => t.replace(/^nama: (.*)$/m, 'nama: $1 (Perubahan)'));

  incremental = await buildInto(edited, built, NO_BROWSER);
  if (incremental.code !== 0) throw new Error(`build failed:\n${incremental.output}`);
  scratch = await freshBuild(edited, NO_BROWSER);
  if (scratch.code !== 0) throw new Error(`build failed:\n${scratch.output}`);
});

describe('a build after an edit, with a key per page', () => {
  it('publishes, byte for byte, what a build from scratch publishes', async () => {
    const files = await filesOf(scratch.outDir);
    expect(files.length).toBeGreaterThan(100);
    expect(await filesOf(incremental.outDir)).toEqual(files);
    const differ: string[] = [];
    for (const file of files) if (!(await readFile(path.join(incremental.outDir, file))).equals(await readFile(path.join(scratch.outDir, file)))) differ.push(file);
    expect(differ).toEqual([]);
  });

  it("renders again the edited documents' pages and the pages that show them, and keeps the other document pages", async () => {
    const log = plain(incremental.output);
    // Astro logs a page copied from the build before as "(restored)" or "(cached)".
    const kept = new Set([...log.matchAll(/\/sop\/([a-z0-9-]+)\/index\.html \((?:restored|cached)\)/g)].map((m) => m[1]!));
    const sops = (await readdir(path.join(scratch.outDir, 'sop'))).filter((slug) => !slug.includes('.'));
    const rendered = sops.filter((slug) => !kept.has(slug));
    for (const slug of [reworded, retitled, ...cited]) expect(rendered, slug).toContain(slug);
    // Most SOP pages show neither edit: they are copied from the build before.
    expect(kept.size).toBeGreaterThan(rendered.length);
    expect(rendered.length, rendered.join(' ')).toBeLessThanOrEqual(2 + cited.length + 10);
  });
});
