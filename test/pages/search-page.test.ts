import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import { axeViolations } from '../support/axe.ts';
import {
  openSearch,
  resultItems,
  searchOf,
  showResults,
  shownResults,
  waitForSearch,
} from '../../cli/harness/search-driver.ts';
import { caseTexts, holds, loadFold } from '../../cli/harness/precision.ts';
import { contentCases } from '../support/content.ts';
import { simplifiedOnlyChars } from '../support/simplified-chars.ts';
import { distDir, readDist } from '../support/dist.ts';
import { casePath } from '../../src/site/routes.ts';
import { ui } from '../../src/i18n/ui.ts';

let browser: Browser;
let page: Page;
useChromium((b, p) => {
  browser = b;
  page = p;
});

const texts = caseTexts(distDir);
const fold = await loadFold();

describe('a search result', () => {
  test('links to the case, with its title, its region and its paragraphs, the query marked as a whole', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '冷却塔' });
    const hit = resultItems(page).first();
    const href = (await hit.locator('h3 a').getAttribute('href'))!;
    const id = /\/cases\/([^/]+)\//.exec(href)![1]!;
    expect(href).toBe(casePath('zh-hans', id));
    expect(holds(texts.get(id)!.texts, '冷却塔', fold)).toBe(true);
    expect(await hit.locator('.hit-meta').textContent()).toMatch(/^\S+.* · \d{4}/);
    const marks = await hit.locator('.hit-paragraphs mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(fold(mark)).toBe(fold('冷却塔'));
  });

  test('marks a term inside a longer word as a whole, not character by character (审慎 in 科学审慎适用)', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '审慎' });
    const marks = await resultItems(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => m !== '审慎')).toEqual([]);
  });

  // The one index holds the simplified pages; the traditional page converts what it shows.
  test.for(['综合查一次', '審批', '冷卻塔', '营商环境'])(
    'on the traditional page is in traditional script and leads to the traditional twin (%s)',
    async (query) => {
      await openSearch(page, inject('baseURL'), 'zh-hant', { q: query });
      const hits = resultItems(page);
      expect(await hits.count()).toBeGreaterThan(0);
      for (const hit of await hits.all()) {
        const text = await hit.innerText();
        expect(simplifiedOnlyChars(text), text).toEqual([]);
        const links = await hit
          .locator('a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        for (const href of links) expect(href).toMatch(/^\/zh-hant\/cases\/[^/]+\/(#p\d+)?$/);
        // The title is the twin page's own <h1>, and the excerpt's words are on that page.
        const href = links[0]!;
        const twin = readDist(`${href.slice(1)}index.html`);
        expect(twin).toContain(`>${await hit.locator('h3').innerText()}<`);
        const excerpt = (await hit.locator('.hit-excerpt').first().innerText())
          .replace(/^…|…$/g, '')
          .trim();
        const words = excerpt.split(/[\s….]+/).filter((w) => w.length >= 4);
        for (const word of words.slice(0, 3))
          expect(twin.replace(/<[^>]+>/g, ''), word).toContain(word);
      }
    },
  );

  test("shows the start of the case's own text when no paragraph holds the query (found by its title or keywords)", async () => {
    // A case whose title or keywords hold a term that none of its paragraphs has, from the collection.
    const found = [...texts.values()].flatMap((c) => {
      const paragraphs = [...c.paragraphs.values()];
      return [c.title, ...c.keywords]
        .filter((t) => t.length >= 2 && t.length <= 8)
        .filter((t) => !paragraphs.some((p) => holds([p], t, fold)))
        .map((term) => ({ c, term }));
    });
    expect(found.length).toBeGreaterThan(0);
    const { c, term } = found[0]!;
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: term });
    const hit = resultItems(page).filter({
      has: page.locator(`h3 a[href="${casePath('zh-hans', c.id)}"]`),
    });
    await showResults(page);
    expect(await hit.count()).toBe(1);
    expect(await hit.locator('.hit-paragraphs').count()).toBe(0);
    const excerpt = (await hit.locator('p.hit-excerpt').textContent())!.replace(/…$/, '');
    expect(excerpt.length).toBeGreaterThan(10);
    expect(c.paragraphs.get(1)!.startsWith(excerpt)).toBe(true);
  });

  test("shows the case's own text as excerpt, not the index's region and keyword words", async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '综合查一次' });
    // The hidden words of the index are the region as a reader says it, then the keywords.
    const regions = new Map(
      contentCases().map((c) => [
        casePath('zh-hans', c.id),
        [c.data.region.province, c.data.region.city, c.data.region.county]
          .filter(Boolean)
          .join(' '),
      ]),
    );
    const hits = resultItems(page);
    await showResults(page);
    expect(await hits.count()).toBeGreaterThan(0);
    for (const hit of await hits.all()) {
      const href = (await hit.getByRole('link').first().getAttribute('href'))!;
      expect(await hit.locator('.hit-excerpt').first().textContent(), href).not.toContain(
        `${regions.get(href)}。`,
      );
    }
  });
});

