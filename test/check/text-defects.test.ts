import { describe, expect, test } from 'vitest';
import { findTextDefects } from '../../src/check/text-defects.ts';

const matches = (text: string) => findTextDefects(text).map((d) => d.match);

describe('findTextDefects', () => {
  test('finds pinyin after a Chinese character, with or without tone marks', () => {
    expect(matches('地區(qū)執(zhí)法實現(xiàn)，园(yuan)区')).toEqual([
      '(qū)',
      '(zhí)',
      '(xiàn)',
      '(yuan)',
    ]);
  });

  test('finds pinyin in full-width brackets, and after a lone capital that mojibake left', () => {
    expect(matches('規（guī）范，鎸崿F(xiàn)執，經驗?,F（xiàn）將')).toEqual([
      '（guī）',
      '(xiàn)',
      '?',
      '（xiàn）',
    ]);
  });

  test('leaves Latin words in brackets that are not pinyin', () => {
    expect(matches('政务服务（APP）和小程序（app），（AI）助手，资质（CMA）')).toEqual([]);
  });

  test('finds half-width punctuation touching Chinese characters', () => {
    expect(matches('执法,检查:减少;试行(暂行)办法!好')).toEqual([',', ':', ';', '(', ')', '!']);
  });

  test('keeps numbers, formulas, URLs and brackets around digits', () => {
    expect(matches('下降1.5个百分点，“2+1+1”模式，http://a.cn/x?y=1,2，共1,000家')).toEqual([]);
    expect(matches('执法(2025年)，资质认定 (CMA)')).toEqual(['(', ')']);
  });

  test('finds ? between Chinese characters, U+FFFD and private-use characters', () => {
    expect(matches('效能?有效\uFFFD字\uE5E5')).toEqual(['?', '\uFFFD', '\uE5E5']);
  });

  test('finds a ? touching Chinese text on one side only: lost text, or a half-width question mark', () => {
    const defects = findTextDefects('做法?,现将；怎么办?');
    expect(defects.map((d) => d.match)).toEqual(['?', ',', '?']);
    expect(defects[0]!.what).toContain('丢失的文字');
    expect(defects[2]!.fix).toContain('全角“？”');
  });

  test('finds nothing in clean full-width text', () => {
    expect(matches('坚持“进一次门、查多项事”，检查频次同比下降35.86%。')).toEqual([]);
  });
});
