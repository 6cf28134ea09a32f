import type { APIRoute } from 'astro';
import { getCompliance } from 'virtual:sop-portal/build';

/** The desk as data: the reference date, the table of units, and the report's findings, counts, references and graph. */
export const GET: APIRoute = async () => {
  const { json } = await getCompliance();
  return new Response(`${JSON.stringify(json(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
