import { describe, expect, test } from 'vitest';
import { caseIdPrefix, nextCaseIdAfter, parseCaseId } from '../../src/model/case-id.ts';
import { caseSchema } from '../../src/model/schema/case.ts';

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
  });

  test('after 99 comes 100: a province can have more than 99 cases a year, and 01…99 stay valid', () => {
    expect(nextCaseIdAfter(['nx-2025-98', 'nx-2025-99'], 'nx', 2025)).toBe('nx-2025-100');
    expect(nextCaseIdAfter(['js-2025-100', 'js-2025-07'], 'js', 2025)).toBe('js-2025-101');
    for (const id of ['nx-2025-01', 'nx-2025-99', 'js-2025-100', 'js-2025-1234'])
      expect(caseSchema.shape.id.safeParse(id).success, id).toBe(true);
    for (const id of ['nx-2025-1', 'nx-2025-099', 'nx-25-01', 'NX-2025-01'])
      expect(caseSchema.shape.id.safeParse(id).success, id).toBe(false);
    expect(parseCaseId('js-2025-100')).toEqual({ prefix: 'js', year: 2025, sequence: 100 });
  });
});
