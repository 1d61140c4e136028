/**
 * The field registry: what the rest of the site needs to know about each field
 * of a case (src/model/schema/case.ts) and each field the open dataset adds.
 *
 * - `caseFields`, one entry per frontmatter field, in the order of the schema;
 *   `datasetFields`, the fields /data/cases.json adds to each case. Each entry has
 *   - `value`: the field in /data/cases.json, made from the case (`CaseContext`);
 *   - `columns`: its columns in /data/cases.csv, each at a fixed position;
 *   - `doc` (and `example`): its line in the tables of the 数据说明 page
 *     (content/docs/data.mdx renders them, src/components/FieldTable.astro);
 *   - `label` (case fields): the key of its name in src/i18n/ui.ts, where
 *     both scripts are written natively (every string a reader sees is there);
 *   - `fixes`: how to fix it, for the messages of `npm run check`
 *     (src/check/zod-issue-text.ts), by field path (`keywords[]` is one keyword).
 * - `facets`: the search page's filters, each with its URL parameter, its
 *   labels and the values a case has, read from the dataset. The search form,
 *   its "clear filters" link, the URL state and the facet tables all read it.
 * - `sourceFields`: the fixes of the source fields (src/model/schema/source.ts).
 *
 * Adding a field takes the schema, an entry here, the content and a test; a
 * unit test fails when a schema field has no entry.
 *
 * Only type imports: the search page loads `facets` from here.
 */
import { figureText } from './metric-figure.ts';
import type { CaseData } from './case.ts';
import { domainNames } from './domains.ts';
import type { SourceData } from './source.ts';
import type { UiStrings } from '../../i18n/ui.ts';
import { isoDate } from '../dates.ts';

/** What a dataset field is made from: a case, its source, and what the site works out for it. */
export interface CaseContext {
  id: string;
  data: CaseData;
  source: SourceData;
  /** The number of the body paragraph (`#pN`) a quote is in, or null. */
  paragraphOf: (quote: string) => number | null;
  /** The absolute URLs of the case page in each script. */
  urlHans: string;
  urlHant: string;
  /** The body as plain text. */
  text: string;
}

/** The keys of src/i18n/ui.ts that hold one string. */
export type LabelKey = {
  [K in keyof UiStrings]: UiStrings[K] extends string ? K : never;
}[keyof UiStrings];

export type CellValue = string | number | null | undefined;

export interface Column<V> {
  /** The column's header. */
  name: string;
  /**
   * Its place in the CSV, from 1. Fixed once published, so that a script that
   * reads columns by position keeps working: a new column takes the next free
   * position (a unit test checks they are 1…n).
   */
  position: number;
  cell: (value: V) => CellValue;
  /** Its line in the CSV table of the 数据说明 page (Markdown: `code` only). */
  doc: string;
}

export interface DatasetField<V> {
  value: (c: CaseContext) => V;
  columns: readonly Column<V>[];
  /** What the field holds: its line in the 数据说明 page (Markdown: `code` only). */
  doc: string;
  /** Lines for parts the dataset adds to the field, in the table of what cases.json adds. */
  added?: Readonly<Record<string, string>>;
}

export interface CaseField<V> extends DatasetField<V> {
  /** The key of the field's name in src/i18n/ui.ts. */
  label: LabelKey;
  /** An example as written in the file, for the 数据说明 table. */
  example?: string;
  /** Fixes for the check's messages, by field path: `keywords`, `keywords[]`, `region.code`. */
  fixes?: Readonly<Record<string, string>>;
}

// Each entry goes through one of these, so that its value type reaches its columns.
function caseField<V>(field: CaseField<V>) {
  return field;
}
function datasetField<V>(field: DatasetField<V>) {
  return field;
}

/** `label=figure` of a metric, e.g. `检查频次同比下降=35.86 %`, `检查企业=2300余 台` (metric-figure.ts). */
export const metricText = (m: Parameters<typeof figureText>[0] & { label: string }) =>
  `${m.label}=${figureText(m, true)}`;

