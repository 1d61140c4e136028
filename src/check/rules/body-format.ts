/**
 * A case body has the layout the pages and paragraph anchors (#pN) expect: `## ` headings only,
 * one paragraph per line with a blank line between paragraphs, and no `>` (MDX would make a
 * quotation of it; `<`, `{` and `}`, and tags with their `>`, are reported by mdx-content-only.ts).
 */
import { BODY_FIELD, type Problem } from '../problem.ts';
import type { FileRule } from '../rule.ts';

export const bodyFormatProblems: FileRule = (file) => {
  if (file.kind !== 'case') return [];
  const problems: Problem[] = [];
  const at = (i: number, what: string, fix: string) =>
    problems.push({ file: file.path, line: file.bodyLine(i + 1), field: BODY_FIELD, what, fix });
  const lines = file.body.split('\n');
  lines.forEach((line, i) => {
    const heading = /^(#+)\s/.exec(line);
    if (heading && heading[1] !== '##')
      at(i, `标题用了 ${heading[1]}`, '案例正文的小标题一律写成“## 标题”');
    else if (/^#+[^#\s]/.test(line))
      at(i, '“#”后面没有空格', '小标题写成“## 标题”，# 与文字之间空一格');
    if (line.trim() && i > 0 && lines[i - 1]!.trim())
      at(i, '这一行与上一行之间没有空行', '每段写成一行，段与段之间空一行');
    if (line.includes('>') && !line.includes('<'))
      at(i, '正文中有半角“>”', '原文是大于号就改为全角“＞”；案例正文不用引用块');
  });
  return problems;
};
