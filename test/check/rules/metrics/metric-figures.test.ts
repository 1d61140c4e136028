import { describe, expect, test } from 'vitest';
import { problemLines } from '../../fixtures.ts';

describe('the figures of a case', () => {
  test('reports a unit that does not follow its number, and a year or an ordinal taken for a figure', () => {
    expect(problemLines('metric-figures')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/metric-figures/nx-2025-01.mdx:19 · metrics[1].unit · 单位“次”没有紧跟在摘录“减轻处罚案件794件”的数字后面 · unit 写摘录中紧跟数字的单位（794件 → 件，35.86% → "%"）；数字后面没有单位时写 """,
        "test/fixtures/check/metric-figures/nx-2025-01.mdx:22 · metrics[2] · 2025年是年份，不是读者会比较的数字 · 删除这一项：数字一览只收次数、数量、金额、时限、比例等可比较的数字",
        "test/fixtures/check/metric-figures/nx-2025-01.mdx:27 · metrics[3] · “第3”是序号，不是读者会比较的数字 · 删除这一项：数字一览只收次数、数量、金额、时限、比例等可比较的数字",
      ]
    `);
  });
});
