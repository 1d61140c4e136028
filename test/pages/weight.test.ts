/**
 * Weight: a case page is small enough for a slow mobile connection and reads
 * fully without JavaScript; the search index loads only where it is used.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, inject, test } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import { distDir, distFiles } from '../support/dist.ts';
import { onePagePerType, openPage, waitForResults } from '../support/pages.ts';
import { transferredBytes } from '../../cli/harness/transfer.ts';

const baseURL = inject('baseURL');
const budget = 150 * 1024;

/** The case page with the largest HTML, in each script. */
const heaviestCases = ['zh-hans', 'zh-hant'].map((script) => {
  const files = distFiles(new RegExp(`/${script}/cases/[^/]+/index\\.html$`));
  if (files.length === 0) throw new Error(`dist/${script}/cases/ 中没有案例页`);
  const file = files.sort(
    (a, b) => statSync(join(distDir, b)).size - statSync(join(distDir, a)).size,
  )[0]!;
  return '/' + file.replace(/index\.html$/, '');
});

let browser: Browser;
useChromium((b) => {
  browser = b;
});

/** Every request of a page load, with the bytes that went over the wire (headers and body). */
function recordRequests(page: Page): { url: string; bytes: Promise<number> }[] {
  const requests: { url: string; bytes: Promise<number> }[] = [];
  page.on('request', (request: Request) => {
    requests.push({
      url: request.url(),
      bytes: transferredBytes(request),
    });
  });
  return requests;
}

describe.concurrent('a case page', () => {
  test.for(heaviestCases)(
    '%s, the heaviest, loads at most 150 KiB in all',
    async (path, { expect }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requests = recordRequests(page);
      try {
        await openPage(page, baseURL, path);
        await page.waitForLoadState('networkidle');
        const sizes = await Promise.all(
          requests.map(async (r) => ({ url: r.url, bytes: await r.bytes })),
        );
        const total = sizes.reduce((sum, r) => sum + r.bytes, 0);
        const detail = sizes.map((r) => `${(r.bytes / 1024).toFixed(1)} KiB ${r.url}`).join('\n');
        expect(
          total,
          `${path} 共 ${(total / 1024).toFixed(1)} KiB:\n${detail}`,
        ).toBeLessThanOrEqual(budget);
        expect(sizes.length).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    },
  );

  test.for(['/zh-hans/cases/nx-2025-01/', '/zh-hant/cases/nx-2025-01/'])(
    '%s reads fully with JavaScript off: body text, figures and citation',
    async (path, { expect }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await openPage(page, baseURL, path);
        const text = await page.locator('main').innerText();
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
        const hant = path.startsWith('/zh-hant/');
        // Body text, as published (converted on the zh-hant page).
        expect(text).toContain(
          hant ? '各行政執法單位開展聯合檢查122次' : '各行政执法单位开展联合检查122次',
        );
        // Figures at a glance.
        expect(text).toContain('35.86');
        expect(text).toContain(hant ? '檢查頻次同比下降' : '检查频次同比下降');
        // The citation, ready to copy by hand.
        expect(text).toContain('[EB/OL]');
        expect(text).toContain(canonical!);
      } finally {
        await context.close();
      }
    },
  );
});

describe.concurrent('the search index (Pagefind)', () => {
  const notSearch = onePagePerType(1).filter((path) => !/\/search\/$/.test(path));
  test.for(notSearch)('is not loaded by %s', async (path, { expect }) => {
    const page = await browser.newPage();
    const requests = recordRequests(page);
    try {
      await openPage(page, baseURL, path);
      await page.waitForLoadState('networkidle');
    } finally {
      await page.close();
    }
    expect(requests.map((r) => r.url).filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });

  test('is loaded by the search page, which finds cases with it', async ({ expect }) => {
    const page = await browser.newPage();
    const requests = recordRequests(page);
    const path = `/zh-hans/search/?q=${encodeURIComponent('信用修复')}`;
    try {
      await openPage(page, baseURL, path);
      await waitForResults(page, path);
    } finally {
      await page.close();
    }
    expect(requests.some((r) => r.url.includes('/pagefind/'))).toBe(true);
  });
});
