import type { APIRoute } from 'astro';
import { getCompliance } from 'virtual:sop-portal/build';

/** Every finding where it sits, for a spreadsheet: the rows of src/domain/desk/tables.ts, UTF-8 with a BOM. */
export const GET: APIRoute = async () => {
  const { csv } = await getCompliance();
  return new Response(csv('findings'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
