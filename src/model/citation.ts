/**
 * The ways to cite a case page, as pure functions of the case's data (unit
 * tested with snapshots). What we chose, and why (also in content/docs/citation.mdx):
 *
 * The page is an online resource, cited as 网站、网页 `[EB/OL]`:
 *
 *   GB/T 7714—2025 (published 2025-12-02, in force 2026-07-01, replaces 2015),
 *   网页: 主要责任者. 题名: 其他题名信息[EB/OL]. (创建或修改日期)[引用日期]. 访问路径. 永久标识符.
 *   e.g. 北京鲁迅博物馆. 北京鲁迅博物馆志愿服务章程[EB/OL]. （2021-04-21）[2023-05-02]. http://….
 *   GB/T 7714—2015, 电子资源: 主要责任者. 题名: 其他题名信息[文献类型标识/文献载体标识]. 出版地: 出版者,
 *   出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径. 数字对象唯一标识符.
 *   e.g. 萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://….
 *
 * For a web page the two editions list the same elements in the same order;
 * they differ in:
 * - symbols: 2025 (§7 著录用符号) prints "." and "[ ]" half-width and the other
 *   symbols full-width, so the date reads （2026-11-24）; 2015 did not say, and we
 *   follow the common practice (CNKI exports, thesis templates) of half-width
 *   throughout: (2026-11-24);
 * - names: 2025 says 访问路径 and 永久标识符 (DOI and others) where 2015 said
 *   获取和访问路径 and 数字对象唯一标识符; 网站、网页 is now a type of its own, with
 *   题名, [EB/OL], 引用日期 and 访问路径 required. A case page has no DOI, so
 *   neither entry has a 永久标识符.
 * - 2025 drops 引用日期 for resources that are not online; both keep it here.
 *
 * Our choices for the elements:
 * - 主要责任者: the author line of the source document when it has one (泰兴市人民
 *   政府市长), else its publisher (法治日报), when known; else left out (allowed in
 *   the numeric system, 顺序编码制). We never invent one.
 * - 题名: the case's title as published; a title of our own making (〔…〕 in the
 *   content, for a text published without one) goes in [ ], as 自拟信息.
 * - (创建或修改日期): the page's last revision (最后修订: `added` or the newest
 *   `history` date), so a reader can tell which version was cited.
 * - [引用日期]: the day the reader copies the citation (filled in by the page's
 *   script; without JavaScript, the build date, with a note to correct it).
 * - 访问路径: the page's canonical absolute URL (astro config `site`).
 */

import { chineseDate } from './dates.ts';

export interface CitationInput {
  /** 题名: the case's title. */
  title: string;
  /** 主要责任者: the source document's author, else its publisher, when known. */
  creator?: string;
  /** The page's last revision, `YYYY-MM-DD`. */
  modified: string;
  /** 引用日期, `YYYY-MM-DD`. */
  accessed: string;
  /** The page's canonical absolute URL. */
  url: string;
  /** The published document the case comes from. */
  source: {
    title: string;
    publisher?: string;
    /** Publication date `YYYY-MM-DD`, when known. */
    date?: string;
  };
  /** The case's number inside the source document. */
  number: number;
}

const responsible = (input: CitationInput) => (input.creator ? `${input.creator}. ` : '');

/** A title of our own making (a document without one is described in 〔…〕) goes in [ ], as both editions ask for 自拟信息. */
const entryTitle = (title: string) => title.replace(/^〔(.*)〕$/, '[$1]');

/** Whether a title is a description in brackets rather than a published title. */
const isDescription = (title: string) => /^[[［【(（〔]/.test(title);
const endWithPeriod = (url: string) => `${url}.`;

/** GB/T 7714—2025, 网站、网页: `题名[EB/OL]. （修改日期）[引用日期]. URL.` with full-width parentheses. */
export function gbt7714v2025(input: CitationInput): string {
  return `${responsible(input)}${entryTitle(input.title)}[EB/OL]. （${input.modified}）[${input.accessed}]. ${endWithPeriod(input.url)}`;
}

/** GB/T 7714—2015, 电子资源: `题名[EB/OL]. (修改日期)[引用日期]. URL.` with half-width symbols. */
export function gbt7714v2015(input: CitationInput): string {
  return `${responsible(input)}${entryTitle(input.title)}[EB/OL]. (${input.modified})[${input.accessed}]. ${endWithPeriod(input.url)}`;
}

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral as documents number their cases: 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return digits[ones]!;
  return `${tens === 1 ? '' : digits[tens]}十${digits[ones]}`;
}

/** A title in 书名号, unless it is a description in brackets (a document without a title). */
const bookTitle = (title: string) => (isDescription(title) ? title : `《${title}》`);

/**
 * The form of a reference inside a 公文: 《标题》，来源，日期。
 * 来源 is the published document (its publisher first, when known) and the
 * case's number in it; 日期 is that document's publication date.
 */
export function officialReference(input: CitationInput, unknownDate = '发布日期不详'): string {
  const { source } = input;
  const from = `${source.publisher ?? ''}${bookTitle(source.title)}案例${chineseNumeral(input.number)}`;
  // `new Date('2025-10-29')` is UTC midnight, the day chineseDate reads.
  const date = source.date ? chineseDate(new Date(source.date)) : unknownDate;
  return `${bookTitle(input.title)}，${from}，${date}。`;
}

/**
 * The dataset as a dataset, GB/T 7714—2025 `[DS/OL]` (数据集, online): the
 * elements and symbols of an online resource, with the dataset's last update
 * as its (更新日期). `accessed` left out prints the element's name, [引用日期],
 * for the citer to fill in (a file cannot know when it is read).
 * `涉企行政执法典型案例库. 涉企行政执法典型案例库：开放数据[DS/OL]. （2026-11-24）[引用日期]. https://…/data/cases.json.`
 */
export function datasetReference(input: {
  creator: string;
  title: string;
  updated: string;
  url: string;
  accessed?: string;
}): string {
  return `${input.creator}. ${input.title}[DS/OL]. （${input.updated}）[${input.accessed ?? '引用日期'}]. ${endWithPeriod(input.url)}`;
}

/** The plain link: the canonical URL. */
export const plainLink = (input: CitationInput): string => input.url;

export type CitationKind = 'gbt2025' | 'gbt2015' | 'official' | 'link';

/** Every citation of a case, in the order the page offers them. */
export function citations(input: CitationInput): Record<CitationKind, string> {
  return {
    gbt2025: gbt7714v2025(input),
    gbt2015: gbt7714v2015(input),
    official: officialReference(input),
    link: plainLink(input),
  };
}

/**
 * Splits a citation around its 引用日期, so the page can wrap the date in an
 * element its script updates. Returns `[before, after]`, or `undefined` when the
 * citation has no 引用日期 (the 公文 form and the link).
 */
export function aroundAccessDate(text: string, accessed: string): [string, string] | undefined {
  const marker = `[${accessed}]`;
  const at = text.indexOf(marker);
  if (at < 0) return undefined;
  return [text.slice(0, at + 1), text.slice(at + 1 + accessed.length)];
}
