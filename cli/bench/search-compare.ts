/**
 * node cli/bench/search-compare.ts FULL_DIST BARE_DIST [ROUNDS]
 *
 * Measures the search of two built sites side by side (a kept bench
 * workspace: `npm run bench -- --cases N --keep`, then its full/dist and
 * bare/dist): our search page (`page` mode of search-cost.ts) and bare
 * Pagefind (`pagefind` mode), in alternating rounds, so that a busy machine
 * slows both alike. Prints one JSON line: per site, the median over the
 * bench's queries of each query's median over the rounds (KiB are the same
 * every round), the worst query, and every query's figures.
 */
import { loadavg } from 'node:os';
import { benchQueries, searchCost, type SearchCost } from './search-cost.ts';

const [full, bare, roundsArg] = process.argv.slice(2);
if (!full || !bare) {
  console.error('Usage: node cli/bench/search-compare.ts FULL_DIST BARE_DIST [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 3);
const queries = benchQueries();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const runs: Record<'full' | 'bare', SearchCost[]> = { full: [], bare: [] };
const load: number[] = [];
for (let round = 0; round < rounds; round++) {
  load.push(loadavg()[0]!);
  runs.full.push(await searchCost(full, queries, 'page'));
  runs.bare.push(await searchCost(bare, queries, 'pagefind'));
}

const summary = (costs: SearchCost[]) => {
  const perQuery = queries.map((q, i) => ({
    q,
    kib: costs[0]!.perQuery[i]!.kib,
    ms: median(costs.map((c) => c.perQuery[i]!.ms)),
  }));
  const worstKiB = perQuery.reduce((a, b) => (b.kib > a.kib ? b : a));
  const worstMs = perQuery.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    initKiB: Math.round(costs[0]!.initKiB),
    kibPerQuery: median(perQuery.map((p) => p.kib)),
    msPerQuery: median(perQuery.map((p) => p.ms)),
    worstKiB,
    worstMs,
    perQuery,
  };
};
console.log(
  JSON.stringify({
    rounds,
    loadAverage: load.map((l) => Math.round(l * 10) / 10),
    full: summary(runs.full),
    bare: summary(runs.bare),
  }),
);
