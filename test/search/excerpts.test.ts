import { describe, expect, test } from 'vitest';
import { searchFoldTable } from '../../src/i18n/search-fold.ts';
import { searchFolder } from '../../src/search/fold.ts';
import { excerptLength, excerptOf, findTerms, paragraphHits } from '../../src/search/excerpts.ts';
import type { BodyBlock } from '../../src/search/sections.ts';

const fold = searchFolder(await searchFoldTable());
const marked = (text: string, terms: string[]) =>
  excerptOf(text, findTerms(text, terms.map(fold), fold))
    .filter(([, m]) => m)
    .map(([t]) => t);

describe('an excerpt', () => {
  test('marks each term whole where the text has it, whatever the width and script typed', () => {
    expect(marked('坚持科学审慎适用，审慎包容。', ['审慎'])).toEqual(['审慎', '审慎']);
    expect(marked('推进包容审慎监管', ['審慎'])).toEqual(['审慎']);
    expect(marked('率先上线AI药监助手', ['ａｉ'])).toEqual(['AI']);
    expect(marked('“2+1+1”模式', ['2+1+1'])).toEqual(['2+1+1']);
  });

  test('marks a whole number, and not a number inside a longer one', () => {
    expect(marked('拨打12345热线，不是123456', ['12345'])).toEqual(['12345']);
    expect(marked('罚款1617.07万元', ['1617.07万元'])).toEqual(['1617.07万元']);
  });

  test('marks a term that spans spaces of the text, and joins terms that overlap', () => {
    expect(marked('包容 审慎监管', ['包容审慎'])).toEqual(['包容 审慎']);
    expect(marked('包容审慎监管', ['包容审慎', '审慎监管'])).toEqual(['包容审慎监管']);
  });

  test('shows a short text whole, and a long one around its first match, cut with …', () => {
    expect(excerptOf('短文', [])).toEqual([['短文', false]]);
    const text = '前'.repeat(200) + '冷却塔' + '后'.repeat(200);
    const pieces = excerptOf(text, findTerms(text, ['冷却塔'], fold));
    expect(pieces[0]).toEqual(['…', false]);
    expect(pieces[pieces.length - 1]).toEqual(['…', false]);
    expect(pieces.find(([, m]) => m)).toEqual(['冷却塔', true]);
    const length = pieces.reduce((sum, [t]) => sum + t.length, 0);
    expect(length).toBeLessThanOrEqual(excerptLength + 2);
  });

  test('from the start of a text when nothing is marked', () => {
    const text = '开头'.repeat(100);
    const pieces = excerptOf(text, []);
    expect(pieces[0]![0].startsWith('开头')).toBe(true);
    expect(pieces[pieces.length - 1]).toEqual(['…', false]);
  });
});

describe('the paragraphs of a result', () => {
  const blocks: BodyBlock[] = [
    { kind: 'heading', id: '基本情况', text: '基本情况', section: 'facts' },
    { kind: 'paragraph', id: 'p1', number: 1, text: '企业回访', section: 'facts' },
    { kind: 'paragraph', id: 'p2', number: 2, text: '无关', section: 'facts' },
    { kind: 'heading', id: '典型意义', text: '典型意义', section: 'significance' },
    { kind: 'paragraph', id: 'p3', number: 3, text: '回访企业', section: 'significance' },
  ];

  test('are the numbered paragraphs that hold a term, in page order, within the parts searched', () => {
    const numbers = (parts: ('facts' | 'significance')[]) =>
      paragraphHits(blocks, [fold('回访')], parts, fold).map((h) => h.block.number);
    expect(numbers(['facts', 'significance'])).toEqual([1, 3]);
    expect(numbers(['significance'])).toEqual([3]);
    expect(paragraphHits(blocks, [fold('典型意义')], ['significance'], fold)).toEqual([]);
  });
});
