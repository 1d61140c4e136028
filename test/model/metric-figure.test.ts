import { describe, expect, test } from 'vitest';
import { figureParts, figureText } from '../../src/model/schema/metric-figure.ts';
import { approxWords } from '../../src/model/schema/case.ts';

describe('a metric figure as published', () => {
  test('puts each approximation word where Chinese writes it: before the number, after it, or after the unit', () => {
    expect(figureText({ value: 410, unit: '万元', approx: '约' })).toBe('约410万元');
    expect(figureText({ value: 60, unit: '万元', approx: '超' })).toBe('超60万元');
    expect(figureText({ value: 20, unit: '万元', approx: '将近' })).toBe('将近20万元');
    expect(figureText({ value: 2300, unit: '台', approx: '余' })).toBe('2300余台');
    expect(figureText({ value: 1000, unit: '万元', approx: '多' })).toBe('1000多万元');
    expect(figureText({ value: 90, unit: '%', approx: '以上' })).toBe('90%以上');
    expect(figureText({ value: 3, unit: '天', approx: '左右' })).toBe('3天左右');
  });

  test('shows an exact figure as its number and unit, with a space before the unit if asked', () => {
    expect(figureText({ value: 35.86, unit: '%' })).toBe('35.86%');
    expect(figureText({ value: 35.86, unit: '%' }, true)).toBe('35.86 %');
    expect(figureText({ value: 12, unit: '' }, true)).toBe('12');
    expect(figureParts({ value: 2300, unit: '台', approx: '余' })).toEqual({
      before: '',
      value: '2300余',
      unit: '台',
    });
  });

  test('keeps the word of every approximation the schema allows', () => {
    for (const approx of approxWords)
      expect(figureText({ value: 7, unit: '家', approx }), approx).toContain(approx);
  });
});
