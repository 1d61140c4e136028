import { describe, expect, test } from 'vitest';
import {
  MAX_RELATED,
  MIN_RELATED,
  regionMatch,
  relate,
  relatedCases,
  relatedIndex,
  similarKeywords,
  type RelatedInput,
} from '../../src/model/related.ts';

const c = (id: string, keywords: string[], regionCode: string, source = 'src-a'): RelatedInput => ({
  id,
  keywords,
  regionCode,
  source,
});

const cases: RelatedInput[] = [
  c('nx-2025-01', ['综合查一次', '分级分类监管', '包容免罚'], '640500'),
  c('nx-2025-02', ['综合查一次', '执法监督'], '640100'),
  c('nx-2025-03', ['包容审慎监管免罚', '首违不罚'], '640502'),
  c('nx-2025-04', ['执法监督'], '640000'),
  c('bj-2025-01', ['综合查一次', '分级分类监管'], '110112', 'src-b'),
  c('tj-2025-01', ['信用修复'], '120119', 'src-b'),
  c('zj-2025-01', ['数字执法'], '330600', 'src-b'),
];

describe('regionMatch', () => {
  test('compares GB/T 2260 codes level by level', () => {
    expect(regionMatch('640502', '640502')).toBe('county');
    expect(regionMatch('640502', '640500')).toBe('city');
    expect(regionMatch('640502', '640521')).toBe('city');
    expect(regionMatch('640500', '640100')).toBe('province');
    expect(regionMatch('640000', '640500')).toBe('province');
    expect(regionMatch('640500', '150100')).toBeUndefined();
  });
});

describe('relate', () => {
  test('counts shared keywords, related keywords, region and source', () => {
    expect(relate(cases[0]!, cases[4]!)).toEqual({
      id: 'bj-2025-01',
      score: 8,
      sharedKeywords: ['综合查一次', '分级分类监管'],
      sameRegion: undefined,
      sameSource: false,
    });
    // 包容免罚 ~ 包容审慎监管免罚 (1), same city (2), same source (1).
    expect(relate(cases[0]!, cases[2]!).score).toBe(1 + 2 + 1);
  });

  test('gives a point to each pair of similar keywords', () => {
    const a = c('a', ['免罚', '信用修复'], '110000');
    const b = c('b', ['包容免罚', '信用修复一件事'], '120000', 'other');
    expect(relate(a, b).score).toBe(2);
  });
});

describe('similarKeywords', () => {
  test('finds keywords where one contains the other, or that share two character pairs', () => {
    expect(similarKeywords('免罚', '包容免罚')).toBe(true);
    expect(similarKeywords('包容免罚', '包容审慎监管免罚')).toBe(true);
    expect(similarKeywords('综合查一次', '综合监管')).toBe(false);
    expect(similarKeywords('包容免罚', '包容免罚')).toBe(false);
  });
});

describe('relatedCases', () => {
  test('ranks by score, then by id, and never lists the case itself', () => {
    const list = relatedCases(cases[0]!, cases);
    expect(list.map((r) => r.id)).toEqual(['bj-2025-01', 'nx-2025-02', 'nx-2025-03', 'nx-2025-04']);
    expect(list.some((r) => r.id === 'nx-2025-01')).toBe(false);
  });

  test(`fills up to ${MIN_RELATED} with the best of the rest when few cases are close`, () => {
    const list = relatedCases(cases[6]!, cases);
    expect(list).toHaveLength(MIN_RELATED);
    expect(list.map((r) => r.id)).toEqual(['bj-2025-01', 'tj-2025-01', 'nx-2025-01']);
  });

  test(`lists at most ${MAX_RELATED}`, () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      c(`nx-2025-${String(i + 1).padStart(2, '0')}`, ['综合查一次'], '640500'),
    );
    expect(relatedCases(many[0]!, many)).toHaveLength(MAX_RELATED);
  });

  test('does not depend on the order of the input', () => {
    const shuffled = [...cases].reverse();
    for (const one of cases) expect(relatedCases(one, shuffled)).toEqual(relatedCases(one, cases));
  });
});

describe('relatedIndex', () => {
  test(`gives every case between ${MIN_RELATED} and ${MAX_RELATED} related cases`, () => {
    for (const [, list] of relatedIndex(cases)) {
      expect(list.length).toBeGreaterThanOrEqual(MIN_RELATED);
      expect(list.length).toBeLessThanOrEqual(MAX_RELATED);
    }
  });
});

describe('relatedIndex on a large collection', () => {
  /** A deterministic pseudo-random collection: few keywords, provinces, cities and sources, so that ties abound. */
  function collection(n: number, seed: number): RelatedInput[] {
    let state = seed;
    const next = (m: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % m;
    };
    const words = [
      '综合查一次',
      '包容免罚',
      '包容审慎监管免罚',
      '免罚',
      '信用修复',
      '信用修复一件事',
      '执法监督',
      '首违不罚',
      '数字执法',
      '分级分类监管',
    ];
    const codes = [
      '640000',
      '640500',
      '640502',
      '640100',
      '640104',
      '110112',
      '110000',
      '120119',
      '330600',
      '330602',
      '150100',
    ];
    return Array.from({ length: n }, (_, i) => {
      const keywords = [
        ...new Set(Array.from({ length: 1 + next(3) }, () => words[next(words.length)]!)),
      ];
      return c(
        `c${String(next(100_000)).padStart(5, '0')}-${i}`,
        keywords,
        codes[next(codes.length)]!,
        `src-${next(6)}`,
      );
    });
  }

  test('gives exactly the lists relatedCases gives, case by case', () => {
    for (const [n, seed] of [
      [40, 1],
      [300, 7],
      [300, 42],
      [5, 3],
    ] as const) {
      const all = collection(n, seed);
      const index = relatedIndex(all);
      for (const one of all)
        expect(index.get(one.id), `${n}/${seed} ${one.id}`).toEqual(relatedCases(one, all));
    }
  });

  test('with one keyword, region and source for all, and with no relation at all', () => {
    const same = Array.from({ length: 30 }, (_, i) =>
      c(`s-${String(i).padStart(2, '0')}`, ['综合查一次'], '640500'),
    );
    const apart = Array.from({ length: 8 }, (_, i) =>
      c(`a-${i}`, [`词${i}${i}`], `${11 + i}0000`, `src-${i}`),
    );
    for (const all of [same, apart, [...same, ...apart]]) {
      const index = relatedIndex(all);
      for (const one of all) expect(index.get(one.id)).toEqual(relatedCases(one, all));
    }
  });
});

test('relatedIndex lets a same-place case with a smaller id displace a keyword match of equal score', () => {
  // Each z-case: similar keyword (1) + same city (2) = 3; a0: same county only = 3, smaller id.
  const one = c('m-1', ['免罚'], '640502', 'src-x');
  const zs = Array.from({ length: 5 }, (_, i) => c(`z-${i}`, ['包容免罚'], '640500', `src-z${i}`));
  const a0 = c('a-0', ['数字执法'], '640502', 'src-a0');
  const all = [one, ...zs, a0];
  expect(relatedIndex(all).get('m-1')).toEqual(relatedCases(one, all));
  expect(
    relatedIndex(all)
      .get('m-1')!
      .map((r) => r.id),
  ).toContain('a-0');
});
