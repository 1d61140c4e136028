/**
 * Builds the search index at the end of `astro build`, with Pagefind's Node
 * API: one index per `<html lang>` (zh-Hans and zh-Hant), of the case pages
 * only (the `data-pagefind-body` article), written to dist/pagefind/.
 * Any error fails the build: a site whose search silently finds nothing is
 * worse than no build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { foldHintsPlugin } from './fold-hints.ts';

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [foldHintsPlugin()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { createIndex, close } = await import('pagefind');
        try {
          const { index, errors } = await createIndex({});
          if (!index || errors.length > 0) throw new Error(errors.join('\n') || 'createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          if (added.page_count === 0) throw new Error(`no page in ${site} has data-pagefind-body`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } catch (cause) {
          throw new Error('Failed to run Pagefind.', { cause });
        } finally {
          await close();
        }
      },
    },
  };
}
