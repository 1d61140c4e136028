/**
 * Searching the case index from the browser: Pagefind's JS API with our own
 * rules on top.
 * - The query and filter values are folded into the page's script with
 *   `foldQuery` (src/lib/script.ts), so either script finds the same cases.
 * - Keywords are whole tokens: when the folded query equals or starts a
 *   published keyword, the cases filed under that keyword are merged in
 *   first, whatever the segmenter made of the body text.
 * - Facet counts are disjunctive: each facet counts as if its own choice were
 *   not made, so a reader can see how many cases other provinces have.
 */
import { foldQuery, type FoldHints, type Script } from '../script.ts';
import { facetParams, facets, type FacetParam, type SearchState } from './state.ts';

/** Counts per filter value, per filter: `{ province: { 宁夏回族自治区: 10 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;
type Filters = Record<string, unknown>;

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
/** The part of Pagefind's `pagefind.js` API we use. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}

/** One case found. `keyword`: found because the query is one of its keywords. */
export interface Hit {
  id: string;
  keyword: boolean;
  data: () => Promise<ResultData>;
}

export interface Outcome {
  /** The state as searched: query and values folded into the page's script, values matched to the index. */
  folded: SearchState;
  hits: Hit[];
  /** Counts for each facet, in the facet's URL parameter. */
  counts: Record<FacetParam, Record<string, number>>;
  /** Published keywords the query equals or starts. */
  keywords: string[];
}

/** Loads Pagefind from the built site (never bundled: it comes with the index it reads). */
export async function loadPagefind(bundlePath: string): Promise<PagefindApi> {
  const url = `${bundlePath}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pagefind.options({ excerptLength: 40 });
  await pagefind.init();
  return pagefind;
}

/** Folds a text the reader typed (query or filter value) for a script's index. */
export const foldText = (text: string, script: Script, hints: FoldHints) => foldQuery(text.trim(), script, hints);

export class SearchEngine {
  readonly pagefind: PagefindApi;
  readonly script: Script;
  readonly hints: FoldHints;
  /** Every filter value in the index with its count. */
  readonly all: FilterCounts;
  constructor(pagefind: PagefindApi, script: Script, hints: FoldHints, all: FilterCounts) {
    this.pagefind = pagefind;
    this.script = script;
    this.hints = hints;
    this.all = all;
  }

  static async load(script: Script, hints: FoldHints, bundlePath = '/pagefind/'): Promise<SearchEngine> {
    const pagefind = await loadPagefind(bundlePath);
    return new SearchEngine(pagefind, script, hints, await pagefind.filters());
  }

  /** Values of a facet in the index, most frequent first. */
  values(facet: FacetParam): string[] {
    const counts = this.all[facets[facet]] ?? {};
    return Object.keys(counts).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'zh'));
  }

  /** Folds the state's texts into the page's script and matches filter values to the index (宁夏 → 宁夏回族自治区). */
  async fold(state: SearchState): Promise<SearchState> {
    const folded = { ...state, q: await foldText(state.q, this.script, this.hints) };
    for (const facet of facetParams) {
      if (!state[facet]) continue;
      const value = await foldText(state[facet], this.script, this.hints);
      const known = Object.keys(this.all[facets[facet]] ?? {});
      const starting = known.filter((k) => k.startsWith(value));
      folded[facet] = known.includes(value) ? value : starting.length === 1 ? starting[0]! : value;
    }
    return folded;
  }

  /** Published keywords that the query equals or starts (`包容审慎` → 包容审慎, 包容审慎监管). */
  keywordsFor(query: string): string[] {
    const text = query.replace(/["\s]/g, '');
    if ([...text].length < 2) return [];
    return Object.keys(this.all.keyword ?? {}).filter((k) => k.startsWith(text));
  }

  /** Runs a search for a state (as typed; it is folded here). */
  async run(state: SearchState): Promise<Outcome> {
    const folded = await this.fold(state);
    const term = folded.q || null;
    const keywords = term ? this.keywordsFor(term) : [];
    const sort = folded.sort === 'date' ? ({ date: 'desc' } as const) : undefined;
    const filters = filtersOf(folded);
    const main = await this.union(term, keywords, filters, sort);
    const counts = {} as Outcome['counts'];
    for (const facet of facetParams) {
      if (!folded[facet]) counts[facet] = main.counts[facets[facet]] ?? {};
      else {
        const { [facets[facet]]: _mine, ...others } = filters;
        counts[facet] = (await this.union(term, keywords, others, undefined)).counts[facets[facet]] ?? {};
      }
    }
    return { folded, hits: main.hits, counts, keywords };
  }

  /** Text matches ∪ cases filed under the matched keywords, with their filter counts. */
  private async union(
    term: string | null,
    keywords: string[],
    filters: Filters,
    sort: Record<string, 'asc' | 'desc'> | undefined,
  ): Promise<{ hits: Hit[]; counts: FilterCounts }> {
    if (term === null && Object.keys(filters).length === 0) return { hits: [], counts: this.all };
    const text = await this.search(term, { filters, sort });
    if (keywords.length === 0) return { hits: text.results.map((r) => hit(r, false)), counts: text.filters };

    const byKeyword = await this.search(null, { filters: withKeywords(filters, keywords), sort });
    const keywordIds = new Set(byKeyword.results.map((r) => r.id));
    const textIds = new Set(text.results.map((r) => r.id));
    const extras = byKeyword.results.filter((r) => !textIds.has(r.id));
    let hits: Hit[];
    if (sort) {
      // One date order for both lists: the filter-only search sorted by date.
      const order = await this.search(null, { filters, sort });
      const union = new Map([...text.results, ...extras].map((r) => [r.id, r]));
      hits = order.results.filter((r) => union.has(r.id)).map((r) => hit(union.get(r.id)!, keywordIds.has(r.id)));
    } else {
      hits = [
        ...text.results.filter((r) => keywordIds.has(r.id)).map((r) => hit(r, true)),
        ...extras.map((r) => hit(r, true)),
        ...text.results.filter((r) => !keywordIds.has(r.id)).map((r) => hit(r, false)),
      ];
    }
    // The extras are few (cases the text search missed): count their filter values from their data.
    const counts = structuredClone(text.filters);
    for (const extra of await Promise.all(extras.map((r) => r.data()))) {
      for (const [name, values] of Object.entries(extra.filters)) {
        const facet = (counts[name] ??= {});
        for (const value of values) facet[value] = (facet[value] ?? 0) + 1;
      }
    }
    return { hits, counts };
  }

  private async search(term: string | null, options: Parameters<PagefindApi['search']>[1]): Promise<PagefindResponse> {
    const response = await this.pagefind.search(term, options);
    return response ?? { results: [], filters: {} };
  }
}

const hit = (result: PagefindResult, keyword: boolean): Hit => ({ id: result.id, keyword, data: () => result.data() });

/** Pagefind filters for the state's facets. */
function filtersOf(state: SearchState): Filters {
  const filters: Filters = {};
  for (const facet of facetParams) if (state[facet]) filters[facets[facet]] = state[facet];
  return filters;
}

/** The filters, narrowed to cases having one of the keywords. */
function withKeywords(filters: Filters, keywords: string[]): Filters {
  const { keyword: chosen, ...others } = filters;
  if (chosen === undefined) return { ...others, keyword: { any: keywords } };
  // A keyword is already chosen: the case must have it and one of the matched keywords.
  return { ...others, all: [{ keyword: chosen }, { keyword: { any: keywords } }] };
}
