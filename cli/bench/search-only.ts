/**
 * node cli/bench/search-only.ts DIST page|pagefind
 * Measures search cost on an already built site (a kept bench workspace), to
 * repeat the search figures when the machine is quiet without rebuilding.
 */
import { benchQueries, searchCost } from './search-cost.ts';

const [dist, mode] = process.argv.slice(2);
if (!dist || (mode !== 'page' && mode !== 'pagefind')) {
  console.error('Usage: node cli/bench/search-only.ts DIST_DIR page|pagefind');
  process.exit(2);
}
const queries = benchQueries();
const cost = await searchCost(dist, queries, mode);
console.log(
  JSON.stringify({
    initKiB: Math.round(cost.initKiB),
    kibPerQuery: Math.round(cost.kibPerQuery * 10) / 10,
    msPerQuery: Math.round(cost.msPerQuery),
    perQuery: cost.perQuery,
  }),
);
