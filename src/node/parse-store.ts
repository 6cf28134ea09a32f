import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Finding } from '../domain/findings/index.ts';
import type { ParsedDocument, ParsedRecord } from '../domain/model/index.ts';
import { buildState } from './build-state.ts';
import { domainCodeVersion } from './code-version.ts';

/**
 * Each file's parse (model and reading findings) and its document-alone rules' findings kept on
 * disk between builds, by file name and a hash of its text: reading and checking the YAML of 5,000
 * files took ~5 s of every build's start and those rules ~1 s, reading them back ~0.3 s. One file per code version
 * (`<cacheDir>/sop-parse/<format>-<domainCodeVersion>.v8`): parses made by other code are never read, and
 * the file of the version before is deleted when a new one is written. A parse is plain data
 * (src/domain/model/frontmatter.ts), so V8's own serialisation keeps it whole (Maps, Dates).
 */
export type Parse = ParsedDocument | ParsedRecord;

/** What is kept of one file: its parse and, for a document, the findings of the rules that read it alone. */
interface Kept {
  parse: Parse;
  documentFindings?: Finding[];
}

export interface ParseStore {
  parse(file: string, digest: string): Parse | undefined;
  /** The document-alone rules' findings (documentRuleFindings) kept for this text. */
  documentFindings(file: string, digest: string): Finding[] | undefined;
  /** Keeps `parse` for the next build. */
  keepParse(file: string, digest: string, parse: Parse): void;
  keepDocumentFindings(file: string, digest: string, findings: Finding[]): void;
  /** Writes what this read used, when it differs from what was read (only what was used is kept). */
  save(): void;
}

/** Bumped when what is kept changes shape (Kept): a file of another shape is never read. */
const STORE_FORMAT = 1;

const keyOf = (file: string, digest: string) => `${file}\0${digest}`;

/** The store of this code version, or a store that keeps nothing when the code's version is unknown. */
export function openParseStore(): ParseStore {
  const version = domainCodeVersion();
  const folder = path.join(buildState().settings.cacheDir, 'sop-parse');
  const target = version && path.join(folder, `${STORE_FORMAT}-${version}.v8`);
  let read = new Map<string, Kept>();
  if (target) {
    try {
      read = deserialize(readFileSync(target)) as Map<string, Kept>;
    } catch {
      // None yet, or unreadable (an interrupted write is never renamed into place): parse again.
    }
  }
  const used = new Map<string, Kept>();
  let added = false;
  const take = (file: string, digest: string) => {
    const key = keyOf(file, digest);
    const kept = used.get(key) ?? read.get(key);
    if (kept) used.set(key, kept);
    return kept;
  };
  return {
    parse: (file, digest) => take(file, digest)?.parse,
    documentFindings: (file, digest) => take(file, digest)?.documentFindings,
    keepParse(file, digest, parse) {
      used.set(keyOf(file, digest), { parse });
      added = true;
    },
    keepDocumentFindings(file, digest, findings) {
      const kept = take(file, digest);
      if (!kept || kept.documentFindings) return;
      kept.documentFindings = findings;
      added = true;
    },
    save() {
      if (!target || (!added && used.size === read.size)) return;
      try {
        mkdirSync(folder, { recursive: true });
        const partial = `${target}.${process.pid}.tmp`;
        writeFileSync(partial, serialize(used));
        renameSync(partial, target);
        for (const name of readdirSync(folder)) if (name !== path.basename(target) && !name.endsWith('.tmp')) rmSync(path.join(folder, name), { force: true });
      } catch {
        // A cache that cannot be written costs the next build its parses, nothing else.
      }
      read = new Map(used);
      added = false;
    },
  };
}
