/**
 * The traditional-script pages of a build (src/build/twins/pool.ts): a worker
 * thread, started when the build starts, makes each simplified page's twin as
 * the page is rendered and writes it to dist/zh-hant/. When the pages are done
 * it writes the twins of the pages Astro restored from its incremental cache
 * (src/build/restored-pages.ts) from the twin cache, waits for the last twins
 * and lists them for the sitemap (`twinPages`, given to @astrojs/sitemap as
 * `customPages`: Astro does not know pages it did not render). Then it writes
 * the conversion table the traditional search page uses for its results,
 * recorded from the case pages: dist/pagefind/zh-hant-table.json, and stops the
 * worker (before the search index is written, the build's largest step in
 * memory: list this integration before pagefind() in the config).
 *
 * The twin cache lives next to Astro's, in its cache directory
 * (node_modules/.astro/typical-cases/twins/): a CI cache that keeps one keeps
 * both. A build that finds Astro's cache without a complete twin cache makes
 * Astro render every page.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cachedTwins,
  hantTable,
  restoreTwin,
  restoredTwins,
  startHantWorker,
  stopHantWorker,
  twinsWritten,
} from '../build/twins/pool.ts';
import { manifestFile, restoredPages, startRestoring } from '../build/restored-pages.ts';
import { absoluteUrl, isCasePath, pathToScript } from '../site/routes.ts';
import { setBuildRoot } from '../build/cache-key.ts';

/** Where the table is, relative to the site's root. */
export const hantTablePath = 'pagefind/zh-hant-table.json';

/** Written when a build has cached every twin it made, removed when a build starts. */
const completeMark = 'complete';

/**
 * `twinPages` receives the absolute URL of every twin written, before the
 * `astro:build:done` hooks run.
 */
export default function hantPages({ twinPages }: { twinPages: string[] }): AstroIntegration {
  let outDir = '';
  let site: string | undefined;
  let cacheDir: URL | undefined;
  let twinCache: string | undefined;
  /** The twin cache's entries this build made or restored: kept at the end, the others deleted. */
  let keep: ReadonlySet<string> = new Set();
  return {
    name: 'typical-cases:hant-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        site = config.site;
        if (config.experimental.incrementalBuild) {
          setBuildRoot(fileURLToPath(config.root));
          cacheDir = config.cacheDir;
          twinCache = fileURLToPath(new URL('typical-cases/twins/', config.cacheDir));
        }
      },
      'astro:build:start': ({ logger }) => {
        startRestoring(cacheDir);
        if (cacheDir && twinCache) {
          // Pages restored without their twins could not be finished: then Astro renders them all.
          const astroManifest = fileURLToPath(manifestFile(cacheDir));
          if (existsSync(astroManifest) && !existsSync(join(twinCache, completeMark))) {
            logger.info('no complete twin cache: every page is rendered');
            rmSync(astroManifest);
          }
          rmSync(join(twinCache, completeMark), { force: true });
        }
        startHantWorker(new URL('../build/twins/worker.ts', import.meta.url), outDir, twinCache);
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const started = performance.now();
        // Pages Astro restored and the case route did not hand over before they were generated.
        const restored = (await restoredPages()).filter(
          (p) => pathToScript(p.pathname) === 'zh-hans',
        );
        for (const { pathname, outputFile } of restored) {
          const page = await readFile(join(outDir, outputFile), 'utf8');
          await restoreTwin(pathname, page, isCasePath(pathname, 'zh-hans'));
        }
        const written = await twinsWritten();
        twinPages.push(...written.map((path) => absoluteUrl(site, path)));
        try {
          const table = JSON.stringify(await hantTable());
          await mkdir(fileURLToPath(new URL('pagefind/', dir)), { recursive: true });
          await writeFile(fileURLToPath(new URL(hantTablePath, dir)), table);
          if (written.length)
            logger.info(
              `${written.length} traditional pages made from the simplified ones (${restoredTwins()} from the twin cache; the last ${Math.round(performance.now() - started)} ms after rendering); ` +
                `conversion table for traditional search results: ${hantTablePath}, ${(Buffer.byteLength(table) / 1024).toFixed(1)} KiB`,
            );
        } finally {
          keep = cachedTwins();
          await stopHantWorker();
        }
      },
      'astro:build:done': async () => {
        if (!twinCache || !existsSync(twinCache)) return;
        // Entries of pages this build did not make or restore are stale.
        const stale = (await readdir(twinCache)).filter(
          (name) => name !== completeMark && !keep.has(name.replace(/\.(html|table\.json)$/, '')),
        );
        await Promise.all(stale.map((name) => rm(join(twinCache!, name), { force: true })));
        writeFileSync(join(twinCache, completeMark), '');
      },
    },
  };
}