export const caseFields = {
  id: caseField({
    label: 'fieldId',
    value: (c) => c.id,
    columns: [{ name: 'id', position: 1, cell: (id) => id, doc: '案例编号' }],
    doc: '案例编号，也是网址的一部分：省级地区代码-年份-序号（两位，99 之后为 100、101……）。发布后不再改变，也不重复使用',
    example: '`nx-2025-01`',
    fixes: {
      id: 'id 形如 nx-2025-01（省级行政区缩写-年份-序号，99 之后为 100），并与文件名一致；新案例请用 npm run new-case 生成',
    },
  }),
  title: caseField({
    label: 'fieldTitle',
    value: (c) => c.data.title,
    columns: [{ name: 'title', position: 2, cell: (title) => title, doc: '标题' }],
    doc: '原文标题；两行标题用空格连接',
    example: '`中卫市“三减”执法模式`',
    fixes: { title: '填写原文中的案例标题（两行标题用一个空格连接）' },
  }),
  region: caseField({
    label: 'region',
    value: ({ data: { region } }) => ({
      province: region.province,
      ...(region.city ? { city: region.city } : {}),
      ...(region.county ? { county: region.county } : {}),
      code: region.code,
    }),
    columns: [
      { name: 'province', position: 3, cell: (r) => r.province, doc: '省级地区' },
      { name: 'city', position: 4, cell: (r) => r.city, doc: '地级地区（可为空）' },
      { name: 'county', position: 5, cell: (r) => r.county, doc: '县级地区（可为空）' },
      {
        name: 'regionCode',
        position: 6,
        cell: (r) => r.code,
        doc: '行政区划代码，即 `region.code`',
      },
    ],
    doc: '案例所涉最具体的行政区划：`province` 省级、`city` 地级（可无）、`county` 县级（可无）、`code` 最具体一级的 6 位代码（GB/T 2260）',
    example: '`宁夏回族自治区`、`中卫市`、`"640500"`',
    fixes: { 'region.code': '填写最具体一级行政区的 6 位代码并加英文双引号，如 "640500"' },
  }),
  keywords: caseField({
    label: 'keywords',
    value: (c) => c.data.keywords,
    columns: [
      {
        name: 'keywords',
        position: 7,
        cell: (keywords) => keywords.join('、'),
        doc: '关键词，用顿号“、”连接',
      },
    ],
    doc: '关键词，依原文【关键词】的顺序；原文没有的由编者选取 3 至 5 个',
    example: '`[综合查一次, 包容免罚]`',
    fixes: {
      keywords: '按原文【关键词】逐个填写；原文没有关键词时，从正文选 3–5 个',
      'keywords[]': '每个关键词 2–20 个字',
    },
  }),
  domains: caseField({
    label: 'domains',
    value: (c) => c.data.domains,
    columns: [
      {
        name: 'domains',
        position: 23,
        cell: (domains) => domains.join('、'),
        doc: '执法领域，用顿号“、”连接',
      },
    ],
    doc: '案例所涉的执法领域，1 至 3 个，关系最近的在前；可选的领域见“按执法领域浏览”页',
    example: '`[市场监管, 执法监督]`',
    fixes: {
      domains: `从这些执法领域中选 1–3 个，关系最近的写在前面：${domainNames.join('、')}`,
    },
  }),
  year: caseField({
    label: 'year',
    value: (c) => c.data.year,
    columns: [{ name: 'year', position: 8, cell: (year) => year, doc: '年份' }],
    doc: '案例所述工作的年份',
    example: '`2025`',
    fixes: { year: '填写案例所述工作的年份，如 2025' },
  }),
  metrics: caseField({
    label: 'metrics',
    value: (c) => c.data.metrics.map((m) => ({ ...m, paragraph: c.paragraphOf(m.quote) })),
    columns: [
      {
        name: 'metrics',
        position: 9,
        cell: (metrics) => metrics.map(metricText).join('；'),
        doc: '数字，每个写作 `指标=数值 单位`，用全角分号“；”连接，如 `联合检查=122 次；检查频次同比下降=35.86 %`；约数带着原文表示约数的字，写在原文的位置：`检查企业=2300余 台`、`罚款=约410 万元`、`办结率=90 %以上`（数值本身见 metricsJson 的 value）',
      },
      {
        name: 'metricsJson',
        position: 10,
        cell: (metrics) => JSON.stringify(metrics),
        doc: '同样的数字，JSON 格式，含原句、类别和段落号',
      },
    ],
    doc: '可比较的数字，每个包括 `label` 指标、`value` 数值、`unit` 单位（无单位时为空）、`quote` 原文中含这个数字的原句、`kind` 类别；约数另有 `approx`，即原文中表示约数的字（余、超、近、逾……）',
    example: '`检查频次同比下降`、`35.86`、`%`',
    added: {
      'metrics[].paragraph': '该数字原句所在的段落号（网页上的 `#pN`），找不到时为 `null`',
    },
    fixes: {
      'metrics[].label': '用原文的说法写明统计的是什么，2–40 个字，如 检查频次同比下降',
      'metrics[].value': '写原文中的数字本身，不带单位和引号：35.86% → 35.86',
      'metrics[].unit': '写原文中的单位，如 % 件 万元 个工作日；没有单位时写 ""',
      'metrics[].quote': '从正文原样复制含这个数字的短语，如 检查频次同比下降35.86%',
      'metrics[].approx':
        '写摘录中表示约数的字：余 多 超 超过 逾 以上 近 将近 不足 不到 约 左右；不是约数就删除 approx',
    },
  }),
  source: caseField({
    label: 'source',
    value: (c) => c.data.source,
    columns: [{ name: 'source', position: 11, cell: (slug) => slug, doc: '来源文件编号' }],
    doc: '来源文件的编号，对应 `content/sources/` 中的文件',
    example: '`nx-2025-enforcement-cases`',
    fixes: {
      source: '填写 content/sources/ 中来源文件的文件名（不含 .mdx），如 nx-2025-enforcement-cases',
    },
  }),
  number: caseField({
    label: 'caseNumber',
    value: (c) => c.data.number,
    columns: [{ name: 'number', position: 12, cell: (n) => n, doc: '在来源文件中的序号' }],
    doc: '案例在来源文件中的序号（案例一为 1）',
    example: '`1`',
    fixes: { number: '填写案例在原文中的序号（案例一 → 1）' },
  }),
  added: caseField({
    label: 'fieldAdded',
    value: (c) => isoDate(c.data.added),
    columns: [{ name: 'added', position: 13, cell: (date) => date, doc: '收录日期' }],
    doc: '收入本库的日期',
    example: '`2026-11-24`',
    fixes: { added: '填写本案例首次收入本库的日期，如 2025-11-01' },
  }),
  history: caseField({
    label: 'revisionHistory',
    value: (c) => c.data.history.map((h) => ({ date: isoDate(h.date), note: h.note })),
    columns: [
      {
        name: 'history',
        position: 15,
        cell: (history) => history.map((h) => `${h.date} ${h.note}`).join('；'),
        doc: '修订记录，每条写作 `日期 改动内容`，用“；”连接',
      },
    ],
    doc: '修订记录，每条包括 `date` 日期和 `note` 改动内容，最新的在最后',
    fixes: {
      'history[].date': '写成 YYYY-MM-DD，如 2025-11-01',
      'history[].note': '用一句话写明改了什么，如 修复原文中的乱码段落',
    },
  }),
} satisfies Record<keyof CaseData, CaseField<any>>;

