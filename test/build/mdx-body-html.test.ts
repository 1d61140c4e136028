/**
 * The body renderer writes what @astrojs/mdx renders for the same body. The expected HTML below is
 * what an Astro 7 + @astrojs/mdx build wrote for these bodies; test/pages/bodies.test.ts compares
 * whole builds made both ways.
 */
import { describe, expect, test } from 'vitest';
import { mdxBodyHtml } from '../../src/build/mdx-body-html.ts';

const html = (body: string) => mdxBodyHtml(body).html;

describe('a content-only MDX body written as MDX writes it', () => {
  test('an indented line is a paragraph, as in MDX (not code, as in Markdown)', () => {
    expect(html('第一段。\n\n    缩进的一行。\n')).toBe('<p>第一段。</p>\n<p>缩进的一行。</p>');
  });

  test('a bare URL and a www. address are links, with & written as MDX writes it', () => {
    expect(html('见 https://a.example/c?d=1&e=2 和 www.example.com')).toBe(
      '<p>见 <a href="https://a.example/c?d=1&amp;e=2">https://a.example/c?d=1&amp;e=2</a> 和 <a href="http://www.example.com">www.example.com</a></p>',
    );
  });

  test('quotes become curly, and text is escaped as the JSX runtime escapes it', () => {
    expect(html(`“中文引号” 'x' "y" & &amp; &copy; > 1... -- ---`)).toBe(
      '<p>“中文引号” ‘x’ “y” &amp; &amp; © &gt; 1… – —</p>',
    );
  });

  test('headings get github-slugger ids, repeated headings a number, and are listed', () => {
    const { html: out, headings } = mdxBodyHtml(
      '## 标题 "引号" it\'s\n\n## 标题 "引号" it\'s\n\n### 三级 *强调*',
    );
    expect(out).toBe(
      '<h2 id="标题-引号-its">标题 “引号” it’s</h2>\n<h2 id="标题-引号-its-1">标题 “引号” it’s</h2>\n<h3 id="三级-强调">三级 <em>强调</em></h3>',
    );
    expect(headings).toEqual([
      { depth: 2, slug: '标题-引号-its', text: '标题 “引号” it’s' },
      { depth: 2, slug: '标题-引号-its-1', text: '标题 “引号” it’s' },
      { depth: 3, slug: '三级-强调', text: '三级 强调' },
    ]);
  });

  test('line breaks, lists, tables and rules are written with the same whitespace and attributes', () => {
    expect(
      html(
        '一行  \n二行\\\n三行\n\n- 一\n- 二\n  1. 甲\n\n3. 三\n\n| a | b | c |\n|:--|--:|:-:|\n| 1 | 2 |\n\n> 引用\n\n---\n\n- [x] 完成',
      ),
    ).toBe(
      [
        '<p>一行<br/>\n二行<br/>\n三行</p>',
        '<ul>\n<li>一</li>\n<li>二\n<ol>\n<li>甲</li>\n</ol>\n</li>\n</ul>',
        '<ol start="3">\n<li>三</li>\n</ol>',
        '<table>\n<thead>\n<tr>\n<th style="text-align:left">a</th>\n<th style="text-align:right">b</th>\n<th style="text-align:center">c</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style="text-align:left">1</td>\n<td style="text-align:right">2</td>\n<td style="text-align:center"></td>\n</tr>\n</tbody>\n</table>',
        '<blockquote>\n<p>引用</p>\n</blockquote>',
        '<hr/>',
        '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled/> 完成</li>\n</ul>',
      ].join('\n'),
    );
  });

  test('refuses to write a footnote or an image (the check reports them first)', () => {
    expect(() => html('注释[^1]。\n\n[^1]: 注。')).toThrow(/not content-only/);
    expect(() => html('![图](https://example.org/a.png)')).toThrow(/not content-only/);
  });
});
