import { describe, expect, test } from 'vitest';
import { partCount, partFolder, partOf } from '../../src/search/index-parts.ts';

describe('the parts of the search index', () => {
  test('are one for a small collection, and a power of two that keeps parts at the size asked for', () => {
    expect(partCount(24, 1500)).toBe(1);
    expect(partCount(1500, 1500)).toBe(1);
    expect(partCount(1501, 1500)).toBe(2);
    expect(partCount(2000, 1500)).toBe(2);
    expect(partCount(10000, 1500)).toBe(8);
    expect(partCount(12001, 1500)).toBe(16);
  });

  test('refuses a part size that is not a whole number of pages', () => {
    expect(() => partCount(10, 0)).toThrow(/whole number/);
    expect(() => partCount(10, Number.NaN)).toThrow(/whole number/);
  });

  test('give a case the same part whatever the other cases, so adding a case changes one part', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `c-2025-${i}`);
    const before = ids.map((id) => partOf(id, 8));
    const after = [...ids, 'nx-2026-01'].map((id) => partOf(id, 8));
    expect(after.slice(0, ids.length)).toEqual(before);
  });

  test('spread the cases evenly', () => {
    const sizes = new Array<number>(8).fill(0);
    for (let i = 0; i < 8000; i++) sizes[partOf(`nx-2025-${i}`, 8)]!++;
    for (const size of sizes) expect(Math.abs(size - 1000)).toBeLessThan(150);
  });

  test('are the bundle itself when there is one, and folders of it when there are more', () => {
    expect(partFolder(0, 1)).toBe('');
    expect(partFolder(0, 4)).toBe('part-0/');
    expect(partFolder(3, 4)).toBe('part-3/');
  });
});
