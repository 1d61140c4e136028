import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('metric figures', () => {
  test('are refused with a unit the quote does not write after the number, an approximation it lacks, a year or an ordinal', () => {
    expect(problemLines('metric-unit')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/metric-unit/nx-2025-01.mdx:13 · metrics[0].unit · 摘录“开展联合检查122次”中没有紧跟在数字后的单位“件” · unit 写原文中紧跟数字的单位（如 件、万元、个工作日、%）；或换一段含这个数字和单位的摘录",
        "test/fixtures/check/metric-unit/nx-2025-01.mdx:21 · metrics[1].approx · 摘录“共服务企业及商户200家”中没有表示约数的“余” · 数字在原文中是约数时，摘录要含这个字（如 2300余台、超60万元）；不是约数就删除 approx",
        "test/fixtures/check/metric-unit/nx-2025-01.mdx:23 · metrics[2].value · 2025 没有单位，是年份 · 日期、年份、序号（第N条、第N期、第N批）和版本号不是可比较的数字：删除这一项",
        "test/fixtures/check/metric-unit/nx-2025-01.mdx:28 · metrics[3].value · 摘录“第32条有关规定”中的 32 是序号（第32） · 日期、年份、序号（第N条、第N期、第N批）和版本号不是可比较的数字：删除这一项",
      ]
    `);
  });
});
