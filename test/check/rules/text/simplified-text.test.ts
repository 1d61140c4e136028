import { describe, expect, test } from 'vitest';
import { problemLines } from '../../fixtures.ts';
import { traditionalOnly } from '../../../../src/check/rules/text/simplified-text.ts';

describe('simplified text', () => {
  test('reports a traditional character left in a field or the body, but not in a repair note that quotes it', () => {
    expect(problemLines('simplified-text')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/simplified-text/nx-2025-01.mdx:3 · title · 有繁体字“執”（“三减”執法模式），本库的文字用简体 · 改为简体“执”（原文确为繁体时，也按简体收录）",
        "test/fixtures/check/simplified-text/nx-2025-01.mdx:32 · 正文 · 有繁体字“進”（。坚持“進一次门、），本库的文字用简体 · 改为简体“进”（原文确为繁体时，也按简体收录）",
      ]
    `);
  });

  test("knows the traditional-only characters from OpenCC's table, and not the characters simplified text also uses", () => {
    const table = traditionalOnly();
    expect(table.size).toBeGreaterThan(2000);
    for (const [traditional, simplified] of [
      ['區', '区'],
      ['驗', '验'],
      ['們', '们'],
      ['執', '执'],
    ])
      expect(table.get(traditional)).toBe(simplified);
    for (const ch of '著乾干么后里于') expect(table.has(ch), ch).toBe(false);
  });
});
