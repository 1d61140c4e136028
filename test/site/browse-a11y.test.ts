/**
 * axe-core (WCAG 2.2 A and AA rules, and best practices) on the home, browse,
 * numbers and docs pages, in Chromium. The shared header belongs to the
 * layout and is left to its own tests.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { contentCases } from '../support/content.ts';
import { injectAxe } from '../support/axe.ts';

const first = contentCases()[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page): Promise<string[]> {
  await injectAxe(page); // CSP refuses addScriptTag; see test/support/axe.ts
  const result = await page.evaluate(() =>
    // @ts-expect-error axe is injected above
    window.axe.run({ exclude: [['.site-header']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
  );
  return (result as { violations: { id: string; nodes: { target: string[] }[] }[] }).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const paths = [
  '/zh-hans/',
  '/zh-hant/',
  '/zh-hans/regions/',
  `/zh-hans/regions/${first.data.region.code}/`,
  '/zh-hans/keywords/',
  `/zh-hant/keywords/${encodeURIComponent(first.data.keywords[0]!)}/`,
  '/zh-hans/years/',
  `/zh-hans/years/${first.data.year}/`,
  '/zh-hans/sources/',
  `/zh-hant/sources/${first.data.source}/`,
  '/zh-hans/numbers/',
  '/zh-hant/docs/data/',
  '/zh-hans/docs/contributing/',
];

describe('accessibility of the browse pages', () => {
  test.each(paths)('%s has no axe violations', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseURL')}${path}`);
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('the numbers page has no axe violations once a column is sorted', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseURL')}/zh-hant/numbers/`);
    const button = page.locator('table.numbers thead th button').first();
    if (await button.count()) await button.click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
