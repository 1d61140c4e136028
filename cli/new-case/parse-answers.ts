/**
 * The answers to `npm run new-case` (flags or prompts), parsed and checked one by one,
 * so a wrong answer is refused at once with the checker's own Chinese wording.
 */
import { caseSchema } from '../../src/model/schema/case.ts';
import { zodIssueText } from '../../src/check/zod-issue-text.ts';
import { valueAt } from '../../src/check/content-file.ts';

export type Parsed<T> = { value: T } | { error: string };

function bySchema<T>(
  field: 'title' | 'keywords' | 'domains' | 'year' | 'number' | 'id',
  value: T,
): Parsed<T> {
  const result = caseSchema.shape[field].safeParse(value);
  if (result.success) return { value };
  const issue = result.error.issues[0];
  const path = [field, ...issue.path];
  const { what, fix } = zodIssueText({ ...issue, path }, valueAt({ [field]: value }, path));
  return { error: `${what}；${fix}` };
}

export const parseTitle = (text: string): Parsed<string> => bySchema('title', text.trim());

/** Keywords separated by commas or 、, as a contributor would type them. */
export function parseKeywords(text: string): Parsed<string[]> {
  const keywords = text
    .split(/[,，、;；]/)
    .map((k) => k.trim())
    .filter(Boolean);
  const repeated = keywords.find((k, i) => keywords.indexOf(k) !== i);
  if (repeated) return { error: `关键词“${repeated}”重复；每个关键词只写一次` };
  return bySchema('keywords', keywords);
}

/** Enforcement domains separated by commas or 、: 1–3 of the fixed list, each once. */
export const parseDomains = (text: string): Parsed<string[]> =>
  bySchema(
    'domains',
    text
      .split(/[,，、;；]/)
      .map((d) => d.trim())
      .filter(Boolean),
  );

const toInteger = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function parseNumber(text: string): Parsed<number> {
  const n = toInteger(text);
  return Number.isNaN(n)
    ? { error: `“${text}”不是整数；填写案例在原文中的序号（案例一 → 1）` }
    : bySchema('number', n);
}

export function parseYear(text: string): Parsed<number> {
  const n = toInteger(text);
  return Number.isNaN(n)
    ? { error: `“${text}”不是年份；写成四位数字，如 2025` }
    : bySchema('year', n);
}

export function parseSource(text: string, slugs: string[]): Parsed<string> {
  const slug = text.trim();
  if (slugs.includes(slug)) return { value: slug };
  return {
    error: `来源“${slug}”不存在；可选：${slugs.join('、') || '（目前没有，请先新建 content/sources/<slug>.mdx）'}`,
  };
}

export const parseId = (text: string): Parsed<string> => bySchema('id', text.trim());
