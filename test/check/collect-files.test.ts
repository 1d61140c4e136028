import { describe, expect, test } from 'vitest';
import { checkFixture, fixtures, problemLines } from './fixtures.ts';
import { formatProblem } from '../../src/check/problem.ts';

describe('the files of a folder', () => {
  test('reports a .md file, which the site would not read', () => {
    expect(problemLines('wrong-extension')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/wrong-extension/nx-2025-01.md:1 · 文件名 · 扩展名是 .md，网站不会读取这个文件 · 改名为 nx-2025-01.mdx",
      ]
    `);
  });
});

describe('a drafts folder written by npm run import', () => {
  test('is checked with its cases/ and sources/ sub-folders, cases citing the new sources', () => {
    const result = checkFixture('drafts', { rawDir: `${fixtures}/raw` });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect([result.caseCount, result.sourceCount]).toEqual([1, 1]);
  });
});
