/**
 * The search page in the browser: reads the state from the URL, searches,
 * draws the facets and results with our own markup and strings, and writes
 * every change back to the URL (typing replaces the history entry, a submit
 * or a filter change adds one). Loaded only by /{script}/search/.
 */
import { isScript, type Script } from '../i18n/script.ts';
import { foldQuery, type FoldHints } from '../i18n/fold-query.ts';
import type { SearchFoldTable } from '../i18n/search-fold.ts';
import { fillText, ui, type UiStrings } from '../i18n/ui.ts';
import {
  facetParams,
  hasFilters,
  stateFromSearch,
  stateToSearch,
  withoutFilters,
  type FacetParam,
  type SearchState,
} from '../search/state.ts';
import { collator, SearchEngine, type Hit, type HitView, type Outcome } from '../search/engine.ts';
import type { MarkedText } from '../search/display.ts';
import type { SearchScope } from '../search/sections.ts';
import { pagefindPath } from '../site/routes.ts';

/** Results drawn at first, and added by each press of 更多结果: each costs a fragment request. */
const pageSize = 5;
/** Paragraphs a result lists at once; the others are behind 另有 N 段. */
const paragraphsShown = 3;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root && isScript(root.dataset.script)) void start(root, root.dataset.script);

async function loadFoldTable(): Promise<SearchFoldTable> {
  // What search treats as one character (scripts): the same table the gram index was folded with.
  return (await import('virtual:search-fold')).default;
}

/** A text in simplified script, for Pagefind's index (near matches only: loads the fold hints, and t→cn if needed). */
async function toSimplified(text: string): Promise<string> {
  const hints: FoldHints = (await import('virtual:fold-hints')).default;
  return foldQuery(text, hints);
}

/** The name of a search scope (`in`) in a script's strings. */
function scopeName(t: UiStrings, scope: SearchScope): string {
  const names: Record<SearchScope, string> = {
    '': t.searchScopeAll,
    title: t.searchScopeTitle,
    keywords: t.searchScopeKeywords,
    facts: t.searchScopeFacts,
    significance: t.searchScopeSignificance,
    other: t.searchScopeOther,
  };
  return names[scope];
}

