import type { z } from 'zod';

/**
 * The frontmatter keys a zod schema accepts, read from the schema itself: for the README's key
 * tables, which a test keeps equal to the schemas (as the rules table is kept equal to rules.ts).
 * Looks through pipes (transforms), defaults, optionals, lazy (recursive) schemas, arrays and unions
 * to the object shapes; a union of objects gives the keys of all of them.
 */
type Def = { type: string; in?: unknown; innerType?: unknown; getter?: () => unknown; element?: unknown; options?: unknown[]; shape?: Record<string, unknown> };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

function objectShapes(schema: unknown, seen = new Set<unknown>()): Array<Record<string, unknown>> {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  switch (def.type) {
    case 'object': return [def.shape!];
    case 'pipe': return objectShapes(def.in, seen);
    case 'default': case 'optional': case 'nullable': case 'readonly': case 'catch': case 'prefault': case 'nonoptional':
      return objectShapes(def.innerType, seen);
    case 'lazy': return objectShapes(def.getter!(), seen);
    case 'array': return objectShapes(def.element, seen);
    case 'union': return (def.options ?? []).flatMap((o) => objectShapes(o, seen));
    default: return [];
  }
}

/** Keys at a path of nested keys: `schemaKeys(sop)` = top level, `schemaKeys(sop, ['langkah'])` = a step's keys. */
export function schemaKeys(schema: z.ZodType, path: readonly string[] = []): string[] {
  let shapes = objectShapes(schema);
  for (const key of path) shapes = shapes.flatMap((s) => (key in s ? objectShapes(s[key]) : []));
  return [...new Set(shapes.flatMap((s) => Object.keys(s)))];
}
