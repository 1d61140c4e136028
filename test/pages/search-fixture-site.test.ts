/**
 * Search on a small collection of its own (test/fixtures/search-site/cases),
 * built and indexed like the real site, where the counts are known:
 * - 跨段词组 occurs only split across two paragraphs (跨段 | 词组): it must
 *   not match as a phrase, while 跨段 词组 (two terms) does;
 * - 回访机制 is in the title of one case, the 典型意义 of another (twice) and
 *   the 基本案情 of a third (once).
 * It is built with one case page per part of the index (SITE_INDEX_PART_PAGES=1,
 * src/search/index-parts.ts): four parts, one case in each, so every search
 * here reads fragments from several parts, and near matches merge them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../cli/bench/workspace.ts';
import { astroBuild } from '../support/astro-build.ts';
import { launchChromium } from '../../cli/harness/browser.ts';
import { serveDist } from '../../cli/harness/server.ts';
import { openSearch, resultItems, shownResults } from '../../cli/harness/search-driver.ts';
import { casePath, paragraphPath } from '../../src/site/routes.ts';
import { partCount, partFolder, partOf } from '../../src/search/index-parts.ts';
import { fillText, ui } from '../../src/i18n/ui.ts';
import type { Script } from '../../src/i18n/script.ts';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = new URL('../fixtures/search-site/cases/', import.meta.url).pathname;
let dir: string;
let server: Server;
let baseURL: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-site-'));
  copyProject(root, dir);
  const cases = join(dir, 'content/cases');
  for (const file of readdirSync(cases)) rmSync(join(cases, file));
  cpSync(fixtures, cases, { recursive: true });
  const built = await astroBuild(dir, { SITE_INDEX_PART_PAGES: '1' });
  if (built.failed)
    throw new Error(`the fixture site did not build:\n${built.output.slice(-3000)}`);
  ({ server, url: baseURL } = await serveDist(join(dir, 'dist')));
  browser = await launchChromium();
  page = await browser.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ids = async () =>
  (await shownResults(page)).map((r) => /\/cases\/([^/]+)\//.exec(r.href)?.[1]);
const status = () => page.locator('[data-search-status]').textContent();

const caseIds = ['nx-2025-01', 'nx-2025-02', 'nx-2025-03', 'nx-2025-04'];

test('the index is in parts, each a Pagefind bundle of its own, holding its cases only', () => {
  const parts = partCount(caseIds.length, 1);
  expect(parts).toBe(4);
  for (const id of caseIds) {
    const folder = join(dir, 'dist/pagefind', partFolder(partOf(id, parts), parts));
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['zh-hans']!.page_count).toBe(1);
  }
  // The four cases fall in four parts (so the tests below read every part).
  expect(new Set(caseIds.map((id) => partOf(id, parts))).size).toBe(4);
});

describe.each(['zh-hans', 'zh-hant'] as Script[])(
  'on the %s search page of a small collection',
  (script) => {
    const t = ui[script];

    test('a phrase that occurs only split across two paragraphs is not found, but its two halves as two terms are', async () => {
      await openSearch(page, baseURL, script, { q: '跨段词组' });
      expect(await ids()).toEqual([]);
      expect(await status()).toBe(fillText(t.searchNoneFor, { q: '跨段词组' }));
      await openSearch(page, baseURL, script, { q: '"跨段词组"' });
      expect(await ids()).toEqual([]);
      await openSearch(page, baseURL, script, { q: '跨段 词组' });
      expect(await ids()).toEqual(['nx-2025-01']);
      // Each half is marked in its own paragraph, and both paragraphs are listed.
      const links = await resultItems(page)
        .locator('a.hit-paragraph')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([
        paragraphPath(script, 'nx-2025-01', 1),
        paragraphPath(script, 'nx-2025-01', 2),
      ]);
    });

    test('finds a number and a Latin word whole: 12345 not inside 123456, AI not inside email', async () => {
      // nx-2025-04: 拨打12345热线 … AI助手; nx-2025-03: 0951-123456 … email.
      await openSearch(page, baseURL, script, { q: '12345' });
      expect(await ids()).toEqual(['nx-2025-04']);
      await openSearch(page, baseURL, script, { q: '１２３４５６' });
      expect(await ids()).toEqual(['nx-2025-03']);
      await openSearch(page, baseURL, script, { q: 'ai' });
      expect(await ids()).toEqual(['nx-2025-04']);
      await openSearch(page, baseURL, script, { q: '23456' });
      expect(await ids()).toEqual([]);
    });

    test('counts exactly the cases that hold the query, the one with it in its title first, then by occurrences', async () => {
      await openSearch(page, baseURL, script, { q: '回访机制' });
      expect(await ids()).toEqual(['nx-2025-04', 'nx-2025-02', 'nx-2025-03']);
      expect(await status()).toBe(fillText(t.searchFoundFor, { q: '回访机制', n: 3 }));
      // Found by its title only: the start of its text, not an empty excerpt.
      const titleOnly = resultItems(page).filter({
        has: page.locator(`h3 a[href="${casePath(script, 'nx-2025-04')}"]`),
      });
      expect(await titleOnly.locator('.hit-paragraphs').count()).toBe(0);
      expect(await titleOnly.locator('p.hit-excerpt').textContent()).toMatch(
        /^丁市近年來|^丁市近年来/,
      );
      expect(await titleOnly.locator('h3 mark').allTextContents()).toEqual([
        script === 'zh-hant' ? '回訪機制' : '回访机制',
      ]);
    });

    test.each([
      ['title', ['nx-2025-04']],
      ['keywords', []],
      ['facts', ['nx-2025-03']],
      ['significance', ['nx-2025-02']],
      ['other', []],
    ] as const)('searching only in %s lists %j', async (scope, expected) => {
      await openSearch(page, baseURL, script, { q: '回访机制', in: scope });
      expect(await ids()).toEqual(expected);
      if (expected.length === 0) {
        const names = {
          title: t.searchScopeTitle,
          keywords: t.searchScopeKeywords,
          facts: t.searchScopeFacts,
          significance: t.searchScopeSignificance,
          other: t.searchScopeOther,
        };
        expect(await status()).toBe(
          fillText(t.searchNoneForIn, { q: '回访机制', scope: names[scope] }),
        );
      }
    });

    test('offers as near matches the cases of every part of the index that hold part of the query', async () => {
      // 回访机制 is in three cases, in three parts; 查无此词 in none.
      await openSearch(page, baseURL, script, { q: '回访机制 查无此词' });
      expect(await ids()).toEqual([]);
      await page.getByRole('button', { name: t.searchPartialShow }).click();
      await page.getByRole('heading', { name: t.searchPartialHeading }).waitFor();
      const near = await page
        .locator('[data-search-partial-results] h3 a')
        .evaluateAll((as) =>
          as.map((a) => /\/cases\/([^/]+)\//.exec(a.getAttribute('href')!)?.[1]),
        );
      expect(near).toEqual(expect.arrayContaining(['nx-2025-02', 'nx-2025-03', 'nx-2025-04']));
    });

    test('the paragraphs before the first heading and under other headings are 其他正文', async () => {
      await openSearch(page, baseURL, script, { q: '丁市', in: 'other' });
      expect(await ids()).toEqual(['nx-2025-04']);
      const links = await resultItems(page)
        .locator('a.hit-paragraph')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([
        paragraphPath(script, 'nx-2025-04', 1),
        paragraphPath(script, 'nx-2025-04', 2),
      ]);
    });
  },
);
