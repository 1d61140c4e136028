import { paragraphHolding } from '../../src/model/quote-paragraph.ts';
import { describe, expect, test } from 'vitest';
import { anchorParagraphs, htmlToText } from '../../src/site/paragraph-anchors.ts';

const body = [
  '<h2 id="基本情况">基本情况</h2>',
  '<p>各行政执法单位开展联合检查122次，检查频次同比下降35.86%。</p>',
  '<h2 id="典型意义">典型意义</h2>',
  '<p>体现了执法理念从<strong>“管理”</strong>向“服务”的转变 &amp; 提升。</p>',
].join('\n');

describe('anchorParagraphs', () => {
  test('numbers the paragraphs p1…pN in reading order, skipping headings', () => {
    const { paragraphs } = anchorParagraphs(body);
    expect(paragraphs.map((p) => [p.id, p.number])).toEqual([
      ['p1', 1],
      ['p2', 2],
    ]);
  });

  test('gives the same ids every time the same body is rendered', () => {
    expect(anchorParagraphs(body).html).toBe(anchorParagraphs(body).html);
  });

  test('starts each paragraph with a link to itself, named for copying it and hidden from the search index', () => {
    const { html } = anchorParagraphs(body);
    expect(html).toContain(
      '<p id="p2" data-para="2" data-pagefind-title="第2段"><a class="para-link" href="#p2" aria-label="复制第2段链接" data-copied="已复制第2段链接" data-para-link data-pagefind-ignore>第2段</a>体现了',
    );
  });

  test('uses the labels it is given', () => {
    const { html } = anchorParagraphs(body, {
      marker: (n) => `¶${n}`,
      copyLink: (n) => `複製¶${n}`,
      copied: (n) => `ok ${n}`,
    });
    expect(html).toContain('aria-label="複製¶1"');
    expect(html).toContain('>¶1</a>');
  });

  test('follows the link with a 报告此段错误 link for the paragraph when asked, hidden from the index and from print', () => {
    const { html, paragraphs } = anchorParagraphs(body, {
      marker: (n) => `第${n}段`,
      copyLink: (n) => `复制第${n}段链接`,
      copied: (n) => `已复制第${n}段链接`,
      report: {
        text: '报告此段错误',
        label: (n) => `报告此段错误（第${n}段）`,
        href: (id) => `https://example.org/issues/new?paragraph=${id}&x="1"`,
      },
    });
    expect(html).toContain(
      '第2段</a><a class="para-report no-print" href="https://example.org/issues/new?paragraph=p2&amp;x=&quot;1&quot;" aria-label="报告此段错误（第2段）" rel="noopener external" data-pagefind-ignore>报告此段错误</a>体现了',
    );
    // The paragraph's own text is unchanged.
    expect(paragraphs[1]!.text).toBe('体现了执法理念从“管理”向“服务”的转变 & 提升。');
  });

  test('keeps the text of each paragraph without tags, for finding quotes', () => {
    expect(anchorParagraphs(body).paragraphs[1]!.text).toBe(
      '体现了执法理念从“管理”向“服务”的转变 & 提升。',
    );
  });
});

describe('paragraphHolding, on rendered paragraphs', () => {
  const { paragraphs } = anchorParagraphs(body);

  test('finds the paragraph a metric is quoted from', () => {
    expect(paragraphHolding(paragraphs, '检查频次同比下降35.86%')?.id).toBe('p1');
  });

  test('ignores whitespace and inline markup', () => {
    expect(paragraphHolding(paragraphs, '从“管理” 向“服务”')?.id).toBe('p2');
  });

  test('finds nothing for a quote that is not in the body', () => {
    expect(paragraphHolding(paragraphs, '检查频次同比下降40%')).toBeUndefined();
    expect(paragraphHolding(paragraphs, ' ')).toBeUndefined();
  });
});

describe('htmlToText', () => {
  test('decodes named and numeric entities', () => {
    expect(htmlToText('a&lt;b&gt; &#39;c&#x27; &quot;d&quot; &nbsp;e')).toBe('a<b> \'c\' "d"  e');
  });
});
