import type { APIRoute } from 'astro';
import { getCompliance } from 'virtual:sop-portal/build';

/** The overview's table of units, for a spreadsheet, UTF-8 with a BOM. */
export const GET: APIRoute = async () => {
  const { csv } = await getCompliance();
  return new Response(csv('units'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
