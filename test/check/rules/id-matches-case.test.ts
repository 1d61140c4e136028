import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('the id', () => {
  test('is refused when its province or year disagrees with the case, with the next free id', () => {
    expect(problemLines('id-mismatch')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/id-mismatch/nx-2024-01.mdx:2 · id · id“nx-2024-01”的省份缩写 nx 与地区代码 110112（bj）不符，年份 2024 与 year 2025 不符 · 新案例：把 id 和文件名改为 bj-2025-02（下一个空号）；已发布的案例不能改 id，请改正 region 或 year",
      ]
    `);
  });
});
