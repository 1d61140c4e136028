import { describe, expect, test } from 'vitest';
import { problemLines, fixtures } from '../fixtures.ts';

describe('the raw text of a source', () => {
  test('reports a raw file that is not in the raw folder', () => {
    expect(problemLines('raw-missing/sources', { sourcesDir: `${fixtures}/raw-missing/sources` }))
      .toMatchInlineSnapshot(`
      [
        "test/fixtures/check/raw-missing/sources/nx-2025-enforcement-cases.mdx:7 · raw · 原始文本 test/fixtures/check/raw-missing/raw/missing.txt 不存在 · 把找到的原始文本放进 test/fixtures/check/raw-missing/raw/，或改正文件名",
      ]
    `);
  });
});
