import { describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import { openSearch, showResults, submitQuery } from '../../cli/harness/search-driver.ts';
import { readDist } from '../support/dist.ts';
import type { Script } from '../../src/i18n/script.ts';
import { loadToHant } from '../../src/i18n/convert.ts';
import { loadFold } from '../../cli/harness/precision.ts';

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

const toHant = await loadToHant();
const fold = await loadFold();
const dataset = JSON.parse(readDist('data/cases.json')) as {
  cases: { id: string; keywords: string[] }[];
};

/** Every published keyword in a script, with the URLs of the cases filed under it (from the open dataset). */
function keywordsOf(script: Script): [string, string[]][] {
  const filed = new Map<string, string[]>();
  for (const c of dataset.cases) {
    for (const keyword of c.keywords) {
      const k = script === 'zh-hant' ? toHant(keyword) : keyword;
      filed.set(k, [...(filed.get(k) ?? []), `/${script}/cases/${c.id}/`]);
    }
  }
  return [...filed];
}

describe.each(['zh-hans', 'zh-hant'] as const)('on the %s search page', (script) => {
  test('every published keyword lists all the cases filed under it (or under a longer keyword that contains it), first', async () => {
    const page = await browser.newPage();
    await openSearch(page, inject('baseURL'), script, {});
    const keywords = keywordsOf(script);
    expect(keywords.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const [keyword] of keywords) {
      // Cases filed under the keyword, or under a longer one that contains it (包容审慎 → 包容审慎监管).
      const filed = [
        ...new Set(
          keywords.filter(([k]) => fold(k).includes(fold(keyword))).flatMap(([, urls]) => urls),
        ),
      ];
      await submitQuery(page, keyword);
      const first = (await showResults(page, filed.length))
        .slice(0, filed.length)
        .map((r) => r.href);
      if ([...first].sort().join() !== [...filed].sort().join())
        wrong.push(`${keyword}: ${first.join(' ')} ≠ ${filed.join(' ')}`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  });

  test('a query that starts a keyword also lists its cases first (包容审慎 → 包容审慎监管)', async () => {
    const page = await browser.newPage();
    await openSearch(page, inject('baseURL'), script, {
      q: script === 'zh-hans' ? '包容审慎' : '包容審慎',
    });
    await showResults(page);
    const shown = await page
      .locator('[data-search-results] > .search-hit')
      .evaluateAll((items) => items.map((item) => Boolean(item.querySelector('.hit-badge'))));
    // Hits filed under a matching keyword are marked and come before all others.
    const marked = shown.filter(Boolean).length;
    expect(marked).toBeGreaterThanOrEqual(5);
    expect(marked).toBeLessThan(shown.length);
    expect(shown.slice(0, marked).every(Boolean)).toBe(true);
    await page.close();
  });

  test('a case listed without a text match (by its keyword or filters alone) is shown like any other: title, region, date, excerpt', async () => {
    // Such a case's data is its Pagefind fragment, loaded by the page itself (no text search to ask for it).
    const [keyword, filed] = keywordsOf(script).sort((a, b) => b[1].length - a[1].length)[0]!;
    const page = await browser.newPage();
    await openSearch(page, inject('baseURL'), script, { keyword });
    const shown = await showResults(page);
    expect(shown.map((r) => r.href).sort()).toEqual([...filed].sort());
    for (const url of filed) {
      const hit = page.locator('[data-search-results] > .search-hit', {
        has: page.locator(`h3 a[href="${url}"]`),
      });
      expect((await hit.locator('h3').textContent())?.length, url).toBeGreaterThan(4);
      expect(await hit.locator('.hit-meta').textContent(), url).toMatch(
        /^\S+.* · \d{4}(-\d\d-\d\d)?$/,
      );
      // The case's own text, from its first heading: not the hidden region and keyword words the index has first.
      const excerpt = (await hit.locator('.hit-excerpt').textContent()) ?? '';
      expect(excerpt.length, url).toBeGreaterThan(20);
      expect(excerpt, url).not.toContain(`${keyword}。`);
    }
    await page.close();
  });
});
