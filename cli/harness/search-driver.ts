/**
 * Driving the search page in Chromium, for the search tests and the search
 * report (cli/search-report.ts): open it with a state, wait until that
 * state has been searched, read the results.
 */
import type { Page } from 'playwright-core';
import type { Script } from '../../src/i18n/script.ts';
import { stateFromSearch, stateToSearch } from '../../src/search/state.ts';

export interface ShownResult {
  title: string;
  meta: string;
  href: string;
}

/** The query string of a state as the page writes it: `{ q: '执法' }` → `?q=%E6%89%A7%E6%B3%95`. */
export const searchOf = (params: Record<string, string>) =>
  stateToSearch(stateFromSearch(new URLSearchParams(params).toString()));

/** Waits until the page has drawn the results of the given query string. */
export async function waitForSearch(page: Page, search: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      document.querySelector<HTMLElement>('[data-search]')?.dataset.searched === expected,
    stateToSearch(stateFromSearch(search)),
    { timeout },
  );
}

/** Opens /{script}/search/ with the given parameters and waits for its results. */
export async function openSearch(
  page: Page,
  baseURL: string,
  script: Script,
  params: Record<string, string>,
) {
  const search = searchOf(params);
  await page.goto(`${baseURL}/${script}/search/${search}`);
  await waitForSearch(page, search);
}

/** The results of the search (not the near matches), in the page's list. */
export const resultItems = (page: Page) => page.locator('[data-search-results] > .search-hit');

/** The results shown, in order. */
export function shownResults(page: Page): Promise<ShownResult[]> {
  return resultItems(page).evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h3')?.textContent ?? '',
      meta: item.querySelector('.hit-meta')?.textContent ?? '',
      href: item.querySelector('h3 a')?.getAttribute('href') ?? '',
    })),
  );
}

/**
 * Presses 更多结果 until at least `n` results are shown (or all of them), and
 * returns the results shown. The page shows a few at first, a few more each press.
 */
export async function showResults(page: Page, n = Infinity): Promise<ShownResult[]> {
  for (;;) {
    const shown = await resultItems(page).count();
    const more = page.locator('[data-search-more]');
    if (shown >= n || !(await more.isVisible())) return shownResults(page);
    await more.click();
    await page.waitForFunction(
      (before) => document.querySelectorAll('[data-search-results] > .search-hit').length > before,
      shown,
    );
  }
}

/** Whether each expected string appears in the title or region of one of the results. */
export const missing = (results: { title: string; meta: string }[], expected: string[]) =>
  expected.filter((want) => !results.some((r) => r.title.includes(want) || r.meta.includes(want)));

/** Types a query into the search page's own box, submits it and waits for its results; returns the time taken. */
export async function submitQuery(
  page: Page,
  q: string,
  extra: Record<string, string> = {},
): Promise<number> {
  const current = await page.evaluate(() => location.search);
  const search = searchOf({ ...Object.fromEntries(new URLSearchParams(current)), ...extra, q });
  const started = await page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    input.value = q;
    const t0 = performance.now();
    input.form!.requestSubmit();
    return t0;
  }, q);
  await waitForSearch(page, search);
  return (await page.evaluate(() => performance.now())) - started;
}