export const datasetFields = {
  lastRevised: datasetField({
    value: (c) => isoDate(c.data.history.at(-1)?.date ?? c.data.added),
    columns: [{ name: 'lastRevised', position: 14, cell: (date) => date, doc: '最后修订日期' }],
    doc: '最后修订日期：最后一条修订记录的日期，没有修订时为收录日期',
  }),
  sourceTitle: datasetField({
    value: (c) => c.source.title,
    columns: [{ name: 'sourceTitle', position: 16, cell: (t) => t, doc: '来源文件标题' }],
    doc: '来源文件的标题',
  }),
  sourcePublisher: datasetField({
    value: (c) => c.source.publisher ?? null,
    columns: [{ name: 'sourcePublisher', position: 17, cell: (p) => p, doc: '来源文件发布单位' }],
    doc: '来源文件的发布单位，原文未注明时为 `null`',
  }),
  sourceDate: datasetField({
    value: (c) => (c.source.date ? isoDate(c.source.date) : null),
    columns: [{ name: 'sourceDate', position: 18, cell: (d) => d, doc: '来源文件发布日期' }],
    doc: '来源文件的发布日期，原文未注明时为 `null`',
  }),
  sourceUrl: datasetField({
    value: (c) => c.source.url ?? null,
    columns: [{ name: 'sourceUrl', position: 19, cell: (url) => url, doc: '来源文件原文链接' }],
    doc: '来源文件的原文链接，不知道时为 `null`',
  }),
  urlHans: datasetField({
    value: (c) => c.urlHans,
    columns: [{ name: 'urlHans', position: 20, cell: (url) => url, doc: '简体版网址' }],
    doc: '案例简体版页面的完整网址',
  }),
  urlHant: datasetField({
    value: (c) => c.urlHant,
    columns: [{ name: 'urlHant', position: 21, cell: (url) => url, doc: '繁体版网址' }],
    doc: '案例繁体版页面的完整网址',
  }),
  text: datasetField({
    value: (c) => c.text,
    columns: [{ name: 'text', position: 22, cell: (text) => text, doc: '正文纯文本（含换行）' }],
    doc: '案例正文的纯文本：小标题和段落各占一段，段与段之间空一行',
  }),
};

