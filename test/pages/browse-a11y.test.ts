/**
 * axe-core (WCAG 2.2 A and AA rules, and best practices) on the home, browse,
 * numbers and docs pages, in Chromium. The shared header belongs to the
 * layout and is left to its own tests.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import { axeViolations, wcag22aa } from '../support/axe.ts';
import { contentCases } from '../support/content.ts';
import { domainPath } from '../../src/site/routes.ts';
import type { EnforcementDomain } from '../../src/model/schema/domains.ts';

const first = contentCases()[0]!;

let browser: Browser;
useChromium((b) => {
  browser = b;
});

/** WCAG 2.2 A/AA and best practices, outside the shared header. */
const violations = (page: Page) =>
  axeViolations(page, { tags: [...wcag22aa, 'best-practice'], exclude: ['.site-header'] });

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
  '/zh-hans/domains/',
  domainPath('zh-hant', first.data.domains[0] as EnforcementDomain),
  '/zh-hans/numbers/',
  '/zh-hant/docs/data/',
  '/zh-hans/docs/contributing/',
];

describe('accessibility of the browse pages', () => {
  test.each(paths)('%s has no axe violations', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseURL')}${path}`);
    await page
      .locator('details')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
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
