import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('the layout of a case body', () => {
  test('is refused with a heading other than ##, two lines without a blank line between them, and >', () => {
    expect(problemLines('body-format')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/body-format/nx-2025-01.mdx:17 · 正文 · 标题用了 ### · 案例正文的小标题一律写成“## 标题”",
        "test/fixtures/check/body-format/nx-2025-01.mdx:20 · 正文 · 这一行与上一行之间没有空行 · 每段写成一行，段与段之间空一行",
        "test/fixtures/check/body-format/nx-2025-01.mdx:22 · 正文 · “#”后面没有空格 · 小标题写成“## 标题”，# 与文字之间空一格",
        "test/fixtures/check/body-format/nx-2025-01.mdx:24 · 正文 · 正文中有半角“>” · 原文是大于号就改为全角“＞”；案例正文不用引用块",
      ]
    `);
  });
});
