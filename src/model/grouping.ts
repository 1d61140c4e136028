/**
 * Groups cases for the browse pages (by region, keyword, year, source) and
 * counts them. Pure functions over `{ id, data }`, so they are unit-tested
 * without Astro; src/site/collections.ts feeds them the collection.
 * Every group keeps its cases in the order given (the site's case order).
 */
import { divisionByCode, isPlaceholderCity, type Division } from './regions.ts';
import type { Region } from './schema/case.ts';

export interface CaseLike {
  id: string;
  data: {
    region: Region;
    keywords: string[];
    year: number;
    source: string;
  };
}

export interface Group<K, C> {
  key: K;
  cases: C[];
}

/** Groups items by one or more keys each, in order of first appearance. */
export function groupBy<K, C>(
  items: readonly C[],
  keys: (item: C) => K | readonly K[],
): Group<K, C>[] {
  const groups = new Map<K, C[]>();
  for (const item of items) {
    const found = keys(item);
    const list = Array.isArray(found) ? (found as readonly K[]) : [found as K];
    for (const key of new Set(list)) {
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(item);
    }
  }
  return [...groups].map(([key, cases]) => ({ key, cases }));
}

/** Chinese sort order by pinyin, the order of an index at the back of a Chinese book. */
export const pinyinCollator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** Every keyword with its cases: most cases first, then by pinyin. */
export function keywordGroups<C extends CaseLike>(cases: readonly C[]): Group<string, C>[] {
  return groupBy(cases, (c) => c.data.keywords).sort(
    (a, b) => b.cases.length - a.cases.length || pinyinCollator.compare(a.key, b.key),
  );
}

/** Every year with its cases, newest year first. */
export function yearGroups<C extends CaseLike>(cases: readonly C[]): Group<number, C>[] {
  return groupBy(cases, (c) => c.data.year).sort((a, b) => b.key - a.key);
}

/** Every source slug with its cases, in the order of `sourceOrder` (unknown slugs last). */
export function sourceGroups<C extends CaseLike>(
  cases: readonly C[],
  sourceOrder: readonly string[] = [],
): Group<string, C>[] {
  const rank = (slug: string) =>
    sourceOrder.includes(slug) ? sourceOrder.indexOf(slug) : Infinity;
  return groupBy(cases, (c) => c.data.source).sort(
    (a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key),
  );
}

/**
 * The divisions a case belongs to, from its code: province, then its
 * prefecture-level city (not the placeholders 市辖区/县 of municipalities),
 * then the county. A case coded 640381 (青铜峡市) is in 640000, 640300, 640381.
 */
export function regionChain(code: string): Division[] {
  const division = divisionByCode(code);
  if (!division)
    throw new Error(
      `行政区划代码“${code}”不在 GB/T 2260 数据中；请按 src/model/schema/case.ts 的说明填写 region.code`,
    );
  const province = divisionByCode(division.provinceCode)!;
  if (division.level === 'province') return [province];
  if (division.level === 'city') return [province, division];
  const city = division.cityCode ? divisionByCode(division.cityCode) : undefined;
  return city && !isPlaceholderCity(city) ? [province, city, division] : [province, division];
}

export interface RegionNode<C> {
  division: Division;
  /** Every case in this division or below it, in the order given. */
  cases: C[];
  /** Divisions one level down that have cases, most cases first, then by code. */
  children: RegionNode<C>[];
  /** Divisions above this one, province first. */
  parents: Division[];
}

/**
 * The regions tree: provinces with cases, each with its cities and counties
 * that have cases. Provinces are ordered by GB/T 2260 code (north to south,
 * east to west, the order of official lists).
 */
export function regionTree<C extends CaseLike>(cases: readonly C[]): RegionNode<C>[] {
  const build = (
    items: readonly { c: C; chain: Division[] }[],
    depth: number,
    parents: Division[],
  ): RegionNode<C>[] =>
    groupBy(
      items.filter((item) => item.chain.length > depth),
      (item) => item.chain[depth]!.code,
    )
      .map(({ cases: members }) => {
        const division = members[0]!.chain[depth]!;
        return {
          division,
          cases: members.map((m) => m.c),
          children: build(members, depth + 1, [...parents, division]),
          parents,
        };
      })
      .sort(
        (a, b) =>
          (depth === 0 ? 0 : b.cases.length - a.cases.length) ||
          a.division.code.localeCompare(b.division.code),
      );
  return build(
    cases.map((c) => ({ c, chain: regionChain(c.data.region.code) })),
    0,
    [],
  );
}

/** Every node of the tree, depth first: one region page each. */
export function flattenRegions<C>(nodes: readonly RegionNode<C>[]): RegionNode<C>[] {
  return nodes.flatMap((node) => [node, ...flattenRegions(node.children)]);
}
