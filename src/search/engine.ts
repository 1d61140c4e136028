/**
 * Searching the cases from the browser, exactly: a case is listed if and
 * only if its text holds every term of the query, after folding script,
 * width and spaces (fold.ts, query.ts).
 * - The gram index (gram-format.ts, gram-lookup.ts) says which cases hold a
 *   term, in which parts, how often and where first, without reading the
 *   cases: a query loads one chunk per gram it needs.
 * - The facet table (facets.ts) filters, counts and sorts by date: no
 *   request per query. Counts are disjunctive: each facet counts as if its
 *   own choice were not made, so a reader can see how many cases other
 *   provinces have.
 * - Only the results drawn load their Pagefind fragment (the case's title,
 *   headings and numbered paragraphs), from which the paragraphs holding the
 *   query are listed with their excerpts (excerpts.ts); on the traditional
 *   page, shown in traditional script (display.ts).
 * - Ranking: the whole phrase in the title or keywords (in both first, then
 *   in the keywords, then in the title), then the phrase in the body, then the
 *   cases that have every term but not as one phrase; within each, more
 *   occurrences first, then the earlier first occurrence.
 * - Pagefind's own search, which matches any piece of the query, is loaded
 *   only when the reader asks for the near matches of a query no case holds
 *   (`partial`).
 */
import type { Script } from '../i18n/script.ts';
import type { SearchFoldTable } from '../i18n/search-fold.ts';
import {
  displayExcerpt,
  displayPieces,
  loadDisplayText,
  type DisplayText,
  type MarkedText,
} from './display.ts';
import { excerptOf, findTerms, paragraphHits } from './excerpts.ts';
import {
  Facets,
  facetTableFile,
  type Chosen,
  type FacetCounts,
  type FacetTable,
} from './facets.ts';
import { searchFolder, type SearchFold } from './fold.ts';
import type { CaseStat } from './gram-format.ts';
import { GramIndex, type LoadBytes } from './gram-lookup.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import {
  bodyBlocksOf,
  bodyScope,
  scopeMask,
  sectionBit,
  type Anchor,
  type SearchScope,
} from './sections.ts';
import { facetParams, type FacetParam, type SearchState } from './state.ts';
import { caseIdOfPath, casePath, paragraphPath } from '../site/routes.ts';
import { decodeFragment, type Fragment } from './fragment.ts';

/** One case found. */
export interface Hit {
  /** The fragment hash of its page. */
  id: string;
  /** 1: the phrase in its title or keywords; 2: in its text; 3: every term, not as one phrase. 0: no query (filters only). */
  tier: 0 | 1 | 2 | 3;
  /** The phrase is in its keywords. */
  keyword: boolean;
  data: () => Promise<HitView>;
}

/** A paragraph of a result: `第N段`, its link and its excerpt. */
export interface ParagraphView {
  number: number;
  url: string;
  excerpt: MarkedText;
}

/** A result as the page draws it, in the page's script. */
export interface HitView {
  url: string;
  title: MarkedText;
  region?: string;
  date?: string;
  /** The paragraphs that hold the query, in page order. */
  paragraphs: ParagraphView[];
  /** When no paragraph holds the query: the start of the case's text. */
  excerpt: MarkedText;
}

export interface Outcome {
  /** The state as searched: filter values matched to the facet table. */
  folded: SearchState;
  query: ParsedQuery;
  hits: Hit[];
  /** Counts for each facet, in the facet's URL parameter. */
  counts: FacetCounts;
}

/** One collator for every sort of values (`localeCompare(b, 'zh')` would look one up for each comparison). */
export const collator = new Intl.Collator('zh');

/**
 * Unzips gzip bytes with the browser's own DecompressionStream, written to
 * directly: a Blob's stream() costs about 2 ms a file in Chromium (its bytes
 * go through the blob registry), the writer 0.1 ms.
 */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  // Not awaited: the reader below starts at once and drains the stream. A corrupt file rejects
  // both; the reader's rejection is the one reported.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Fetches a file of the Pagefind bundle; gzipped ones are unzipped (unless the host already did). */
