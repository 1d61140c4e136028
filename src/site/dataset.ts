/**
 * The open dataset (`/data/cases.json`, `/data/cases.csv`): every case with
 * all its frontmatter fields, what its source says about it, both page URLs
 * and its plain-text body. JSON keeps the structure; the CSV flattens it (one
 * row per case). Its fields and columns, and their documentation on the
 * 数据说明 page, come from the field registry (src/model/schema/fields.ts).
 */
import type { CaseData } from '../model/schema/case.ts';
import type { SourceData } from '../model/schema/source.ts';
import {
  csvColumns,
  recordFields,
  type CaseContext,
  type CaseRecord,
} from '../model/schema/fields.ts';
import { bodyPlainText } from '../model/body-blocks.ts';
import { metricParagraph } from '../model/quote-paragraph.ts';
import { absoluteUrl, casePath, docPath } from './routes.ts';
import { toCsv } from './csv.ts';

export type { CaseRecord };

export interface DatasetCase {
  id: string;
  body?: string;
  data: CaseData;
}
export interface DatasetSource {
  id: string;
  data: SourceData;
}

/** A case as the dataset has it: every field of the registry (src/model/schema/fields.ts), in its order. */
export function caseRecord(
  entry: DatasetCase,
  source: DatasetSource,
  site: URL | string | undefined,
): CaseRecord {
  const body = entry.body ?? '';
  const context: CaseContext = {
    id: entry.id,
    data: entry.data,
    source: source.data,
    paragraphOf: (quote) => metricParagraph(body, quote) ?? null,
    urlHans: absoluteUrl(site, casePath('zh-hans', entry.id)),
    urlHant: absoluteUrl(site, casePath('zh-hant', entry.id)),
    text: bodyPlainText(body),
  };
  return Object.fromEntries(
    Object.entries(recordFields()).map(([name, field]) => [name, field.value(context)]),
  ) as CaseRecord;
}

/** The JSON file: a small header, then the cases. */
export function datasetJson(records: CaseRecord[], site: URL | string | undefined): string {
  const dates = records.flatMap((r) => [r.added, r.lastRevised]).sort();
  return JSON.stringify(
    {
      title: '涉企行政执法典型案例库：开放数据',
      site: absoluteUrl(site, '/'),
      fields: absoluteUrl(site, docPath('zh-hans', 'data')),
      updated: dates.at(-1) ?? null,
      count: records.length,
      cases: records,
    },
    null,
    2,
  );
}

export function datasetCsv(records: CaseRecord[]): string {
  const columns = csvColumns();
  return toCsv(
    columns.map((c) => c.name),
    records.map((r) => columns.map((c) => c.cell(r))),
  );
}
