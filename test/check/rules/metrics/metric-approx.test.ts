import { describe, expect, test } from 'vitest';
import { problemLines } from '../../fixtures.ts';

describe('an approximate figure', () => {
  test('is refused when its quote lacks the word approx names', () => {
    expect(problemLines('metric-approx')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/metric-approx/nx-2025-01.mdx:17 · metrics[0].approx · 摘录“共服务企业及商户200家”中没有表示约数的“余” · 数字在原文中是约数时，摘录要含这个字（如 2300余台、超60万元）；不是约数就删除 approx",
      ]
    `);
  });
});