describe('the search page', () => {
  test("announces the number of cases found to screen readers, in the page's own words", async () => {
    await openSearch(page, inject('baseURL'), 'zh-hant', { q: '審批' });
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const n = (await shownResults(page)).length;
    expect(await status.textContent()).toMatch(new RegExp(`^「審批」：找到 \\d+ 個案例$`));
    expect(n).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toBe('搜尋案例');
  });

  test('offers a way on when nothing is found: remove the filters, example keywords, browse pages', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '冷却塔', region: '宁夏回族自治区' });
    expect(await shownResults(page)).toEqual([]);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      '没有找到包含“冷却塔”的案例',
    );
    const remove = page.locator('[data-search-remove-filters] a');
    expect(await remove.isVisible()).toBe(true);
    expect(await remove.getAttribute('href')).toBe(searchOf({ q: '冷却塔' }));
    expect(await page.locator('[data-search-examples] a').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-search-browse] a').first().isVisible()).toBe(true);
    await remove.click();
    await waitForSearch(page, searchOf({ q: '冷却塔' }));
    expect((await shownResults(page))[0]?.title).toContain('济南');
  });

  test('works from the keyboard: type, search, move to a result and open it', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', {});
    await page.locator('#search-q').focus();
    await page.keyboard.type('以工代赈');
    await page.keyboard.press('Enter');
    await waitForSearch(page, searchOf({ q: '以工代赈' }));
    let onResult = false;
    for (let i = 0; i < 20 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => !!document.activeElement?.closest('.search-hit'));
    }
    expect(onResult).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh-hans\/cases\//);
  });

  test('shows 5 results first, 5 more from the keyboard, and moves the focus to the first new one', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '执法' });
    expect(await resultItems(page).count()).toBe(5);
    const total = Number(
      /\/ (\d+) 个/.exec((await page.locator('[data-search-more]').textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(10);
    await page.locator('[data-search-more]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-search-results] > .search-hit').length > 5,
    );
    expect(await resultItems(page).count()).toBe(10);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.search-hit')].indexOf(
          document.activeElement!.closest('.search-hit')!,
        ),
      ),
    ).toBe(5);
  });

  test('sorts by date when asked, and keeps that in the URL', async () => {
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '执法' });
    await page.locator('select[name="sort"]').selectOption('date');
    await waitForSearch(page, searchOf({ q: '执法', sort: 'date' }));
    const dates = (await shownResults(page)).map((r) =>
      r.meta.split(' · ')[1]!.replace('关键词相符', ''),
    );
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('has no accessibility violations (axe, WCAG 2 A/AA) when nothing is found and the near matches are shown', async () => {
    for (const script of ['zh-hans', 'zh-hant'] as const) {
      await openSearch(page, inject('baseURL'), script, { q: '区块链', in: 'significance' });
      await page.getByRole('button', { name: ui[script].searchPartialShow }).click();
      await page.getByRole('heading', { name: ui[script].searchPartialHeading }).waitFor();
      // The heading of the near matches takes the focus, so a keyboard reader goes on from there.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-partial-heading');
      const violations = await axeViolations(page, { tags: ['wcag2a', 'wcag2aa'] });
      expect(violations).toEqual([]);
    }
  });

  test('has no accessibility violations (axe, WCAG 2 A/AA) with results and filters shown', async () => {
    for (const script of ['zh-hans', 'zh-hant'] as const) {
      await openSearch(page, inject('baseURL'), script, { q: '执法', region: '宁夏回族自治区' });
      const violations = await axeViolations(page, { tags: ['wcag2a', 'wcag2aa'] });
      expect(violations).toEqual([]);
    }
  });
});

describe('without JavaScript, the search page', () => {
  test('says that search needs JavaScript and links to the browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${inject('baseURL')}/zh-hans/search/?q=执法`);
    const text = await noJs.locator('main').innerText();
    expect(text).toContain('搜索需要浏览器启用 JavaScript');
    const links = await noJs
      .locator('main a')
      .evaluateAll((as) =>
        as
          .filter((a) => (a as HTMLElement).offsetParent !== null)
          .map((a) => a.getAttribute('href')),
      );
    expect(links).toEqual(
      expect.arrayContaining(['/zh-hans/regions/', '/zh-hans/keywords/', '/zh-hans/sources/']),
    );
    expect(await noJs.locator('[data-search-controls]').isVisible()).toBe(false);
    await context.close();
  });
});
