import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/site.ts';
import { swimlaneOf } from '../../../lib/swimlanes.ts';

/** /sop/<slug>/swimlane.svg: the swimlane as a standalone SVG file (text stays text). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.sops.map((doc) => ({ params: { slug: doc.slug }, props: { svg: swimlaneOf(doc.data).svg } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.svg}\n`, { headers: { 'content-type': 'image/svg+xml' } });