export function bundleLoader(bundlePath: string): LoadBytes {
  return async (path, gzipped) => {
    const response = await fetch(`${bundlePath}${path}`);
    if (!response.ok) throw new Error(`${response.status} fetching ${path}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return gzipped && isGzip(bytes) ? gunzip(bytes) : bytes;
  };
}

/** Loads a script's facet table from the Pagefind bundle. */
export async function loadFacets(load: LoadBytes, script: Script): Promise<Facets> {
  const bytes = await load(facetTableFile(script), true);
  return new Facets(JSON.parse(new TextDecoder().decode(bytes)) as FacetTable);
}

/** A Pagefind fragment, loaded as pagefind.js does (gzip, then a signature, then JSON), from its part's folder. */
async function loadFragment(load: LoadBytes, folder: string, hash: string): Promise<Fragment> {
  return decodeFragment(await load(`${folder}fragment/${hash}.pf_fragment`, false), gunzip);
}

/** The part of Pagefind's `pagefind.js` API the near matches use. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{
    results: { id: string; data(): Promise<PagefindResult> }[];
  } | null>;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

export class SearchEngine {
  readonly facets: Facets;
  readonly grams: GramIndex;
  readonly searchFold: SearchFold;
  readonly script: Script;
  readonly bundlePath: string;
  /** Converts result texts into the page's script. */
  readonly display: DisplayText;
  /** Every facet value with its number of cases. */
  readonly all: FacetCounts;
  private readonly load: LoadBytes;
  private pagefind: Promise<PagefindApi> | undefined;

  constructor(options: {
    facets: Facets;
    grams: GramIndex;
    fold: SearchFold;
    script: Script;
    bundlePath: string;
    display?: DisplayText;
    load?: LoadBytes;
  }) {
    this.facets = options.facets;
    this.grams = options.grams;
    this.searchFold = options.fold;
    this.script = options.script;
    this.bundlePath = options.bundlePath;
    this.display = options.display ?? ((t) => t);
    this.load = options.load ?? bundleLoader(options.bundlePath);
    this.all = this.facets.filter(this.facets.all(), {}).counts;
    if (this.grams.meta.cases !== this.facets.size)
      throw new Error(
        `the gram index has ${this.grams.meta.cases} cases, the facet table ${this.facets.size}`,
      );
  }

  /** Loads the facet table of the page's script, the gram index and, on the traditional page, its conversion table. */
  static async load(
    script: Script,
    table: SearchFoldTable,
    bundlePath: string,
  ): Promise<SearchEngine> {
    const load = bundleLoader(bundlePath);
    const [facets, grams, display] = await Promise.all([
      loadFacets(load, script),
      GramIndex.open(load),
      loadDisplayText(script, bundlePath),
    ]);
    return new SearchEngine({
      facets,
      grams,
      fold: searchFolder(table),
      script,
      bundlePath,
      display,
      load,
    });
  }

  /** Values of a facet in the index, most frequent first. */
  values(facet: FacetParam): string[] {
    const counts = this.all[facet];
    return Object.keys(counts).sort(
      (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b),
    );
  }

  /**
   * Matches the filter values of a state to the facet table, folded as
   * search folds (宁夏 → 宁夏回族自治区, or 寧夏回族自治區 on the
   * traditional page, whatever the script of the URL): the value itself, or
   * the one value it starts.
   */
  fold(state: SearchState): SearchState {
    const folded = { ...state };
    for (const facet of facetParams) {
      if (!state[facet]) continue;
      const wanted = this.searchFold(state[facet]);
      const known = this.facets.values(facet);
      const same = known.find((k) => this.searchFold(k) === wanted);
      const starting = known.filter((k) => this.searchFold(k).startsWith(wanted));
      folded[facet] = same ?? (starting.length === 1 ? starting[0]! : state[facet]);
    }
    return folded;
  }

  /** The chosen value of each filter, as table indexes. */
  private chosen(folded: SearchState): Chosen {
    const chosen: Chosen = {};
    for (const facet of facetParams)
      if (folded[facet]) chosen[facet] = this.facets.valueIndex(facet, folded[facet]);
    return chosen;
  }

  /** Runs a search for a state (as typed; it is folded here). */
  async run(state: SearchState): Promise<Outcome> {
    const folded = this.fold(state);
    const query = parseQuery(state.q, this.searchFold);
    const chosen = this.chosen(folded);
    const scope = state.in as SearchScope;
    if (query.terms.length === 0) {
      if (Object.keys(chosen).length === 0 || query.problem === 'punctuation')
        return { folded, query, hits: [], counts: this.all };
      // Filters alone: every case that has them, in table order.
      const { matching, counts } = this.facets.filter(this.facets.all(), chosen);
      const ordered = folded.sort === 'date' ? this.facets.byDate(matching) : matching;
      return {
        folded,
        query,
        hits: ordered.map((i) => this.hit(i, 0, false, query, scope)),
        counts,
      };
    }

    const allowed = scopeMask(scope);
    const terms = query.terms.map((t) => t.folded);
    const [found, phrase] = await Promise.all([
      Promise.all(terms.map((t) => this.grams.find(t))),
      terms.length > 1 ? this.grams.find(query.phrase) : undefined,
    ]);
    const whole = phrase ?? found[0]!;
    const inParts = (stat: CaseStat | undefined) =>
      stat !== undefined && (stat.parts & allowed) !== 0;
    const titleOrKeywords = sectionBit('title') | sectionBit('keywords');
    const ranked: {
      i: number;
      tier: 1 | 2 | 3;
      keyword: boolean;
      title: boolean;
      occurrences: number;
      first: number;
    }[] = [];
    const smallest = found.reduce((a, b) => (b.size < a.size ? b : a));
    const keywordBit = sectionBit('keywords');
    const titleBit = sectionBit('title');
    // A common word is in thousands of cases: plain loops, no arrays per case.
    candidates: for (const i of smallest.keys()) {
      for (const f of found) if (!inParts(f.get(i))) continue candidates;
      const stat = whole.get(i);
      const parts = inParts(stat) ? stat!.parts & allowed : 0;
      const tier = parts & titleOrKeywords ? 1 : parts ? 2 : 3;
      let occurrences = 0;
      let first = Infinity;
      for (const s of tier === 3 ? found.map((f) => f.get(i)!) : [stat!]) {
        occurrences += s.occurrences;
        if (s.first < first) first = s.first;
      }
      ranked.push({
        i,
        tier,
        keyword: (parts & keywordBit) !== 0,
        title: (parts & titleBit) !== 0,
        occurrences,
        first,
      });
    }
    ranked.sort(
      (a, b) =>
        a.tier - b.tier ||
        // Within the first tier: in the keywords and the title, then the keywords, then the title.
        Number(b.keyword) - Number(a.keyword) ||
        Number(b.title) - Number(a.title) ||
        b.occurrences - a.occurrences ||
        a.first - b.first ||
        a.i - b.i,
    );
    const byCase = new Map(ranked.map((r) => [r.i, r]));
    const { matching, counts } = this.facets.filter(
      ranked.map((r) => r.i),
      chosen,
    );
    const ordered = folded.sort === 'date' ? this.facets.byDate(matching) : matching;
    const hits = ordered.map((i) => {
      const r = byCase.get(i)!;
      return this.hit(i, r.tier, r.keyword, query, scope);
    });
    return { folded, query, hits, counts };
  }

  /** A case found, whose data (its fragment) loads when it is drawn. */
  private hit(
    i: number,
    tier: Hit['tier'],
    keyword: boolean,
    query: ParsedQuery,
    scope: SearchScope,
  ): Hit {
    const id = this.facets.hashOf(i);
    return {
      id,
      tier,
      keyword,
      data: once(async () =>
        this.view(await loadFragment(this.load, this.facets.partFolderOf(i), id), query, scope),
      ),
    };
  }

  /** What a result shows of a case: its paragraphs that hold the terms, or the start of its text. */
  private view(fragment: Fragment, query: ParsedQuery, scope: SearchScope): HitView {
    const terms = query.terms.map((t) => t.folded);
    const blocks = bodyBlocksOf(fragment.anchors);
    const id = caseIdOfPath(fragment.url);
    const shown = (pieces: MarkedText) =>
      this.script === 'zh-hans' ? pieces : displayPieces(pieces, this.display);
    const paragraphs = paragraphHits(blocks, terms, bodyScope(scope), this.searchFold).map(
      ({ block, ranges }): ParagraphView => ({
        number: block.number,
        url: paragraphPath(this.script, id, block.number),
        excerpt: shown(excerptOf(block.text, ranges)),
      }),
    );
    const start = blocks.find((b) => b.kind === 'paragraph') ?? blocks[0];
    const text = start?.text ?? '';
    const title = fragment.meta.title ?? '';
    return {
      url: casePath(this.script, id),
      title: shown(excerptOfWhole(title, findTerms(title, terms, this.searchFold))),
      region: this.inScript(fragment.meta.region),
      date: fragment.meta.date,
      paragraphs,
      excerpt: paragraphs.length
        ? []
        : shown(excerptOf(text, findTerms(text, terms, this.searchFold))),
    };
  }

  private inScript(text: string | undefined) {
    return text === undefined || this.script === 'zh-hans' ? text : this.display(text);
  }

  /**
   * The near matches of a query no case holds: Pagefind's own search, which
   * lists cases that have some of its words, filtered like the results.
   * Loads Pagefind on first use; `toSimplified` converts the terms into the
   * script of its index.
   */
  async partial(
    state: SearchState,
    toSimplified: (text: string) => Promise<string>,
    limit = 10,
  ): Promise<Hit[]> {
    this.pagefind ??= (async () => {
      // An index in parts (index-parts.ts): the first part's pagefind.js, the others merged into it.
      const [first, ...others] = this.facets.partFolders();
      const url = `${this.bundlePath}${first}pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
      // The index holds the pages' paths with the site's base (src/site/routes.ts): Pagefind must not add it again.
      await pagefind.options({ excerptLength: 40, baseUrl: '/' });
      for (const folder of others)
        await pagefind.mergeIndex(`${this.bundlePath}${folder}`, { baseUrl: '/' });
      await pagefind.init();
      return pagefind;
    })();
    const pagefind = await this.pagefind;
    const query = parseQuery(state.q, this.searchFold);
    // Pagefind's index is of the simplified pages: the terms as typed, in simplified script.
    const text = await toSimplified(query.terms.map((t) => t.typed).join(' '));
    const results = (await pagefind.search(text))?.results ?? [];
    const byCase = new Map<number, (typeof results)[number]>();
    for (const r of results) {
      const i = this.facets.caseOf(r.id);
      if (i !== undefined && !byCase.has(i)) byCase.set(i, r);
    }
    const { matching } = this.facets.filter([...byCase.keys()], this.chosen(this.fold(state)));
    return matching.slice(0, limit).map((i) => {
      const result = byCase.get(i)!;
      return {
        id: result.id,
        tier: 3,
        keyword: false,
        data: once(async () => this.partialView(await result.data())),
      };
    });
  }

  /** A near match as the page draws it: Pagefind's excerpts, its paragraph sub-results as 第N段 links. */
  private partialView(data: PagefindResult): HitView {
    const id = caseIdOfPath(data.url);
    const pieces = (html: string) =>
      displayExcerpt(html, this.script === 'zh-hans' ? (t) => t : this.display);
    const paragraphs = data.sub_results.flatMap((sub): ParagraphView[] => {
      const number = Number(/#p(\d+)$/.exec(sub.url)?.[1]);
      return number
        ? [{ number, url: paragraphPath(this.script, id, number), excerpt: pieces(sub.excerpt) }]
        : [];
    });
    return {
      url: casePath(this.script, id),
      title: [[this.inScript(data.meta.title) ?? '', false]],
      region: this.inScript(data.meta.region),
      date: data.meta.date,
      paragraphs,
      excerpt: paragraphs.length ? [] : pieces(data.excerpt),
    };
  }
}

/** A whole short text (a title), its matches marked. */
function excerptOfWhole(text: string, ranges: readonly [number, number][]): MarkedText {
  const pieces: MarkedText = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) pieces.push([text.slice(at, from), false]);
    pieces.push([text.slice(from, to), true]);
    at = to;
  }
  if (at < text.length) pieces.push([text.slice(at), false]);
  return pieces;
}

/** A function that runs once: later calls get the first call's promise (a hit's data is loaded once). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
