/**
 * How case pages reach the search index while `astro build` renders them.
 *
 * The Pagefind integration (src/integrations/search-index.ts) opens an index when
 * the build starts and registers a feed here; the middleware hands it every
 * case page as soon as the page is rendered and converted. Pagefind's binary
 * then parses and segments the pages on the second core while Node renders the
 * next ones, instead of reading them all back from dist/ at the end.
 *
 * The integration and the middleware live in different module graphs (the
 * config and the server bundle), so the feed is kept on `globalThis`. Outside
 * `astro build` there is no feed and `feedIndex` does nothing.
 */
import { isCasePath } from '../../site/routes.ts';

export interface IndexFeed {
  /** Adds a rendered page; resolves when the page may be let go (back-pressure). */
  add(pathname: string, html: string): Promise<void>;
}

const key = Symbol.for('typical-cases.index-feed');
type WithFeed = typeof globalThis & { [key]?: IndexFeed };

/** Registers (or, with `undefined`, removes) the feed of the running build. */
export function setIndexFeed(feed: IndexFeed | undefined): void {
  (globalThis as WithFeed)[key] = feed;
}

/** Hands a rendered page to the index of the running build, if it is a case page and a build is running. */
export async function feedIndex(pathname: string, html: string): Promise<void> {
  const feed = (globalThis as WithFeed)[key];
  // The indexed pages: simplified case pages. One index serves both scripts: the traditional search
  // page folds its queries to simplified and shows results in its own script (src/search/).
  if (feed && isCasePath(pathname, 'zh-hans')) await feed.add(pathname, indexedPart(html));
}

/**
 * What Pagefind reads of a page: its `<html lang>` and the `data-pagefind-body`
 * element, which holds everything indexed (text, meta, weights). The rest of a
 * case page (styles, JSON-LD, navigation, the citation and related cases: four
 * fifths of it) is not sent, so Pagefind's binary parses less and the page is
 * serialized to it faster. A page without that element is sent whole.
 */
export function indexedPart(html: string): string {
  const at = html.indexOf(' data-pagefind-body');
  const start = html.lastIndexOf('<', at);
  const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start, at + 1))?.[1]?.toLowerCase();
  const lang = /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1];
  if (at < 0 || !tag || lang === undefined) return html;
  // The element's end: its closing tag at the same depth.
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const element = html.slice(start, match.index + match[0].length);
      return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${element}</body></html>`;
    }
  }
  return html;
}
