/**
 * Every link and asset of the built site resolves to a file in dist/, and no
 * page loads anything from another host: the site works offline, copied to a
 * USB stick or an intranet, and tells no third party who reads what.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { distDir, distFiles, readDist } from '../support/dist.ts';
import { fragmentTargets, htmlReferences, cssReferences } from '../support/html-refs.ts';
import { onePagePerType, openPage, waitForResults } from '../support/pages.ts';
import { useChromium } from '../support/use-chromium.ts';

const htmlFiles = distFiles(/\.html$/);
const cssFiles = distFiles(/\.css$/);
const jsFiles = distFiles(/\.m?js$/);

/** The site's own origin, as the build wrote it into canonical links. */
const siteOrigin = (() => {
  const match = /<link rel="canonical" href="([^"]+)"/.exec(readDist('zh-hans/index.html'));
  if (!match) throw new Error('dist/zh-hans/index.html 没有 <link rel="canonical">');
  return new URL(match[1]!).origin;
})();

/** The URL path of a file in dist/: `zh-hans/index.html` → `/zh-hans/`. */
const fileToUrl = (file: string) =>
  'http://dist.invalid/' + file.replace(/(^|\/)index\.html$/, '$1');

/** Whether a site path is served from dist/, the way a static host serves it. */
function existsInDist(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const file = join(distDir, decoded);
  if (!existsSync(file)) return false;
  return statSync(file).isDirectory() ? existsSync(join(file, 'index.html')) : true;
}

type Kind = 'internal' | 'external' | 'other' | 'invalid';
function classify(url: string, base: string): { kind: Kind; resolved?: URL } {
  if (/^(mailto|tel|data|blob|javascript):/i.test(url)) return { kind: 'other' };
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return { kind: 'invalid' };
  }
  if (resolved.origin === 'http://dist.invalid' || resolved.origin === siteOrigin)
    return { kind: 'internal', resolved };
  return { kind: 'external', resolved };
}

const pageLinkTags = new Set(['a', 'area']);
/** <link rel> values that name a page rather than load a resource. */
const pageRels = /\b(canonical|alternate|author|license|help|next|prev|search|schema\.\w+)\b/;

