/** The home page of each script: counts, newest cases, search box, ways to browse, and the province tile grid. */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import { contentCases, contentSources } from '../support/content.ts';
import { regionChain } from '../../src/model/grouping.ts';
import { contrast } from '../../src/site/tile-grid.ts';

const cases = contentCases();
const provinceCounts = new Map<string, number>();
for (const c of cases) {
  const code = regionChain(c.data.region.code)[0]!.code;
  provinceCounts.set(code, (provinceCounts.get(code) ?? 0) + 1);
}

let browser: Browser;
let page: Page;
useChromium((b, p) => {
  browser = b;
  page = p;
});

describe.each(['zh-hans', 'zh-hant'] as const)('the %s home page', (script) => {
  beforeAll(async () => {
    await page.goto(`${inject('baseURL')}/${script}/`);
  });

  test('counts cases, provinces, keywords and sources as in content/', async () => {
    const stat = (key: string) =>
      page.locator(`[data-stat="${key}"] strong`).innerText().then(Number);
    expect(await stat('cases')).toBe(cases.length);
    expect(await stat('regions')).toBe(provinceCounts.size);
    expect(await stat('keywords')).toBe(new Set(cases.flatMap((c) => c.data.keywords)).size);
    expect(await stat('sources')).toBe(contentSources().length);
  });

  test('lists the newest cases and has a search box that submits to the search page', async () => {
    const newest = page.locator('#newest-heading + ul li');
    expect(await newest.count()).toBe(Math.min(6, cases.length));
    const form = page.locator('main form[role="search"]');
    expect(await form.getAttribute('action')).toBe(`/${script}/search/`);
    expect(await form.locator('input[name="q"]').count()).toBe(1);
    expect(await page.locator('main label[for="home-search"]').count()).toBe(1);
  });

  test('shows one search box, not two (the header leaves its own out)', async () => {
    expect(await page.getByRole('search').count()).toBe(1);
    expect(await page.getByRole('searchbox').count()).toBe(1);
    // Other pages keep the header's.
    const other = await browser.newPage();
    try {
      await other.goto(`${inject('baseURL')}/${script}/regions/`);
      expect(await other.getByRole('banner').getByRole('search').count()).toBe(1);
    } finally {
      await other.close();
    }
  });

  test('links to every way of browsing', async () => {
    const links = await page
      .locator('.ways a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const part of [
      'search',
      'regions',
      'keywords',
      'sources',
      'years',
      'domains',
      'numbers',
      'documents',
    ])
      expect(links).toContain(`/${script}/${part}/`);
  });

  test('draws the province tile grid as an image with a title, a description and a table of counts', async () => {
    const svg = page.locator('svg[role="img"]');
    expect(await svg.count()).toBe(1);
    const labelledBy = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    expect(await page.locator(`svg > title#${labelledBy[0]}`).textContent()).toBeTruthy();
    const desc = await page.locator(`svg > desc#${labelledBy[1]}`).textContent();
    expect(desc).toContain(String(cases.length));
    expect(await svg.locator('rect').count()).toBe(34);

    const rows = page.locator('.tile-table table tbody tr');
    expect(await rows.count()).toBe(provinceCounts.size);
    const table = new Map(
      await rows.evaluateAll((trs) =>
        trs.map(
          (tr) =>
            [tr.getAttribute('data-province')!, Number(tr.querySelector('td')!.textContent)] as [
              string,
              number,
            ],
        ),
      ),
    );
    expect(table).toEqual(provinceCounts);
    // The table is a real table, readable without opening anything else than its <details>.
    expect(await page.locator('.tile-table summary').count()).toBe(1);
  });

  test('links each tile with cases to its province page, and keeps AA contrast on every tile label', async () => {
    const tiles = await page.locator('svg[role="img"] g[data-province]').evaluateAll((nodes) =>
      nodes.map((node) => ({
        code: node.getAttribute('data-province')!,
        fill: node.querySelector('rect')!.getAttribute('fill')!,
        text: node.querySelector('text')!.getAttribute('fill')!,
      })),
    );
    expect(tiles).toHaveLength(34);
    for (const tile of tiles)
      expect(contrast(tile.fill, tile.text), tile.code).toBeGreaterThanOrEqual(4.5);
    const links = await page
      .locator('.tile-links a')
      .evaluateAll((as) =>
        as.map(
          (a) =>
            [a.getAttribute('data-province'), a.getAttribute('href')] as [
              string | null,
              string | null,
            ],
        ),
      );
    expect(new Map(links)).toEqual(
      new Map([...provinceCounts.keys()].map((code) => [code, `/${script}/regions/${code}/`])),
    );
    // A click on a tile's square follows its link: the link layer lies over the drawing.
    const code = [...provinceCounts.keys()][0]!;
    const rect = page.locator(`svg g[data-province="${code}"] rect`);
    await rect.scrollIntoViewIfNeeded();
    const box = (await rect.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(`**/${script}/regions/${code}/`);
    await page.goBack();
  });
});
