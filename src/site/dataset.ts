/**
 * The open dataset (`/data/cases.json`, `/data/cases.csv`): every case with
 * all its frontmatter fields, what its source says about it, both page URLs
 * and its plain-text body. JSON keeps the structure; the CSV flattens it (one
 * row per case). The fields are documented in content/docs/data.mdx and in
 * README.md; a test checks the two lists match these names.
 */
import type { CaseData } from '../model/schema/case.ts';
import type { SourceData } from '../model/schema/source.ts';
import { bodyPlainText } from '../model/body-blocks.ts';
import { metricParagraph } from '../model/metric-paragraph.ts';
import { absoluteUrl, casePath, docPath, rootPath } from './routes.ts';
import { toCsv } from './csv.ts';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export interface CaseRecord {
  id: string;
  title: string;
  region: { province: string; city?: string; county?: string; code: string };
  keywords: string[];
  year: number;
  metrics: (CaseData['metrics'][number] & { paragraph: number | null })[];
  source: string;
  number: number;
  added: string;
  history: { date: string; note: string }[];
  lastRevised: string;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourceDate: string | null;
  sourceUrl: string | null;
  urlHans: string;
  urlHant: string;
  text: string;
}

export interface DatasetCase {
  id: string;
  body?: string;
  data: CaseData;
}
export interface DatasetSource {
  id: string;
  data: SourceData;
}

export function caseRecord(
  entry: DatasetCase,
  source: DatasetSource,
  site: URL | string | undefined,
): CaseRecord {
  const { data } = entry;
  const body = entry.body ?? '';
  const history = data.history.map((h) => ({ date: isoDate(h.date), note: h.note }));
  return {
    id: entry.id,
    title: data.title,
    region: {
      province: data.region.province,
      ...(data.region.city ? { city: data.region.city } : {}),
      ...(data.region.county ? { county: data.region.county } : {}),
      code: data.region.code,
    },
    keywords: data.keywords,
    year: data.year,
    metrics: data.metrics.map((m) => ({ ...m, paragraph: metricParagraph(body, m.quote) ?? null })),
    source: data.source,
    number: data.number,
    added: isoDate(data.added),
    history,
    lastRevised: history.at(-1)?.date ?? isoDate(data.added),
    sourceTitle: source.data.title,
    sourcePublisher: source.data.publisher ?? null,
    sourceDate: source.data.date ? isoDate(source.data.date) : null,
    sourceUrl: source.data.url ?? null,
    urlHans: absoluteUrl(site, casePath('zh-hans', entry.id)),
    urlHant: absoluteUrl(site, casePath('zh-hant', entry.id)),
    text: bodyPlainText(body),
  };
}

/** The JSON file: a small header, then the cases. */
export function datasetJson(records: CaseRecord[], site: URL | string | undefined): string {
  const dates = records.flatMap((r) => [r.added, r.lastRevised]).sort();
  return JSON.stringify(
    {
      title: '涉企行政执法典型案例库：开放数据',
      site: absoluteUrl(site, rootPath),
      fields: absoluteUrl(site, docPath('zh-hans', 'data')),
      updated: dates.at(-1) ?? null,
      count: records.length,
      cases: records,
    },
    null,
    2,
  );
}

/** `label=value unit` of a metric, e.g. `检查频次同比下降=35.86 %`. */
export const metricText = (m: { label: string; value: number; unit: string }) =>
  `${m.label}=${m.value}${m.unit ? ` ${m.unit}` : ''}`;

/** The CSV columns, in order, and how each is read from a record. */
export const csvColumns: readonly [
  string,
  (r: CaseRecord) => string | number | null | undefined,
][] = [
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['province', (r) => r.region.province],
  ['city', (r) => r.region.city],
  ['county', (r) => r.region.county],
  ['regionCode', (r) => r.region.code],
  ['keywords', (r) => r.keywords.join('、')],
  ['year', (r) => r.year],
  ['metrics', (r) => r.metrics.map(metricText).join('；')],
  ['metricsJson', (r) => JSON.stringify(r.metrics)],
  ['source', (r) => r.source],
  ['number', (r) => r.number],
  ['added', (r) => r.added],
  ['lastRevised', (r) => r.lastRevised],
  ['history', (r) => r.history.map((h) => `${h.date} ${h.note}`).join('；')],
  ['sourceTitle', (r) => r.sourceTitle],
  ['sourcePublisher', (r) => r.sourcePublisher],
  ['sourceDate', (r) => r.sourceDate],
  ['sourceUrl', (r) => r.sourceUrl],
  ['urlHans', (r) => r.urlHans],
  ['urlHant', (r) => r.urlHant],
  ['text', (r) => r.text],
];

export function datasetCsv(records: CaseRecord[]): string {
  return toCsv(
    csvColumns.map(([name]) => name),
    records.map((r) => csvColumns.map(([, read]) => read(r))),
  );
}
