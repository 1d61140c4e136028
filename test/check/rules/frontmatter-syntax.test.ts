import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('frontmatter syntax', () => {
  test('reports a file without frontmatter', () => {
    expect(problemLines('no-frontmatter')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/no-frontmatter/nx-2025-01.mdx:1 · frontmatter · 文件没有 frontmatter · 文件第一行应为 ---，接着写各字段，再以 --- 一行结束；可用 npm run new-case 生成模板",
      ]
    `);
  });

  test('reports a field written twice, on the second one', () => {
    expect(problemLines('frontmatter-yaml')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/frontmatter-yaml/nx-2025-01.mdx:11 · frontmatter · 字段 title 写了两次 · 每个字段只写一次，删除多余的那一行",
      ]
    `);
  });
});