async function start(root: HTMLElement, script: Script) {
  const t = ui[script];
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const scopes = [...form.querySelectorAll<HTMLInputElement>('input[name="in"]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const browse = root.querySelector<HTMLElement>('[data-search-browse]')!;
  const partial = root.querySelector<HTMLElement>('[data-search-partial]')!;
  const partialShow = partial.querySelector<HTMLButtonElement>('[data-search-partial-show]')!;
  const partialList = partial.querySelector<HTMLElement>('[data-search-partial-list]')!;
  const partialResults = partial.querySelector<HTMLOListElement>('[data-search-partial-results]')!;
  const partialNone = partial.querySelector<HTMLElement>('[data-search-partial-none]')!;
  const selects = Object.fromEntries(
    facetParams.map((name) => [
      name,
      form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!,
    ]),
  ) as Record<FacetParam, HTMLSelectElement>;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;

  root.querySelector<HTMLElement>('[data-search-controls]')!.hidden = false;
  let state = stateFromSearch(location.search);
  fillForm(state);
  status.textContent = t.searchLoading;

  let engine: SearchEngine;
  try {
    engine = await SearchEngine.load(script, await loadFoldTable(), pagefindPath);
  } catch (error) {
    status.textContent = t.searchFailed;
    browse.hidden = false;
    throw error;
  }
  root.dataset.ready = 'true';

  let run = 0;
  let shown: Hit[] = [];
  let outcome: Outcome | undefined;

  async function search() {
    const mine = ++run;
    delete root.dataset.searched; // set again once this state's results are drawn (tests wait for it)
    const result = await engine.run(state);
    if (mine !== run) return; // a newer search started meanwhile
    outcome = result;
    // The first results' data loads while the facets are drawn.
    for (const hit of result.hits.slice(0, pageSize)) void hit.data().catch(() => undefined);
    drawFacets(result);
    await showMore(false, true);
    if (mine !== run) return;
    drawStatus(result);
    root.dataset.searched = stateToSearch(state);
  }

  /** Draws the next page of results, or (`replace`) the first page in place of the old results. */
  async function showMore(moveFocus: boolean, replace = false) {
    if (!outcome) return;
    const mine = run;
    const from = replace ? 0 : shown.length;
    const next = outcome.hits.slice(from, from + pageSize);
    const items = await Promise.all(next.map(async (h) => drawResult(t, h, await h.data(), state)));
    if (mine !== run) return; // the results changed meanwhile
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    shown = replace ? next : shown.concat(next);
    more.hidden = shown.length >= outcome.hits.length;
    more.textContent = `${t.searchMore}（${fillText(t.searchShown, { shown: shown.length, total: outcome.hits.length })}）`;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function drawStatus(result: Outcome) {
    const { query } = result;
    const q = state.q;
    const scope = state.in as SearchScope;
    const n = result.hits.length;
    const searchedText = query.terms.length > 0;
    const searched = searchedText || query.problem === 'punctuation' || hasFilters(result.folded);
    const values = { n, q, scope: scopeName(t, scope) };
    status.textContent =
      query.problem === 'punctuation'
        ? fillText(t.searchOnlyPunctuation, values)
        : !searched
          ? ''
          : searchedText
            ? fillText(
                n
                  ? scope
                    ? t.searchFoundForIn
                    : t.searchFoundFor
                  : scope
                    ? t.searchNoneForIn
                    : t.searchNoneFor,
                values,
              )
            : n
              ? fillText(t.searchFound, { n })
              : t.searchNone;
    // The empty section prompts before a search and helps after one that found nothing.
    empty.hidden = searched && n > 0;
    browse.hidden = !(searched && n === 0);
    // Near matches, behind their own button, when no case holds what was typed.
    partial.hidden = !(searchedText && n === 0);
    partialShow.hidden = false;
    partialList.hidden = true;
    partialResults.replaceChildren();
    drawSuggestions(result, searched);
  }

  async function showPartial() {
    const mine = run;
    partialShow.disabled = true;
    try {
      const hits = await engine.partial(state, toSimplified);
      const items = await Promise.all(
        hits.map(async (h) => drawResult(t, h, await h.data(), state)),
      );
      if (mine !== run) return;
      partialResults.replaceChildren(...items);
      partialNone.hidden = items.length > 0;
      partialList.hidden = false;
      partialShow.hidden = true;
      partialList.querySelector<HTMLElement>('h2')!.focus();
    } finally {
      partialShow.disabled = false;
    }
  }
  partialShow.addEventListener('click', () => void showPartial());

  function drawSuggestions(result: Outcome, searched: boolean) {
    const removeFilters = empty.querySelector<HTMLElement>('[data-search-remove-filters]')!;
    removeFilters.hidden = !(searched && hasFilters(result.folded));
    removeFilters.querySelector('a')!.href = stateToSearch(withoutFilters(state)) || '?';
    empty.querySelector<HTMLElement>('[data-search-prompt]')!.hidden = searched;
    empty.querySelector<HTMLElement>('[data-search-try]')!.hidden = !searched;
    const examples = empty.querySelector<HTMLElement>('[data-search-examples]')!;
    examples.replaceChildren(
      ...engine
        .values('keyword')
        .slice(0, 8)
        .map((keyword) => {
          const li = document.createElement('li');
          const a = li.appendChild(document.createElement('a'));
          a.href = stateToSearch({ ...withoutFilters(state), q: keyword, in: '' });
          a.textContent = keyword;
          return li;
        }),
    );
  }

  /**
   * Facet options not drawn yet. A select gets its options, with their
   * counts, when the reader reaches it (focus, or a pointer on it), not after
   * every query: with a thousand sources, drawing and laying them out took
   * longer than the search. Until then it holds the "any" option and the
   * chosen value, so its closed state says the same.
   */
  const pendingFacets = new Map<FacetParam, () => void>();
  const drawPending = (name: FacetParam) => {
    const draw = pendingFacets.get(name);
    pendingFacets.delete(name);
    draw?.();
  };
  for (const name of facetParams) {
    for (const event of ['focus', 'pointerdown'])
      selects[name].addEventListener(event, () => drawPending(name));
  }

  function drawFacets(result: Outcome) {
    for (const name of facetParams) {
      const select = selects[name];
      const counts = result.counts[name];
      const chosen = result.folded[name];
      const option = (value: string) => {
        const option = new Option(`${value}（${counts[value] ?? 0}）`, value);
        option.selected = value === chosen;
        return option;
      };
      const first = select.options[0]!;
      pendingFacets.set(name, () => {
        const values = Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0 || v === chosen);
        if (chosen && !values.includes(chosen)) values.push(chosen);
        values.sort(
          name === 'year'
            ? (a, b) => b.localeCompare(a)
            : (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b),
        );
        select.replaceChildren(first, ...values.map(option));
        if (!chosen) first.selected = true;
      });
      if (document.activeElement === select) drawPending(name);
      else {
        select.replaceChildren(first, ...(chosen ? [option(chosen)] : []));
        if (!chosen) first.selected = true;
      }
    }
  }

  function fillForm(s: SearchState) {
    input.value = s.q;
    for (const radio of scopes) radio.checked = radio.value === s.in;
    for (const name of facetParams) {
      const select = selects[name];
      if (s[name] && ![...select.options].some((o) => o.value === s[name]))
        select.add(new Option(s[name], s[name]));
      select.value = s[name];
    }
    sortSelect.value = s.sort;
  }

  function stateFromForm(): SearchState {
    const s = {
      ...state,
      q: input.value.trim(),
      in: scopes.find((r) => r.checked)?.value ?? '',
      sort: sortSelect.value === 'date' ? 'date' : '',
    };
    for (const name of facetParams) s[name] = selects[name].value;
    return s;
  }

  function commit(next: SearchState, mode: 'push' | 'replace') {
    const changed = stateToSearch(next) !== stateToSearch(state);
    state = next;
    if (changed) {
      const url = `${location.pathname}${stateToSearch(state)}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void search();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit(stateFromForm(), 'replace'), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit(stateFromForm(), 'push');
  });
  for (const control of [...Object.values(selects), sortSelect, ...scopes]) {
    control.addEventListener('change', () => commit(stateFromForm(), 'push'));
  }
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    state = stateFromSearch(location.search);
    fillForm(state);
    void search();
  });

  await search();
}

/** A marked text as DOM nodes: its pieces, the marked ones in <mark>. */
function markedNodes(pieces: MarkedText): Node[] {
  return pieces.map(([text, marked]) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

/** A paragraph of a result: its 第N段 link, then its excerpt. */
function paragraphItem(t: UiStrings, p: HitView['paragraphs'][number]): HTMLLIElement {
  const li = document.createElement('li');
  const a = li.appendChild(document.createElement('a'));
  a.href = p.url;
  a.className = 'hit-paragraph';
  a.textContent = fillText(t.paragraphMarker, { n: p.number });
  const excerpt = li.appendChild(document.createElement('span'));
  excerpt.className = 'hit-excerpt';
  excerpt.append(...markedNodes(p.excerpt));
  return li;
}

/**
 * One result: the case's title as a link (the terms marked), its region and
 * date, and the paragraphs that hold the query, each a 第N段 link to the
 * paragraph with its excerpt; a case whose paragraphs do not hold it (found
 * by its title or keywords) shows the start of its text.
 */
function drawResult(t: UiStrings, found: Hit, view: HitView, state: SearchState): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const h = li.appendChild(document.createElement('h3'));
  const link = h.appendChild(document.createElement('a'));
  link.href = view.url;
  link.append(...markedNodes(view.title));
  const meta = li.appendChild(document.createElement('p'));
  meta.className = 'hit-meta';
  meta.textContent = [view.region, view.date].filter(Boolean).join(' · ');
  if (found.keyword) {
    const badge = meta.appendChild(document.createElement('span'));
    badge.className = 'hit-badge';
    badge.textContent = t.searchKeywordHit;
  }
  if (view.paragraphs.length === 0) {
    const excerpt = li.appendChild(document.createElement('p'));
    excerpt.className = 'hit-excerpt';
    excerpt.append(...markedNodes(view.excerpt));
    return li;
  }
  const label = fillText(t.searchParagraphs, { q: state.q });
  const first = li.appendChild(document.createElement('ol'));
  first.className = 'hit-paragraphs';
  first.setAttribute('aria-label', label);
  first.append(...view.paragraphs.slice(0, paragraphsShown).map((p) => paragraphItem(t, p)));
  const rest = view.paragraphs.slice(paragraphsShown);
  if (rest.length > 0) {
    const details = li.appendChild(document.createElement('details'));
    details.className = 'hit-more-paragraphs';
    details.appendChild(document.createElement('summary')).textContent = fillText(
      t.searchMoreParagraphs,
      { n: rest.length },
    );
    const ol = details.appendChild(document.createElement('ol'));
    ol.className = 'hit-paragraphs';
    ol.setAttribute('aria-label', label);
    ol.append(...rest.map((p) => paragraphItem(t, p)));
  }
  return li;
}
