import { describe, expect, test } from 'vitest';
import { compareCells, nextDirection } from '../../src/client/table-sort.ts';

const collator = new Intl.Collator('zh-Hans', { numeric: true });

describe('compareCells', () => {
  test('sorts numbers by value, not as text', () => {
    const values = ['122', '35.86', '1617.07', '9'];
    expect([...values].sort((a, b) => compareCells(a, b, 'number', 'ascending', collator))).toEqual(
      ['9', '35.86', '122', '1617.07'],
    );
    expect(
      [...values].sort((a, b) => compareCells(a, b, 'number', 'descending', collator)),
    ).toEqual(['1617.07', '122', '35.86', '9']);
  });
  test('sorts Chinese text by pinyin and keeps empty cells last', () => {
    const values = ['', '中卫', '北京', '安徽'];
    expect([...values].sort((a, b) => compareCells(a, b, 'text', 'ascending', collator))).toEqual([
      '安徽',
      '北京',
      '中卫',
      '',
    ]);
    expect([...values].sort((a, b) => compareCells(a, b, 'text', 'descending', collator))).toEqual([
      '中卫',
      '北京',
      '安徽',
      '',
    ]);
  });
});

describe('nextDirection', () => {
  test('starts ascending and then toggles', () => {
    expect(nextDirection(null)).toBe('ascending');
    expect(nextDirection('ascending')).toBe('descending');
    expect(nextDirection('descending')).toBe('ascending');
  });
});
