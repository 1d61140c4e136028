import { describe, expect, test } from 'vitest';
import { searchFoldTable } from '../../src/i18n/search-fold.ts';
import { searchFolder } from '../../src/search/fold.ts';
import { parseQuery } from '../../src/search/query.ts';

const fold = searchFolder(await searchFoldTable());
const terms = (q: string) => parseQuery(q, fold).terms.map((t) => t.typed);

describe('a typed query', () => {
  test('is split into terms at spaces, full-width spaces too', () => {
    expect(terms('包容 审慎')).toEqual(['包容', '审慎']);
    expect(terms('  包容　审慎  执法 ')).toEqual(['包容', '审慎', '执法']);
  });

  test('keeps a quoted phrase as one term, the spaces in it left out when it is compared', () => {
    expect(terms('"包容 审慎监管" 执法')).toEqual(['包容 审慎监管', '执法']);
    expect(parseQuery('"包容 审慎监管"', fold).terms[0]!.folded).toBe(fold('包容审慎监管'));
    expect(terms('＂包容 审慎＂')).toEqual(['包容 审慎']);
    expect(terms('“包容 审慎” 「综合 查一次」')).toEqual(['包容 审慎', '综合 查一次']);
    // An unclosed quote runs to the end.
    expect(terms('"包容 审慎')).toEqual(['包容 审慎']);
  });

  test('keeps quotation marks inside a term, where the text has them', () => {
    expect(terms('中卫市“三减”执法')).toEqual(['中卫市“三减”执法']);
  });

  test('leaves out punctuation at the ends of a term, but not inside it, nor the signs of numbers', () => {
    expect(terms('包容审慎。')).toEqual(['包容审慎']);
    expect(terms('（综合查一次），')).toEqual(['综合查一次']);
    expect(terms('2+1+1')).toEqual(['2+1+1']);
    expect(terms('1617.07万元')).toEqual(['1617.07万元']);
    expect(terms('35.86%。')).toEqual(['35.86%']);
  });

  test('folds each term as the texts are folded: width, script and letter case', () => {
    const [ai, hant] = parseQuery('ＡＩ 審批', fold).terms;
    expect(ai!.folded).toBe(fold('ai'));
    expect(hant!.folded).toBe(fold('审批'));
  });

  test('lists each term once, and joins the terms for the phrase that ranks first', () => {
    const q = parseQuery('包容 审慎 包容', fold);
    expect(q.terms.map((t) => t.typed)).toEqual(['包容', '审慎']);
    expect(q.phrase).toBe(fold('包容审慎'));
  });

  test('says when there is nothing to search for: nothing typed, or punctuation only', () => {
    expect(parseQuery('', fold).problem).toBe('empty');
    expect(parseQuery('   ', fold).problem).toBe('empty');
    expect(parseQuery('，。！', fold).problem).toBe('punctuation');
    expect(parseQuery('"" “”', fold).problem).toBe('punctuation');
    expect(parseQuery('+ -', fold).problem).toBe('punctuation');
    expect(parseQuery('执法，', fold).problem).toBeUndefined();
  });
});