type RecordFields = typeof caseFields & typeof datasetFields;

/**
 * Every field of a case in the dataset, in the order of cases.json: the case's own, then the added.
 * A function, so that the search page's bundle, which needs only `facets`, leaves the rest out.
 */
export const recordFields = (): RecordFields => ({ ...caseFields, ...datasetFields });

/** One case of the open dataset (/data/cases.json). */
export type CaseRecord = { [K in keyof RecordFields]: ReturnType<RecordFields[K]['value']> };

/** One search facet: a filter of the search page, drawn from a field of the dataset. */
export interface Facet<F extends keyof CaseRecord> {
  /** The field its values come from. */
  field: F;
  /** The key of its label in src/i18n/ui.ts, and of its first option ("any value"). */
  label: LabelKey;
  any: LabelKey;
  /** The values a case has (in simplified script; the zh-hant facet table converts them). */
  values: (value: CaseRecord[F]) => string[];
}
function facet<F extends keyof CaseRecord>(facet: Facet<F>) {
  return facet;
}

/**
 * The search facets by URL parameter, in the order of the form and of the URL:
 * `/{script}/search/?q=…&region=…&place=…&keyword=…&year=…&source=…`.
 */
export const facets = {
  region: facet({
    field: 'region',
    label: 'searchProvince',
    any: 'searchAnyProvince',
    values: (region) => [region.province],
  }),
  place: facet({
    field: 'region',
    label: 'searchPlace',
    any: 'searchAnyPlace',
    values: (region) => [region.city, region.county].filter((p): p is string => !!p),
  }),
  keyword: facet({
    field: 'keywords',
    label: 'keywords',
    any: 'searchAnyKeyword',
    values: (keywords) => keywords,
  }),
  domain: facet({
    field: 'domains',
    label: 'domains',
    any: 'searchAnyDomain',
    values: (domains) => domains,
  }),
  year: facet({
    field: 'year',
    label: 'year',
    any: 'searchAnyYear',
    values: (year) => [String(year)],
  }),
  source: facet({
    field: 'sourceTitle',
    label: 'source',
    any: 'searchAnySource',
    values: (title) => [title],
  }),
};

export type FacetParam = keyof typeof facets;
export const facetParams = Object.keys(facets) as FacetParam[];

/** The values of a facet a dataset record has. */
export function facetValues(param: FacetParam, record: CaseRecord): string[] {
  const f = facets[param] as Facet<keyof CaseRecord>;
  return f.values(record[f.field]);
}

/** Every CSV column, in order of position, with the field it belongs to and how its cell is read. */
export function csvColumns(): {
  name: string;
  position: number;
  field: keyof CaseRecord;
  doc: string;
  cell: (record: CaseRecord) => CellValue;
}[] {
  return (Object.entries(recordFields()) as [keyof CaseRecord, DatasetField<unknown>][])
    .flatMap(([field, spec]) =>
      spec.columns.map((column) => ({
        name: column.name,
        position: column.position,
        field,
        doc: column.doc,
        cell: (record: CaseRecord) => column.cell(record[field]),
      })),
    )
    .sort((a, b) => a.position - b.position);
}

/** The fixes of the source fields (src/model/schema/source.ts), by field path. */
export const sourceFields: Record<keyof SourceData, { fixes?: Readonly<Record<string, string>> }> =
  {
    slug: {
      fixes: { slug: '只用小写字母、数字和连字符，并与文件名一致，如 nx-2025-enforcement-cases' },
    },
    title: {},
    publisher: {},
    date: {},
    dateNote: {},
    url: { fixes: { url: '写完整网址，以 http:// 或 https:// 开头' } },
    copies: { fixes: { 'copies[]': '写完整网址，以 http:// 或 https:// 开头' } },
    raw: { fixes: { raw: '填写 content/raw/ 中原始文本的文件名，如 000_26c12634849f5551.txt' } },
    rawScript: {},
    repairs: {},
    editor: {},
    author: {},
    notes: {
      fixes: {
        'notes[].note': '写明导入时发现了什么，如 原文宣布 8 个案例，导入找到 4 个',
        'notes[].resolved': '用一句话写明怎么处理的，如 转载本截断，其余案例未找到完整版本，未收录',
      },
    },
  };

/** Every fix of the registry, by field path (`metrics[].value`). */
export function fieldFixes(): Record<string, string> {
  return Object.assign(
    {},
    ...[...Object.values(caseFields), ...Object.values(sourceFields)].map((f) => f.fixes ?? {}),
  );
}
