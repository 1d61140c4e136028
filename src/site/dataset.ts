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
import { absoluteUrl, casePath, dataCsvPath, dataJsonPath, docPath, rootPath } from './routes.ts';
import { toCsv } from './csv.ts';
import { datasetReference } from '../model/citation.ts';
import { ui } from '../i18n/ui.ts';

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

/** The dataset's name. */
export const datasetTitle = '涉企行政执法典型案例库：开放数据';

/**
 * The licence of the data files, the one definition (the 数据说明 page and
 * README.md say the same in words): the site's own work — the fields, the
 * classification, the figures, the links — is CC BY 4.0, use it freely and
 * name the source; the cases' texts are as their publishers published them.
 */
export const datasetLicence = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  note: '本库整理的数据（字段、分类、数字、链接等）按 CC BY 4.0 许可自由使用，请注明出处并附上案例网址；案例原文以原发布单位公开发布的文本为准。',
};

/** The last time a case was added or revised: the dataset's update date (`YYYY-MM-DD`), or null when empty. */
export const datasetUpdated = (records: readonly { added: string; lastRevised: string }[]) =>
  records
    .flatMap((r) => [r.added, r.lastRevised])
    .sort()
    .at(-1) ?? null;

/** The GB/T 7714—2025 reference of /data/cases.json, updated on `updated` (src/model/citation.ts). */
export const datasetCitation = (site: URL | string | undefined, updated: string) =>
  datasetReference({
    creator: ui['zh-hans'].siteName,
    title: datasetTitle,
    updated,
    url: absoluteUrl(site, dataJsonPath),
  });

/** The JSON file: a small header (with the licence, the update date and how to cite it), then the cases. */
export function datasetJson(records: CaseRecord[], site: URL | string | undefined): string {
  const updated = datasetUpdated(records);
  return JSON.stringify(
    {
      title: datasetTitle,
      site: absoluteUrl(site, rootPath),
      fields: absoluteUrl(site, docPath('zh-hans', 'data')),
      updated,
      licence: datasetLicence,
      citation: updated ? datasetCitation(site, updated) : null,
      count: records.length,
      cases: records,
    },
    null,
    2,
  );
}

/**
 * The CSV file's metadata, beside it at /data/cases.csv-metadata.json: W3C CSV
 * on the Web (https://www.w3.org/TR/tabular-metadata/), found by appending
 * `-metadata.json` to the CSV's URL. The CSV itself stays plain RFC 4180 (a
 * comment line would be a data row to Excel and most parsers), and this file
 * carries its title, licence, update date, citation and columns.
 */
export function datasetCsvMetadata(records: CaseRecord[], site: URL | string | undefined): string {
  const updated = datasetUpdated(records);
  return JSON.stringify(
    {
      '@context': ['http://www.w3.org/ns/csvw', { '@language': 'zh-Hans' }],
      url: absoluteUrl(site, dataCsvPath),
      'dc:title': datasetTitle,
      'dc:publisher': ui['zh-hans'].siteName,
      'dc:license': { '@id': datasetLicence.url },
      'dc:rights': datasetLicence.note,
      'dc:modified': updated,
      'dc:bibliographicCitation': updated ? datasetCitation(site, updated) : null,
      'dc:description': absoluteUrl(site, docPath('zh-hans', 'data')),
      dialect: { encoding: 'utf-8', lineTerminators: ['\r\n'], header: true },
      tableSchema: { columns: csvColumns().map(({ name }) => ({ name, titles: name })) },
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
