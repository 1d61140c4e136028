/**
 * How case pages reach the search index while `astro build` renders them.
 *
 * The Pagefind integration (src/integrations/pagefind.ts) opens an index when
 * the build starts and registers a feed here; the middleware hands it every
 * case page as soon as the page is rendered and converted. Pagefind's binary
 * then parses and segments the pages on the second core while Node renders the
 * next ones, instead of reading them all back from dist/ at the end.
 *
 * The integration and the middleware live in different module graphs (the
 * config and the server bundle), so the feed is kept on `globalThis`. Outside
 * `astro build` there is no feed and `feedIndex` does nothing.
 */
import { isCasePath } from './urls.ts';

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
  // page folds its queries to simplified and shows results in its own script (src/lib/search/).
  if (feed && isCasePath(pathname, 'zh-hans')) await feed.add(pathname, html);
}
