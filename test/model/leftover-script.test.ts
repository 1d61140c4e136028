import { describe, expect, test } from 'vitest';
import { traditionalLeftovers, traditionalOnlyTable } from '../../src/model/leftover-script.ts';

describe('characters left in traditional script', () => {
  test('the OpenCC tables give thousands of traditional-only characters (fails if opencc-js changes shape)', () => {
    expect(traditionalOnlyTable().size).toBeGreaterThan(2000);
    expect(traditionalOnlyTable().get('區')).toBe('区');
  });

  test('are found in a simplified text, with their simplified forms', () => {
    expect(
      traditionalLeftovers('通辽“云勘驗”系统，全區推广').map((c) => [c.char, c.simplified]),
    ).toEqual([
      ['驗', '验'],
      ['區', '区'],
    ]);
  });

  test('simplified characters that are also traditional forms, and place names, are not', () => {
    expect(traditionalLeftovers('成效显著，之后在公里外干事；陕西省咸阳市乾县')).toEqual([]);
  });
});
