/**
 * Related cases, computed at build time. A reader of one case is most helped
 * by cases that use the same measures (shared keywords), then by cases from the
 * same place. The score is deterministic: same input, same list, same order.
 *
 * Score of a candidate:
 *   4 per keyword both cases carry
 *   1 per other pair of similar keywords: one contains the other (免罚 / 包容免罚), or
 *     they share two character pairs (包容免罚 / 包容审慎监管免罚 share 包容 and 免罚)
 *   region: 3 same county-level division, 2 same city, 1 same province
 *   1 same source document (the same campaign, published together)
 * Ties are broken by id, so the order never depends on file order.
 *
 * Every case gets MIN to MAX related cases: those scoring at least 2 come
 * first; if fewer than MIN do, the best of the rest (any score, then id) fill up.
 */

export interface RelatedInput {
  id: string;
  keywords: string[];
  /** 6-digit GB/T 2260 code of the most specific division. */
  regionCode: string;
  source: string;
}

export interface Related {
  id: string;
  score: number;
  /** Keywords both cases carry, in the order of the case being read. */
  sharedKeywords: string[];
  /** How the regions match, if they do. */
  sameRegion?: 'county' | 'city' | 'province';
  sameSource: boolean;
}

export const MIN_RELATED = 3;
export const MAX_RELATED = 5;
const STRONG = 2;

/** How close two divisions are: by their GB/T 2260 codes (2 digits province, 4 city, 6 county). */
export function regionMatch(a: string, b: string): Related['sameRegion'] {
  if (a.slice(0, 2) !== b.slice(0, 2)) return undefined;
  const cityA = a.slice(2, 4);
  const cityB = b.slice(2, 4);
  if (cityA === '00' || cityB === '00' || cityA !== cityB) return 'province';
  const countyA = a.slice(4);
  const countyB = b.slice(4);
  if (countyA === '00' || countyB === '00' || countyA !== countyB) return 'city';
  return 'county';
}

const regionScore = { county: 3, city: 2, province: 1 } as const;

const bigrams = (word: string) => new Set(Array.from(word.slice(1), (ch, i) => word[i] + ch));

/** Two different keywords about the same measure: one contains the other, or they share two character pairs. */
export function similarKeywords(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const pairs = bigrams(b);
  let shared = 0;
  for (const pair of bigrams(a)) if (pairs.has(pair)) shared += 1;
  return shared >= 2;
}

/** Scores `other` as related to `one`. */
export function relate(one: RelatedInput, other: RelatedInput): Related {
  const otherKeywords = new Set(other.keywords);
  const sharedKeywords = one.keywords.filter((k) => otherKeywords.has(k));
  let score = sharedKeywords.length * 4;
  for (const a of one.keywords) {
    if (otherKeywords.has(a)) continue;
    for (const b of other.keywords) if (similarKeywords(a, b)) score += 1;
  }
  const sameRegion = regionMatch(one.regionCode, other.regionCode);
  if (sameRegion) score += regionScore[sameRegion];
  const sameSource = one.source === other.source;
  if (sameSource) score += 1;
  return { id: other.id, score, sharedKeywords, sameRegion, sameSource };
}

const byScoreThenId = (a: Related, b: Related) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The related cases of `one` among `all` (which may include `one`). */
export function relatedCases(one: RelatedInput, all: RelatedInput[]): Related[] {
  const ranked = all
    .filter((other) => other.id !== one.id)
    .map((other) => relate(one, other))
    .sort(byScoreThenId);
  const strong = ranked.filter((r) => r.score >= STRONG).slice(0, MAX_RELATED);
  if (strong.length >= MIN_RELATED) return strong;
  return ranked.slice(0, Math.max(strong.length, MIN_RELATED));
}

/**
 * Related cases for every case at once: `Map<id, Related[]>`, the same lists as
 * `relatedCases(one, all)` for each case, without scoring every pair (which
 * took most of a 10,000-case build). Only two kinds of candidates can differ
 * between cases in a way that needs scoring: those sharing or nearly sharing
 * a keyword, and those from the same source. Every other candidate scores by
 * region alone (3 county, 2 city, 1 province, 0 none), and among equal scores
 * the smallest ids come first, so the first MAX_RELATED of each region tier,
 * in id order, are the only ones that can make the list.
 */
