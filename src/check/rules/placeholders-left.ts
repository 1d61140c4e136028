/**
 * Nothing unfinished: no placeholder the importer or `npm run new-case` wrote is left
 * (`TODO-…` texts, the region code 000000, an id made without knowing the province or the year).
 * The notes of a source (`notes[].resolved`) have their own rule, source-notes.ts.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { ContentFile } from '../content-file.ts';
import { BODY_FIELD, fieldPath, type Problem } from '../problem.ts';
import { isRecord, problemAt, type FileRule } from '../rule.ts';
import { isPlaceholderId, isTodo, PLACEHOLDER_CODE, TODO } from '../../model/placeholders.ts';

/** How to fill each field, by its path without list indexes. */
const fixes: Record<string, string> = {
  title: '填写原文中的标题；原文没有标题时自拟一个，并用〔〕括起，如〔泰兴市涉企行政执法实践〕',
  year: '填写案例所述工作的年份（不加引号的数字），依据原文中的日期、署名日期、网页地址中的日期或发布页面；查不到时在 PR 中说明',
  'region.province': '填写省级行政区的规范全称，如 内蒙古自治区',
  'region.city': '能从原文或发布单位查明时填写地级行政区并改正 code；原文匿名且查不明时删除这一行',
  'region.county':
    '能从原文或发布单位查明时填写县级行政区并改正 code；原文匿名且查不明时删除这一行',
  'region.code': '填写最具体一级行政区的 6 位代码，加英文双引号；npm run new-case 会按名称给出代码',
  keywords: '核对建议的关键词，从正文选定 3–5 个，再删除这一项',
  domains: '从固定列表中选定 1–3 个执法领域（关系最近的在前），再删除这一项',
  'domains[]': '从固定列表中选定 1–3 个执法领域（关系最近的在前），再删除这一项',
  'keywords[]': '核对建议的关键词，从正文选定 3–5 个，再删除这一项',
  source: '改为来源文件的 slug（content/sources/ 中的文件名，不含 .mdx），与来源文件的 slug 一致',
  slug: '起一个只含小写字母、数字和连字符的 slug（如 nm-2025-11-enforcement-cases），文件改为同名，并改正各案例的 source',
  title_source: '填写原文标题；原文没有标题时用〔〕写一句描述',
  publisher: '填写发布机关或媒体；原文和发布页面都没有写明时删除这一行',
  date: '填写发布日期 YYYY-MM-DD；查不到时删除这一行，并在 dateNote 中写下原文中能推断日期的依据',
};

const fixFor = (file: ContentFile, path: readonly PropertyKey[]): string => {
  const key = fieldPath(path).replace(/\[\d+\]/g, '[]');
  if (key === 'title' && file.kind === 'source') return fixes.title_source!;
  return fixes[key] ?? fixes[key.replace(/\[\]$/, '')] ?? '按原文填写真实的值，再删除占位文字';
};

/** A field that holds a placeholder text. */
function todoProblems(file: ContentFile): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items)
        if (isScalar(pair.key)) visit(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    } else if (isScalar(node) && isTodo(node.value) && !/^notes\[\d+\]/.test(fieldPath(path))) {
      problems.push(problemAt(file, path, `还是占位“${node.value}”，没有填写`, fixFor(file, path)));
    }
  };
  visit(file.doc?.contents, []);
  return problems;
}

function bodyTodoProblems(file: ContentFile): Problem[] {
  return file.body.split('\n').flatMap((line, i) =>
    isTodo(line)
      ? [
          {
            file: file.path,
            line: file.bodyLine(i + 1),
            field: BODY_FIELD,
            what: `正文还有占位文字“${line.trim().slice(0, 30)}”`,
            fix: '换成原文的内容',
          },
        ]
      : [],
  );
}

export const placeholderProblems: FileRule = (file) => {
  const hasTodo = `${file.frontmatterText ?? ''}\n${file.body}`.includes(TODO);
  const problems = hasTodo ? [...todoProblems(file), ...bodyTodoProblems(file)] : [];
  const data = isRecord(file.data) ? file.data : {};
  const region = isRecord(data.region) ? data.region : {};
  if (file.kind === 'case' && region.code === PLACEHOLDER_CODE)
    problems.push(
      problemAt(
        file,
        ['region', 'code'],
        `还是占位 "${PLACEHOLDER_CODE}"，没有填写`,
        fixes['region.code']!,
      ),
    );
  if (file.kind === 'case' && isPlaceholderId(data.id))
    problems.push(
      problemAt(
        file,
        ['id'],
        `id“${data.id}”是占位：导入时还不知道省份或年份`,
        '填好 region 和 year 后，把 id 和文件名改为“省份缩写-年份-下一个空号”（检查会给出这个号）',
      ),
    );
  return problems;
};
