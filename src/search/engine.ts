/**
 * Searching the case index from the browser: Pagefind's JS API for the text,
 * the facet table (facets.ts) for everything else, with our own rules on top.
 * - One index holds the simplified case pages. The query is folded to
 *   simplified for it, and to the page's script for the keywords and filter
 *   values (the page's facet table), with `foldQuery` (src/i18n/fold-query.ts), so
 *   either script finds the same cases on either page.
 * - On the traditional page, results (titles, places, excerpts, sections and
 *   their links) are shown in traditional script (display.ts).
 * - Keywords are whole tokens: when the folded query equals or starts a
 *   published keyword, the cases filed under that keyword are merged in
 *   first, whatever the segmenter made of the body text.
 * - Filters, facet counts and the date sort come from the facet table: the
 *   index has no Pagefind filters (they cost 300 ms a query with 10,000 cases).
 *   Counts are disjunctive: each facet counts as if its own choice were not
 *   made, so a reader can see how many cases other provinces have.
 */
import type { Script } from '../i18n/script.ts';
import { foldQuery, type FoldHints } from '../i18n/fold-query.ts';
import { displayExcerpt, loadDisplayText, type DisplayText } from './display.ts';
import {
  Facets,
  facetTableFile,
  type Chosen,
  type FacetCounts,
  type FacetTable,
} from './facets.ts';
import { facetParams, type FacetParam, type SearchState } from './state.ts';
import { decodeFragment, type Fragment } from './fragment.ts';
import { pagefindPath, twinPath } from '../site/routes.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
/** The part of Pagefind's `pagefind.js` API we use. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null): Promise<PagefindResponse | null>;
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
  counts: FacetCounts;
  /** Published keywords the query equals or starts. */
  keywords: string[];
}

/** One collator for every sort of values (`localeCompare(b, 'zh')` would look one up for each comparison). */
export const collator = new Intl.Collator('zh');

/** How many words an excerpt has (Pagefind's `excerptLength`, also used for our own excerpts). */
const excerptLength = 40;

