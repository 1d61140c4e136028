/** The RSS feeds of both scripts and the sitemap, parsed as XML by Chromium's DOMParser. */
import { describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import { distFiles, readDist } from '../support/dist.ts';
import { contentCases } from '../support/content.ts';
import { loadToHant } from '../../src/i18n/convert.ts';

const cases = contentCases();
let browser: Browser;
let page: Page;
useChromium((b, p) => {
  browser = b;
  page = p;
});

interface Parsed {
  error: string | null;
  root: string;
  channel: { title: string; link: string; language: string };
  items: { title: string; link: string; guid: string; pubDate: string; categories: string[] }[];
}

const parseRss = (xml: string): Promise<Parsed> =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const pick = (el: Element | Document, name: string) =>
      el.querySelector(name)?.textContent ?? '';
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      channel: {
        title: pick(doc, 'channel > title'),
        link: pick(doc, 'channel > link'),
        language: pick(doc, 'channel > language'),
      },
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: pick(item, 'title'),
        link: pick(item, 'link'),
        guid: pick(item, 'guid'),
        pubDate: pick(item, 'pubDate'),
        categories: [...item.querySelectorAll('category')].map((c) => c.textContent ?? ''),
      })),
    };
  }, xml);

describe.each(['zh-hans', 'zh-hant'] as const)('the %s RSS feed', (script) => {
  test('parses as RSS 2.0 and lists every case once, linked to its page in this script', async () => {
    const feed = await parseRss(readDist(`${script}/rss.xml`));
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.channel.link).toMatch(new RegExp(`^https?://[^/]+/${script}/$`));
    expect(feed.channel.language).toBe(script === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
    expect(feed.items).toHaveLength(cases.length);
    const paths = feed.items.map((item) => new URL(item.link).pathname).sort();
    expect(paths).toEqual(cases.map((c) => `/${script}/cases/${c.id}/`).sort());
    for (const item of feed.items) {
      expect(item.guid).toBe(item.link);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
  });

  test(
    script === 'zh-hant'
      ? 'is written in traditional script, converted like the pages'
      : 'is written in simplified script',
    async () => {
      const feed = await parseRss(readDist(`${script}/rss.xml`));
      const convert = script === 'zh-hant' ? await loadToHant() : (text: string) => text;
      for (const c of cases) {
        const item = feed.items.find((i) => i.link.endsWith(`/${script}/cases/${c.id}/`))!;
        expect(item.title).toBe(convert(c.data.title));
        expect(item.categories).toEqual(c.data.keywords.map(convert));
      }
      const hant = readDist('zh-hant/rss.xml');
      if (script === 'zh-hant') expect(hant).not.toContain('执法');
    },
  );
});

describe('the sitemap', () => {
  test('lists every page of both scripts, each with its twin as an hreflang alternate', async () => {
    const index = readDist('sitemap-index.xml');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      new URL(m[1]!).pathname.slice(1),
    );
    expect(parts.length).toBeGreaterThan(0);
    const xml = parts.map((p) => readDist(p)).join('\n');
    const listed = await page.evaluate(
      (texts) => {
        return texts.flatMap((text) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          if (doc.querySelector('parsererror')) throw new Error('sitemap does not parse');
          return [...doc.getElementsByTagName('url')].map((url) => ({
            loc: url.getElementsByTagName('loc')[0]!.textContent!,
            alternates: [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map(
              (l) => l.getAttribute('hreflang'),
            ),
          }));
        });
      },
      parts.map((p) => readDist(p)),
    );
    expect(xml).toContain('<urlset');
    const paths = new Set(listed.map((u) => decodeURIComponent(new URL(u.loc).pathname)));
    const pages = distFiles(/\/zh-han[st]\/.*index\.html$/).map(
      (f) => `/${f.replace(/index\.html$/, '')}`,
    );
    for (const page of pages) expect(paths.has(page), page).toBe(true);
    expect([...paths].some((p) => p.startsWith('/zh-hans/'))).toBe(true);
    expect([...paths].some((p) => p.startsWith('/zh-hant/'))).toBe(true);
    for (const url of listed) expect(url.alternates.sort()).toEqual(['zh-Hans', 'zh-Hant']);
  });
});
