import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('the domains of a case', () => {
  test('are 1–3 of the fixed list, each once, or the check says in Chinese what to change', () => {
    // 01: a domain not in the list; 02: four; 03: none; 04: the field is missing; 05: one written twice.
    expect(problemLines('domains')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/domains/nx-2025-01.mdx:9 · domains[1] · “城市管理”不是可选的值 · 可选：市场监管、药品监管、公安、生态环境、应急管理、交通运输、卫生健康、文化旅游、自然资源、发展改革、行政审批、综合执法、综合监管、执法监督",
        "test/fixtures/check/domains/nx-2025-02.mdx:9 · domains · 有 4 项，最多应有 3 项 · 从这些执法领域中选 1–3 个，关系最近的写在前面：市场监管、药品监管、公安、生态环境、应急管理、交通运输、卫生健康、文化旅游、自然资源、发展改革、行政审批、综合执法、综合监管、执法监督",
        "test/fixtures/check/domains/nx-2025-03.mdx:9 · domains · 有 0 项，至少应有 1 项 · 从这些执法领域中选 1–3 个，关系最近的写在前面：市场监管、药品监管、公安、生态环境、应急管理、交通运输、卫生健康、文化旅游、自然资源、发展改革、行政审批、综合执法、综合监管、执法监督",
        "test/fixtures/check/domains/nx-2025-04.mdx:1 · domains · 缺少必填字段 · 从这些执法领域中选 1–3 个，关系最近的写在前面：市场监管、药品监管、公安、生态环境、应急管理、交通运输、卫生健康、文化旅游、自然资源、发展改革、行政审批、综合执法、综合监管、执法监督",
        "test/fixtures/check/domains/nx-2025-05.mdx:9 · domains[2] · 执法领域“市场监管”重复（与第 1 项相同） · 删除重复的这一项",
      ]
    `);
  });
});
