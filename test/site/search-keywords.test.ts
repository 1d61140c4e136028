import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import { openSearch, shownResults, submitQuery } from '../support/search.ts';

/**
 * A published keyword is a whole token: searching 综合查一次 must list every
 * case filed under it, first, even where the segmenter splits the case's text
 * differently or the text never says it in those words (分级分类监管,
 * 年度申报 … are found by neither bare Pagefind query nor the body text).
 */
let browser: Browser;
useChromium((b) => {
  browser = b;
});

/** Every keyword in a site's index, with the URLs of the cases filed under it (from Pagefind's filters). */
async function keywordsOf(page: Page): Promise<[string, string[]][]> {
  // A string, so that the test runner does not rewrite its import().
  return page.evaluate(`(async () => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js');
    const out = [];
    for (const keyword of Object.keys((await pagefind.filters()).keyword)) {
      const filed = await pagefind.search(null, { filters: { keyword } });
      out.push([keyword, (await Promise.all(filed.results.map((r) => r.data()))).map((d) => d.url)]);
    }
    return out;
  })()`);
}

describe.each(['zh-hans', 'zh-hant'] as const)('on the %s search page', (script) => {
  test('every published keyword lists all the cases filed under it (or under a longer keyword it starts), first', async () => {
    const page = await browser.newPage();
    await openSearch(page, inject('baseURL'), script, {});
    const keywords = await keywordsOf(page);
    expect(keywords.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const [keyword] of keywords) {
      // Cases filed under the keyword, or under a longer one it starts (包容审慎 → 包容审慎监管).
      const filed = [...new Set(keywords.filter(([k]) => k.startsWith(keyword)).flatMap(([, urls]) => urls))];
      await submitQuery(page, keyword);
      const first = (await shownResults(page)).slice(0, filed.length).map((r) => r.href);
      if ([...first].sort().join() !== [...filed].sort().join()) wrong.push(`${keyword}: ${first.join(' ')} ≠ ${filed.join(' ')}`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  });

  test('a query that starts a keyword also lists its cases first (包容审慎 → 包容审慎监管)', async () => {
    const page = await browser.newPage();
    await openSearch(page, inject('baseURL'), script, { q: script === 'zh-hans' ? '包容审慎' : '包容審慎' });
    const shown = await page.locator('.search-hit').evaluateAll((items) =>
      items.map((item) => Boolean(item.querySelector('.hit-badge'))),
    );
    // Hits filed under a matching keyword are marked and come before all others.
    const marked = shown.filter(Boolean).length;
    expect(marked).toBeGreaterThanOrEqual(5);
    expect(shown.slice(0, marked).every(Boolean)).toBe(true);
    await page.close();
  });
});
