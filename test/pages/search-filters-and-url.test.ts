import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import {
  openSearch,
  searchOf,
  showResults,
  waitForSearch,
} from '../../cli/harness/search-driver.ts';
import { readDist } from '../support/dist.ts';

let browser: Browser;
let page: Page;
useChromium((b) => {
  browser = b;
});
beforeAll(async () => {
  page = await browser.newPage();
});

/** The Ningxia cases that hold 执法, as the dataset has them: what q=执法&region=宁夏回族自治区 finds. */
const ningxia = (
  JSON.parse(readDist('data/cases.json')) as {
    cases: {
      id: string;
      title: string;
      keywords: string[];
      text: string;
      region: { province: string };
    }[];
  }
).cases.filter(
  (c) =>
    c.region.province === '宁夏回族自治区' &&
    [c.title, ...c.keywords, c.text].some((text) => text.includes('执法')),
);

/** Every result of the search, shown by pressing 更多结果 as often as needed. */
const resultsOf = () => showResults(page);

describe('the region filter', () => {
  test('q=执法 with region=宁夏回族自治区 returns exactly the Ningxia cases that hold 执法', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '执法', region: '宁夏回族自治区' });
    const results = await resultsOf();
    expect(results.map((r) => r.href).sort()).toEqual(
      ningxia.map((c) => `/zh-hans/cases/${c.id}/`).sort(),
    );
    for (const result of results) expect(result.meta.startsWith('宁夏回族自治区')).toBe(true);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      `“执法”：找到 ${ningxia.length} 个案例`,
    );
  });

  test('accepts its value in the other script, and folds it like the query', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hant', { q: '执法', region: '宁夏回族自治区' });
    const results = await resultsOf();
    expect(results).toHaveLength(ningxia.length);
    for (const result of results) expect(result.meta.startsWith('寧夏回族自治區')).toBe(true);
    expect(await page.locator('select[name="region"]').inputValue()).toBe('寧夏回族自治區');
  });

  test('shows each province with its count, as if no province were chosen', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '执法', region: '宁夏回族自治区' });
    await page.locator('select[name="region"]').focus(); // the page draws a facet's options when the reader reaches it
    const options = await page.locator('select[name="region"] option').allTextContents();
    expect(options).toContain(`宁夏回族自治区（${ningxia.length}）`);
    expect(options.length).toBeGreaterThan(3);
  });
});

describe('the URL state', () => {
  test('is written when a filter is chosen, and the results follow', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '执法' });
    await page.locator('select[name="region"]').focus();
    await page.locator('select[name="region"]').selectOption('内蒙古自治区');
    await waitForSearch(page, searchOf({ q: '执法', region: '内蒙古自治区' }));
    expect(new URL(page.url()).searchParams.get('region')).toBe('内蒙古自治区');
    const results = await resultsOf();
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.meta.startsWith('内蒙古自治区')).toBe(true);
  });

  test('survives a reload', async () => {
    const state = { q: '执法', region: '宁夏回族自治区', keyword: '柔性执法' };
    await openSearch(page, inject('baseURL'), 'zh-hans', state);
    const before = await resultsOf();
    await page.reload();
    await waitForSearch(page, searchOf(state));
    expect(await resultsOf()).toEqual(before);
    expect(await page.locator('#search-q').inputValue()).toBe('执法');
    expect(await page.locator('select[name="keyword"]').inputValue()).toBe('柔性执法');
  });

  test('survives the script toggle, and finds the same cases in the other script', async () => {
    const state = { q: '执法', region: '宁夏回族自治区' };
    await openSearch(page, inject('baseURL'), 'zh-hans', state);
    const hans = (await resultsOf()).map((r) => r.href.replace('/zh-hans/', '/'));
    await page.locator('a[data-script-toggle]').click();
    await page.waitForURL(/\/zh-hant\/search\/\?/);
    await waitForSearch(page, searchOf(state));
    expect(new URL(page.url()).search).toBe(searchOf(state));
    const hant = (await resultsOf()).map((r) => r.href.replace('/zh-hant/', '/'));
    expect(hant.sort()).toEqual(hans.sort());
  });

  test("goes back to the previous search with the browser's back button", async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '审批' });
    await page.locator('select[name="region"]').focus();
    await page.locator('select[name="region"]').selectOption('内蒙古自治区');
    await waitForSearch(page, searchOf({ q: '审批', region: '内蒙古自治区' }));
    await page.goBack();
    await waitForSearch(page, searchOf({ q: '审批' }));
    expect(await page.locator('select[name="region"]').inputValue()).toBe('');
  });
});
