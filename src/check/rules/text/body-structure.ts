/**
 * A case body keeps the published structure in the form the site numbers:
 * headings are `## 标题`, and each paragraph is one line with a blank line
 * before the next. Two lines with no blank line between them render as one
 * paragraph, so the published paragraphs (and their #pN anchors, which
 * officials cite) would run together. Lists, tables and quotes may span lines.
 */
import type { ContentFile } from '../../content-file.ts';
import { BODY_FIELD, type Problem } from '../../problem.ts';

const multiLine = /^\s*(?:[-*+]\s|\d+[.)]\s|\||>|```|~~~)/;

export function bodyStructureProblems(file: ContentFile): Problem[] {
  if (file.kind !== 'case') return [];
  const problems: Problem[] = [];
  const at = (i: number, what: string, fix: string) =>
    problems.push({ file: file.path, line: file.bodyLine(i + 1), field: BODY_FIELD, what, fix });
  const lines = file.body.split('\n');
  let fenced = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || line.trim() === '') return;
    if (/^#/.test(line) && !/^## \S/.test(line))
      at(i, `小标题“${line.trim()}”不是二级标题`, '小标题写成“## 标题”：两个 #，后面空一格');
    const previous = lines[i - 1];
    if (
      previous !== undefined &&
      previous.trim() !== '' &&
      !(multiLine.test(line) && multiLine.test(previous))
    )
      at(
        i,
        '这一行与上一行之间没有空行，网页上两段会连成一段',
        '段与段之间空一行；同一段的文字写在一行里',
      );
  });
  return problems;
}
