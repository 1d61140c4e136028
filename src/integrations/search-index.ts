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
 * as soon as it is rendered (src/build/search-index/feed.ts), so Pagefind's binary works
 * on the second core while Node renders, and only writing the index is left for
 * the end of the build. Any error fails the build: a site whose search silently
 * finds nothing is worse than no build.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PagefindIndex } from 'pagefind';
import { InFlight } from '../build/in-flight.ts';
import { foldHintsPlugin } from './fold-hints.ts';
import { builtScripts } from '../build/built-scripts.ts';
import { allFed, feedRestored, setIndexFeed } from '../build/search-index/feed.ts';
import { restoredPages } from '../build/restored-pages.ts';
import { isCasePath } from '../site/routes.ts';
import { readFragments, writeFacetTables } from '../build/search-index/facet-tables.ts';
import { casesToIndex, writeGramIndex } from '../build/search-index/gram-index.ts';

/**
 * Parts of a case page that are not the case's text: the metadata list (its
 * labels 地区/关键词/来源 would fill excerpts; region and keywords are indexed
 * by CaseIndexMeta.astro instead) and the figures table (editorial labels for
 * numbers the text already states).
 */
export const excludeSelectors = ['.meta-list', '[aria-labelledby="metrics-heading"]'];

/** The index language (Pagefind lowercases `<html lang>`): the simplified case pages. */
const language = 'zh-hans';

/** Pages sent to Pagefind and not yet indexed, at most: beyond this, rendering waits for the index. */
const inFlightLimit = 32;

/**
 * An open index and its feed: pages are sent as they come, at most
 * `inFlightLimit` at a time; problems are collected for the end, when
 * `finish` waits for the last pages and writes the index.
 */
function openFeed(index: PagefindIndex) {
  const inFlight = new InFlight(inFlightLimit);
  const errors: string[] = [];
  let fed = 0;
  const add = async (pathname: string, html: string) => {
    await inFlight.add(() =>
      index.addHTMLFile({ sourcePath: `${pathname.slice(1)}index.html`, content: html }).then(
        (added) => void errors.push(...added.errors.map((e) => `${pathname}: ${e}`)),
        (error: unknown) => void errors.push(`${pathname}: ${String(error)}`),
      ),
    );
    fed++;
  };
  const finish = async (outputPath: string) => {
    const started = performance.now();
    await inFlight.drain();
    if (errors.length > 0) throw new Error(errors.join('\n'));
    const drained = performance.now();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return { fed, drainedMs: drained - started, writeMs: performance.now() - drained };
  };
  return { add, finish };
}

export default function pagefind(): AstroIntegration {
  let feed: ReturnType<typeof openFeed> | undefined;
  /** Writing the index: started as soon as the last page is rendered, awaited at astro:build:done. */
  let writing: ReturnType<ReturnType<typeof openFeed>['finish']> | undefined;
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
      'astro:build:start': async () => {
        const { createIndex } = await import('pagefind');
        const { index, errors } = await createIndex({ excludeSelectors });
        if (!index || errors.length > 0)
          throw new Error(
            `Failed to start Pagefind: ${errors.join('\n') || 'createIndex returned no index'}`,
          );
        feed = openFeed(index);
        setIndexFeed({ add: feed.add });
      },
      // Every page is rendered: Pagefind writes the index (in its own process) while Astro cleans up and
      // the other integrations (sitemap) finish; astro:build:done waits for it.
      'astro:build:generated': async ({ dir }) => {
        if (!feed) return;
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
        writing = feed.finish(fileURLToPath(new URL('pagefind/', dir)));
        // Failures are reported at astro:build:done; until then, the rejection is not unhandled.
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const waited = performance.now();
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        const { close } = await import('pagefind');
        try {
          if (!writing)
            throw new Error(
              'the index was not opened (astro:build:start) or not written (astro:build:generated)',
            );
          const { fed, drainedMs, writeMs } = await writing;
          const wrote = performance.now();
          const entry = JSON.parse(await readFile(`${outputPath}pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = entry.languages[language]?.page_count ?? 0;
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
          const fragments = await readFragments(outputPath);
          const site = fileURLToPath(dir);
          const facets = await writeFacetTables(site, outputPath, builtScripts, fragments);
          const ms = (from: number, to = performance.now()) => Math.round(to - from);
          logger.info(`${facets} in ${ms(wrote)} ms`);
          logger.info(await writeGramIndex(outputPath, await casesToIndex(site, fragments)));
          logger.info(
            `indexed ${counts} case pages (fed while rendering); at the end of the build: ` +
              `${Math.round(drainedMs)} ms for the last pages, ${Math.round(writeMs)} ms to write the index ` +
              `(${ms(waited, wrote)} ms of it after the other integrations)`,
          );
        } catch (cause) {
          throw new Error('Failed to run Pagefind.', { cause });
        } finally {
          setIndexFeed(undefined);
          feed = undefined;
          writing = undefined;
          await close();
        }
      },
    },
  };
}
