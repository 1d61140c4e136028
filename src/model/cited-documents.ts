/**
 * The documents a case cites: every title in 书名号 《…》 in its title and
 * body, and whether it is a national law or regulation, which the site links
 * to its entry in the 国家法律法规数据库 (https://flk.npc.gov.cn/) as a
 * search by title. Derived from the text at build time; nothing is typed by hand
 * but the reviewed list of national regulations and rules (national-documents.ts).
 *
 * The rule, in this order (also on the 使用指南 page, content/docs/guide.mdx):
 * 1. A title starting with 中华人民共和国 and ending in a legal form (法, 条例,
 *    规定, 办法, 细则, 规则) is national: only national law carries the
 *    country's name (中华人民共和国行政处罚法, …实施条例).
 * 2. A title naming a place — the full name of a province, prefecture or
 *    county of GB/T 2260 (浙江省…, 包头市…, 阿拉善盟…, 关于建立泰兴市…的实施方案)
 *    — is local.
 * 3. A title ending in 法 (not 办法, 方法, 做法, 工作法) is a national law: only
 *    the National People's Congress and its Standing Committee make laws, and
 *    local rules are named 条例, 办法, 规定 (行政处罚法, 行政许可法).
 * 4. A title in the reviewed list of national administrative regulations
 *    (国务院行政法规) and departmental rules (部门规章) is national
 *    (公平竞争审查条例, 企业经营异常名录管理办法).
 * 5. Anything else (合规指引, 督办函, 工作方案, a programme's name) is listed
 *    as another document, without a link: who issued it cannot be told from
 *    its title.
 * A trailing edition in brackets (（2022版）, （试行）) is left out when classifying.
 */
import { cities, counties, provinces } from './regions.ts';
import { nationalDocuments } from './national-documents.ts';

export type DocumentLevel = 'national' | 'local' | 'other';

/** The titles in 《…》 of a text, in order of first appearance, each once. */
export function citedTitles(text: string): string[] {
  const titles = new Set<string>();
  for (const match of text.matchAll(/《([^《》\n]+)》/g)) titles.add(match[1]!.trim());
  return [...titles].filter(Boolean);
}

/** Place names that mark a local document: full names of three characters or more (not 市辖区). */
const placeNames: readonly string[] = [
  ...new Set(
    [...provinces, ...cities, ...counties]
      .map((d) => d.name)
      .filter((name) => [...name].length >= 3 && !/^(市辖区|县|省直辖|自治区直辖)/.test(name)),
  ),
];

/** The place a title names, if any (rule 2). */
export const placeInTitle = (title: string): string | undefined =>
  placeNames.find((name) => title.includes(name));

const legalForm = /(法|条例|规定|办法|细则|规则)$/;
const notALaw = /(办法|方法|做法|工作法)$/;

/** A title without a trailing edition or status in brackets: `…清单（2022版）` → `…清单`. */
export const titleCore = (title: string) => title.replace(/\s*[（(][^（）()]*[)）]\s*$/, '').trim();

/** Whether a cited title is a national law or regulation, a local document, or another document. */
export function documentLevel(title: string): DocumentLevel {
  const name = titleCore(title);
  if (name.startsWith('中华人民共和国') && legalForm.test(name)) return 'national';
  if (placeInTitle(name)) return 'local';
  if (name.endsWith('法') && !notALaw.test(name)) return 'national';
  if (nationalDocuments.has(name)) return 'national';
  return 'other';
}

/**
 * The 国家法律法规数据库's search for a title, as a link: its search page with
 * the title in the title field (`searchType=title;accurate`). A short title
 * (行政处罚法) finds the full one (中华人民共和国行政处罚法).
 */
export const nationalDatabaseUrl = (title: string) =>
  `https://flk.npc.gov.cn/search?searchType=title;accurate&searchValue=${encodeURIComponent(titleCore(title))}`;
