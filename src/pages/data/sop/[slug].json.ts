import type { APIRoute, GetStaticPaths } from 'astro';
import type { CorpusDocument } from '../../../domain/corpus.ts';
import { documentRecord } from '../../../domain/open-data.ts';
import { documentUrls, getSite, schemaPath, siteUrlOf } from '../../../lib/site.ts';

/** /data/sop/<id>.json: the whole document with its frontmatter keys and the computed totals. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.sops.map((doc) => ({ params: { slug: doc.slug }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: CorpusDocument }> = async ({ props: { doc }, site: siteUrl }) => {
  const site = await getSite();
  const body = documentRecord(doc, site.corpus.organisation.unit(doc.data.unitId), documentUrls(doc, siteUrl), siteUrlOf(schemaPath('sop'), siteUrl));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
