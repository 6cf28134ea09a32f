import type { APIRoute, GetStaticPaths } from 'astro';
import { swimlaneSource } from '../../../domain/swimlane.ts';
import { renderDiagram } from '../../../lib/diagrams.ts';
import { getSite } from '../../../lib/site.ts';

/**
 * /sop/<slug>/swimlane.svg: the rendered swimlane as a standalone SVG file (text stays text). Only
 * emitted when the build could render it; without a browser the page links the .mmd alone.
 */
export const getStaticPaths = (async () => {
  const site = await getSite();
  const rendered = await Promise.all(
    site.sops.map(async (doc) => ({ slug: doc.slug, svg: (await renderDiagram(swimlaneSource(doc.data))).svg })),
  );
  return rendered.flatMap(({ slug, svg }) => (svg ? [{ params: { slug }, props: { svg } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.svg}\n`, { headers: { 'content-type': 'image/svg+xml' } });
