import { describe, expect, test } from 'vitest';
import { caseIdPrefix, nextCaseIdAfter } from '../../src/model/case-id.ts';

describe('case ids', () => {
  test('the prefix is the province’s ISO 3166-2 code, from the first two digits of the region code', () => {
    expect(caseIdPrefix('640500')).toBe('nx');
    expect(caseIdPrefix('150603')).toBe('nm');
    expect(caseIdPrefix('321283')).toBe('js');
    expect(() => caseIdPrefix('990000')).toThrow('不属于任何省级行政区');
  });

  test('a new id takes the number after the highest in use, so a removed case’s number is never reused', () => {
    expect(nextCaseIdAfter([], 'nx', 2025)).toBe('nx-2025-01');
    expect(
      nextCaseIdAfter(['nx-2025-01', 'nx-2025-03', 'nm-2025-09', 'nx-2024-12'], 'nx', 2025),
    ).toBe('nx-2025-04');
    expect(() => nextCaseIdAfter(['nx-2025-99'], 'nx', 2025)).toThrow('已用到 99');
  });
});
