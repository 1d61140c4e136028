/**
 * A site built for a sub-path (SITE_URL=https://example.gov.cn/alk/) works
 * there entirely, served from /alk/ only (every other path is a 404, as on a
 * host that serves other things beside it): every link, asset, script, form,
 * feed, sitemap entry, data file, canonical URL, hreflang link, citation and
 * JSON-LD URL is under /alk/ and is served there; /alk/ chooses the script;
 * the 404 page works at any depth; search finds cases in both scripts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { copyProject } from '../../cli/bench/workspace.ts';
import { serveDist } from '../../cli/harness/server.ts';
import { strFromU8, unzipSync } from 'fflate';
import { loadToHant } from '../../src/i18n/convert.ts';
import { ui } from '../../src/i18n/ui.ts';
import { astroBuild } from '../support/astro-build.ts';
import { contentCases } from '../support/content.ts';
import { htmlReferences } from '../support/html-refs.ts';
import { linkProblem } from '../support/links.ts';
import { useChromium } from '../support/use-chromium.ts';

const siteUrl = 'https://example.gov.cn/alk/';
const base = '/alk/';
const root = new URL('../..', import.meta.url).pathname;
const copy = mkdtempSync(join(tmpdir(), 'sub-path-'));
const dist = join(copy, 'dist');
let server: Server;
let origin = '';

beforeAll(async () => {
  copyProject(root, copy);
  const { failed, output } = await astroBuild(copy, { SITE_URL: siteUrl });
  if (failed) throw new Error(output.slice(-2000));
  ({ server, url: origin } = await serveDist(dist, { base }));
}, 180_000);
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(copy, { recursive: true, force: true });
});

let browser: Browser;
useChromium((b) => {
  browser = b;
});

/** Every file of the build, relative to dist/. */
const builtFiles = () =>
  (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) =>
    /\.[a-z0-9]+$/.test(file),
  );

/** The path a file of dist/ is served at: `zh-hans/index.html` → `/alk/zh-hans/`. */
const servedAt = (file: string) => base + file.replace(/(^|\/)index\.html$/, '$1');

/** Requests of a page and their statuses, to check that nothing is asked for outside the base. */
function recordResponses(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (response) => seen.push(`${response.status()} ${response.url()}`));
  return seen;
}
const outsideBaseOrFailed = (responses: string[]) =>
  responses.filter((line) => {
    const [status, url] = line.split(' ') as [string, string];
    const { origin: o, pathname } = new URL(url);
    return o === origin && (!pathname.startsWith(base) || status !== '200');
  });

