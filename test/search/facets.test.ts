import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildFacetTable, Facets, type FacetCase } from '../../src/search/facets.ts';
import { facetCases } from '../../src/build/search-index/facet-tables.ts';
import { loadToHant } from '../../src/i18n/convert.ts';
import type { CaseRecord } from '../../src/site/dataset.ts';

/** A case of the table: `[id, province, places, keywords, year, date]`. */
const facetCase = (
  id: string,
  region: string,
  place: string[],
  keyword: string[],
  year: string,
  date: string,
): FacetCase => ({
  url: `/zh-hans/cases/${id}/`,
  values: {
    region: [region],
    place,
    keyword,
    domain: [],
    year: [year],
    source: [`${region}案例`],
    date,
  },
});
const cases = [
  facetCase('nx-1', '宁夏回族自治区', ['银川市'], ['包容审慎', '柔性执法'], '2025', '2025-03-01'),
  facetCase('nx-2', '宁夏回族自治区', ['中卫市'], ['综合查一次'], '2025', '2025-03-01'),
  facetCase('nx-3', '宁夏回族自治区', ['银川市', '兴庆区'], ['柔性执法'], '2024', '2024'),
  facetCase('nm-1', '内蒙古自治区', [], ['包容审慎监管'], '2025', '2025-04-02'),
  facetCase('bj-1', '北京市', ['通州区'], ['柔性执法', '综合查一次'], '2025', '2025-10-29'),
];
const hashOf = new Map(
  cases.map((c, i) => [c.url, { hash: `zh-hans_${'abcdef0'.slice(0, 6)}${i}`, part: 0 }]),
);
const facets = new Facets(buildFacetTable(cases, hashOf));
const at = (id: string) => cases.findIndex((c) => c.url.includes(`/${id}/`));

describe('the facet table', () => {
  test("lists each facet's values once, most frequent first, and the dates in order", () => {
    const table = buildFacetTable(cases, hashOf);
    expect(table.values.region).toEqual(['宁夏回族自治区', '北京市', '内蒙古自治区']);
    expect(table.values.keyword[0]).toBe('柔性执法');
    expect(table.values.date).toEqual(['2024', '2025-03-01', '2025-04-02', '2025-10-29']);
  });

  test('keys each case by the fragment hash of its page, with the shared prefix written once', () => {
    const table = buildFacetTable(cases, hashOf);
    expect(table.prefix).toBe('zh-hans_');
    expect(table.pages).toEqual(['abcdef0', 'abcdef1', 'abcdef2', 'abcdef3', 'abcdef4']);
    expect(facets.caseOf('zh-hans_abcdef3')).toBe(at('nm-1'));
    expect(facets.hashOf(at('nm-1'))).toBe('zh-hans_abcdef3');
    expect(facets.caseOf('zh-hant_abcdef3')).toBeUndefined();
  });

  test('writes a single value as a number and several (or none) as a list', () => {
    const table = buildFacetTable(cases, hashOf);
    expect(table.cases.region).toEqual([0, 0, 0, 2, 1]);
    expect(table.cases.place[at('nx-3')]).toEqual([0, expect.any(Number)]);
    expect(table.cases.place[at('nm-1')]).toEqual([]);
  });

  test('refuses a case whose page is not in the index', () => {
    expect(() =>
      buildFacetTable([...cases, facetCase('hn-1', '湖南省', [], [], '2025', '2025')], hashOf),
    ).toThrow('facet table: no indexed page for /zh-hans/cases/hn-1/');
  });

  test('records the part of the index each case is in, when the index is in parts', () => {
    expect(buildFacetTable(cases, hashOf).part).toBeUndefined();
    const parted = new Map(
      [...hashOf].map(([url, page], i) => [url, { ...page, part: [2, 0, 2, 3, 0][i]! }]),
    );
    const table = new Facets(buildFacetTable(cases, parted, 4));
    expect(table.parts).toBe(4);
    expect(table.partFolderOf(at('nm-1'))).toBe('part-3/');
    // Part 1 holds no case: it has no folder to read.
    expect(table.partFolders()).toEqual(['part-0/', 'part-2/', 'part-3/']);
    expect(facets.partFolderOf(at('nm-1'))).toBe('');
    expect(facets.partFolders()).toEqual(['']);
  });

  test('stays small: 2,000 cases weigh under 40 KiB gzipped', () => {
    const provinces = [
      '宁夏回族自治区',
      '内蒙古自治区',
      '北京市',
      '江苏省',
      '浙江省',
      '山东省',
      '湖南省',
      '河北省',
    ];
    const many = Array.from({ length: 2000 }, (_, i) =>
      facetCase(
        `c-${i}`,
        provinces[i % 8]!,
        [`第${i % 97}市`, `第${i % 389}县`],
        [`关键词${i % 300}`, `关键词${(i * 7) % 300}`, `关键词${(i * 13) % 300}`],
        String(2020 + (i % 6)),
        `202${i % 6}-0${1 + (i % 9)}-1${i % 10}`,
      ),
    );
    const hashes = new Map(
      many.map((c, i) => [
        c.url,
        {
          hash: `zh-hans_${((i * 2654435761) % 0xfffffff).toString(16).padStart(7, '0')}`,
          part: 0,
        },
      ]),
    );
    const bytes = gzipSync(JSON.stringify(buildFacetTable(many, hashes))).length;
    expect(bytes).toBeLessThan(40 * 1024);
  });
});

