/**
 * A case body keeps the published structure in the form the site numbers:
 * headings are `## 标题`, and each paragraph is one line with a blank line
 * before the next. Two lines with no blank line between them render as one
 * paragraph, so the published paragraphs (and their #pN anchors, which
 * officials cite) would run together. Lists, tables, quotes and code blocks
 * are refused too: they are not numbered paragraphs, so they could be neither
 * cited as 第N段 nor found as such by the search (the gram index, which reads
 * headings and paragraphs only: src/build/search-index/gram-index.ts).
 */
import type { ContentFile } from '../../content-file.ts';
import { BODY_FIELD, type Problem } from '../../problem.ts';

/** The Markdown blocks that are neither a heading nor a paragraph, by how their first line starts. */
const otherBlocks: [RegExp, string][] = [
  [/^\s*[-*+]\s/, '列表'],
  [/^\s*\d+[.)]\s/, '编号列表'],
  [/^\s*\|/, '表格'],
  [/^\s*>/, '引用'],
  [/^\s*(?:```|~~~)/, '代码块'],
];
const blockOf = (line: string) => otherBlocks.find(([pattern]) => pattern.test(line))?.[1];

export function bodyStructureProblems(file: ContentFile): Problem[] {
  if (file.kind !== 'case') return [];
  const problems: Problem[] = [];
  const at = (i: number, what: string, fix: string) =>
    problems.push({ file: file.path, line: file.bodyLine(i + 1), field: BODY_FIELD, what, fix });
  const lines = file.body.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const block = blockOf(line);
    if (block) {
      // One problem for each block, at its first line.
      if (blockOf(lines[i - 1] ?? '') !== block)
        at(
          i,
          `正文中有${block}：网站只给小标题下的段落编号（第N段），${block}既不能按段引用，也检索不到`,
          block === '表格'
            ? '把表格的内容写成段落，数字写进 metrics'
            : '把每一项写成一段，段与段之间空一行（行首不用 -、*、数字加点、| 或 >）',
        );
      return;
    }
    if (/^#/.test(line) && !/^## \S/.test(line))
      at(i, `小标题“${line.trim()}”不是二级标题`, '小标题写成“## 标题”：两个 #，后面空一格');
    const previous = lines[i - 1];
    if (previous !== undefined && previous.trim() !== '' && !blockOf(previous))
      at(
        i,
        '这一行与上一行之间没有空行，网页上两段会连成一段',
        '段与段之间空一行；同一段的文字写在一行里',
      );
  });
  return problems;
}