describe('a site built for https://example.gov.cn/alk/ and served at /alk/ only', () => {
  test('has every internal link, asset, script and form of every page under /alk/, served there', async () => {
    const pages = builtFiles().filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const outside: string[] = [];
    const broken: string[] = [];
    const targets = new Set<string>();
    let internal = 0;
    for (const file of pages) {
      const pageUrl = new URL(servedAt(file), siteUrl);
      for (const ref of htmlReferences(readFileSync(join(dist, file), 'utf8'))) {
        const url = new URL(ref.url, pageUrl);
        if (url.origin !== pageUrl.origin) continue;
        internal++;
        if (!url.pathname.startsWith(base)) {
          outside.push(`${servedAt(file)}: <${ref.tag} ${ref.attribute}="${ref.url}">`);
          continue;
        }
        const problem = linkProblem(`/${url.pathname.slice(base.length)}${url.hash}`, dist);
        if (problem) broken.push(`${servedAt(file)} → ${problem}`);
        targets.add(url.pathname + url.search);
      }
    }
    expect(outside.slice(0, 20), `${outside.length} of ${internal} leave ${base}`).toEqual([]);
    expect(broken.slice(0, 20)).toEqual([]);
    // And the server, which serves /alk/ only, serves each of them.
    const failed: string[] = [];
    const list = [...targets];
    for (let i = 0; i < list.length; i += 16)
      await Promise.all(
        list.slice(i, i + 16).map(async (path) => {
          const response = await fetch(origin + path, { redirect: 'manual' });
          if (response.status !== 200) failed.push(`${response.status} ${path}`);
          await response.arrayBuffer();
        }),
      );
    expect(failed).toEqual([]);
  });

  test('writes every absolute URL of the site, in pages, feeds, the sitemap and the data files, under /alk/', () => {
    const outside: string[] = [];
    let urls = 0;
    for (const file of builtFiles().filter((f) => /\.(html|xml|json|csv|txt|ris)$/.test(f))) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const match of text.matchAll(/https:\/\/example\.gov\.cn(\/[^\s"'<>\\]*)?/g)) {
        urls++;
        if (!(match[1] ?? '').startsWith(base)) outside.push(`${file}: ${match[0]}`);
      }
    }
    expect(outside.slice(0, 20), `${outside.length} outside ${base}`).toEqual([]);
    expect(urls).toBeGreaterThan(1000);
  });

  test('serves nothing outside /alk/: the site’s own paths without the base are 404s', async () => {
    for (const path of ['/', '/zh-hans/', '/data/cases.json', '/pagefind/pagefind.js'])
      expect((await fetch(origin + path)).status, path).toBe(404);
    expect((await fetch(`${origin}${base}data/cases.json`)).status).toBe(200);
  });

  test('cites case pages, in the canonical link, the citations and JSON-LD, at their /alk/ URL', async () => {
    const id = contentCases()[0]!.id;
    const url = `${siteUrl}zh-hans/cases/${id}/`;
    const html = readFileSync(join(dist, `zh-hans/cases/${id}/index.html`), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    expect(html).toContain(`<meta name="citation_public_url" content="${url}">`);
    expect(html).toContain(`"url":"${url}"`);
    expect(html).toMatch(/id="cite-gbt2025">[^<]*\[EB\/OL\]/);
    expect(html).toContain(`]. ${url}.</p>`);
    expect(html).toContain(`hreflang="zh-Hant" href="${siteUrl}zh-hant/cases/${id}/"`);
  });

  test.for([
    ['zh-TW', 'zh-hant'],
    ['zh-CN', 'zh-hans'],
  ])('chooses the script at /alk/ for a reader whose language is %s', async ([locale, script]) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    try {
      await page.goto(`${origin}${base}`);
      await page.waitForURL(`${origin}${base}${script}/`);
    } finally {
      await context.close();
    }
  });

  test('shows the 404 page, styled and with working links, at any depth', async () => {
    const page = await browser.newPage();
    const responses = recordResponses(page);
    try {
      const response = await page.goto(`${origin}${base}no/such/page/at/depth/`);
      expect(response?.status()).toBe(404);
      await page.waitForLoadState('networkidle');
      expect(outsideBaseOrFailed(responses.slice(1))).toEqual([]);
      // The site's stylesheet applies: the page's <main> is centred within its width.
      expect(await page.locator('main').evaluate((m) => getComputedStyle(m).maxWidth)).not.toBe(
        'none',
      );
      for (const script of ['zh-hans', 'zh-hant'])
        expect(
          await page.locator(`main a[href="${base}${script}/"]`).count(),
          script,
        ).toBeGreaterThan(0);
      await page.locator(`main a[href="${base}zh-hant/"]`).click();
      await page.waitForURL(`${origin}${base}zh-hant/`);
    } finally {
      await page.close();
    }
  });

  test('makes the Word file of a case page from a chunk under /alk/, citing its /alk/ URL', async () => {
    const id = contentCases()[0]!.id;
    const page = await browser.newPage();
    const responses = recordResponses(page);
    try {
      await page.goto(`${origin}${base}zh-hant/cases/${id}/`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: ui['zh-hant'].downloadDocx }).click(),
      ]);
      const document = strFromU8(
        unzipSync(new Uint8Array(readFileSync((await download.path())!)))['word/document.xml']!,
      );
      expect(document).toContain(`${siteUrl}zh-hant/cases/${id}/.`);
      expect(responses.some((r) => /\/alk\/_astro\/docx\.[\w-]+\.js$/.test(r))).toBe(true);
      expect(outsideBaseOrFailed(responses)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test.for(['zh-hans', 'zh-hant'] as const)(
    'searches in %s and links results to the case pages under /alk/',
    async (script) => {
      const found = contentCases()[0]!;
      const toHant = await loadToHant();
      const keyword = found.data.keywords[0]!;
      const query = script === 'zh-hant' ? toHant(keyword) : keyword;
      const page = await browser.newPage();
      const responses = recordResponses(page);
      try {
        await page.goto(`${origin}${base}${script}/search/?q=${encodeURIComponent(query)}`);
        const results = page.getByRole('main').locator('ol a[href*="/cases/"]');
        await results.first().waitFor({ timeout: 15_000 });
        const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        expect(hrefs.filter((h) => !h.startsWith(`${base}${script}/cases/`))).toEqual([]);
        expect(hrefs).toContain(`${base}${script}/cases/${found.id}/`);
        await page.waitForLoadState('networkidle');
        expect(outsideBaseOrFailed(responses)).toEqual([]);
        expect(responses.some((r) => r.includes(`${base}pagefind/`))).toBe(true);
        // A result opens its case page.
        await page.locator(`ol a[href="${base}${script}/cases/${found.id}/"]`).first().click();
        await page.waitForURL(`${origin}${base}${script}/cases/${found.id}/`);
      } finally {
        await page.close();
      }
    },
  );
});
