/**
 * Turns a zod issue into Chinese: what is wrong with the value as written, and how to fix it.
 * zod's own messages ("Too small: expected string to have >=4 characters") name neither
 * the field's meaning nor the fix, so the common issue codes are rewritten here, and a few
 * fields get a field-specific fix (from the field registry, src/model/schema/fields.ts).
 */
import { isoDate } from '../model/dates.ts';
import { fieldFixes as registryFixes } from '../model/schema/fields.ts';

/** The parts of a zod 4 issue used here. */
export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  values?: unknown[];
}

const typeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '下一层字段',
  date: '日期',
};

const typeFixes: Record<string, string> = {
  string: '写成文本；纯数字的文本要加英文双引号，如 "640500"',
  number: '写成不带引号、不带单位的数字，如 35.86；单位写在 unit',
  int: '写成整数，如 2025',
  array: '写成列表：[甲, 乙]，或每项一行、以“- ”开头',
  object: '在下一行缩进两个空格，逐个写下一层字段',
  date: '写成 YYYY-MM-DD，如 2025-11-01',
};

/** Fixes that depend on the field, from the field registry, keyed by the field with list indexes removed (`metrics[].value`). */
const fieldFixes = registryFixes();

const fieldKey = (path: readonly PropertyKey[]) =>
  path
    .map((k, i) => (typeof k === 'number' ? '[]' : i === 0 ? String(k) : `.${String(k)}`))
    .join('');

/** How a value reads in a message: strings in Chinese quotes, others as written in YAML. */
export const shown = (value: unknown): string =>
  typeof value === 'string'
    ? `“${value}”`
    : value instanceof Date
      ? isoDate(value)
      : JSON.stringify(value);

const typeOf = (value: unknown): string =>
  value === null
    ? '空值'
    : Array.isArray(value)
      ? '列表'
      : typeof value === 'object'
        ? '下一层字段'
        : (typeNames[typeof value] ?? typeof value);

// Custom messages from the schemas (region, id) are Chinese already: "what；fix" or "what：fix".
function splitChinese(message: string): { what: string; fix: string } {
  const at = message.indexOf('；');
  return at > 0
    ? { what: message.slice(0, at), fix: message.slice(at + 1) }
    : { what: message, fix: '' };
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/** `value` is the value as written in the file at the issue's path (undefined when missing). */
export function zodIssueText(issue: ZodIssueLike, value: unknown): { what: string; fix: string } {
  const field = fieldKey(issue.path);
  const fieldFix = fieldFixes[field];
  const fix = (generic: string) => fieldFix ?? generic;

  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected ?? '';
      if (value === undefined)
        return { what: '缺少必填字段', fix: fix(`添加这个字段：${typeFixes[expected] ?? ''}`) };
      if (expected === 'date') return { what: `${shown(value)}不是有效日期`, fix: typeFixes.date };
      if (expected === 'string' && typeof value === 'number') {
        return {
          what: `应为文本，这里是数字 ${value}`,
          fix: fieldFix ?? `加英文双引号：“${issue.path.at(-1)?.toString()}: "${value}"”`,
        };
      }
      if (expected === 'int' && typeof value === 'number')
        return { what: `应为整数，这里是 ${value}`, fix: fix(typeFixes.int) };
      return {
        what: `应为${typeNames[expected] ?? expected}，这里是${typeOf(value)} ${shown(value)}`,
        fix: fix(typeFixes[expected] ?? ''),
      };
    }
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const least = issue.code === 'too_small';
      if (issue.origin === 'string' && typeof value === 'string') {
        return {
          what: `${shown(value)}有 ${[...value].length} 个字，${least ? '至少' : '最多'}应为 ${limit} 个`,
          fix: fix(least ? '补全内容' : '删减内容'),
        };
      }
      if (issue.origin === 'array' && Array.isArray(value)) {
        return {
          what: `有 ${value.length} 项，${least ? '至少' : '最多'}应有 ${limit} 项`,
          fix: fix(least ? `至少填写 ${limit} 项` : `最多保留 ${limit} 项`),
        };
      }
      return {
        what: `${shown(value)} ${least ? '小于最小值' : '大于最大值'} ${limit}`,
        fix: fix(`改为${least ? '不小于' : '不大于'} ${limit} 的数`),
      };
    }
    case 'invalid_format': {
      if (issue.format === 'url')
        return { what: `${shown(value)}不是有效的网址`, fix: fix(fieldFixes.url!) };
      if (hasHan(issue.message)) return { what: `${shown(value)}格式不对`, fix: issue.message };
      return { what: `${shown(value)}格式不对`, fix: fix(`应符合格式 ${issue.message}`) };
    }
    case 'invalid_value':
      return {
        what: `${shown(value)}不是可选的值`,
        fix: `可选：${(issue.values ?? []).map(String).join('、')}`,
      };
    case 'custom':
      return splitChinese(issue.message);
    default:
      return {
        what: hasHan(issue.message) ? issue.message : `值不符合要求（${issue.message}）`,
        fix: fix('对照 CONTRIBUTING.md 的字段说明修改'),
      };
  }
}
