import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { bodyBlocks, bodyPlainText } from '../../src/model/body-blocks.ts';
import { metricParagraph } from '../../src/model/quote-paragraph.ts';
import { anchorParagraphs } from '../../src/site/paragraph-anchors.ts';

const body = `
## 基本情况

中卫市构建“三减”执法新模式。各行政执法单位开展联合检查122次，**检查频次**同比下降35.86%。

确定“白名单”企业49家。

## 典型意义

> 引用的一段，包括包容免罚清单22个。

最后一段：办理案件794件。
`;

describe('metricParagraph', () => {
  test('returns the number of the paragraph that contains the quote, headings not counted', () => {
    expect(metricParagraph(body, '开展联合检查122次')).toBe(1);
    expect(metricParagraph(body, '“白名单”企业49家')).toBe(2);
    expect(metricParagraph(body, '包容免罚清单22个')).toBe(3);
    expect(metricParagraph(body, '办理案件794件')).toBe(4);
  });
  test('finds a quote across inline Markdown such as bold', () => {
    expect(metricParagraph(body, '检查频次同比下降35.86%')).toBe(1);
  });
  test('returns undefined for a quote that is not in the body', () => {
    expect(metricParagraph(body, '不存在的短语')).toBeUndefined();
  });
  test('numbers paragraphs exactly like the ids of the rendered body', () => {
    const samples = [
      body,
      '第一段。\n\n## 一、具体做法\n\n（一）第二段，\n换行接着写。\n\n- 列表项不是段落\n- 第二项\n\n第三段。\n\n---\n\n第四段。',
      '| 表 | 头 |\n|---|---|\n| 1 | 2 |\n\n表后一段。\n\n### 小标题\n\n> 甲段\n>\n> 乙段\n\n丙段。',
    ];
    for (const sample of samples) {
      const { paragraphs } = anchorParagraphs(markdownToHtml(sample).html);
      const blocks = bodyBlocks(sample).filter((b) => b.kind === 'paragraph');
      expect(blocks.map((b) => `p${b.number}`)).toEqual(paragraphs.map((p) => p.id));
      for (const [i, block] of blocks.entries()) {
        expect(paragraphs[i]!.text.replace(/\s+/g, '')).toBe(block.text.replace(/\s+/g, ''));
      }
    }
  });
});

describe('bodyPlainText', () => {
  test('keeps headings and paragraphs as text, without Markdown', () => {
    const text = bodyPlainText(body);
    expect(text).toContain('基本情况\n\n中卫市构建');
    expect(text).toContain('检查频次同比下降35.86%');
    expect(text).not.toMatch(/[#*>]/);
  });
});
