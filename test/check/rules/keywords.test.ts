import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('keywords', () => {
  test('reports an empty keyword and a repeated one', () => {
    expect(problemLines('keywords')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/keywords/nx-2025-01.mdx:10 · keywords[1] · 第 2 个关键词是空的 · 删除这一项，或填上关键词",
        "test/fixtures/check/keywords/nx-2025-01.mdx:12 · keywords[3] · 关键词“综合查一次”重复（与第 1 个相同） · 删除重复的这一项",
      ]
    `);
  });
});
