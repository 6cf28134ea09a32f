import { readFileSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The hostile fixture with symbolic links (issue 27, points 1 and 2), made at test time in a
 * folder of the test's own, so that the links point where the test says on any machine (a link
 * committed to the repository would lead out of it, or to nothing, in every clone).
 */

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/corpus-hostile');

/** What the files outside content/ hold: must never be printed. */
export const SECRET = 'SOP_RAHASIA_CI=bocor-7d41c9';

/**
 * A copy of tests/fixtures/corpus-hostile with links: organisasi.yaml -> a secrets file outside, an SOP
 * outside the root, a link to nothing, a loop, a .mdx that is a folder; and the root of a second
 * corpus whose content/sop is a link out of it.
 */
export async function linkedTree(base: string): Promise<{ root: string; sopFolderOut: string }> {
  const root = path.join(base, 'akar');
  const outside = path.join(base, 'di-luar');
  await cp(path.join(FIXTURE, 'content'), path.join(root, 'content'), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(outside, 'environ'), `PATH=/usr/bin\n${SECRET}\n`);
  await writeFile(path.join(outside, 'luar.mdx'), readFileSync(path.join(FIXTURE, 'content/sop/baik.mdx'), 'utf8').replace('9.1', '9.7').replace('Prosedur Baik', `Prosedur Luar ${SECRET}`));
  await mkdir(path.join(outside, 'sop'));
  await writeFile(path.join(outside, 'sop', 'rahasia.mdx'), SECRET);
  const sop = path.join(root, 'content/sop');
  await rm(path.join(root, 'content/organisasi.yaml'));
  await writeFile(path.join(root, 'content/organisasi-asli.yaml'), readFileSync(path.join(FIXTURE, 'content/organisasi.yaml')));
  await symlink(path.join(outside, 'environ'), path.join(root, 'content/organisasi.yaml'));
  await symlink(path.join(outside, 'luar.mdx'), path.join(sop, 'luar.mdx'));
  await symlink(path.join(base, 'tidak-ada.mdx'), path.join(sop, 'hilang.mdx'));
  await symlink('putaran-b.mdx', path.join(sop, 'putaran-a.mdx'));
  await symlink('putaran-a.mdx', path.join(sop, 'putaran-b.mdx'));
  await symlink('../standar-pelayanan', path.join(sop, 'folder.mdx'));
  const sopFolderOut = path.join(base, 'akar-kedua');
  await mkdir(path.join(sopFolderOut, 'content'), { recursive: true });
  await cp(path.join(FIXTURE, 'content/organisasi.yaml'), path.join(sopFolderOut, 'content/organisasi.yaml'));
  await symlink(path.join(outside, 'sop'), path.join(sopFolderOut, 'content/sop'));
  return { root, sopFolderOut };
}

/** The lines the check and the build print for linkedTree's root, beside corpus-hostile's own. */
export const LINK_ERRORS = [
  'content/organisasi.yaml:1:1  error  tautan-keluar  berkas ini tautan simbolik ke luar folder content/: tidak dibaca dan tidak diterbitkan',
  'content/sop/folder.mdx/:1:1  error  nama-berkas  subfolder tidak dibaca dan tidak diterbitkan',
  'content/sop/hilang.mdx:1:1  error  berkas-tak-terbaca  berkas ini tautan simbolik yang tidak menunjuk apa pun',
  'content/sop/luar.mdx:1:1  error  tautan-keluar  berkas ini tautan simbolik ke luar folder content/',
  'content/sop/putaran-a.mdx:1:1  error  berkas-tak-terbaca  berkas ini tautan simbolik yang berputar',
  'content/sop/putaran-b.mdx:1:1  error  berkas-tak-terbaca  berkas ini tautan simbolik yang berputar',
];

