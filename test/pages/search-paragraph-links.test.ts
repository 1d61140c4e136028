/**
 * A result's 第N段 links land on a paragraph that holds the query: the case
 * page scrolls to it and marks it, with JavaScript and without (`:target`).
 */
import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { useChromium } from '../support/use-chromium.ts';
import { openSearch, resultItems } from '../../cli/harness/search-driver.ts';
import { holds, loadFold } from '../../cli/harness/precision.ts';
import { paragraphPath } from '../../src/site/routes.ts';
import { fillText, ui } from '../../src/i18n/ui.ts';
import type { Script } from '../../src/i18n/script.ts';

const precision = JSON.parse(
  readFileSync(new URL('../fixtures/precision-queries.json', import.meta.url), 'utf8'),
) as { contains: string[] };
const fold = await loadFold();

let browser: Browser;
useChromium((b) => {
  browser = b;
});

/** The 第N段 links of the results shown: `[href, label]`. */
const paragraphLinks = (page: Page) =>
  resultItems(page)
    .locator('a.hit-paragraph')
    .evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']));

/** What the case page shows of its target paragraph: its text, whether it is on screen, its background. */
const target = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector<HTMLElement>(':target');
    if (!p) return undefined;
    const box = p.getBoundingClientRect();
    const other = [...document.querySelectorAll<HTMLElement>('.case-body p')].find((x) => x !== p)!;
    const link = p.querySelector('.para-link')?.textContent ?? '';
    return {
      id: p.id,
      text: (p.textContent ?? '').replace(link, ''),
      onScreen: box.top >= 0 && box.top < window.innerHeight,
      background: getComputedStyle(p).backgroundColor,
      otherBackground: getComputedStyle(other).backgroundColor,
    };
  });

describe.each(['zh-hans', 'zh-hant'] as Script[])('on the %s search page', (script) => {
  test.each(precision.contains)(
    'the 第N段 links for %s go to paragraphs that hold it, which the case page scrolls to and marks',
    async (q) => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      await openSearch(page, inject('baseURL'), script, { q });
      const links = await paragraphLinks(page);
      expect(links.length).toBeGreaterThan(0);
      for (const [href, label] of links) {
        const [, id, n] = /\/cases\/([^/]+)\/#p(\d+)$/.exec(href)!;
        expect(href).toBe(paragraphPath(script, id!, Number(n)));
        expect(label).toBe(fillText(ui[script].paragraphMarker, { n: Number(n) }));
      }
      // Open the first and the last link, as a reader would.
      for (const [href] of [links[0]!, links[links.length - 1]!]) {
        await page.goto(`${inject('baseURL')}${href}`);
        const shown = await target(page);
        expect(shown?.id).toBe(href.split('#')[1]);
        expect(holds([shown!.text], q, fold), shown!.text).toBe(true);
        expect(shown!.onScreen).toBe(true);
        expect(shown!.background).not.toBe(shown!.otherBackground);
      }
      await page.close();
    },
  );

  test('a 第N段 link also lands on its paragraph and marks it without JavaScript', async () => {
    const page = await browser.newPage();
    await openSearch(page, inject('baseURL'), script, { q: precision.contains[0]! });
    const [href] = (await paragraphLinks(page))[0]!;
    await page.close();
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1000, height: 700 },
    });
    const noJs = await context.newPage();
    await noJs.goto(`${inject('baseURL')}${href}`);
    const shown = await target(noJs);
    expect(shown?.id).toBe(href!.split('#')[1]);
    expect(holds([shown!.text], precision.contains[0]!, fold)).toBe(true);
    expect(shown!.onScreen).toBe(true);
    expect(shown!.background).not.toBe(shown!.otherBackground);
    await context.close();
  });
});
