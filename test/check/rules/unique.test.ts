import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('uniqueness across files', () => {
  test('fails a folder where two files have the same id', () => {
    expect(problemLines('duplicate-id')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/duplicate-id/nx-2025-01.mdx:2 · id · id “nx-2025-01”与 test/fixtures/check/duplicate-id/nx-2025-02.mdx 重复 · 每个案例的 id 都不同；新案例用 npm run new-case 取下一个空号",
        "test/fixtures/check/duplicate-id/nx-2025-02.mdx:2 · id · id “nx-2025-01”与文件名“nx-2025-02.mdx”不一致 · 把文件改名为 nx-2025-01.mdx，或把 id 改为 nx-2025-02（已发布的案例不能改 id）",
        "test/fixtures/check/duplicate-id/nx-2025-02.mdx:2 · id · id “nx-2025-01”与 test/fixtures/check/duplicate-id/nx-2025-01.mdx 重复 · 每个案例的 id 都不同；新案例用 npm run new-case 取下一个空号",
      ]
    `);
  });

  test('reports two cases claiming the same case number of one source', () => {
    expect(problemLines('duplicate-number')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/duplicate-number/nx-2025-01.mdx:23 · number · 来源 nx-2025-enforcement-cases 的第 1 个案例也出现在 test/fixtures/check/duplicate-number/nx-2025-02.mdx · 核对原文中的案例序号（案例三 → 3）；同一案例只收一次",
        "test/fixtures/check/duplicate-number/nx-2025-02.mdx:23 · number · 来源 nx-2025-enforcement-cases 的第 1 个案例也出现在 test/fixtures/check/duplicate-number/nx-2025-01.mdx · 核对原文中的案例序号（案例三 → 3）；同一案例只收一次",
      ]
    `);
  });
});
