/**
 * Builds the search index during `astro build`, with Pagefind's Node API: one
 * index, of the simplified case pages only (the `data-pagefind-body` article),
 * written to dist/pagefind/. It serves both scripts: the traditional search
 * page folds queries to simplified (src/i18n/fold-query.ts, foldQuery) and shows
 * results converted with a table recorded from the case pages
 * (src/integrations/traditional-twins.ts). A second, traditional index would double
 * Pagefind's share of the build for the same results.
 *
 * The index opens when the build starts; the middleware feeds it each case page
 * as soon as it is rendered (src/build/search-index/feed.ts). A large
 * collection is indexed in parts (src/search/index-parts.ts,
 * src/build/search-index/parted-index.ts): each is written by Pagefind's binary
 * on the second core once its pages are rendered, while Node renders the next,
 * so Pagefind holds one part in memory and only the last part is left for the
 * end of the build; unchanged parts come from the cache of the last build.
 * Any error fails the build: a site whose search silently finds nothing is
 * worse than no build.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldHintsPlugin } from './fold-hints.ts';
import { builtScripts } from '../build/built-scripts.ts';
import { allFed, feedRestored, setIndexFeed } from '../build/search-index/feed.ts';
import { restoredPages } from '../build/restored-pages.ts';
import { isCasePath } from '../site/routes.ts';
import {
  readPartFragments,
  writeFacetTables,
  type BuiltFragment,
} from '../build/search-index/facet-tables.ts';
import { casesToIndex, writeGramIndex } from '../build/search-index/gram-index.ts';
import { PartedIndex, type WrittenPart } from '../build/search-index/parted-index.ts';
import { partFolder } from '../search/index-parts.ts';

/**
 * Parts of a case page that are not the case's text: the metadata list (its
 * labels 地区/关键词/来源 would fill excerpts; region and keywords are indexed
 * by CaseIndexMeta.astro instead) and the figures table (editorial labels for
 * numbers the text already states).
 */
export const excludeSelectors = ['.meta-list', '[aria-labelledby="metrics-heading"]'];

/** The index language (Pagefind lowercases `<html lang>`): the simplified case pages. */
const language = 'zh-hans';

/** Pagefind's version: part of the key of each cached part (another version writes other bytes). */
async function pagefindVersion(): Promise<string> {
  // The package exports no package.json: it is found beside the entry (lib/index.js).
  const file = new URL('../package.json', import.meta.resolve('pagefind'));
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
}

/** A line of the build log on the parts: how many, how many from the cache, the slowest. */
function partsLine(parts: number, written: readonly WrittenPart[]): string {
  if (parts === 1) return `one part${written[0]?.cached ? ', restored from the cache' : ''}`;
  const cached = written.filter((w) => w.cached).length;
  const slowest = Math.max(0, ...written.filter((w) => !w.cached).map((w) => w.ms));
  return `${parts} parts (${written.length} with pages), ${cached} restored from the cache, ${written.length - cached} indexed (the slowest in ${slowest} ms)`;
}

