/**
 * Case pages officials can cite: citations, stable paragraph anchors, related
 * cases and citation metadata on every built case page, then the copy
 * controls, keyboard access and print styles in Chromium.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../cli/harness/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { distFiles, readDist } from '../support/dist.ts';

const casePages = distFiles(/\/zh-han[st]\/cases\/[^/]+\/index\.html$/);
const hansCasePages = casePages.filter((p) => p.startsWith('zh-hans/'));
const SITE = 'https://typical-cases.example.org';

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
const textOf = (fragment: string) =>
  fragment
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const citationText = (html: string, kind: string) => {
  const match = new RegExp(`<p class="cite-text" id="cite-${kind}">([\\s\\S]*?)</p>`).exec(html);
  return match ? textOf(match[1]!) : undefined;
};
const metaContent = (html: string, name: string) =>
  [
    ...html.matchAll(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"`, 'g')),
  ].map((m) => m[1]!);

describe('every built case page', () => {
  test('exists in both scripts', () => {
    expect(hansCasePages.length).toBeGreaterThan(0);
    expect(casePages.length).toBe(hansCasePages.length * 2);
  });

  test('offers the GB/T 7714—2025 and —2015 entries, the 公文 form and the link, all with its canonical URL', () => {
    for (const page of casePages) {
      const html = readDist(page);
      const url = canonicalOf(html)!;
      expect(url, page).toBe(`${SITE}/${page.replace(/index\.html$/, '')}`);
      const gbt2025 = citationText(html, 'gbt2025');
      const gbt2015 = citationText(html, 'gbt2015');
      expect(gbt2025, page).toMatch(
        new RegExp(
          `\\[EB/OL\\]\\. （\\d{4}-\\d{2}-\\d{2}）\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${url}\\.$`,
        ),
      );
      expect(gbt2015, page).toMatch(
        new RegExp(
          `\\[EB/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${url}\\.$`,
        ),
      );
      expect(citationText(html, 'official'), page).toMatch(/案例[一二三四五六七八九十]+，.+。$/);
      expect(citationText(html, 'link'), page).toBe(url);
      expect(html, page).toContain('data-cite-date>');
    }
  });

  test('numbers its paragraphs p1…pN, each with a copy-link control, and no id twice', () => {
    for (const page of casePages) {
      const html = readDist(page);
      const paragraphIds = [...html.matchAll(/<p id="(p\d+)" data-para="(\d+)"[^>]*>/g)];
      expect(paragraphIds.length, page).toBeGreaterThan(0);
      paragraphIds.forEach((m, i) => {
        expect(m[1]).toBe(`p${i + 1}`);
        expect(m[2]).toBe(String(i + 1));
      });
      expect(
        html.match(/<a class="para-link" href="#p\d+" aria-label="[^"]+"/g)?.length,
        page,
      ).toBe(paragraphIds.length);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.length - new Set(ids).size, `${page} repeats an id`).toBe(0);
    }
  });

  test('has the same paragraph anchors in both scripts', () => {
    const anchors = (html: string) => [...html.matchAll(/<p id="(p\d+)"/g)].map((m) => m[1]);
    for (const page of hansCasePages) {
      expect(anchors(readDist(page.replace('zh-hans/', 'zh-hant/'))), page).toEqual(
        anchors(readDist(page)),
      );
    }
  });

  test('links each figure of 数字一览 to a paragraph of the page', () => {
    for (const page of casePages) {
      const html = readDist(page);
      for (const [, target] of html.matchAll(/data-metric-paragraph="(p\d+)"/g))
        expect(html, page).toContain(`<p id="${target}"`);
    }
  });

  test(`lists 3 to 5 related cases, never itself, each a built page`, () => {
    const others = hansCasePages.length - 1;
    for (const page of casePages) {
      const html = readDist(page);
      const id = page.split('/')[2];
      const related = [...html.matchAll(/data-related-id="([^"]+)"/g)].map((m) => m[1]!);
      expect(related.length, page).toBeGreaterThanOrEqual(Math.min(3, others));
      expect(related.length, page).toBeLessThanOrEqual(5);
      expect(related, page).not.toContain(id);
      for (const other of related)
        expect(casePages, page).toContain(page.replace(`/${id}/`, `/${other}/`));
    }
  });

  test('shows its source, 最后修订 and change history', () => {
    for (const page of hansCasePages) {
      const html = readDist(page);
      expect(html, page).toMatch(
        /<section class="source-box"[\s\S]*<dt>原文<\/dt>[\s\S]*<dt>案例序号<\/dt><dd>案例[一二三四五六七八九十]+<\/dd>/,
      );
      expect(html, page).toMatch(
        /<h2 id="revisions-heading">最后修订：<time datetime="\d{4}-\d{2}-\d{2}">/,
      );
      expect(html, page).toMatch(
        /<ol class="revision-list"><li><time datetime="[\d-]+">[\d-]+<\/time> 收录本库<\/li>/,
      );
    }
  });

  test('marks every external link rel="noopener external"', () => {
    for (const page of casePages) {
      for (const [tag] of readDist(page).matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        expect(tag, page).toMatch(/rel="noopener external"/);
      }
    }
  });

  test('carries citation_*, Dublin Core and schema.org metadata that agree with the page', () => {
    for (const page of casePages) {
      const html = readDist(page);
      const url = canonicalOf(html)!;
      const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!);
      expect(metaContent(html, 'citation_title'), page).toEqual([title]);
      expect(metaContent(html, 'citation_public_url'), page).toEqual([url]);
      expect(metaContent(html, 'citation_publication_date')[0], page).toMatch(
        /^\d{4}\/\d{2}\/\d{2}$/,
      );
      expect(metaContent(html, 'citation_publisher').length, page).toBe(1);
      expect(metaContent(html, 'DC.title'), page).toEqual([title]);
      expect(metaContent(html, 'DC.identifier'), page).toEqual([url]);
      const ld = JSON.parse(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!,
      );
      expect(ld, page).toMatchObject({ '@type': 'Report', url, name: title });
      expect(ld.keywords.length, page).toBeGreaterThan(0);
      expect(ld.about.length, page).toBe(ld.keywords.length);
      expect(ld.spatialCoverage, page).toMatchObject({
        '@type': 'AdministrativeArea',
        identifier: expect.stringMatching(/^\d{6}$/),
      });
      expect(
        ld.isPartOf.map((p: { '@type': string }) => p['@type']),
        page,
      ).toEqual(['CreativeWork', 'WebSite']);
    }
  });

  test('weighs less than 150 KiB with its stylesheets and scripts', () => {
    for (const page of casePages) {
      const html = readDist(page);
      const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) =>
        m[1]!.slice(1),
      );
      const bytes =
        Buffer.byteLength(html) +
        assets.reduce((sum, asset) => sum + Buffer.byteLength(readDist(asset)), 0);
      expect(bytes, page).toBeLessThan(150 * 1024);
    }
  });
});

describe('a case page in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  const path = '/zh-hans/cases/nx-2025-01/';
  const open = async (p = path): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${inject('baseURL')}${p}`);
    return page;
  };
  /** The reader's calendar day, as the page's script computes it. */
  const today = (page: Page) =>
    page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: inject('baseURL'),
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('copies the GB/T 7714—2025 entry with today as 引用日期', async () => {
    const page = await open();
    const button = page.getByRole('button', { name: '复制GB/T 7714—2025 参考文献' });
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#cite-gbt2025').innerText());
    expect(copied).toContain(
      `[${await today(page)}]. https://typical-cases.example.org/zh-hans/cases/nx-2025-01/.`,
    );
    await expect(page.locator('[data-copy-status]').innerText()).resolves.toBe(
      '已复制GB/T 7714—2025 参考文献',
    );
    await page.close();
  });

  test('copies the 公文 form and the plain link', async () => {
    const page = await open();
    await page.getByRole('button', { name: '复制公文引用' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^《中卫市“三减”执法模式》，.*案例一，.+。$/,
    );
    await page.getByRole('button', { name: '复制链接' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://typical-cases.example.org/zh-hans/cases/nx-2025-01/',
    );
    await page.close();
  });

  test('copies the canonical link of a paragraph from its control', async () => {
    const page = await open();
    await page.locator('#p2').hover();
    await page.getByRole('link', { name: '复制第2段链接' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://typical-cases.example.org/zh-hans/cases/nx-2025-01/#p2',
    );
    expect(new URL(page.url()).hash).toBe('#p2');
    await page.close();
  });

  test('reaches the paragraph link controls with Tab, and shows the number on focus', async () => {
    const page = await open();
    await page.locator('h1').click();
    let name: string | null = null;
    for (let i = 0; i < 40 && !name?.startsWith('复制第'); i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    }
    expect(name).toBe('复制第1段链接');
    const focused = page.locator('#p1 .para-link');
    await expect(focused.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('1');
    await expect(focused.innerText()).resolves.toBe('第1段');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://typical-cases.example.org/zh-hans/cases/nx-2025-01/#p1',
    );
    await page.close();
  });

  test('copies the traditional-script citation from a zh-hant page', async () => {
    const page = await open('/zh-hant/cases/nx-2025-01/');
    await page.getByRole('button', { name: '複製GB/T 7714—2025 參考文獻' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^中衛市“三減”執法模式\[EB\/OL\]\. （[\d-]+）\[[\d-]+\]\. https:\/\/typical-cases\.example\.org\/zh-hant\/cases\/nx-2025-01\/\.$/,
    );
    await page.close();
  });

  test('prints without navigation or search, with the address and the citations', async () => {
    const page = await open();
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display);
    for (const chrome of [
      '.site-header',
      '.site-footer',
      '.copy-button',
      '.related',
      '.skip-link',
      '.cite-intro',
    ]) {
      await expect(display(chrome), chrome).resolves.toBe('none');
    }
    for (const chrome of [
      '.main-nav',
      'form[role="search"]',
      '[data-script-toggle]',
      '.copy-button',
      '.related',
    ]) {
      await expect(page.locator(chrome).first().isVisible(), chrome).resolves.toBe(false);
    }
    await expect(page.locator('.page-address').isVisible()).resolves.toBe(true);
    await expect(page.locator('.page-address').innerText()).resolves.toContain(
      'https://typical-cases.example.org/zh-hans/cases/nx-2025-01/',
    );
    await expect(page.locator('#cite-gbt2025').isVisible()).resolves.toBe(true);
    await expect(
      page.locator('#p1 .para-link').evaluate((el) => getComputedStyle(el).opacity),
    ).resolves.toBe('1');
    // Not the 报告此段错误 links (not printed) or the database searches of cited laws (their title says enough).
    const external = page.locator('a[rel~="external"]:not(.url, .para-report, .doc-link)');
    if (await external.count()) {
      await expect(
        external.first().evaluate((el) => getComputedStyle(el, '::after').content),
      ).resolves.toContain('http');
    }
    await expect(
      page
        .locator('.case-body p')
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside),
    ).resolves.toBe('avoid');
    await page.close();
  });

  // The page's own content (<main>); the shared header and footer are the layout's to test.
  test.each(['/zh-hans/cases/nx-2025-01/', '/zh-hant/cases/nx-2025-01/'])(
    '%s has no WCAG 2.2 AA violation axe can find in <main>',
    async (p) => {
      const page = await open(p);
      const violations = await axeViolations(page, { include: ['main'] });
      expect(violations).toEqual([]);
      await page.close();
    },
  );

  test('shows the citations as selectable text without JavaScript, dated the day of the build', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${inject('baseURL')}${path}`);
    await expect(page.locator('#cite-gbt2025').innerText()).resolves.toMatch(/\[EB\/OL\]/);
    await expect(page.locator('.copy-button').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-cite-note="noscript"]').innerText()).resolves.toContain(
      '请改为您访问本页的日期',
    );
    await noScript.close();
  });
});
