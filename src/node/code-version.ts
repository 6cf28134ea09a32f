import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A hash of the code that turns files into the model and findings: every file of src/domain, the
 * versions of the YAML reader and of zod, and V8's (whose serialisation keeps the parses). A cache
 * of parses or findings kept on disk between builds is named by it, so changed code never reuses
 * what older code made. Undefined when the sources are not beside this module (a bundled copy of
 * it): then nothing is kept on disk.
 */
let computed: string | null | undefined;

export function domainCodeVersion(): string | undefined {
  if (computed === undefined) {
    try {
      computed = hashSources() ?? null;
    } catch {
      computed = null; // a package not found where expected: keep nothing rather than stop the build
    }
  }
  return computed ?? undefined;
}

/** The packages the parse depends on, by the version their package.json names. */
const PARSE_PACKAGES = ['yaml', 'zod'];

function hashSources(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const domain = path.join(here, '../domain');
  if (!existsSync(domain)) return undefined;
  const hash = createHash('sha256').update(process.versions.v8);
  const files = readdirSync(domain, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(`${path.relative(here, file)}\0`).update(readFileSync(file));
  for (const name of PARSE_PACKAGES) hash.update(`${name} ${packageVersion(name)}\n`);
  return hash.digest('base64url').slice(0, 16);
}

/** An installed package's version, from its own package.json (not every package exports that file). */
export function packageVersion(name: string): string {
  let folder = path.dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest)) {
      const { name: named, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
      if (named === name) return version;
    }
    if (path.dirname(folder) === folder) throw new Error(`${name}: package.json tidak ditemukan`);
    folder = path.dirname(folder);
  }
}