export function relatedIndex(all: RelatedInput[]): Map<string, Related[]> {
  const byId = (a: number, b: number) => (all[a]!.id < all[b]!.id ? -1 : all[a]!.id > all[b]!.id ? 1 : 0);
  const group = (keyOf: (c: RelatedInput) => string | string[] | undefined) => {
    const groups = new Map<string, number[]>();
    all.forEach((c, i) => {
      const keys = keyOf(c);
      for (const key of keys === undefined ? [] : Array.isArray(keys) ? keys : [keys]) {
        const list = groups.get(key);
        if (list) list.push(i);
        else groups.set(key, [i]);
      }
    });
    for (const list of groups.values()) list.sort(byId);
    return groups;
  };
  const byKeyword = group((c) => [...new Set(c.keywords)]);
  const bySource = group((c) => c.source);
  const byProvince = group((c) => c.regionCode.slice(0, 2));
  const byCity = group((c) => (c.regionCode.slice(2, 4) === '00' ? undefined : c.regionCode.slice(0, 4)));
  const byCounty = group((c) => (c.regionCode.slice(2, 4) === '00' || c.regionCode.slice(4) === '00' ? undefined : c.regionCode));
  const inIdOrder = all.map((_, i) => i).sort(byId);
  const keywordSets = all.map((c) => new Set(c.keywords));

  const similarTo = new Map<string, Set<string>>();
  const similar = (a: string) => {
    let set = similarTo.get(a);
    if (!set) {
      set = new Set([...byKeyword.keys()].filter((b) => similarKeywords(a, b)));
      similarTo.set(a, set);
    }
    return set;
  };

  /** `relate(one, other).score`, with the keyword similarities looked up. */
  const score = (i: number, j: number) => {
    const one = all[i]!;
    const other = all[j]!;
    const otherKeywords = keywordSets[j]!;
    let total = 0;
    for (const a of one.keywords) {
      if (otherKeywords.has(a)) total += 4;
      else for (const b of other.keywords) if (similar(a).has(b)) total += 1;
    }
    const sameRegion = regionMatch(one.regionCode, other.regionCode);
    if (sameRegion) total += regionScore[sameRegion];
    if (one.source === other.source) total += 1;
    return total;
  };

  const out = new Map<string, Related[]>();
  all.forEach((one, i) => {
    // Candidates whose score depends on keywords or source: scored one by one.
    const scored = new Set<number>();
    for (const a of one.keywords) {
      for (const k of [a, ...similar(a)]) for (const j of byKeyword.get(k) ?? []) scored.add(j);
    }
    for (const j of bySource.get(one.source) ?? []) scored.add(j);
    scored.delete(i);
    const ranked = [...scored].map((j) => ({ j, score: score(i, j) }));

    // The rest score by region alone: the first MAX_RELATED of each tier, in id order.
    const tier = (list: number[] | undefined, level: Related['sameRegion'], points: number) => {
      let taken = 0;
      for (const j of list ?? []) {
        if (taken === MAX_RELATED) break;
        if (j === i || scored.has(j) || regionMatch(one.regionCode, all[j]!.regionCode) !== level) continue;
        ranked.push({ j, score: points });
        taken++;
      }
    };
    const code = one.regionCode;
    if (code.slice(2, 4) !== '00') tier(byCounty.get(code), 'county', regionScore.county);
    if (code.slice(2, 4) !== '00') tier(byCity.get(code.slice(0, 4)), 'city', regionScore.city);
    tier(byProvince.get(code.slice(0, 2)), 'province', regionScore.province);
    if (ranked.length < MIN_RELATED) tier(inIdOrder, undefined, 0);

    ranked.sort((a, b) => b.score - a.score || byId(a.j, b.j));
    const strong = ranked.filter((r) => r.score >= STRONG).slice(0, MAX_RELATED);
    const chosen = strong.length >= MIN_RELATED ? strong : ranked.slice(0, Math.max(strong.length, MIN_RELATED));
    out.set(one.id, chosen.map((r) => relate(one, all[r.j]!)));
  });
  return out;
}
