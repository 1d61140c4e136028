/**
 * The facet table: what the search page needs to filter, count and sort the
 * cases Pagefind finds, without Pagefind filters (which made every query load
 * and intersect filter chunks: 387 ms instead of 82 ms with 10,000 cases).
 *
 * One gzipped JSON file per script, written at build time next to the index
 * (`/pagefind/facets-zh-hans.json.gz`, `facets-zh-hant.json.gz`; see
 * facet-table.ts), with the values in that script:
 *
 *     {
 *       "version": 1,
 *       "prefix": "zh-hans_",                    // common start of the fragment hashes
 *       "pages": ["0a2345f", …],                 // per case: its fragment hash, less the prefix
 *       "values": {                              // per facet: its values, most frequent first
 *         "region": ["宁夏回族自治区", …], "place": […], "keyword": […], "year": […], "source": […],
 *         "date": ["2025", "2025-10-29", …]      // dates ascending: a later date has a higher index
 *       },
 *       "cases": {                               // per facet, per case (in the order of "pages"):
 *         "region": [0, 0, 3, …],                //   the index of its value,
 *         "place": [[0, 4], 1, [], …],           //   or a list of indexes where it has not exactly one
 *         "keyword": [[2, 7, 9], …], "year": […], "source": […], "date": […]
 *       },
 *       "parts": 8,                              // only when the index is in parts (index-parts.ts):
 *       "part": [3, 0, 7, …]                     //   their number, and per case the part of its page
 *     }
 *
 * A Pagefind result's id is its fragment hash, so the page maps results to
 * cases with this table alone, before loading any result's data.
 * This module has no Node imports: the search page loads it.
 */
import { partFolder } from './index-parts.ts';
import { facetParams, type FacetParam } from './state.ts';

export const facetTableVersion = 1;

/** The table's columns: the facets, and the date (for sorting). */
export const tableColumns = [...facetParams, 'date'] as const;
export type TableColumn = (typeof tableColumns)[number];

export interface FacetTable {
  version: number;
  prefix: string;
  pages: string[];
  values: Record<TableColumn, string[]>;
  cases: Record<TableColumn, (number | number[])[]>;
  /** The number of parts of the index; absent: one. */
  parts?: number;
  /** Per case, the part its page is in; absent when the index is one part. */
  part?: number[];
}

/** A case page in the index: its fragment hash (`zh-hans_0a2345f`) and the part it is in. */
export interface IndexedPage {
  hash: string;
  part: number;
}

/** A case as the table needs it: its page URL and its values, in one script. */
export interface FacetCase {
  url: string;
  values: Record<FacetParam, string[]> & { date: string };
}

/**
 * The file name of a script's table, inside the Pagefind bundle directory. It
 * is gzipped, like Pagefind's own files, so that it stays small on a host
 * that does not compress JSON (the page unzips it with DecompressionStream).
 */
export const facetTableFile = (script: string) => `facets-${script}.json.gz`;

/**
 * Builds a script's table from its cases and the indexed page of each case
 * (page URL → fragment hash and part, e.g. `/zh-hans/cases/nx-2025-01/` →
 * `zh-hans_0a2345f` in part 3), for an index of `parts` parts.
 * Throws when a case has no indexed page: its search results could not be filtered.
 */
export function buildFacetTable(
  cases: FacetCase[],
  indexed: ReadonlyMap<string, IndexedPage>,
  parts = 1,
): FacetTable {
  const pages = cases.map((c) => {
    const page = indexed.get(c.url);
    if (!page) throw new Error(`facet table: no indexed page for ${c.url}`);
    return page;
  });
  const hashes = pages.map((p) => p.hash);
  const prefix = commonPrefix(hashes);
  const values = {} as FacetTable['values'];
  const columns = {} as FacetTable['cases'];
  for (const column of tableColumns) {
    const valuesOf = (c: FacetCase) => (column === 'date' ? [c.values.date] : c.values[column]);
    const frequency = new Map<string, number>();
    for (const c of cases)
      for (const value of new Set(valuesOf(c)))
        frequency.set(value, (frequency.get(value) ?? 0) + 1);
    const dictionary = [...frequency.keys()].sort(
      column === 'date'
        ? (a, b) => a.localeCompare(b)
        : (a, b) => frequency.get(b)! - frequency.get(a)! || a.localeCompare(b, 'zh'),
    );
    const index = new Map(dictionary.map((value, i) => [value, i]));
    values[column] = dictionary;
    columns[column] = cases.map((c) => {
      const indexes = [...new Set(valuesOf(c))].map((value) => index.get(value)!);
      return indexes.length === 1 ? indexes[0]! : indexes;
    });
  }
  return {
    version: facetTableVersion,
    prefix,
    pages: hashes.map((h) => h.slice(prefix.length)),
    values,
    cases: columns,
    ...(parts > 1 ? { parts, part: pages.map((p) => p.part) } : {}),
  };
}

/** The longest common start of the hashes, up to and including its last `_` (`zh-hans_`). */
function commonPrefix(hashes: string[]): string {
  if (hashes.length === 0) return '';
  let prefix = hashes[0]!.slice(0, hashes[0]!.lastIndexOf('_') + 1);
  for (const hash of hashes)
    while (!hash.startsWith(prefix))
      prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('_') + 1);
  return prefix;
}

