import { describe, expect, test } from 'vitest';
import { problemLines } from '../../fixtures.ts';

describe('the structure of a body', () => {
  test('reports a heading that is not ##, two paragraphs with no blank line between them, and each list, table and quote once', () => {
    expect(problemLines('body-structure')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/body-structure/nx-2025-01.mdx:28 · 正文 · 小标题“# 基本情况”不是二级标题 · 小标题写成“## 标题”：两个 #，后面空一格",
        "test/fixtures/check/body-structure/nx-2025-01.mdx:37 · 正文 · 这一行与上一行之间没有空行，网页上两段会连成一段 · 段与段之间空一行；同一段的文字写在一行里",
        "test/fixtures/check/body-structure/nx-2025-01.mdx:39 · 正文 · 正文中有列表：网站只给小标题下的段落编号（第N段），列表既不能按段引用，也检索不到 · 把每一项写成一段，段与段之间空一行（行首不用 -、*、数字加点、| 或 >）",
        "test/fixtures/check/body-structure/nx-2025-01.mdx:42 · 正文 · 小标题“###典型意义”不是二级标题 · 小标题写成“## 标题”：两个 #，后面空一格",
        "test/fixtures/check/body-structure/nx-2025-01.mdx:44 · 正文 · 正文中有表格：网站只给小标题下的段落编号（第N段），表格既不能按段引用，也检索不到 · 把表格的内容写成段落，数字写进 metrics",
        "test/fixtures/check/body-structure/nx-2025-01.mdx:48 · 正文 · 正文中有引用：网站只给小标题下的段落编号（第N段），引用既不能按段引用，也检索不到 · 把每一项写成一段，段与段之间空一行（行首不用 -、*、数字加点、| 或 >）",
      ]
    `);
  });
});
