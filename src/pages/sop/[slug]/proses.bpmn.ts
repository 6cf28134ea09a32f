import type { APIRoute, GetStaticPaths } from 'astro';
import { sopToBpmn } from '../../../domain/bpmn/export.ts';
import type { SopDocument } from '../../../domain/corpus.ts';
import { getSite } from '../../../lib/site.ts';

/** /sop/<slug>/proses.bpmn: the SOP as a BPMN 2.0 process with its diagram, for process tools. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.sops.map((doc) => ({ params: { slug: doc.slug }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: SopDocument }> = async ({ props }) =>
  new Response(await sopToBpmn(props.doc.data, props.doc.slug), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
