import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import { openSearch, submitQuery } from '../../cli/harness/search-driver.ts';
import { contentCases } from '../support/content.ts';
import { loadToHant } from '../../src/i18n/convert.ts';
import { distFiles, readDist } from '../support/dist.ts';

const toHant = await loadToHant();

let browser: Browser;
useChromium((b) => {
  browser = b;
});

/** Opens a fresh page that records the path of everything it (and its workers) requests. */
async function recordingPage(): Promise<{ page: Page; requested: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested: string[] = [];
  context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return { page, requested };
}

describe('the search index', () => {
  test('is one index of every simplified case page and nothing else, for both scripts', () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const cases = distFiles(/\/zh-hans\/cases\/[^/]+\/index\.html$/);
    expect(cases.length).toBeGreaterThan(0);
    expect(entry.languages).toEqual({
      'zh-hans': expect.objectContaining({ page_count: cases.length }),
    });
  });
});

describe('search assets', () => {
  test('are not requested on a case page, in either script', async () => {
    // What the search page loads, to compare with.
    const search = await recordingPage();
    await openSearch(search.page, inject('baseURL'), 'zh-hant', { q: '审批' });
    // The index and the search code; not the site's stylesheet or Vite's import helper, which every
    // page that loads code on demand shares (the case page's downloads).
    const searchAssets = search.requested.filter(
      (p) =>
        p.startsWith('/pagefind/') ||
        (p.startsWith('/_astro/') && p.endsWith('.js') && !/\/preload-helper\./.test(p)),
    );
    expect(searchAssets.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    await search.page.context().close();

    for (const script of ['zh-hans', 'zh-hant']) {
      const { page, requested } = await recordingPage();
      await page.goto(`${inject('baseURL')}/${script}/cases/nx-2025-01/`, {
        waitUntil: 'networkidle',
      });
      expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      expect(requested.filter((p) => searchAssets.includes(p))).toEqual([]);
      await page.context().close();
    }
  });

  /** The conversion tables a page requested: OpenCC's (cn2t, t2cn) and the corpus table of traditional results. */
  const tablesOf = (requested: string[]) =>
    requested
      .filter((p) => /\/(cn2t|t2cn)\.[\w-]+\.js$/.test(p) || p === '/pagefind/zh-hant-table.json')
      .map((p) => p.split('/').pop()!.split('.')[0]);

  // The index is simplified, and queries fold character by character with the search fold table the
  // page has (virtual:search-fold): no query loads an OpenCC table, on either page. The traditional page
  // shows results with the corpus table, never the 1 MB cn→tw table.
  test.for([
    ['zh-hans', '包容审慎', []],
    ['zh-hans', '包容審慎', []],
    ['zh-hant', '包容审慎', ['zh-hant-table']],
    ['zh-hant', '包容審慎', ['zh-hant-table']],
  ] as const)('on the %s page, for %s, are %j', async ([script, query, tables]) => {
    const { page, requested } = await recordingPage();
    await openSearch(page, inject('baseURL'), script, { q: query });
    expect(await page.locator('[data-search-results] > .search-hit').count()).toBeGreaterThan(0);
    expect(tablesOf(requested).sort()).toEqual([...tables]);
    await page.context().close();
  });

  test('load one chunk of the gram index per gram a query needs, and only the fragments of the results drawn', async () => {
    const { page, requested } = await recordingPage();
    await openSearch(page, inject('baseURL'), 'zh-hans', {});
    requested.length = 0;
    await submitQuery(page, '包容审慎');
    const chunks = requested.filter((p) => p.startsWith('/pagefind/grams/'));
    const fragments = requested.filter((p) => p.startsWith('/pagefind/fragment/'));
    expect(chunks.length).toBe(1);
    expect(fragments.length).toBe(
      await page.locator('[data-search-results] > .search-hit').count(),
    );
    // Pagefind's own search is not loaded for exact results.
    expect(requested.filter((p) => /\/pagefind\/(pagefind|wasm)/.test(p))).toEqual([]);
    await page.context().close();
  });

  test('start from the search box on every page, which leads to the search page with the query', async () => {
    const { page } = await recordingPage();
    await page.goto(`${inject('baseURL')}/zh-hant/cases/nx-2025-01/`);
    await page.locator('#site-search').fill('综合查一次');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/zh-hant\/search\/\?q=/);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-search]')?.dataset.searched !== undefined,
    );
    expect(await page.locator('#search-q').inputValue()).toBe('综合查一次');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(
      /^「综合查一次」：找到 \d+ 個案例$/,
    );
    await page.context().close();
  });
});

describe('a search', () => {
  test("typed into the page's own box searches as you type, and keeps the URL current", async () => {
    const { page } = await recordingPage();
    await openSearch(page, inject('baseURL'), 'zh-hans', {});
    await page.locator('#search-q').pressSequentially('冷却塔', { delay: 30 });
    await page.waitForURL(/\?q=%E5%86%B7%E5%8D%B4%E5%A1%94$/);
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('[data-search]')?.dataset.searched ===
        '?q=%E5%86%B7%E5%8D%B4%E5%A1%94',
    );
    expect(await page.locator('.search-hit h3').first().textContent()).toContain('济南');
    await page.context().close();
  });

  test('runs again after a submit of another query', async () => {
    const { page } = await recordingPage();
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '冷却塔' });
    await submitQuery(page, '以工代赈');
    expect(await page.locator('.search-hit h3').first().textContent()).toContain('康巴什');
    await page.context().close();
  });
});
