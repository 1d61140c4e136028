/**
 * The traditional-script pages of a build (src/build/twins/pool.ts): a worker
 * thread, started when the build starts, makes each simplified page's twin as
 * the page is rendered and writes it to dist/zh-hant/. When the pages are done
 * it waits for the last twins and lists them for the sitemap (`twinPages`,
 * given to @astrojs/sitemap as `customPages`: Astro does not know pages it did
 * not render). At the end it writes the conversion table the traditional search
 * page uses for its results, recorded from the case pages:
 * dist/pagefind/zh-hant-table.json (list this integration after pagefind() in
 * the config, so the index is written first).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { hantTable, startHantWorker, stopHantWorker, twinsWritten } from '../build/twins/pool.ts';
import { absoluteUrl } from '../site/routes.ts';

/** Where the table is, relative to the site's root. */
export const hantTablePath = 'pagefind/zh-hant-table.json';

/**
 * `twinPages` receives the absolute URL of every twin written, before the
 * `astro:build:done` hooks run.
 */
export default function hantPages({ twinPages }: { twinPages: string[] }): AstroIntegration {
  let outDir = '';
  let site: string | undefined;
  return {
    name: 'typical-cases:hant-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        site = config.site;
      },
      'astro:build:start': () =>
        startHantWorker(new URL('../build/twins/worker.ts', import.meta.url), outDir),
      'astro:build:generated': async ({ logger }) => {
        const started = performance.now();
        const written = await twinsWritten();
        twinPages.push(...written.map((path) => absoluteUrl(site, path)));
        if (written.length)
          logger.info(
            `${written.length} traditional pages made from the simplified ones (the last ${Math.round(performance.now() - started)} ms after rendering)`,
          );
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const table = JSON.stringify(await hantTable());
          await writeFile(fileURLToPath(new URL(hantTablePath, dir)), table);
          logger.info(
            `conversion table for traditional search results: ${hantTablePath}, ${(Buffer.byteLength(table) / 1024).toFixed(1)} KiB`,
          );
        } finally {
          await stopHantWorker();
        }
      },
    },
  };
}
