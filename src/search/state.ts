/**
 * The search page's state, kept in the URL so a search can be shared and
 * cited: `/{script}/search/?q=执法&in=significance&region=宁夏回族自治区&keyword=…&year=2025&source=…&sort=date`.
 * Values are kept as the reader typed them (either script); the page folds
 * them into its own script before searching.
 */
import { isSearchScope } from './sections.ts';

import { facetParams, type FacetParam } from '../model/schema/fields.ts';

/**
 * The URL parameters that are filters: province (`region`), city or county
 * (`place`), keyword, year, source document …, as the field registry
 * (src/model/schema/fields.ts) lists them; the facet table (facets.ts) has a
 * column for each.
 */
export { facetParams, type FacetParam };

/**
 * URL parameters, in the order they are written: the query, the part of the cases searched (`in`,
 * sections.ts `searchScopes`, empty for 全部), the filters, the sort.
 */
export const stateParams = ['q', 'in', ...facetParams, 'sort'] as const;
export type StateParam = 'q' | 'in' | FacetParam | 'sort';
export type SearchState = Record<StateParam, string>;

export const emptyState = (): SearchState =>
  Object.fromEntries(stateParams.map((name) => [name, ''])) as SearchState;

/** Reads the state from a query string (`location.search`). Unknown parameters are ignored. */
export function stateFromSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const name of stateParams) state[name] = (params.get(name) ?? '').trim();
  if (state.sort !== 'date') state.sort = '';
  if (!isSearchScope(state.in)) state.in = '';
  return state;
}

/** Writes the state as a query string, leaving out empty values: `?q=执法&region=…` (or `''`). */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  for (const name of stateParams) if (state[name]) params.set(name, state[name]);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The state without its filters (the query and the sort kept): what "clear filters" links to. */
export const withoutFilters = (state: SearchState): SearchState => ({
  ...state,
  ...(Object.fromEntries(facetParams.map((name) => [name, ''])) as Record<FacetParam, string>),
});

/** Whether any filter is set. */
export const hasFilters = (state: SearchState) => facetParams.some((name) => state[name] !== '');
