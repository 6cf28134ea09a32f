import type { APIRoute, GetStaticPaths } from 'astro';
import type { SopDocument } from '../../../domain/corpus.ts';
import { swimlaneSource } from '../../../domain/swimlane.ts';
import { getSite } from '../../../lib/site.ts';

/** /sop/<slug>/swimlane.mmd: the swimlane diagram's mermaid source, generated from the model. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.sops.map((doc) => ({ params: { slug: doc.slug }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: SopDocument }> = ({ props }) =>
  new Response(swimlaneSource(props.doc.data), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
