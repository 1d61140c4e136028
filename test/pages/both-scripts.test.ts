import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../cli/harness/browser.ts';
import { distFiles, readDist, visibleText } from '../support/dist.ts';
import { simplifiedOnlyChars } from '../support/simplified-chars.ts';
import { loadToHant } from '../../src/i18n/convert.ts';

const hansPages = distFiles(/\/zh-hans\/.*\.html$/);
const hantPages = distFiles(/\/zh-hant\/.*\.html$/);

/** Reader-visible attribute values: alt, title, aria-label, placeholder, meta content. */
function visibleAttributes(html: string): string {
  return [
    ...html.matchAll(
      /\s(?:alt|title|aria-label|placeholder|content|data-pagefind-(?:filter|meta))="([^"]*)"/g,
    ),
  ]
    .map((m) => m[1])
    .join(' ');
}

/** JSON data blocks embedded in the page (JSON-LD and page data). */
const jsonBlocks = (html: string) =>
  [...html.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join(' ');

describe('the two scripts', () => {
  test('every zh-hans page has a zh-hant twin, and the reverse', () => {
    expect(hansPages.length).toBeGreaterThan(10);
    expect(hantPages.map((p) => p.replace('zh-hant/', 'zh-hans/')).sort()).toEqual(
      [...hansPages].sort(),
    );
  });

  test('each page declares its <html lang> and links its twin with hreflang and x-default', () => {
    for (const page of hansPages) {
      const hans = readDist(page);
      const hant = readDist(page.replace('zh-hans/', 'zh-hant/'));
      expect(hans, page).toContain('<html lang="zh-Hans"');
      expect(hant, page).toContain('<html lang="zh-Hant"');
      const path = encodeURI('/' + page.replace(/index\.html$/, ''));
      for (const html of [hans, hant]) {
        expect(html).toMatch(new RegExp(`hreflang="zh-Hans" href="[^"]*${path}"`));
        expect(html).toMatch(
          new RegExp(`hreflang="zh-Hant" href="[^"]*${path.replace('zh-hans', 'zh-hant')}"`),
        );
        expect(html).toContain('hreflang="x-default"');
      }
    }
  });

  test('zh-Hant pages have no simplified-only character in their text, attributes or embedded data', () => {
    const problems: string[] = [];
    for (const page of hantPages) {
      const html = readDist(page);
      const found = simplifiedOnlyChars(
        visibleText(html) + visibleAttributes(html) + jsonBlocks(html),
      );
      if (found.length) problems.push(`${page}: ${found.join('')}`);
    }
    expect(problems).toEqual([]);
  });

  test('no page writes 爲 or 裏', () => {
    for (const page of hantPages) expect(readDist(page), page).not.toMatch(/[爲裏]/);
  });

  test('the tricky words of the corpus come out right on the built case pages', async () => {
    const toHant = await loadToHant();
    const golden: [string, string][] = [
      ['干扰', '干擾'],
      ['干部', '幹部'],
      ['松绑', '鬆綁'],
      ['联系点', '聯繫點'],
      ['答复', '答覆'],
      ['重复检查', '重複檢查'],
      ['后厨', '後廚'],
      ['最后一公里', '最後一公里'],
      ['案卷', '案卷'],
      ['征集', '徵集'],
      ['太仆寺旗', '太僕寺旗'],
      ['当事人系首次', '當事人係首次'],
      ['可复制', '可複製'],
      ['予以公布', '予以公布'],
      ['发布', '發布'],
    ];
    let checked = 0;
    for (const page of hansPages.filter((p) => p.includes('/cases/'))) {
      const hans = visibleText(readDist(page));
      const hant = visibleText(readDist(page.replace('zh-hans/', 'zh-hant/')));
      for (const [simplified, traditional] of golden) {
        if (!hans.includes(simplified)) continue;
        checked += 1;
        expect(hant, `${page}: ${simplified}`).toContain(traditional);
        expect(toHant(simplified)).toBe(traditional);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('URLs and ids are never converted', () => {
    for (const page of hansPages) {
      const hrefs = (html: string) =>
        [...html.matchAll(/\s(?:href|src|id)="([^"]*)"/g)].map((m) =>
          m[1]!.replace('zh-hant', 'zh-hans'),
        );
      expect(hrefs(readDist(page.replace('zh-hans/', 'zh-hant/'))), page).toEqual(
        hrefs(readDist(page)),
      );
    }
  });
});

describe('switching script in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the toggle lands on the twin of the page you are on, keeping the query and hash', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseURL')}/zh-hans/cases/nx-2025-01/?from=test#p2`);
    await page.locator('[data-script-toggle]').click();
    await page.waitForURL(/zh-hant/);
    expect(
      new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash,
    ).toBe('/zh-hant/cases/nx-2025-01/?from=test#p2');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant');
    await page.locator('[data-script-toggle]').click();
    await page.waitForURL(/zh-hans/);
    expect(new URL(page.url()).pathname).toBe('/zh-hans/cases/nx-2025-01/');
    await page.close();
  });

  test.each([
    ['zh-TW', '/zh-hant/'],
    ['zh-HK', '/zh-hant/'],
    ['zh-CN', '/zh-hans/'],
    ['en-US', '/zh-hans/'],
  ])('`/` sends a reader whose language is %s to %s', async (locale, expected) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${inject('baseURL')}/`);
    await page.waitForURL((url) => url.pathname === expected);
    await context.close();
  });

  test('`/` shows plain links to both scripts without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-TW' });
    const page = await context.newPage();
    await page.goto(`${inject('baseURL')}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('a[href="/zh-hans/"]').innerText()).resolves.toBe('简体中文');
    await expect(page.locator('a[href="/zh-hant/"]').innerText()).resolves.toBe('繁體中文');
    await context.close();
  });
});
