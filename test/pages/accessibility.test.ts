/**
 * Accessibility gates, in Chromium on the built site: axe-core's WCAG 2.2 A/AA
 * rules on the main pages and on one page of every kind, a keyboard-only walk
 * through the main task, reflow at 320 px and 200% text, high contrast and the
 * 大字 (large text) setting.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../cli/harness/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { inBothScripts, onePagePerType, openPage, waitForResults } from '../support/pages.ts';

const baseURL = inject('baseURL');
const casePage = '/zh-hans/cases/nx-2025-01/';

/** The pages named in the requirements, in both scripts; missing ones fail, they are never skipped. */
const mainPages = [
  ...inBothScripts('/zh-hans/'),
  `/zh-hans/search/?q=${encodeURIComponent('综合查一次')}`,
  `/zh-hant/search/?q=${encodeURIComponent('綜合查一次')}`,
  ...inBothScripts(casePage),
  ...inBothScripts('/zh-hans/regions/640000/'),
  ...inBothScripts(`/zh-hans/keywords/${encodeURIComponent('综合查一次')}/`),
];
const everyKind = onePagePerType().filter((path) => !mainPages.includes(path));

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  // The pages keep their Content-Security-Policy: axe goes in through the DevTools protocol (test/support/axe.ts).
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(run: (page: Page) => Promise<T>, ctx = context): Promise<T> {
  const page = await ctx.newPage();
  try {
    return await run(page);
  } finally {
    await page.close();
  }
}

describe.concurrent('axe-core finds no WCAG 2.2 AA violation', () => {
  test.for(mainPages)('on the main page %s', async (path, { expect }) => {
    const violations = await withPage(async (page) => {
      await openPage(page, baseURL, path, { stay: true });
      await waitForResults(page, path);
      return axeViolations(page);
    });
    expect(violations, `${path}:\n${violations.join('\n')}`).toEqual([]);
  });

  test.for(everyKind)('on %s, one page of its kind', async (path, { expect }) => {
    const violations = await withPage(async (page) => {
      await openPage(page, baseURL, path, { stay: true });
      return axeViolations(page);
    });
    expect(violations, `${path}:\n${violations.join('\n')}`).toEqual([]);
  });
});

/** Presses Tab until `isTarget` holds for the focused element; fails after `max` presses. */
async function tabUntil(
  page: Page,
  what: string,
  isTarget: () => Promise<boolean>,
  max = 250,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await isTarget()) return;
  }
  throw new Error(`按 Tab ${max} 次仍未到达：${what}（${page.url()}）`);
}

const focusedMatches = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

describe('a keyboard-only reader', () => {
  test('searches, opens a result, switches script and copies the citation', async () => {
    const ctx = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      await withPage(async (page) => {
        await openPage(page, baseURL, '/zh-hans/');
        await tabUntil(page, '搜索框', () => focusedMatches(page, 'input[type="search"]'));
        await page.keyboard.type('综合查一次');
        await Promise.all([page.waitForURL(/\/zh-hans\/search\/\?/), page.keyboard.press('Enter')]);
        await waitForResults(page, new URL(page.url()).pathname + new URL(page.url()).search);

        await tabUntil(page, '搜索结果中的案例链接', () =>
          focusedMatches(page, 'main a[href*="/cases/"]'),
        );
        const href = await page.evaluate(
          () => (document.activeElement as HTMLAnchorElement).pathname,
        );
        await Promise.all([
          page.waitForURL((url) => url.pathname === href),
          page.keyboard.press('Enter'),
        ]);
        expect(href).toMatch(/^\/zh-hans\/cases\/[a-z0-9-]+\/$/);

        await tabUntil(page, '繁體 切换链接', () => focusedMatches(page, '[data-script-toggle]'));
        const twin = href.replace('/zh-hans/', '/zh-hant/');
        await Promise.all([
          page.waitForURL((url) => url.pathname === twin),
          page.keyboard.press('Enter'),
        ]);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant');

        const copy = page
          .getByRole('button', {
            name: /(复制|複製).*(引用|GB\/T\s?7714)|(引用|GB\/T\s?7714).*(复制|複製)/,
          })
          .first();
        await copy.waitFor({ state: 'attached', timeout: 5_000 }).catch(() => {
          throw new Error(
            `案例页上没有“复制引用”按钮（按钮名称需含“复制/複製”和“引用”或“GB/T 7714”）：${twin}`,
          );
        });
        await tabUntil(page, '复制引用按钮', () =>
          copy.evaluate((el) => el === document.activeElement),
        );
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.evaluate(() => navigator.clipboard.readText()))
          .toContain(twin);
        // A title of the site's own making (〔…〕) is cited in [ ] (自拟信息, src/model/citation.ts).
        const title = (await page.locator('h1').first().innerText())
          .trim()
          .replace(/^〔(.*)〕$/, '[$1]');
        await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain(title);
      }, ctx);
    } finally {
      await ctx.close();
    }
  });
});

