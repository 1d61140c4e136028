/**
 * The search index has no Pagefind filters or sort keys (they made each query
 * five times slower at scale): the search page filters, counts and sorts with
 * the facet table built next to the index. Checked against the open dataset.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { useChromium } from '../support/use-chromium.ts';
import {
  openSearch,
  searchOf,
  showResults,
  waitForSearch,
} from '../../cli/harness/search-driver.ts';
import { distDir, distFiles, readDist } from '../support/dist.ts';
import { loadToHant } from '../../src/i18n/convert.ts';

let page: Page;
useChromium((_, p) => {
  page = p;
});

interface DatasetCase {
  id: string;
  title: string;
  text: string;
  region: { province: string; city?: string; county?: string };
  keywords: string[];
  year: number;
  sourceDate: string | null;
}
const dataset = (JSON.parse(readDist('data/cases.json')) as { cases: DatasetCase[] }).cases;
const toHant = await loadToHant();
/** The cases of a province that hold 执法 (every search below is for it), as the dataset has them. */
const withLaw = (province: string) =>
  dataset.filter(
    (c) =>
      c.region.province === province &&
      [c.title, ...c.keywords, c.text].some((text) => text.includes('执法')),
  );

/** `value（count）` for each distinct value, sorted. */
const tally = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v}（${n}）`).sort();
};

/**
 * The options of a facet's select, as `value（count）` texts, less the first ("any"). The page draws
 * them when the reader reaches the select, so this focuses it first.
 */
const optionsOf = async (name: string) => {
  await page.locator(`select[name="${name}"]`).focus();
  return (await page.locator(`select[name="${name}"] option`).allTextContents()).slice(1);
};

describe('the search index', () => {
  test('has no Pagefind filters and no sort keys, on disk or in the case pages', async () => {
    expect(existsSync(join(distDir, 'pagefind/filter'))).toBe(false);
    for (const file of distFiles(/\/cases\/[^/]+\/index\.html$/)) {
      expect(readDist(file), file).not.toMatch(/data-pagefind-(filter|sort)/);
    }
    await openSearch(page, inject('baseURL'), 'zh-hans', {});
    // A string, so that the test runner does not rewrite its import().
    expect(
      await page.evaluate(
        `import(location.origin + '/pagefind/pagefind.js').then((p) => p.filters())`,
      ),
    ).toEqual({});
  });

  test('comes with a facet table per script, loaded once by the search page, not per query', async () => {
    const requested: string[] = [];
    const onRequest = (request: { url(): string }) =>
      requested.push(new URL(request.url()).pathname);
    page.on('request', onRequest);
    await openSearch(page, inject('baseURL'), 'zh-hant', { q: '執法' });
    await openSearch(page, inject('baseURL'), 'zh-hant', { q: '審批', region: '內蒙古自治區' });
    page.off('request', onRequest);
    expect(requested.filter((p) => p.startsWith('/pagefind/facets-'))).toEqual([
      '/pagefind/facets-zh-hant.json.gz',
      '/pagefind/facets-zh-hant.json.gz',
    ]);
    expect(requested.filter((p) => p.includes('.pf_filter'))).toEqual([]);
  });
});

describe('the facets of the search page', () => {
  test('count the cases of each province, city or county, year and keyword, as the dataset has them', async () => {
    // Any filter with no query lists every case that has it; the other facets count over those.
    await openSearch(page, inject('baseURL'), 'zh-hans', { year: '2025' });
    const in2025 = dataset.filter((c) => c.year === 2025);
    expect((await optionsOf('region')).sort()).toEqual(tally(in2025.map((c) => c.region.province)));
    expect((await optionsOf('place')).sort()).toEqual(
      tally(
        in2025.flatMap((c) => [c.region.city, c.region.county].filter((p): p is string => !!p)),
      ),
    );
    expect((await optionsOf('keyword')).sort()).toEqual(tally(in2025.flatMap((c) => c.keywords)));
    expect((await showResults(page)).length).toBe(in2025.length);
  });

  test("count in the page's script, and narrow the results to the cases having every chosen value", async () => {
    const ningxia = dataset.filter((c) => c.region.province === '宁夏回族自治区');
    const keyword = ningxia[0]!.keywords[0]!;
    const both = ningxia.filter((c) => c.keywords.includes(keyword));
    await openSearch(page, inject('baseURL'), 'zh-hant', { region: '宁夏', keyword });
    expect(await page.locator('select[name="region"]').inputValue()).toBe('寧夏回族自治區');
    expect(await page.locator('select[name="keyword"]').inputValue()).toBe(toHant(keyword));
    const shown = await showResults(page);
    expect(shown.map((r) => r.href).sort()).toEqual(
      both.map((c) => `/zh-hant/cases/${c.id}/`).sort(),
    );
    // Disjunctive: the keywords are counted over all of Ningxia's cases, the provinces over all the keyword's cases.
    expect((await optionsOf('keyword')).sort()).toEqual(
      tally(ningxia.flatMap((c) => c.keywords.map(toHant))),
    );
    expect((await optionsOf('region')).sort()).toEqual(
      tally(
        dataset.filter((c) => c.keywords.includes(keyword)).map((c) => toHant(c.region.province)),
      ),
    );
  });

  test('are drawn when the reader reaches a select, by keyboard or pointer, and show the chosen value until then', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '执法', region: '宁夏回族自治区' });
    const count = (name: string) => page.locator(`select[name="${name}"] option`).count();
    // After the search: the "any" option, and the chosen value.
    expect(await count('keyword')).toBe(1);
    expect(await count('region')).toBe(2);
    expect(await page.locator('select[name="region"] option:checked').textContent()).toBe(
      `宁夏回族自治区（${withLaw('宁夏回族自治区').length}）`,
    );
    // From the search button, past the search scope (one stop for its radio group), to the first select.
    await page.locator('.search-query button[type="submit"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('in');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('region');
    expect(await count('region')).toBeGreaterThan(2);
    await page.locator('select[name="keyword"]').dispatchEvent('pointerdown');
    expect(await count('keyword')).toBeGreaterThan(1);
  });

  test('with a query, count only the cases the query finds', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '冷却塔' });
    const found = await showResults(page);
    const counts = (await optionsOf('region')).map((o) => Number(/（(\d+)）$/.exec(o)?.[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(found.length);
    await page.locator('select[name="region"]').focus();
    await page.locator('select[name="region"]').selectOption('山东省');
    await waitForSearch(page, searchOf({ q: '冷却塔', region: '山东省' }));
    for (const r of await showResults(page)) expect(r.meta.startsWith('山东省')).toBe(true);
  });
  // The date sort is tested on a collection with different dates: test/pages/fixture-collection.test.ts.
});
