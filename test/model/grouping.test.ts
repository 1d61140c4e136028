import { describe, expect, test } from 'vitest';
import {
  flattenRegions,
  groupBy,
  keywordGroups,
  regionChain,
  regionTree,
  sourceGroups,
  yearGroups,
  type CaseLike,
} from '../../src/model/grouping.ts';

const make = (
  id: string,
  code: string,
  keywords: string[],
  year = 2025,
  source = 's1',
): CaseLike => ({
  id,
  data: { region: { province: '', code }, keywords, year, source },
});

const cases = [
  make('nx-2025-01', '640500', ['综合查一次', '包容免罚']),
  make('nx-2025-02', '640000', ['包容免罚']),
  make('nx-2025-03', '640381', ['综合查一次', '包容免罚']),
  make('bj-2025-01', '110112', ['协调处理'], 2024, 's2'),
  make('nm-2025-01', '152500', ['集成改革'], 2025, 's3'),
  make('nm-2025-02', '152527', ['集成改革'], 2025, 's3'),
];

describe('groupBy', () => {
  test('groups by several keys per item, in order of first appearance, each item once per key', () => {
    const groups = groupBy([{ k: ['a', 'b', 'a'] }, { k: ['b'] }], (x) => x.k);
    expect(groups.map((g) => [g.key, g.cases.length])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});

describe('keywordGroups', () => {
  test('counts every keyword, most cases first, then in pinyin order (集 jí before 综 zōng)', () => {
    const groups = keywordGroups(cases);
    expect(groups.map((g) => [g.key, g.cases.length])).toEqual([
      ['包容免罚', 3],
      ['集成改革', 2],
      ['综合查一次', 2],
      ['协调处理', 1],
    ]);
  });
});

describe('yearGroups and sourceGroups', () => {
  test('put the newest year first', () => {
    expect(yearGroups(cases).map((g) => [g.key, g.cases.length])).toEqual([
      [2025, 5],
      [2024, 1],
    ]);
  });
  test('follow the given source order', () => {
    expect(sourceGroups(cases, ['s3', 's1', 's2']).map((g) => g.key)).toEqual(['s3', 's1', 's2']);
  });
});

describe('regionChain', () => {
  test('goes province → city → county, skipping the 市辖区 of municipalities', () => {
    expect(regionChain('640381').map((d) => d.name)).toEqual([
      '宁夏回族自治区',
      '吴忠市',
      '青铜峡市',
    ]);
    expect(regionChain('640500').map((d) => d.name)).toEqual(['宁夏回族自治区', '中卫市']);
    expect(regionChain('640000').map((d) => d.name)).toEqual(['宁夏回族自治区']);
    expect(regionChain('110112').map((d) => d.name)).toEqual(['北京市', '通州区']);
  });
  test('explains an unknown code in Chinese', () => {
    expect(() => regionChain('999999')).toThrow(/行政区划代码“999999”/);
  });
});

describe('regionTree', () => {
  test('counts cases at every level, each case in all divisions above it', () => {
    const tree = regionTree(cases);
    expect(tree.map((n) => [n.division.name, n.cases.length])).toEqual([
      ['北京市', 1],
      ['内蒙古自治区', 2],
      ['宁夏回族自治区', 3],
    ]);
    const nx = tree[2]!;
    expect(nx.children.map((n) => [n.division.name, n.cases.length])).toEqual([
      ['吴忠市', 1],
      ['中卫市', 1],
    ]);
    expect(nx.children[0]!.children.map((n) => n.division.name)).toEqual(['青铜峡市']);
    expect(nx.children[0]!.children[0]!.parents.map((d) => d.name)).toEqual([
      '宁夏回族自治区',
      '吴忠市',
    ]);
  });
  test('flattens to one page per division used by a case or above one', () => {
    const codes = flattenRegions(regionTree(cases))
      .map((n) => n.division.code)
      .sort();
    expect(codes).toEqual(
      [
        '110000',
        '110112',
        '150000',
        '152500',
        '152527',
        '640000',
        '640300',
        '640381',
        '640500',
      ].sort(),
    );
  });
});