/**
 * Elements that stick out of the viewport sideways, or clip their own text.
 * Content inside a horizontally scrollable region (a wide data table) is
 * exempt, as in WCAG 1.4.10: a table needs its two dimensions; the region
 * itself must still fit the viewport (and axe checks it can be focused).
 */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth)
    problems.push(`页面可横向滚动：scrollWidth ${root.scrollWidth} > ${root.clientWidth}`);
  const describe = (el: Element) =>
    el.tagName.toLowerCase() +
    (el.id ? `#${el.id}` : '') +
    (el.className && typeof el.className === 'string'
      ? `.${el.className.trim().split(/\s+/).join('.')}`
      : '');
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.display === 'inline' || style.visibility === 'hidden')
      continue;
    if (el.closest('.visually-hidden, .skip-link, script, style, svg')) continue;
    let scroller: Element | null = el.parentElement;
    while (
      scroller &&
      scroller !== document.body &&
      !/^(auto|scroll)$/.test(getComputedStyle(scroller).overflowX)
    )
      scroller = scroller.parentElement;
    if (scroller && scroller !== document.body) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.right > root.clientWidth + 1)
      problems.push(`${describe(el)} 超出视口右边 ${Math.round(rect.right - root.clientWidth)}px`);
    if (
      el.clientWidth > 1 &&
      el.scrollWidth > el.clientWidth + 1 &&
      /^(hidden|clip)$/.test(style.overflowX)
    )
      problems.push(
        `${describe(el)} 裁切了内容：scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`,
      );
  }
  return problems.slice(0, 20);
}

describe.concurrent('text reflows without loss', () => {
  const pages = [...new Set([...mainPages, ...everyKind])];

  test.for(pages)(
    'at 320 CSS px wide and with double-size text on a 1280 px screen on %s',
    async (path, { expect }) => {
      const ctx = await browser.newContext({ viewport: { width: 320, height: 800 } });
      try {
        const problems = await withPage(async (page) => {
          await openPage(page, baseURL, path, { stay: true });
          await waitForResults(page, path);
          const narrow = await page.evaluate(layoutProblems);
          await page.setViewportSize({ width: 1280, height: 800 });
          await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
          const large = await page.evaluate(layoutProblems);
          return [...narrow.map((p) => `320px: ${p}`), ...large.map((p) => `1280px, 200%: ${p}`)];
        }, ctx);
        expect(problems, path).toEqual([]);
      } finally {
        await ctx.close();
      }
    },
  );
});

describe('适老化 settings', () => {
  test('prefers-contrast: more turns text black and strengthens links, borders and focus rings', async () => {
    const styles = (page: Page) =>
      page.evaluate(() => {
        const css = (selector: string, property: string) => {
          const el = document.querySelector(selector);
          return el ? getComputedStyle(el).getPropertyValue(property) : 'missing';
        };
        return {
          text: css('body', 'color'),
          muted: css('.meta-list dt', 'color'),
          linkUnderline: css('main a', 'text-decoration-thickness'),
          inputBorder: css('input[type="search"]', 'border-top-color'),
          inputBorderWidth: css('input[type="search"]', 'border-top-width'),
        };
      });
    await withPage(async (page) => {
      await openPage(page, baseURL, casePage);
      expect((await styles(page)).text).not.toBe('rgb(0, 0, 0)');
      await page.emulateMedia({ contrast: 'more' });
      expect(await styles(page)).toEqual({
        text: 'rgb(0, 0, 0)',
        muted: 'rgb(0, 0, 0)',
        linkUnderline: '2px',
        inputBorder: 'rgb(0, 0, 0)',
        inputBorderWidth: '2px',
      });
      const enhanced = await axeViolations(page, { rules: ['color-contrast-enhanced'] });
      expect(enhanced, enhanced.join('\n')).toEqual([]);
    });
  });

  test('the 大字 button enlarges the text from the keyboard and is remembered on the next page', async () => {
    const ctx = await browser.newContext();
    try {
      await withPage(async (page) => {
        const bodySize = () =>
          page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        await openPage(page, baseURL, casePage);
        const normal = await bodySize();
        const toggle = page.locator('button[data-large-text-toggle]');
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
        await expect(toggle.innerText()).resolves.toBe('大字');
        await tabUntil(page, '大字按钮', () =>
          focusedMatches(page, 'button[data-large-text-toggle]'),
        );
        await page.keyboard.press('Enter');
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
        expect(await bodySize()).toBeGreaterThanOrEqual(normal * 1.2);

        await openPage(page, baseURL, '/zh-hant/');
        expect(await bodySize()).toBeGreaterThanOrEqual(normal * 1.2);
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
        await tabUntil(page, '大字按钮', () =>
          focusedMatches(page, 'button[data-large-text-toggle]'),
        );
        await page.keyboard.press('Space');
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
        expect(await bodySize()).toBe(normal);
      }, ctx);
    } finally {
      await ctx.close();
    }
  });

  test('without JavaScript there is no 大字 button, and the page still reads normally', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    try {
      await withPage(async (page) => {
        await openPage(page, baseURL, casePage);
        await expect(page.locator('button[data-large-text-toggle]').isVisible()).resolves.toBe(
          false,
        );
        await expect(page.locator('h1').innerText()).resolves.toContain('中卫市');
      }, ctx);
    } finally {
      await ctx.close();
    }
  });

  test('a reader whose browser asks for larger text gets it: sizes follow the root font size', async () => {
    const ctx = await browser.newContext();
    try {
      await withPage(async (page) => {
        await openPage(page, baseURL, casePage);
        const sizes = () =>
          page.evaluate(() =>
            ['body', 'h1', 'main p', 'input[type="search"]', '.site-footer'].map((s) =>
              parseFloat(getComputedStyle(document.querySelector(s)!).fontSize),
            ),
          );
        const before = await sizes();
        await page.addStyleTag({ content: 'html { font-size: 32px !important; }' });
        const after = await sizes();
        after.forEach((size, i) => expect(size).toBeCloseTo(before[i]! * 2, 0));
      }, ctx);
    } finally {
      await ctx.close();
    }
  });
});
