import { describe, expect, test } from 'vitest';
import { fixtures, problemLines } from '../fixtures.ts';

describe('damage left in a source file', () => {
  test('is refused as in a case file: pinyin in either bracket width and a lone ? in the introduction', () => {
    expect(
      problemLines('source-damage', {
        sourcesDir: `${fixtures}/source-damage/sources`,
        rawDir: `${fixtures}/raw`,
      }),
    ).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/source-damage/sources/nx-2025-damaged.mdx:3 · title · 汉字后有拼音注音（案例（规（guī）范）） · 删除“（guī）”",
        "test/fixtures/check/source-damage/sources/nx-2025-damaged.mdx:10 · 正文 · 字与字之间有半角问号“?”（广的经验?,F（x），是丢失的文字或空格 · 对照原文恢复：原为空格就改回空格，原为别的字就补上那几个字",
        "test/fixtures/check/source-damage/sources/nx-2025-damaged.mdx:10 · 正文 · 汉字后有拼音注音（验?,F（xiàn）将10个） · 删除“（xiàn）”",
      ]
    `);
  });
});
