/** `/data/cases.json`: every case, all its fields (see src/site/dataset.ts and the 数据说明 page). */
import type { APIRoute } from 'astro';
import { allCases, sourceOf } from '../../site/collections.ts';
import { caseRecord, datasetJson } from '../../site/dataset.ts';

export const GET: APIRoute = async ({ site }) => {
  const cases = await allCases();
  const records = await Promise.all(
    cases.map(async (entry) => caseRecord(entry, await sourceOf(entry), site)),
  );
  return new Response(datasetJson(records, site), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
