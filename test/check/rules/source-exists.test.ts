import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('the source of a case', () => {
  test('reports a source slug with no file in the sources folder', () => {
    expect(problemLines('source-missing')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/source-missing/nx-2025-01.mdx:22 · source · 来源“nx-2025-unknown”不存在：test/fixtures/check/sources/ 中没有 nx-2025-unknown.mdx · 改为已有的来源：nx-2025-enforcement-cases；或先新建 test/fixtures/check/sources/nx-2025-unknown.mdx",
      ]
    `);
  });
});
