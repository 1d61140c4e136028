/**
 * Runs the traditional-script conversion of zh-hant pages on a worker thread
 * during `astro build` (src/lib/hant-pages.ts): started when the build starts,
 * stopped when it ends. At the end it writes the conversion table the
 * traditional search page uses for its results, recorded from the case pages:
 * dist/pagefind/zh-hant-table.json (list it after pagefind() in the config, so
 * the index is written first).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { hantTable, startHantWorker, stopHantWorker } from '../lib/hant-pages.ts';

/** Where the table is, relative to the site's root. */
export const hantTablePath = 'pagefind/zh-hant-table.json';

export default function hantPages(): AstroIntegration {
  return {
    name: 'typical-cases:hant-pages',
    hooks: {
      'astro:build:start': () => startHantWorker(new URL('../lib/hant-worker.ts', import.meta.url)),
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const table = JSON.stringify(await hantTable());
          await writeFile(fileURLToPath(new URL(hantTablePath, dir)), table);
          logger.info(`conversion table for traditional search results: ${hantTablePath}, ${(Buffer.byteLength(table) / 1024).toFixed(1)} KiB`);
        } finally {
          await stopHantWorker();
        }
      },
    },
  };
}
