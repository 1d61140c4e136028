/**
 * The pages of the built site, for gates that must cover every kind of page
 * as it appears (a new page type is covered without editing the tests).
 */
import { distFiles } from './dist.ts';
import type { Page, Response } from 'playwright-core';

/** URL path of every HTML page in dist/, e.g. `/zh-hans/cases/nx-2025-01/`, sorted. */
export function htmlPaths(): string[] {
  return distFiles(/\.html$/)
    .map((file) => '/' + file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/**
 * The kind of page a path is: `/{script}/cases/*` for every case, `/{script}/`
 * for the homes, `/{script}/regions/` for the region index. Items below a
 * section are one kind; the section's own index is another.
 */
export function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments[0] === 'zh-hans' || segments[0] === 'zh-hant') segments[0] = '{script}';
  const kept = segments.slice(0, 2).concat(segments.slice(2).map(() => '*'));
  return '/' + kept.join('/') + (path.endsWith('/') && kept.length ? '/' : '');
}

/**
 * One page of each kind (the first in sorted order), and its twin in the
 * other script. Kinds with only a few pages each written by hand (the docs,
 * the sources) are taken whole: `few` pages or fewer per script.
 */
export function onePagePerType(few = 6): string[] {
  const byType = new Map<string, string[]>();
  for (const path of htmlPaths()) {
    const type = pageType(path);
    byType.set(type, [...(byType.get(type) ?? []), path]);
  }
  const out = new Set<string>();
  for (const paths of byType.values()) {
    const perScript = paths.filter((p) => !p.startsWith('/zh-hant/'));
    for (const path of perScript.length <= few ? perScript : perScript.slice(0, 1)) {
      out.add(path);
      if (path.startsWith('/zh-hans/')) out.add(path.replace('/zh-hans/', '/zh-hant/'));
    }
  }
  return [...out].sort();
}

/** The same path in both scripts. */
export const inBothScripts = (path: string) => [path, path.replace('/zh-hans/', '/zh-hant/')];

/**
 * Opens `path` and fails with a clear message when the page does not exist yet,
 * rather than testing the 404 page by mistake. With `stay`, navigations the
 * page starts by itself (the root page's redirect to a script) are cancelled,
 * so that the page audited is the page asked for.
 */
export async function openPage(
  page: Page,
  baseURL: string,
  path: string,
  { stay = false } = {},
): Promise<Response> {
  if (stay) {
    const target = new URL(baseURL + path).href;
    await page.route('**/*', (route) =>
      route.request().isNavigationRequest() &&
      route.request().frame() === page.mainFrame() &&
      route.request().url() !== target
        ? route.fulfill({ status: 204 }) // 204 No Content: the browser stays on the current document
        : route.fallback(),
    );
  }
  // A cancelled redirect leaves Playwright waiting for a load event it never reports: poll readyState instead.
  const response = await page.goto(baseURL + path, { waitUntil: stay ? 'commit' : 'load' });
  if (stay) await page.waitForFunction(() => document.readyState === 'complete');
  if (!response || response.status() !== 200) {
    throw new Error(
      `页面不存在或无法打开：${path}（HTTP ${response?.status() ?? '无响应'}）。这个检查需要该页面存在于 dist/ 中。`,
    );
  }
  return response;
}

/**
 * Pages whose content is built in the browser (search results) are ready when
 * a result links to a case; other pages when loaded.
 */
export async function waitForResults(page: Page, path: string): Promise<void> {
  if (!/\/search\/\?/.test(path)) return;
  await page
    .locator('main a[href*="/cases/"]')
    .first()
    .waitFor({ timeout: 45_000 }) // not a timing test: a busy machine (load 50 on two cores) took more than 15 s
    .catch(() => {
      throw new Error(`搜索页没有显示结果：${path}（等待 main 中指向案例的链接超时）`);
    });
}
