/** `/data/cases.csv`: the same cases as cases.json, one row each, for Excel and WPS (UTF-8 BOM, CRLF). */
import type { APIRoute } from 'astro';
import { allCases, sourceOf } from '../../site/collections.ts';
import { caseRecord, datasetCsv } from '../../site/dataset.ts';

export const GET: APIRoute = async ({ site }) => {
  const cases = await allCases();
  const records = await Promise.all(
    cases.map(async (entry) => caseRecord(entry, await sourceOf(entry), site)),
  );
  return new Response(datasetCsv(records), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
