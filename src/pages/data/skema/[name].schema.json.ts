import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemas } from '../../../domain/export/index.ts';
import { SCHEMA_NAMES, schemaPath, siteUrlOf, type SchemaName } from '../../../domain/views/index.ts';

/** /data/skema/<name>.schema.json: JSON Schemas generated from the zod schemas that check the files. */
export const getStaticPaths = (() => SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as SchemaName;
  const id = siteUrlOf(schemaPath(name), site);
  const schema =
    name === 'katalog' ? jsonSchemas.catalogue(id)
    : name.endsWith('-frontmatter') ? jsonSchemas.frontmatter(name.startsWith('sop') ? 'sop' : 'standar-pelayanan', id)
    : jsonSchemas.record(name === 'sop' ? 'sop' : 'standar-pelayanan', id);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
