import { describe, expect, test } from 'vitest';
import { problemLines } from './fixtures.ts';

describe('the files of a folder', () => {
  test('reports a .md file, which the site would not read', () => {
    expect(problemLines('wrong-extension')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/wrong-extension/nx-2025-01.md:1 · 文件名 · 扩展名是 .md，网站不会读取这个文件 · 改名为 nx-2025-01.mdx",
      ]
    `);
  });
});
