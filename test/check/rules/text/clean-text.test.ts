import { describe, expect, test } from 'vitest';
import { problemLines } from '../../fixtures.ts';

describe('clean text', () => {
  test('reports pinyin in the frontmatter and half-width punctuation, ?, U+FFFD and private-use characters in the body, but not the broken forms quoted in repair notes', () => {
    expect(problemLines('clean-text')).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/clean-text/nx-2025-01.mdx:3 · title · 汉字后有拼音注音（”执法模(mó)式） · 删除“(mó)”",
        "test/fixtures/check/clean-text/nx-2025-01.mdx:38 · 正文 · 汉字旁有半角标点“,”（生动实践,提升了监） · 改为全角“，”",
        "test/fixtures/check/clean-text/nx-2025-01.mdx:38 · 正文 · 有替换字符 U+FFFD，是乱码（的规范化�水平?增） · 对照原文或其他公开版本恢复这几个字",
        "test/fixtures/check/clean-text/nx-2025-01.mdx:38 · 正文 · 字与字之间有半角问号“?”（化�水平?增强了企），是丢失的文字或空格 · 对照原文恢复：原为空格就改回空格，原为别的字就补上那几个字",
        "test/fixtures/check/clean-text/nx-2025-01.mdx:38 · 正文 · 有私用区字符 U+E000，是乱码（的获得感满意度。） · 对照原文或其他公开版本恢复这几个字",
      ]
    `);
  });
});
