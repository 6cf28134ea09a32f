import type { APIRoute } from 'astro';
import { getCompliance } from 'virtual:sop-portal/build';

/** The compliance report as data: the same findings, counts, references and graph as /kepatuhan/. */
export const GET: APIRoute = async () => {
  const { json } = await getCompliance();
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
