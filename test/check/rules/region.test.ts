import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('the region', () => {
  test('reports a code that does not match the named division, with the right code', () => {
    expect(problemLines('region')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/region/nx-2025-01.mdx:7 · region.code · 行政区划代码“640100”与“中卫市”不符 · 应为 "640500"",
      ]
    `);
  });
});
