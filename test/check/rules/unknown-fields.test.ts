import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('unknown fields', () => {
  test('reports a misspelt field that zod would drop silently', () => {
    expect(problemLines('unknown-field')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/unknown-field/nx-2025-01.mdx:11 · metric · 未知字段 metric · 字段名可能拼错了；这一层可用的字段：id、title、region、keywords、domains、year、metrics、source、number、added、history",
      ]
    `);
  });
});
