/**
 * The search page in the browser: reads the state from the URL, searches,
 * draws the facets and results with our own markup and strings, and writes
 * every change back to the URL (typing replaces the history entry, a submit
 * or a filter change adds one). Loaded only by /{script}/search/.
 */
import { isScript, type Script } from '../i18n/script.ts';
import type { FoldHints } from '../i18n/fold-query.ts';
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
import {
  collator,
  SearchEngine,
  type Hit,
  type Outcome,
  type ResultData,
} from '../search/engine.ts';

/** Results drawn at first, and added by each press of 更多结果: each costs a fragment request. */
const pageSize = 5;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root && isScript(root.dataset.script)) void start(root, root.dataset.script);

async function loadHints(): Promise<FoldHints> {
  // A small chunk: the characters that folding a query to simplified reacts to.
  return (await import('virtual:fold-hints')).default;
}

async function start(root: HTMLElement, script: Script) {
  const t = ui[script];
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const browse = root.querySelector<HTMLElement>('[data-search-browse]')!;
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
    // The index is simplified: both pages fold queries to simplified (see SearchEngine.toPage).
    engine = await SearchEngine.load(
      script,
      await loadHints(),
      `${import.meta.env.BASE_URL}pagefind/`,
    );
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
    const items = await Promise.all(next.map(async (h) => drawHit(h, await h.data())));
    if (mine !== run) return; // the results changed meanwhile
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    shown = replace ? next : shown.concat(next);
    more.hidden = shown.length >= outcome.hits.length;
    more.textContent = `${t.searchMore}（${fillText(t.searchShown, { shown: shown.length, total: outcome.hits.length })}）`;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function drawStatus(result: Outcome) {
    const searched = result.folded.q || hasFilters(result.folded);
    const n = result.hits.length;
    const q = state.q;
    status.textContent = !searched
      ? ''
      : result.folded.q
        ? fillText(n ? t.searchFoundFor : t.searchNoneFor, { n, q })
        : n
          ? fillText(t.searchFound, { n })
          : t.searchNone;
    // The empty section prompts before a search and helps after one that found nothing.
    empty.hidden = Boolean(searched) && n > 0;
    browse.hidden = !(searched && n === 0);
    drawSuggestions(result, Boolean(searched));
  }

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
          a.href = stateToSearch({ ...withoutFilters(state), q: keyword });
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
    for (const name of facetParams) {
      const select = selects[name];
      if (s[name] && ![...select.options].some((o) => o.value === s[name]))
        select.add(new Option(s[name], s[name]));
      select.value = s[name];
    }
    sortSelect.value = s.sort;
  }

  function stateFromForm(): SearchState {
    const s = { ...state, q: input.value.trim(), sort: sortSelect.value === 'date' ? 'date' : '' };
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
  for (const select of [...Object.values(selects), sortSelect]) {
    select.addEventListener('change', () => commit(stateFromForm(), 'push'));
  }
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    state = stateFromSearch(location.search);
    fillForm(state);
    void search();
  });

  await search();

  function drawHit(found: Hit, data: ResultData): HTMLLIElement {
    return drawResult(t, found, data);
  }
}

/**
 * One result: the case's title as a link, its region and date, an excerpt with
 * the terms marked, and links to the sections where they occur. The excerpt
 * comes from the best-matching section (the case's own text); the page-level
 * excerpt is used only for a case without headings.
 */
function drawResult(t: UiStrings, found: Hit, data: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const h = li.appendChild(document.createElement('h3'));
  const link = h.appendChild(document.createElement('a'));
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const meta = li.appendChild(document.createElement('p'));
  meta.className = 'hit-meta';
  meta.textContent = [data.meta.region, data.meta.date].filter(Boolean).join(' · ');
  if (found.keyword) {
    const badge = meta.appendChild(document.createElement('span'));
    badge.className = 'hit-badge';
    badge.textContent = t.searchKeywordHit;
  }
  const marks = (html: string) => html.split('<mark>').length - 1;
  const sections = data.sub_results
    .filter((s) => s.url.includes('#'))
    .map((s, order) => ({ ...s, order, marks: marks(s.excerpt) }))
    .sort((a, b) => b.marks - a.marks || a.order - b.order);
  const excerpt = li.appendChild(document.createElement('p'));
  excerpt.className = 'hit-excerpt';
  excerpt.append(...markedText(sections[0]?.excerpt ?? data.excerpt));
  const matching = sections.filter((s) => s.marks > 0).slice(0, 3);
  if (matching.length > 0) {
    const p = li.appendChild(document.createElement('p'));
    p.className = 'hit-sections';
    p.append(t.searchSections);
    matching.forEach((section, i) => {
      if (i > 0) p.append(' · ');
      const a = p.appendChild(document.createElement('a'));
      a.href = section.url;
      a.textContent = section.title;
    });
  }
  return li;
}

/** Pagefind's excerpt as DOM nodes: its text, and its <mark> elements, nothing else. */
function markedText(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const nodes: Node[] = [];
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(node.textContent ?? ''));
  }
  return nodes;
}
