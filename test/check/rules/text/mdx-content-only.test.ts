import { describe, expect, test } from 'vitest';
import { problemLines } from '../../fixtures.ts';
import { parseContentFile } from '../../../../src/check/content-file.ts';
import { mdxContentOnlyProblems } from '../../../../src/check/rules/text/mdx-content-only.ts';

describe('content-only MDX', () => {
  test('reports import, expressions, components, script and HTML tags with their lines', () => {
    expect(problemLines('mdx-tags')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/mdx-tags/nx-2025-01.mdx:38 · 正文 · 正文中不允许 import/export 语句 · 删除这一行：案例正文只能是文字和 Markdown",
        "test/fixtures/check/mdx-tags/nx-2025-01.mdx:40 · 正文 · 正文中不允许 HTML 或组件标签 <Chart> · 删除标签，只保留文字；标题、加粗、列表请用 Markdown（## 标题、**加粗**、- 列表）",
        "test/fixtures/check/mdx-tags/nx-2025-01.mdx:42 · 正文 · 正文中不允许 HTML 或组件标签 <script> · 删除标签，只保留文字；标题、加粗、列表请用 Markdown（## 标题、**加粗**、- 列表）",
        "test/fixtures/check/mdx-tags/nx-2025-01.mdx:44 · 正文 · 正文中不允许 HTML 或组件标签 <span> · 删除标签，只保留文字；标题、加粗、列表请用 Markdown（## 标题、**加粗**、- 列表）",
        "test/fixtures/check/mdx-tags/nx-2025-01.mdx:44 · 正文 · 正文中不允许 {…} 表达式“{1 + 1}” · 删除花括号；原文确有花括号时改用全角“｛｝”",
      ]
    `);
  });

  test('reports a stray { on its own line, not at the end of the file', () => {
    expect(problemLines('mdx-stray-brace')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/mdx-stray-brace/nx-2025-01.mdx:36 · 正文 · 正文中有未配对的花括号 {，MDX 无法解析 · 删除花括号；原文确有花括号时改用全角“｛｝”",
      ]
    `);
  });

  test('reports an HTML comment that MDX cannot parse', () => {
    expect(problemLines('mdx-stray-angle')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/mdx-stray-angle/nx-2025-01.mdx:36 · 正文 · 正文中的“<”被当作 HTML 标签或注释的开头，MDX 无法解析 · 正文不允许 HTML 标签和 <!-- 注释 -->，请删除；要写小于号或书名号请用全角“＜”“〈〉”；网址直接写出或写成 [文字](网址)",
      ]
    `);
  });

  test('finds an export line with no brace or tag in the whole body (the parser is skipped only when none can be there)', () => {
    const file = parseContentFile(
      '---\nid: x\n---\n正文第一段。\n\nexport const a = 1\n',
      '/x/nx-2025-01.mdx',
      'content/cases/nx-2025-01.mdx',
      'case',
    );
    expect(mdxContentOnlyProblems(file).map((p) => `${p.line} ${p.what}`)).toEqual([
      '6 正文中不允许 import/export 语句',
    ]);
    const plain = parseContentFile(
      '---\nid: x\n---\n正文 important 与 exporting 企业。\n',
      '/x/nx-2025-01.mdx',
      'content/cases/nx-2025-01.mdx',
      'case',
    );
    expect(mdxContentOnlyProblems(plain)).toEqual([]);
  });
});
