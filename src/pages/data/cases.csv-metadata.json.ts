/** `/data/cases.csv-metadata.json`: the CSV's title, licence, update date, citation and columns (W3C CSVW; src/site/dataset.ts). */
import type { APIRoute } from 'astro';
import { allCases, sourceOf } from '../../site/collections.ts';
import { caseRecord, datasetCsvMetadata } from '../../site/dataset.ts';

export const GET: APIRoute = async ({ site }) => {
  const cases = await allCases();
  const records = await Promise.all(
    cases.map(async (entry) => caseRecord(entry, await sourceOf(entry), site)),
  );
  return new Response(datasetCsvMetadata(records, site), {
    headers: { 'content-type': 'application/csvm+json; charset=utf-8' },
  });
};