/** Loads Pagefind from the built site (never bundled: it comes with the index it reads). */
export async function loadPagefind(bundlePath: string): Promise<PagefindApi> {
  const url = `${bundlePath}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  // The index holds the pages' paths with the site's base (src/site/routes.ts): Pagefind must not add it again.
  await pagefind.options({ excerptLength, baseUrl: '/' });
  await pagefind.init();
  return pagefind;
}

/** Loads a script's facet table from the Pagefind bundle. */
export async function loadFacets(bundlePath: string, script: Script): Promise<Facets> {
  const response = await fetch(`${bundlePath}${facetTableFile(script)}`);
  if (!response.ok) throw new Error(`${response.status} fetching the facet table`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Gzipped, unless the host sent it with Content-Encoding: gzip and the browser already unzipped it.
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new Facets(
    JSON.parse(new TextDecoder().decode(gzipped ? await gunzip(bytes) : bytes)) as FacetTable,
  );
}

/** Unzips gzip bytes with the browser's own DecompressionStream. */
async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Folds a text the reader typed (query or filter value) to simplified, the script of the index. */
export const foldText = (text: string, hints: FoldHints) => foldQuery(text.trim(), hints);

export class SearchEngine {
  readonly pagefind: PagefindApi;
  readonly facets: Facets;
  readonly script: Script;
  /** Fold hints for simplified, the script of the index. */
  readonly hints: FoldHints;
  readonly bundlePath: string;
  /** Converts result texts into the page's script. */
  readonly display: DisplayText;
  /** Every facet value with its number of cases. */
  readonly all: FacetCounts;
  constructor(
    pagefind: PagefindApi,
    facets: Facets,
    script: Script,
    hints: FoldHints,
    bundlePath = pagefindPath,
    display: DisplayText = (t) => t,
  ) {
    this.pagefind = pagefind;
    this.facets = facets;
    this.script = script;
    this.hints = hints;
    this.bundlePath = bundlePath;
    this.display = display;
    this.all = facets.filter(facets.all(), {}).counts;
  }

  static async load(
    script: Script,
    hints: FoldHints,
    bundlePath = pagefindPath,
  ): Promise<SearchEngine> {
    const [pagefind, facets, display] = await Promise.all([
      loadPagefind(bundlePath),
      loadFacets(bundlePath, script),
      loadDisplayText(script, bundlePath),
    ]);
    return new SearchEngine(pagefind, facets, script, hints, bundlePath, display);
  }

  /** Values of a facet in the index, most frequent first. */
  values(facet: FacetParam): string[] {
    const counts = this.all[facet];
    return Object.keys(counts).sort(
      (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b),
    );
  }

  /**
   * A text the reader typed, in simplified script (the index's). Either
   * script's text is folded with foldQuery; a simplified query loads no table.
   */
  toIndex(text: string): Promise<string> {
    return foldText(text, this.hints);
  }

  /**
   * A text the reader typed, in the page's script (its keywords and filter
   * values), from the text folded to simplified: on the traditional page,
   * converted with the table of the corpus. Any text that can match a keyword
   * or a value is a piece of the corpus, which that table converts exactly as
   * the full converter would (src/i18n/recorded-table.ts, recordingToHant).
   */
  private inPageScript(simplified: string): string {
    return this.script === 'zh-hans' ? simplified : this.display(simplified);
  }

  /**
   * Folds the state's texts into the page's script and matches filter values
   * to the index (宁夏 → 宁夏回族自治区); `indexQuery` is the query in
   * simplified, for the index.
   */
  async fold(state: SearchState): Promise<{ folded: SearchState; indexQuery: string }> {
    const indexQuery = await this.toIndex(state.q);
    const folded = { ...state, q: this.inPageScript(indexQuery) };
    for (const facet of facetParams) {
      if (!state[facet]) continue;
      const value = this.inPageScript(await this.toIndex(state[facet]));
      const known = this.facets.values(facet);
      const starting = known.filter((k) => k.startsWith(value));
      folded[facet] = known.includes(value) ? value : starting.length === 1 ? starting[0]! : value;
    }
    return { folded, indexQuery };
  }

  /** Published keywords that the query equals or starts (`包容审慎` → 包容审慎, 包容审慎监管). */
  keywordsFor(query: string): string[] {
    const text = query.replace(/["\s]/g, '');
    if ([...text].length < 2) return [];
    return this.facets.values('keyword').filter((k) => k.startsWith(text));
  }

  /** Runs a search for a state (as typed; it is folded here). */
  async run(state: SearchState): Promise<Outcome> {
    const { folded, indexQuery } = await this.fold(state);
    const term = folded.q || null;
    const keywords = term ? this.keywordsFor(term) : [];
    const chosen: Chosen = {};
    for (const facet of facetParams)
      if (folded[facet]) chosen[facet] = this.facets.valueIndex(facet, folded[facet]);
    if (term === null && Object.keys(chosen).length === 0)
      return { folded, hits: [], counts: this.all, keywords };

    // The candidates in relevance order: keyword cases the text search found, keyword cases it missed, the other text matches.
    const results = new Map<number, PagefindResult>();
    let candidates: number[];
    let filed = new Set<number>();
    if (term === null) candidates = this.facets.all();
    else {
      // Every indexed page is a case page in the table; a result that is not (a stale index) is left out.
      for (const result of (await this.pagefind.search(indexQuery))?.results ?? []) {
        const i = this.facets.caseOf(result.id);
        if (i !== undefined && !results.has(i)) results.set(i, result);
      }
      const text = [...results.keys()];
      filed = this.facets.casesWith(
        'keyword',
        keywords.map((k) => this.facets.valueIndex('keyword', k)),
      );
      candidates = [
        ...text.filter((i) => filed.has(i)),
        ...[...filed].filter((i) => !results.has(i)),
        ...text.filter((i) => !filed.has(i)),
      ];
    }
    const { matching, counts } = this.facets.filter(candidates, chosen);
    const ordered = folded.sort === 'date' ? this.facets.byDate(matching) : matching;
    const hits = ordered.map((i): Hit => {
      const result = results.get(i);
      const id = this.facets.hashOf(i);
      const load = result ? async () => ownText(await result.data()) : () => this.fragment(id);
      return {
        id,
        keyword: filed.has(i),
        data: once(async () => inScript(await load(), this.script, this.display)),
      };
    });
    return { folded, hits, counts, keywords };
  }

  /**
   * The result data of a case the text search did not find (filed under a
   * keyword, or found by filters alone): its Pagefind fragment, loaded as
   * pagefind.js does (gzip, then a signature), with an excerpt from the
   * start of the case's own text (its first heading on).
   */
  private async fragment(hash: string): Promise<ResultData> {
    const response = await fetch(`${this.bundlePath}fragment/${hash}.pf_fragment`);
    if (!response.ok) throw new Error(`${response.status} fetching the fragment ${hash}`);
    const fragment = await decodeFragment(new Uint8Array(await response.arrayBuffer()), gunzip);
    return resultOf(fragment, excerptLength);
  }
}

/**
 * A text match whose terms are in no section of the case (only in its title,
 * or in the region and keyword words the index holds before the first
 * heading): Pagefind's page excerpt would show those words, so the excerpt is
 * the start of the case's own text instead, as for a fragment (`resultOf`).
 */
function ownText(data: ResultData & Partial<Fragment>): ResultData {
  const inSection = data.sub_results.some(
    (s) => s.url.includes('#') && s.excerpt.includes('<mark>'),
  );
  if (inSection || typeof data.content !== 'string' || !Array.isArray(data.anchors)) return data;
  return { ...data, excerpt: resultOf(data as Fragment, excerptLength).excerpt };
}

/**
 * A result as the page shows it: on the traditional page, its texts converted
 * and its links pointing at the traditional twins (same path and anchor).
 */
export function inScript(data: ResultData, script: Script, display: DisplayText): ResultData {
  if (script === 'zh-hans') return data;
  // The same page in the page's script, under the site's base.
  const url = twinPath;
  const excerpt = (html: string) =>
    displayExcerpt(html, display)
      .map(([text, marked]) => (marked ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text)))
      .join('');
  const meta = Object.fromEntries(
    Object.entries(data.meta).map(([name, value]) => [
      name,
      value === undefined ? value : display(value),
    ]),
  );
  return {
    url: url(data.url),
    excerpt: excerpt(data.excerpt),
    meta,
    sub_results: data.sub_results.map((sub) => ({
      title: display(sub.title),
      url: url(sub.url),
      excerpt: excerpt(sub.excerpt),
    })),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A function that runs once: later calls get the first call's promise (a hit's data is loaded once). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** Result data for a fragment without search terms: the first words of the case's own text, no sections. */
export function resultOf(fragment: Fragment, length: number): ResultData {
  const content = fragment.content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const zws = content.includes('\u200B');
  const words = zws ? content.split('\u200B') : content.split(/[^\S\uFEFF]+/);
  const headings = fragment.anchors.filter((a) => /^h\d$/i.test(a.element)).map((a) => a.location);
  const start = headings.length > 0 ? Math.min(...headings) : 0;
  const excerpt = words
    .slice(start, start + length)
    .join(zws ? '' : ' ')
    .trim();
  return { url: fragment.url, excerpt, meta: fragment.meta, sub_results: [] };
}
