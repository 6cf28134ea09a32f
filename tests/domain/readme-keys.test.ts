import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { schemaKeys } from '../../src/domain/model/schema/keys.ts';
import { organisationFileSchema } from '../../src/domain/model/schema/organisation.ts';
import { sopFrontmatterSchema } from '../../src/domain/model/schema/sop.ts';
import { standarPelayananFrontmatterSchema } from '../../src/domain/model/schema/standar-pelayanan.ts';
import { evaluationRecordSchema, monitoringRecordSchema } from '../../src/domain/model/schema/monev.ts';

/**
 * docs/frontmatter.md's and docs/monitoring.md's tables against the zod schemas: each table marked `<!-- kunci: X -->`
 * lists exactly the keys schema X accepts (tables marked with the same X add up), and a `{…}` in a
 * row's type column lists exactly the keys of that value, nested braces included. A key with keys of
 * its own must be documented one of those ways (or be the same node again, as a tree's `unit:`).
 */
const SCHEMAS: Record<string, z.ZodType> = {
  sop: sopFrontmatterSchema, 'standar-pelayanan': standarPelayananFrontmatterSchema, organisasi: organisationFileSchema,
  pemantauan: monitoringRecordSchema, evaluasi: evaluationRecordSchema,
};
const README = ['docs/frontmatter.md', 'docs/monitoring.md'].map((f) => readFileSync(f, 'utf8')).join('\n');

interface Row { keys: string[]; type: string }
type Braces = Map<string, Braces | null>;

function markedTables(): Map<string, Row[]> {
  const lines = README.split('\n');
  const tables = new Map<string, Row[]>();
  lines.forEach((line, i) => {
    const m = /^<!-- kunci: (.+) -->$/.exec(line);
    if (!m) return;
    const rows: Row[] = [];
    for (let j = i + 3; j < lines.length && lines[j]!.startsWith('|'); j++) {
      const cells = lines[j]!.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      rows.push({ keys: [...cells[0]!.matchAll(/`([a-z_]+)`/g)].map((k) => k[1]!), type: cells[1] ?? '' });
    }
    for (const id of m[1]!.split(';').map((t) => t.trim())) tables.set(id, [...(tables.get(id) ?? []), ...rows]);
  });
  return tables;
}

/** `{a, b?, c: daftar {d, e}}` -> a, b, c (with d, e). */
function parseBraces(text: string, start: number): { keys: Braces; end: number } {
  const keys: Braces = new Map();
  let i = start + 1;
  while (i < text.length && text[i] !== '}') {
    const name = /^\s*([a-z_]+)\??/.exec(text.slice(i));
    if (!name) throw new Error(`README: cannot read keys in ${text}`);
    i += name[0].length;
    let nested: Braces | null = null;
    while (i < text.length && text[i] !== ',' && text[i] !== '}') {
      if (text[i] === '{') {
        const inner = parseBraces(text, i);
        nested = inner.keys;
        i = inner.end;
      } else i++;
    }
    keys.set(name[1]!, nested);
    if (text[i] === ',') i++;
  }
  return { keys, end: i + 1 };
}

function checkNested(schema: z.ZodType, path: string[], braces: Braces | null, tables: Map<string, Row[]>, id: string, parentKeys: string[]): void {
  const nested = schemaKeys(schema, path);
  if (nested.length === 0) return;
  const where = `${id}.${path.join('.')}`;
  if (braces) {
    expect([...braces.keys()].sort(), `README braces of ${where}`).toEqual([...nested].sort());
    for (const [key, inner] of braces) checkNested(schema, [...path, key], inner, tables, id, nested);
    return;
  }
  if (tables.has(where) || [...nested].sort().join() === [...parentKeys].sort().join()) return;
  throw new Error(`README documents no keys for ${where} (${nested.join(', ')}): add {…} to its type or a table marked "kunci: ${where}"`);
}

describe('README frontmatter tables', () => {
  const tables = markedTables();

  it('mark the SOP, Standar Pelayanan, organisation and monitoring record tables', () => {
    expect([...tables.keys()]).toEqual(expect.arrayContaining(['sop', 'sop.langkah', 'standar-pelayanan', 'organisasi.instansi', 'pemantauan', 'pemantauan.langkah', 'evaluasi']));
  });

  it.each([...markedTables().keys()])('list exactly the keys the schema accepts: %s', (id) => {
    const [name, ...path] = id.split('.');
    const schema = SCHEMAS[name!]!;
    const rows = tables.get(id)!;
    const documented = [...new Set(rows.flatMap((r) => r.keys))].sort();
    const keys = schemaKeys(schema, path);
    expect(documented).toEqual([...keys].sort());
    for (const row of rows)
      for (const key of row.keys) {
        const brace = row.type.indexOf('{');
        checkNested(schema, [...path, key], brace >= 0 ? parseBraces(row.type, brace).keys : null, tables, name!, keys);
      }
  });
});