/** Counts per value, per facet: `{ region: { 宁夏回族自治区: 10 }, … }`. */
export type FacetCounts = Record<FacetParam, Record<string, number>>;
/** The chosen value of each filtered facet, as its index in the table (-1: a value no case has). */
export type Chosen = Partial<Record<FacetParam, number>>;

/** The table in the browser: cases by fragment hash, their values, counts and dates. */
export class Facets {
  readonly size: number;
  private readonly table: FacetTable;
  private readonly byHash: Map<string, number>;
  /** Per column, per case: its value indexes. */
  private readonly columns: Record<TableColumn, number[][]>;

  constructor(table: FacetTable) {
    if (table.version !== facetTableVersion)
      throw new Error(`facet table version ${table.version}, expected ${facetTableVersion}`);
    this.table = table;
    this.size = table.pages.length;
    this.byHash = new Map(table.pages.map((page, i) => [table.prefix + page, i]));
    this.columns = Object.fromEntries(
      tableColumns.map((column) => [
        column,
        table.cases[column].map((v) => (typeof v === 'number' ? [v] : v)),
      ]),
    ) as Record<TableColumn, number[][]>;
  }

  /** The case whose page has this fragment hash (a Pagefind result id). */
  caseOf(hash: string): number | undefined {
    return this.byHash.get(hash);
  }

  /** The fragment hash of a case's page. */
  hashOf(i: number): string {
    return this.table.prefix + this.table.pages[i]!;
  }

  /** The number of parts of the index (index-parts.ts). */
  get parts(): number {
    return this.table.parts ?? 1;
  }

  /** The folder, in the bundle, of the part holding a case's page (`` or `part-3/`). */
  partFolderOf(i: number): string {
    return partFolder(this.table.part?.[i] ?? 0, this.parts);
  }

  /** The folders of the parts that hold pages, in part order. */
  partFolders(): string[] {
    const held = [...new Set(this.table.part ?? [0])].sort((a, b) => a - b);
    return held.map((part) => partFolder(part, this.parts));
  }

  /** The values of a facet, most frequent first. */
  values(facet: FacetParam): readonly string[] {
    return this.table.values[facet];
  }

  /** The index of a value of a facet, or -1. */
  valueIndex(facet: FacetParam, value: string): number {
    return this.table.values[facet].indexOf(value);
  }

  /** The cases having any of these values of a facet. */
  casesWith(facet: FacetParam, values: readonly number[]): Set<number> {
    const wanted = new Set(values);
    const found = new Set<number>();
    this.columns[facet].forEach((has, i) => {
      if (has.some((v) => wanted.has(v))) found.add(i);
    });
    return found;
  }

  /** A case's date rank: a later date ranks higher. */
  dateRank(i: number): number {
    return this.columns.date[i]![0] ?? -1;
  }

  /** Every case, in table order. */
  all(): number[] {
    return Array.from({ length: this.size }, (_, i) => i);
  }

  /**
   * Filters the candidates by the chosen values, and counts each facet's
   * values disjunctively: over the candidates matching every chosen value
   * except the facet's own, so a reader sees how many cases the other
   * provinces have. Returns the matching candidates in their order.
   */
  filter(
    candidates: readonly number[],
    chosen: Chosen,
  ): { matching: number[]; counts: FacetCounts } {
    // The filtered facets as indexes of facetParams, with the value chosen for each.
    const filtered = facetParams.flatMap((facet, f) =>
      chosen[facet] === undefined ? [] : [[f, chosen[facet]!] as const],
    );
    // One counter per value of each facet (typed arrays: a common word matches thousands of cases).
    const tally = facetParams.map((facet) => new Uint32Array(this.table.values[facet].length));
    const columns = facetParams.map((facet) => this.columns[facet]);
    const matching: number[] = [];
    for (const i of candidates) {
      // The facets whose chosen value the case lacks: it counts for a facet only if no other one fails.
      let failed = -1;
      let failures = 0;
      for (const [f, value] of filtered) {
        if (!columns[f]![i]!.includes(value)) {
          failed = f;
          if (++failures > 1) break;
        }
      }
      if (failures > 1) continue;
      if (failures === 0) {
        matching.push(i);
        for (let f = 0; f < columns.length; f++) for (const v of columns[f]![i]!) tally[f]![v]!++;
      } else for (const v of columns[failed]![i]!) tally[failed]![v]!++;
    }
    const counts = Object.fromEntries(facetParams.map((facet) => [facet, {}])) as FacetCounts;
    facetParams.forEach((facet, f) => {
      const names = this.table.values[facet];
      tally[f]!.forEach((n, v) => {
        if (n > 0) counts[facet][names[v]!] = n;
      });
    });
    return { matching, counts };
  }

  /** Sorts cases by date, latest first; cases of one date keep their order. */
  byDate(cases: readonly number[]): number[] {
    return [...cases].sort((a, b) => this.dateRank(b) - this.dateRank(a));
  }
}
