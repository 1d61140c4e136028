import { describe, expect, test } from 'vitest';
import {
  chineseDate,
  isoDate,
  localIsoDate,
  slashDate,
  todayInChina,
} from '../../src/model/dates.ts';

const date = new Date('2025-10-29T00:00:00Z');

describe('dates', () => {
  test('format a frontmatter date the three ways citations need', () => {
    expect([isoDate(date), chineseDate(date), slashDate(date)]).toEqual([
      '2025-10-29',
      '2025年10月29日',
      '2025/10/29',
    ]);
  });

  test('todayInChina is already tomorrow at 17:00 UTC', () => {
    expect(todayInChina(new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25');
    expect(todayInChina(new Date('2026-11-24T15:59:00Z'))).toBe('2026-11-24');
  });

  test('a contributor’s today is the calendar day of the machine’s time zone, zero-padded', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
