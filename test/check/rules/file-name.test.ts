import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('the id and the file name', () => {
  test('reports an id that differs from the file name', () => {
    expect(problemLines('id-file-name')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/id-file-name/nx-2025-01.mdx:2 · id · id “nx-2025-02”与文件名“nx-2025-01.mdx”不一致 · 把文件改名为 nx-2025-02.mdx，或把 id 改为 nx-2025-01（已发布的案例不能改 id）",
      ]
    `);
  });
});