describe('links and assets', () => {
  test('every internal link, image, script and stylesheet in every HTML page resolves to a file in dist/', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const html = readDist(file);
      const base = fileToUrl(file);
      const targets = fragmentTargets(html);
      for (const ref of htmlReferences(html)) {
        const { kind, resolved } = classify(ref.url, base);
        if (kind === 'invalid')
          broken.push(`${file}: <${ref.tag} ${ref.attribute}="${ref.url}"> 不是有效的 URL`);
        if (kind !== 'internal' || !resolved) continue;
        const samePage =
          resolved.pathname === new URL(base).pathname && resolved.origin === 'http://dist.invalid';
        if (samePage && resolved.hash && ref.url.startsWith('#')) {
          const id = decodeURIComponent(resolved.hash.slice(1));
          if (id && !targets.has(id))
            broken.push(
              `${file}: <${ref.tag} ${ref.attribute}="${ref.url}"> 指向页面中不存在的 id`,
            );
          continue;
        }
        if (!existsInDist(resolved.pathname))
          broken.push(`${file}: <${ref.tag} ${ref.attribute}="${ref.url}"> 在 dist/ 中不存在`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every url() in every stylesheet resolves to a file in dist/', () => {
    const broken: string[] = [];
    for (const file of cssFiles) {
      for (const ref of cssReferences(readDist(file))) {
        const { kind, resolved } = classify(ref.url, 'http://dist.invalid/' + file);
        if (kind === 'internal' && resolved && !existsInDist(resolved.pathname))
          broken.push(`${file}: ${ref.attribute} ${ref.url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every site URL in the feeds and the sitemap resolves to a file in dist/', () => {
    const broken: string[] = [];
    const escaped = siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const file of distFiles(/\.xml$/)) {
      for (const match of readDist(file).matchAll(new RegExp(`${escaped}(/[^<"'\\s]*)`, 'g'))) {
        const pathname = new URL(match[1]!.replace(/&amp;/g, '&'), siteOrigin).pathname;
        if (!existsInDist(pathname)) broken.push(`${file}: ${match[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every link to another site carries rel="noopener"', () => {
    const missing: string[] = [];
    let external = 0;
    for (const file of htmlFiles) {
      for (const ref of htmlReferences(readDist(file))) {
        if (!pageLinkTags.has(ref.tag) || classify(ref.url, fileToUrl(file)).kind !== 'external')
          continue;
        external++;
        if (!/\bnoopener\b/.test(ref.rel))
          missing.push(`${file}: <a href="${ref.url}" rel="${ref.rel}">`);
      }
    }
    expect(missing).toEqual([]);
    // The sources' original URLs are on other sites, so there is something to check.
    expect(external).toBeGreaterThan(0);
  });
});

/** A `https://` URL a script would load: import, fetch, a worker, or a src/href it sets. */
const scriptLoad =
  /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s+|\bfetch\s*\(\s*|\bnew\s+(?:Shared)?Worker\s*\(\s*|\bimportScripts\s*\(\s*|\.src\s*=\s*|\.href\s*=\s*|\bsetAttribute\(\s*["'](?:src|href)["']\s*,\s*)["'`]((?:https?:)?\/\/[^"'`\s]+)/g;

describe('offline: nothing is loaded from another host', () => {
  test('no HTML page loads a script, stylesheet, font, image or frame from another host', () => {
    const loads: string[] = [];
    for (const file of htmlFiles) {
      const html = readDist(file);
      for (const ref of htmlReferences(html)) {
        if (pageLinkTags.has(ref.tag) || ref.tag === 'form') continue;
        // <link rel=canonical|alternate|schema.DC …> names a page or a vocabulary; the browser loads nothing.
        if (
          ref.tag === 'link' &&
          pageRels.test(ref.rel) &&
          !/\b(stylesheet|preload|modulepreload|prefetch|icon|manifest)\b/.test(ref.rel)
        )
          continue;
        if (classify(ref.url, fileToUrl(file)).kind === 'external')
          loads.push(`${file}: <${ref.tag} ${ref.attribute}="${ref.url}">`);
      }
      for (const script of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
        for (const load of script[1]!.matchAll(scriptLoad))
          loads.push(`${file}: 内联脚本加载 ${load[1]}`);
      }
    }
    expect(loads).toEqual([]);
  });

  test('no stylesheet imports a font or image from another host', () => {
    const loads: string[] = [];
    for (const file of cssFiles) {
      for (const ref of cssReferences(readDist(file))) {
        if (classify(ref.url, 'http://dist.invalid/' + file).kind === 'external')
          loads.push(`${file}: ${ref.attribute} ${ref.url}`);
      }
    }
    expect(loads).toEqual([]);
  });

  test('no script loads code or data from another host', () => {
    const loads: string[] = [];
    for (const file of jsFiles) {
      for (const load of readDist(file).matchAll(scriptLoad)) loads.push(`${file}: ${load[1]}`);
    }
    expect(loads).toEqual([]);
  });

  describe.concurrent('in Chromium', () => {
    let browser: Browser;
    useChromium((b) => {
      browser = b;
    });

    const pages = [
      ...onePagePerType(1),
      `/zh-hans/search/?q=${encodeURIComponent('包容审慎')}`,
      `/zh-hant/search/?q=${encodeURIComponent('包容審慎')}`,
    ];
    test.for(pages)('%s requests nothing from another host', async (path, { expect }) => {
      const baseURL = inject('baseURL');
      const page = await browser.newPage();
      const hosts: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.hostname !== '127.0.0.1') hosts.push(request.url());
      });
      try {
        await openPage(page, baseURL, path);
        await waitForResults(page, path);
        await page.waitForLoadState('networkidle');
      } finally {
        await page.close();
      }
      expect(hosts).toEqual([]);
    });
  });
});
