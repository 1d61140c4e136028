/**
 * How case pages reach the search index while `astro build` renders them.
 *
 * The Pagefind integration (src/integrations/search-index.ts) opens an index when
 * the build starts and registers a feed here; the middleware hands it every
 * case page as soon as the page is rendered and converted. Pagefind's binary
 * then parses and segments the pages on the second core while Node renders the
 * next ones, instead of reading them all back from dist/ at the end.
 *
 * Pagefind numbers pages in the order it receives them, and the numbers are in
 * the index files; so the pages go to it in one fixed order, the order the case
 * route lists them (`expectIndexed`; grouped by the index's parts,
 * parted-index.ts), whatever order they are rendered in. A
 * page Astro restores from its incremental cache is not rendered and does not
 * pass through the middleware: the integration hands its record in when the
 * pages are done (`feedRestored`, from the restored file), in its place.
 *
 * The integration and the middleware live in different module graphs (the
 * config and the server bundle), so the feed is kept on `globalThis`. Outside
 * `astro build` there is no feed and `feedIndex` does nothing.
 */
import { createHash } from 'node:crypto';
import { isCasePath } from '../../site/routes.ts';

export interface IndexFeed {
  /** Adds a rendered page; resolves when the page may be let go (back-pressure). */
  add(pathname: string, html: string): Promise<void>;
  /** Told the pages it will take, in order, once the case route has listed them. */
  order?(pathnames: readonly string[]): void;
}

/** The feed of the running build, and the order its pages go to the index in. */
interface Sequenced {
  feed: IndexFeed;
  /** The pages in index order, once the case route has listed them. */
  order?: string[];
  listed?: Set<string>;
  /** Pages of `order` before `next` have been handed to the feed. */
  next: number;
  /** Records of pages that are not yet their turn. */
  waiting: Map<string, string>;
  /** Restored pages handed in (`feedRestored`), by a hash of their record: the page should it be rendered after all. */
  restored: Map<string, string>;
  /** Rendered pages handed in (`feedIndex`). */
  rendered: Set<string>;
  /** The last hand-over: each waits for the one before, so the feed receives them in order. */
  handed: Promise<void>;
}

const key = Symbol.for('typical-cases.index-feed');
type WithFeed = typeof globalThis & { [key]?: Sequenced };

/** Registers (or, with `undefined`, removes) the feed of the running build. */
export function setIndexFeed(feed: IndexFeed | undefined): void {
  (globalThis as WithFeed)[key] = feed && {
    feed,
    next: 0,
    waiting: new Map(),
    restored: new Map(),
    rendered: new Set(),
    handed: Promise.resolve(),
  };
}

/**
 * The case pages the index takes, in its order (paths like `/zh-hans/cases/x/`). Called by the case
 * route's getStaticPaths; outside a build with an index, it does nothing.
 */
export function expectIndexed(pathnames: string[]): void {
  const sequenced = (globalThis as WithFeed)[key];
  if (!sequenced) return;
  sequenced.order = pathnames;
  sequenced.listed = new Set(pathnames);
  sequenced.feed.order?.(pathnames);
}

/** Hands the feed every waiting record whose turn has come; resolves when the last of them is taken. */
function handOver(sequenced: Sequenced): Promise<void> {
  const { order, waiting } = sequenced;
  while (order && sequenced.next < order.length && waiting.has(order[sequenced.next]!)) {
    const pathname = order[sequenced.next++]!;
    const record = waiting.get(pathname)!;
    waiting.delete(pathname);
    sequenced.handed = sequenced.handed.then(() => sequenced.feed.add(pathname, record));
  }
  return sequenced.handed;
}

const recordHash = (record: string) => createHash('sha256').update(record).digest('hex');

function take(pathname: string, record: string): Promise<void> {
  const sequenced = (globalThis as WithFeed)[key]!;
  // A page handed in as restored, then rendered after all: the same page, or a cache key missed something.
  const restored = sequenced.restored.get(pathname);
  if (restored !== undefined) {
    if (restored !== recordHash(record))
      throw new Error(
        `search index: ${pathname} was restored from the cache, but renders differently: its cache key misses something it shows`,
      );
    return sequenced.handed;
  }
  sequenced.rendered.add(pathname);
  // No list (a build without the case route's order): pages go to the index as they come.
  if (!sequenced.order) return sequenced.feed.add(pathname, record);
  if (!sequenced.listed!.has(pathname))
    throw new Error(`feedIndex: ${pathname} is not a listed case page`);
  sequenced.waiting.set(pathname, record);
  return handOver(sequenced);
}

/** Hands a rendered page to the index of the running build, if it is a case page and a build is running. */
export async function feedIndex(pathname: string, html: string): Promise<void> {
  // The indexed pages: simplified case pages. One index serves both scripts: the traditional search
  // page folds its queries to simplified and shows results in its own script (src/search/).
  if ((globalThis as WithFeed)[key] && isCasePath(pathname, 'zh-hans'))
    await take(pathname, indexedPart(html));
}

/**
 * Hands in pages Astro restored rather than rendered, as the pages they are (the restored files),
 * each to be indexed in its place.
 */
export async function feedRestored(pages: { pathname: string; html: string }[]): Promise<void> {
  const sequenced = (globalThis as WithFeed)[key];
  if (!sequenced) return;
  for (const { pathname, html } of pages) {
    if (sequenced.restored.has(pathname) || sequenced.rendered.has(pathname)) continue;
    const record = indexedPart(html);
    sequenced.restored.set(pathname, recordHash(record));
    sequenced.waiting.set(pathname, record);
  }
  await handOver(sequenced);
}

/** Resolves when the feed has received every listed page; throws if a page is missing. */
export async function allFed(): Promise<void> {
  const sequenced = (globalThis as WithFeed)[key];
  if (!sequenced) return;
  await handOver(sequenced);
  const missing = sequenced.order ? sequenced.order.length - sequenced.next : 0;
  if (missing > 0)
    throw new Error(
      `search index: ${missing} case pages were neither rendered nor restored, e.g. ${sequenced.order![sequenced.next]}`,
    );
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
