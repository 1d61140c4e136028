import { describe, expect, test } from 'vitest';
import { problemLines } from '../../fixtures.ts';

describe('the structure of a body', () => {
  test('reports a heading that is not ## and two paragraphs with no blank line between them, but not a list', () => {
    expect(problemLines('body-structure')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/body-structure/nx-2025-01.mdx:28 · 正文 · 小标题“# 基本情况”不是二级标题 · 小标题写成“## 标题”：两个 #，后面空一格",
        "test/fixtures/check/body-structure/nx-2025-01.mdx:37 · 正文 · 这一行与上一行之间没有空行，网页上两段会连成一段 · 段与段之间空一行；同一段的文字写在一行里",
        "test/fixtures/check/body-structure/nx-2025-01.mdx:42 · 正文 · 小标题“###典型意义”不是二级标题 · 小标题写成“## 标题”：两个 #，后面空一格",
      ]
    `);
  });
});
