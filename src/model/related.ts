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

const byScoreThenId = (a: Related, b: Related) =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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
 * took most of a 10,000-case build).
 * - Keyword points are counted from per-keyword lists of cases, so only cases
 *   sharing or nearly sharing a keyword, or the source, are visited.
 * - Every other case scores by region alone (3 county, 2 city, 1 province,
 *   0 none); among equal scores the smallest ids come first, so only the first
 *   MAX_RELATED of each region tier, in id order, can make the list, and a
 *   tier is skipped when MAX_RELATED better cases are already found.
 * - The best MAX_RELATED are kept as they come, not sorted at the end.
 */
export function relatedIndex(all: RelatedInput[]): Map<string, Related[]> {
  const n = all.length;
  const inIdOrder = all
    .map((_, i) => i)
    .sort((a, b) => (all[a]!.id < all[b]!.id ? -1 : all[a]!.id > all[b]!.id ? 1 : 0));
  const idRank = new Int32Array(n);
  inIdOrder.forEach((i, rank) => (idRank[i] = rank));

  /** Lists of case indexes by a key, each in id order. */
  const group = (keysOf: (c: RelatedInput) => Iterable<string>) => {
    const groups = new Map<string, number[]>();
    for (const i of inIdOrder) {
      for (const key of keysOf(all[i]!)) {
        const list = groups.get(key);
        if (list) list.push(i);
        else groups.set(key, [i]);
      }
    }
    return groups;
  };
  const byKeyword = group((c) => new Set(c.keywords));
  const bySource = group((c) => [c.source]);
  const byProvince = group((c) => [c.regionCode.slice(0, 2)]);
  const byCity = group((c) =>
    c.regionCode.slice(2, 4) === '00' ? [] : [c.regionCode.slice(0, 4)],
  );
  const byCounty = group((c) =>
    c.regionCode.slice(2, 4) === '00' || c.regionCode.slice(4) === '00' ? [] : [c.regionCode],
  );
  const keywordSets = all.map((c) => new Set(c.keywords));
  /** How many times each case lists a keyword (the schema forbids repeats; relate counts them if any). */
  const times = (j: number, keyword: string) => {
    let count = 0;
    for (const k of all[j]!.keywords) if (k === keyword) count++;
    return count;
  };

  const similarTo = new Map<string, string[]>();
  const similar = (a: string) => {
    let list = similarTo.get(a);
    if (!list) {
      list = [...byKeyword.keys()].filter((b) => similarKeywords(a, b));
      similarTo.set(a, list);
    }
    return list;
  };

  const points = new Int32Array(n);
  const touched: number[] = [];
  const visited = new Uint8Array(n);
  const add = (j: number, value: number) => {
    if (!visited[j]) {
      visited[j] = 1;
      touched.push(j);
    }
    points[j] += value;
  };

  const out = new Map<string, Related[]>();
  for (let i = 0; i < n; i++) {
    const one = all[i]!;
    // Keyword points: 4 per shared keyword, 1 per pair of similar keywords (a not carried by the other case).
    for (const a of one.keywords) {
      for (const j of byKeyword.get(a) ?? []) add(j, 4);
      for (const b of similar(a))
        for (const j of byKeyword.get(b) ?? []) if (!keywordSets[j]!.has(a)) add(j, times(j, b));
    }
    for (const j of bySource.get(one.source) ?? []) add(j, 0);

    // The best MAX_RELATED so far, by score then id.
    const best: { j: number; score: number }[] = [];
    const offer = (j: number, score: number) => {
      if (best.length === MAX_RELATED) {
        const last = best[MAX_RELATED - 1]!;
        if (score < last.score || (score === last.score && idRank[j]! > idRank[last.j]!)) return;
        best.pop();
      }
      let at = best.length;
      while (
        at > 0 &&
        (best[at - 1]!.score < score ||
          (best[at - 1]!.score === score && idRank[best[at - 1]!.j]! > idRank[j]!))
      )
        at--;
      best.splice(at, 0, { j, score });
    };
    for (const j of touched) {
      if (j === i) continue;
      const other = all[j]!;
      const sameRegion = regionMatch(one.regionCode, other.regionCode);
      offer(
        j,
        points[j]! +
          (sameRegion ? regionScore[sameRegion] : 0) +
          (one.source === other.source ? 1 : 0),
      );
    }

    // Cases with no keyword or source in common: their region tier is their score.
    const tier = (list: number[] | undefined, level: Related['sameRegion'], score: number) => {
      if (best.length === MAX_RELATED && best[MAX_RELATED - 1]!.score > score) return;
      let taken = 0;
      for (const j of list ?? []) {
        if (taken === MAX_RELATED) break;
        if (j === i || visited[j] || regionMatch(one.regionCode, all[j]!.regionCode) !== level)
          continue;
        offer(j, score);
        taken++;
      }
    };
    const code = one.regionCode;
    if (code.slice(2, 4) !== '00') {
      tier(byCounty.get(code), 'county', regionScore.county);
      tier(byCity.get(code.slice(0, 4)), 'city', regionScore.city);
    }
    tier(byProvince.get(code.slice(0, 2)), 'province', regionScore.province);
    if (best.length < MIN_RELATED) tier(inIdOrder, undefined, 0);

    for (const j of touched) {
      points[j] = 0;
      visited[j] = 0;
    }
    touched.length = 0;

    const strong = best.filter((r) => r.score >= STRONG);
    const chosen =
      strong.length >= MIN_RELATED ? strong : best.slice(0, Math.max(strong.length, MIN_RELATED));
    out.set(
      one.id,
      chosen.map((r) => relate(one, all[r.j]!)),
    );
  }
  return out;
}
