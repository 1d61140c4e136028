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

/** Related cases for every case at once: `Map<id, Related[]>`. */
export function relatedIndex(all: RelatedInput[]): Map<string, Related[]> {
  return new Map(all.map((one) => [one.id, relatedCases(one, all)]));
}