describe('counting and filtering with the facet table', () => {
  test('with no filter, counts every value over the candidates and keeps their order', () => {
    const { matching, counts } = facets.filter([at('bj-1'), at('nx-1')], {});
    expect(matching).toEqual([at('bj-1'), at('nx-1')]);
    expect(counts.region).toEqual({ 北京市: 1, 宁夏回族自治区: 1 });
    expect(counts.keyword).toEqual({ 柔性执法: 2, 综合查一次: 1, 包容审慎: 1 });
  });

  test('keeps only the cases having every chosen value', () => {
    const chosen = {
      region: facets.valueIndex('region', '宁夏回族自治区'),
      keyword: facets.valueIndex('keyword', '柔性执法'),
    };
    expect(facets.filter(facets.all(), chosen).matching).toEqual([at('nx-1'), at('nx-3')]);
  });

  test('counts each facet as if its own choice were not made (disjunctive counts)', () => {
    const chosen = {
      region: facets.valueIndex('region', '宁夏回族自治区'),
      keyword: facets.valueIndex('keyword', '柔性执法'),
    };
    const { counts } = facets.filter(facets.all(), chosen);
    // Provinces: the cases filed under 柔性执法, whatever their province.
    expect(counts.region).toEqual({ 宁夏回族自治区: 2, 北京市: 1 });
    // Keywords: the Ningxia cases, whatever their keywords.
    expect(counts.keyword).toEqual({ 柔性执法: 2, 包容审慎: 1, 综合查一次: 1 });
    // Other facets: the cases matching both choices.
    expect(counts.year).toEqual({ 2025: 1, 2024: 1 });
    expect(counts.place).toEqual({ 银川市: 2, 兴庆区: 1 });
  });

  test('finds nothing for a value no case has', () => {
    const { matching, counts } = facets.filter(facets.all(), {
      region: facets.valueIndex('region', '火星'),
    });
    expect(matching).toEqual([]);
    expect(counts.year).toEqual({});
    expect(counts.region).toEqual({ 宁夏回族自治区: 3, 内蒙古自治区: 1, 北京市: 1 });
  });

  test('finds the cases filed under any of some keywords', () => {
    const keywords = ['包容审慎', '包容审慎监管'].map((k) => facets.valueIndex('keyword', k));
    expect([...facets.casesWith('keyword', keywords)].sort()).toEqual(
      [at('nx-1'), at('nm-1')].sort(),
    );
  });

  test('sorts by date, latest first, keeping the given order within a date', () => {
    expect(facets.byDate([at('nx-3'), at('nx-2'), at('bj-1'), at('nx-1'), at('nm-1')])).toEqual([
      at('bj-1'),
      at('nm-1'),
      at('nx-2'),
      at('nx-1'),
      at('nx-3'),
    ]);
  });
});

describe('the cases of a facet table', () => {
  const record = {
    id: 'nx-2025-01',
    region: { province: '宁夏回族自治区', city: '中卫市', code: '640500' },
    keywords: ['综合查一次', '柔性执法'],
    domains: ['综合监管', '执法监督'],
    year: 2025,
    sourceTitle: '宁夏回族自治区规范涉企行政执法典型案例',
    sourceDate: null,
  } as unknown as CaseRecord;

  test('take their values from the dataset, the date from the source or else the year', () => {
    const [c] = facetCases([record], 'zh-hans');
    expect(c).toEqual({
      url: '/zh-hans/cases/nx-2025-01/',
      values: {
        region: ['宁夏回族自治区'],
        place: ['中卫市'],
        keyword: ['综合查一次', '柔性执法'],
        domain: ['综合监管', '执法监督'],
        year: ['2025'],
        source: [record.sourceTitle],
        date: '2025',
      },
    });
  });

  test("are converted for the zh-hant table by the site's converter, for the page in the one simplified index", async () => {
    const [c] = facetCases([record], 'zh-hant', await loadToHant());
    expect(c!.url).toBe('/zh-hans/cases/nx-2025-01/');
    expect(c!.values.region).toEqual(['寧夏回族自治區']);
    expect(c!.values.place).toEqual(['中衛市']);
    expect(c!.values.keyword).toEqual(['綜合查一次', '柔性執法']);
    expect(c!.values.domain).toEqual(['綜合監管', '執法監督']);
  });
});
