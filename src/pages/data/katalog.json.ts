import type { APIRoute } from 'astro';
import { catalogueEntry, catalogueRecord } from '../../domain/export/index.ts';
import { contentUpdatedAt, getSite, settings } from 'virtual:sop-portal/build';
import { documentUrls, schemaPath, siteUrlOf } from '../../domain/views/index.ts';

/** /data/katalog.json: every published document (in force or withdrawn; drafts are not published). */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const documents = [...site.standards, ...site.sops];
  const entries = documents.map((doc) =>
    catalogueEntry(doc, site.corpus.organisation.unit(doc.data.unitId), documentUrls(doc, siteUrl, settings.pdf)),
  );
  const schema = siteUrlOf(schemaPath('katalog'), siteUrl);
  const body = catalogueRecord(entries, schema, await contentUpdatedAt(documents));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
