import { describe, expect, test } from 'vitest';
import { parseContentFile } from '../../../../src/check/content-file.ts';
import { renderableBodyProblems } from '../../../../src/check/rules/text/renderable-body.ts';

const problems = (body: string) =>
  renderableBodyProblems(
    parseContentFile(
      `---\nid: nx-2025-01\n---\n${body}`,
      '/x/nx-2025-01.mdx',
      'content/cases/nx-2025-01.mdx',
      'case',
    ),
  ).map((p) => `${p.line} · ${p.field} · ${p.what}`);

describe('a body the site writes as MDX would', () => {
  test('refuses a footnote, at the line of its reference, in Chinese', () => {
    expect(problems('第一段。\n\n第二段有注释[^1]。\n\n[^1]: 注释。\n')).toEqual([
      '6 · 正文 · 正文中有脚注 [^…]，网站不显示脚注',
    ]);
  });

  test('refuses an image, at its line', () => {
    expect(problems('第一段。\n\n![现场照片](https://example.org/a.png)\n')).toEqual([
      '6 · 正文 · 正文中有图片 ![…](…)，案例正文只能是文字',
    ]);
  });

  test('refuses struck-out text (search could not find it), at its line', () => {
    expect(problems('第一段。\n\n第二段有~~删去的字~~。\n')).toEqual([
      '6 · 正文 · 正文中有网站不支持的 Markdown 写法（~~删除线~~）',
    ]);
  });

  test('accepts what MDX and the site read alike (an indented line, a bare URL, a table, a list: the body-structure rule refuses the last two)', () => {
    expect(
      problems(
        '    缩进的一行。\n\n网址 https://example.org/a?b=1 直接写出。\n\n| 年份 | 件数 |\n|:--|--:|\n| 2024 | 3 |\n\n- 一\n- 二\n',
      ),
    ).toEqual([]);
  });
});
