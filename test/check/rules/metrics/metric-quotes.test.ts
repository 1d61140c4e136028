import { describe, expect, test } from 'vitest';
import { problemLines } from '../../fixtures.ts';

describe('metric quotes', () => {
  test('reports a quote missing from the body and values missing from their quotes', () => {
    expect(problemLines('metric-quote')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/metric-quote/nx-2025-01.mdx:13 · metrics[0].value · 数值 35.86 没有出现在摘录“检查频次同比下降35.8%”中 · 把 value 改成摘录里的数字，写法与原文一致（35.86% → 35.86）；或换一段含这个数字的摘录",
        "test/fixtures/check/metric-quote/nx-2025-01.mdx:15 · metrics[0].quote · 摘录“检查频次同比下降35.8%”在正文中找不到 · 从正文原样复制含这个数字的短语（字、标点、空格都要一致），或先改正正文",
        "test/fixtures/check/metric-quote/nx-2025-01.mdx:18 · metrics[1].value · 数值 795 没有出现在摘录“减轻处罚案件794件”中 · 把 value 改成摘录里的数字，写法与原文一致（35.86% → 35.86）；或换一段含这个数字的摘录",
      ]
    `);
  });
});
