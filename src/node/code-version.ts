import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A hash of the code that turns files into the model and findings: every file of src/domain and
 * the dependency lock (the YAML reader, zod). A cache of parses or findings kept on disk between
 * builds is named by it, so changed code never reuses what older code made. Undefined when the
 * sources are not beside this module (a bundled copy of it): then nothing is kept on disk.
 */
let computed: string | null | undefined;

export function domainCodeVersion(): string | undefined {
  if (computed === undefined) computed = hashSources() ?? null;
  return computed ?? undefined;
}

function hashSources(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const domain = path.join(here, '../domain');
  const lock = path.join(here, '../../package-lock.json');
  if (!existsSync(domain) || !existsSync(lock)) return undefined;
  const hash = createHash('sha256').update(process.versions.v8);
  const files = readdirSync(domain, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, lock]) hash.update(`${path.relative(here, file)}\0`).update(readFileSync(file));
  return hash.digest('base64url').slice(0, 16);
}
