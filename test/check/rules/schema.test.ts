import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('the case schema', () => {
  test('reports each zod issue in Chinese on the line of its field', () => {
    // The fixture has an unquoted code, number 0, a metric kind that does not exist and no `added`.
    expect(problemLines('schema')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/schema/nx-2025-01.mdx:1 · added · 缺少必填字段 · 填写本案例首次收入本库的日期，如 2025-11-01",
        "test/fixtures/check/schema/nx-2025-01.mdx:7 · region.code · 应为文本，这里是数字 640500 · 填写最具体一级行政区的 6 位代码并加英文双引号，如 "640500"",
        "test/fixtures/check/schema/nx-2025-01.mdx:21 · metrics[1].kind · “罚款”不是可选的值 · 可选：检查频次、处罚裁量、经济效益、办理时限、工作量、覆盖比例、涉案金额",
        "test/fixtures/check/schema/nx-2025-01.mdx:23 · number · 0 小于最小值 1 · 填写案例在原文中的序号（案例一 → 1）",
      ]
    `);
  });
});
