/**
 * The site on a small collection of its own (test/fixtures/site-collection):
 * five cases in two provinces, from three sources dated 2024-05-20,
 * 2025-03-01 and not at all, so the date sort, the counts and the browse pages
 * are checked against values known in advance. nx-2024-01 reports on 2024 in
 * the source of 2025-03-01: the site order (year first) and the date order differ.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../cli/harness/browser.ts';
import { openSearch, showResults } from '../../cli/harness/search-driver.ts';
import { fixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { ui } from '../../src/i18n/ui.ts';

let site: FixtureSite;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  site = await fixtureSite('site-collection');
  browser = await launchChromium();
  page = await browser.newPage();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const ids = async () =>
  (await showResults(page)).map((r) => /\/cases\/([^/]+)\//.exec(r.href)?.[1]);

describe('the search page of the fixture collection', () => {
  test('sorts by date, latest first: a dated source before its year alone, and cases of one date in the site order', async () => {
    // 宁夏, in the site order: nx-2025-01 (2025, source of 2025-03-01), nx-2025-02 (2025, undated source),
    // nx-2024-01 (2024, source of 2025-03-01). By date: 2025-03-01, 2025-03-01, then 2025.
    await openSearch(page, site.baseURL, 'zh-hans', { region: '宁夏回族自治区' });
    expect(await ids()).toEqual(['nx-2025-01', 'nx-2025-02', 'nx-2024-01']);
    await openSearch(page, site.baseURL, 'zh-hans', { region: '宁夏回族自治区', sort: 'date' });
    expect(await ids()).toEqual(['nx-2025-01', 'nx-2024-01', 'nx-2025-02']);
    const dates = (await showResults(page)).map((r) => r.meta.split(' · ')[1]);
    expect(dates).toEqual(['2025-03-01', '2025-03-01', '2025']);
  });

  test('sorts the results of a query by date too, in either script', async () => {
    await openSearch(page, site.baseURL, 'zh-hant', { q: '執法', sort: 'date' });
    const badge = ui['zh-hant'].searchKeywordHit; // 關鍵詞相符, after the date of a case filed under 执法监督
    const dates = (await showResults(page)).map((r) => r.meta.split(' · ')[1]!.replace(badge, ''));
    expect(dates).toEqual(['2025-03-01', '2025-03-01', '2025-03-01', '2025', '2024-05-20']);
  });

  test('counts the cases of each province, keyword and domain', async () => {
    const options = async (label: string) => {
      const select = page.getByRole('combobox', { name: label, exact: true });
      await select.focus();
      return (await select.locator('option').allTextContents()).slice(1).sort();
    };
    await openSearch(page, site.baseURL, 'zh-hans', { q: '执法' });
    const t = ui['zh-hans'];
    expect(await options(t.searchProvince)).toEqual(['内蒙古自治区（2）', '宁夏回族自治区（3）']);
    expect(await options(t.domains)).toEqual(
      ['市场监管（2）', '执法监督（1）', '综合监管（2）', '行政审批（1）'].sort(),
    );
    expect(await options(t.keywords)).toContain('综合查一次（2）');
  });

  test('narrows to a province and a domain together', async () => {
    await openSearch(page, site.baseURL, 'zh-hant', {
      region: '宁夏回族自治区',
      domain: '综合监管',
    });
    expect(await ids()).toEqual(['nx-2025-01']);
  });
});

describe('the domain pages of the fixture collection', () => {
  test('the index counts each domain of the list, and says 暂无案例 for those without cases', async () => {
    for (const script of ['zh-hans', 'zh-hant'] as const) {
      await page.goto(`${site.baseURL}/${script}/domains/`);
      const item = (slug: string) => page.locator(`li[data-domain="${slug}"]`);
      expect(await item('market-regulation').innerText()).toContain('2');
      expect(await item('market-regulation').getByRole('link').getAttribute('href')).toBe(
        `/${script}/domains/market-regulation/`,
      );
      expect(await item('public-security').innerText()).toContain(ui[script].noCasesYet);
      expect(await item('public-security').getByRole('link').count()).toBe(0);
    }
  });

  test('a domain page lists its cases, and a domain without cases has no page', async () => {
    await page.goto(`${site.baseURL}/zh-hans/domains/cross-department-supervision/`);
    const listed = await page
      .locator('main li[data-case-id]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-case-id')));
    expect(listed).toEqual(['nx-2025-01', 'nm-2025-01']);
    const missing = await page.goto(`${site.baseURL}/zh-hans/domains/public-security/`);
    expect(missing?.status()).toBe(404);
  });
});

describe('an approximate figure of the fixture collection (nx-2025-02: 30余家, 90%以上, 约3天)', () => {
  const figures = async (path: string, selector: string) => {
    await page.goto(`${site.baseURL}${path}`);
    return (await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ''));
  };

  test('the case page shows the word that makes it approximate, in both scripts', async () => {
    expect(await figures('/zh-hans/cases/nx-2025-02/', '.metric-figure')).toEqual([
      '30余家',
      '90%以上',
      '约3天',
    ]);
    expect(await figures('/zh-hant/cases/nx-2025-02/', '.metric-figure')).toEqual([
      expect.stringMatching(/^30[余餘]家$/),
      '90%以上',
      '約3天',
    ]);
  });

  test('the numbers page and the CSV keep the word too', async () => {
    await page.goto(`${site.baseURL}/zh-hans/numbers/`);
    const figure = async (label: string) => {
      const row = page.locator('tr[data-case-id="nx-2025-02"]', {
        has: page.getByRole('rowheader', { name: label, exact: true }),
      });
      return await row
        .locator('td')
        .evaluateAll((cells) => cells.slice(0, 2).map((c) => c.textContent?.trim()));
    };
    expect(await figure('设立联系点的企业')).toEqual(['30余', '家']);
    expect(await figure('企业意见办结率')).toEqual(['90', '%以上']);
    expect(await figure('企业意见平均答复时间')).toEqual(['约3', '天']);
    const csv = await (await fetch(`${site.baseURL}/data/cases.csv`)).text();
    const line = csv.split('\n').find((l) => l.startsWith('nx-2025-02,'));
    expect(line).toContain(
      '设立联系点的企业=30余 家；企业意见办结率=90 %以上；企业意见平均答复时间=约3 天',
    );
  });

  test('the plain-text file of the case keeps the word too', async () => {
    await page.goto(`${site.baseURL}/zh-hans/cases/nx-2025-02/`);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: ui['zh-hans'].downloadTxt }).click(),
    ]);
    const text = readFileSync((await file.path())!, 'utf8');
    for (const line of [
      '设立联系点的企业：30余家',
      '企业意见办结率：90%以上',
      '企业意见平均答复时间：约3天',
    ])
      expect(text).toContain(line);
  });
});
