import { describe, expect, test } from 'vitest';
import { stateFromSearch, stateToSearch } from '../../src/search/state.ts';

describe('the search state in the URL', () => {
  test('is read and written back unchanged, empty values left out', () => {
    const search =
      '?q=%E6%89%A7%E6%B3%95&region=%E5%AE%81%E5%A4%8F%E5%9B%9E%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8C%BA&year=2025';
    expect(stateToSearch(stateFromSearch(search))).toBe(search);
    expect(stateFromSearch(search)).toMatchObject({
      q: '执法',
      region: '宁夏回族自治区',
      keyword: '',
      year: '2025',
    });
  });
  test('ignores unknown parameters and unknown sort orders', () => {
    expect(stateToSearch(stateFromSearch('?q=a&utm_source=x&sort=random'))).toBe('?q=a');
    expect(stateToSearch(stateFromSearch('?sort=date'))).toBe('?sort=date');
  });
});