export default function pagefind(): AstroIntegration {
  let outDir: URL | undefined;
  let cacheDir: URL | undefined;
  let index: PartedIndex | undefined;
  /** The fragments of the parts written so far (read as each part is written), for the search tables. */
  let fragments: Map<string, BuiltFragment> | undefined;
  let reading: Promise<void>[] = [];
  /** Writing the index: its last parts are written once the last page is rendered, awaited at astro:build:done. */
  let writing: ReturnType<PartedIndex['finish']> | undefined;
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [foldHintsPlugin()],
            // The cn→tw table (1 MB) is one lazy chunk: the site code can fold to traditional, but no page does.
            build: { chunkSizeWarningLimit: 1200 },
          },
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        cacheDir = config.cacheDir;
      },
      'astro:build:start': async () => {
        const { createIndex } = await import('pagefind');
        const config = { excludeSelectors };
        const read = new Map<string, BuiltFragment>();
        fragments = read;
        reading = [];
        index = new PartedIndex({
          // Each part's fragments are read as soon as it is written, while the next parts are made.
          onWritten: ({ part }, folder) => {
            const partRead = readPartFragments(join(folder, 'fragment'), part, read);
            // Awaited at astro:build:done, which reports a failure; until then it is not unhandled.
            partRead.catch(() => undefined);
            reading.push(partRead);
          },
          createIndex,
          config,
          outputPath: fileURLToPath(new URL('pagefind/', outDir)),
          cacheDir: cacheDir && fileURLToPath(new URL('typical-cases/search-parts/', cacheDir)),
          salt: `pagefind ${await pagefindVersion()} ${JSON.stringify(config)}`,
        });
        const parted = index;
        setIndexFeed({
          add: (pathname, html) => parted.add(pathname, html),
          order: (pathnames) => parted.order(pathnames),
        });
      },
      // Every page is rendered: the last parts are written (in Pagefind's process) while Astro cleans up and
      // the other integrations (sitemap) finish; astro:build:done waits for them.
      'astro:build:generated': async ({ dir }) => {
        if (!index) return;
        // Case pages Astro restored from its cache were not rendered: their records come from their files.
        const restored = (await restoredPages()).filter((p) => isCasePath(p.pathname, 'zh-hans'));
        const outDir = fileURLToPath(dir);
        for (let i = 0; i < restored.length; i += 64)
          await feedRestored(
            await Promise.all(
              restored.slice(i, i + 64).map(async ({ pathname, outputFile }) => ({
                pathname,
                html: await readFile(join(outDir, outputFile), 'utf8'),
              })),
            ),
          );
        await allFed();
        writing = index.finish();
        // Failures are reported at astro:build:done; until then, the rejection is not unhandled.
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const waited = performance.now();
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        const { close } = await import('pagefind');
        try {
          const read = fragments;
          if (!writing || !read)
            throw new Error(
              'the index was not opened (astro:build:start) or not written (astro:build:generated)',
            );
          const { fed, parts, written } = await writing;
          const wrote = performance.now();
          let indexed = 0;
          for (const { part } of written) {
            const entry = JSON.parse(
              await readFile(
                join(outputPath, partFolder(part, parts), 'pagefind-entry.json'),
                'utf8',
              ),
            ) as { languages: Record<string, { page_count: number }> };
            indexed += entry.languages[language]?.page_count ?? 0;
          }
          const counts = `${language} ${indexed}`;
          if (indexed === 0) {
            throw new Error(
              `no indexed page for ${language} (indexed: ${counts}). ` +
                'Case pages need <html lang="zh-Hans"|"zh-Hant"> and a data-pagefind-body element.',
            );
          }
          // Every page fed must be in the zh-hans index: a case page whose <html lang> is not zh-Hans
          // would start an index of its own, which no search page reads.
          if (fed !== indexed) {
            throw new Error(
              `case pages sent (${language} ${fed}) and indexed (${counts}) differ: check <html lang> of the case pages`,
            );
          }
          await Promise.all(reading);
          const site = fileURLToPath(dir);
          const facets = await writeFacetTables(site, outputPath, builtScripts, read, parts);
          const ms = (from: number, to = performance.now()) => Math.round(to - from);
          logger.info(`${facets} in ${ms(wrote)} ms`);
          logger.info(await writeGramIndex(outputPath, await casesToIndex(site, read)));
          logger.info(
            `indexed ${counts} case pages in ${partsLine(parts, written)}; ` +
              `${ms(waited, wrote)} ms waited for the last part after the other integrations`,
          );
        } catch (cause) {
          throw new Error('Failed to run Pagefind.', { cause });
        } finally {
          setIndexFeed(undefined);
          index = undefined;
          writing = undefined;
          fragments = undefined;
          reading = [];
          await close();
        }
      },
    },
  };
}
