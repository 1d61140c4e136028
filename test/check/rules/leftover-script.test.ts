import { describe, expect, test } from 'vitest';
import { fixtures, problemLines } from '../fixtures.ts';

describe('characters left in traditional script', () => {
  test('are refused in a case and in a source’s title and introduction, not in repair notes', () => {
    expect(
      problemLines('leftover-script', {
        sourcesDir: `${fixtures}/leftover-script/sources`,
        rawDir: `${fixtures}/raw`,
      }),
    ).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/leftover-script/cases/nm-2025-01.mdx:3 · title · 有繁体字“驗”，是转载本未转换的字 · 改为简体“验”",
        "test/fixtures/check/leftover-script/cases/nm-2025-01.mdx:19 · 正文 · 有繁体字“驗”，是转载本未转换的字 · 改为简体“验”",
        "test/fixtures/check/leftover-script/sources/nm-2025-sample.mdx:3 · title · 有繁体字“區”，是转载本未转换的字 · 改为简体“区”",
        "test/fixtures/check/leftover-script/sources/nm-2025-sample.mdx:10 · 正文 · 有繁体字“參”，是转载本未转换的字 · 改为简体“参”",
      ]
    `);
  });
});
