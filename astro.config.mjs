// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/search-index.ts';
import hantPages from './src/integrations/traditional-twins.ts';
import caseRecords from './src/integrations/case-records.ts';
import { builtScripts } from './src/build/built-scripts.ts';
import { siteLocation } from './src/site/site-url.ts';
import { pathToScript, rootPath, twinPath } from './src/site/routes.ts';

/**
 * Where the site is published: SITE_URL, origin and path (`https://example.gov.cn/alk/`), used in
 * citations, canonical links, RSS and the sitemap; its path is the base every site path is under
 * (src/site/routes.ts). Without SITE_URL: the root of a placeholder origin (src/site/site-url.ts).
 */
const { site, base } = siteLocation(process.env.SITE_URL);

/**
 * The chunk a case or source file is bundled into: one of 16 per collection, by its file name.
 * @param {string} id a module id
 * @returns {string | null}
 */
function contentChunk(id) {
  const file = /[\\/]content[\\/](cases|sources)[\\/]([^/\\?]+)\.mdx/.exec(id);
  if (!file) return null;
  let hash = 0;
  for (const char of file[2]) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `${file[1]}-${hash % 16}`;
}

/**
 * The traditional pages, which the build makes from the simplified ones rather
 * than rendering them (src/build/twins/page.ts): hantPages() lists them here for
 * the sitemap once they are written.
 */
/** @type {string[]} */
const twinPages = [];

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Four pages in flight: while one waits for the worker making its traditional twin or for the search
  // index, the main thread renders the next.
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    // The build refuses content that fails `npm run check`, with the same messages.
    contentCheck(),
    // Astro 7's default MDX processor (Sätteri) has GFM built in; we need no remark plugins.
    mdx(),
    // One sitemap for both scripts; each page lists its twin as an hreflang alternate.
    sitemap({
      // `/` (the base) only redirects to a script.
      filter: (page) => new URL(page).pathname !== rootPath,
      customPages: twinPages,
      // The twins, by path (the sitemap's own i18n option finds them by comparing every URL with every
      // other: 5 s of a 10,000-case build, growing with the square of the number of pages).
      serialize: (item) => {
        const path = new URL(item.url).pathname;
        const script = pathToScript(path);
        if (builtScripts.length < 2 || !script) return item;
        const [hans, hant] = script === 'zh-hans' ? [path, twinPath(path)] : [twinPath(path), path];
        return {
          ...item,
          links: [
            { url: new URL(hans, item.url).href, lang: 'zh-Hans' },
            { url: new URL(hant, item.url).href, lang: 'zh-Hant' },
          ],
        };
      },
    }),
    // zh-hant pages are made from the zh-hans ones on a worker thread during the build (src/build/twins/pool.ts);
    // when the pages are done it writes the table the traditional search page converts its results with, and
    // stops, before the index is written (the build's peak of memory).
    hantPages({ twinPages }),
    // /data/cases/{id}.json, each case\'s record as in /data/cases.json, for the case pages\' downloads. Before
    // the index: its files are written while Pagefind's binary writes the last part of the index.
    caseRecords(),
    // Pagefind indexes case pages as they are rendered (fed by src/middleware.ts), in parts, each written once
    // its pages are done. The Content-Security-Policy of every page is added by the middleware too (src/build/csp.ts).
    pagefind(),
  ],
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose getStaticPaths entry has the cacheKey of the last build are restored from
    // node_modules/.astro/ rather than rendered (keys: src/build/cache-key.ts); their twins and search
    // records are restored too (src/build/restored-pages.ts).
    incrementalBuild: true,
  },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // Case and source files are compiled into a few chunks (16 of each), not one chunk per file:
          // at 2,000 cases, writing and then loading 2,300 small chunks took 3 s of bundling and 1 s of
          // rendering. Content is content only (no components, no imports: npm run check), so nothing in
          // a file depends on the chunk it lands in. A file's chunk depends on its name only.
          codeSplitting: { groups: [{ name: contentChunk }] },
        },
        // Rolldown warns once per MDX file that Astro's "use astro:head-inject" directive "may not be
        // preserved when bundling": harmless for content-only MDX, and thousands of lines in a large build.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            /astro:head-inject/.test(warning.message)
          )
            return;
          warn(warning);
        },
      },
    },
  },
  // Code blocks (only in the docs) stay plain text in the site's colours: Shiki's
  // default dark theme has comment colours below AA contrast.
  markdown: { syntaxHighlight: false },
});
