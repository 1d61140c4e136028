/**
 * Builds the search index at the end of `astro build`, with Pagefind's Node
 * API: one index per `<html lang>` (zh-Hans and zh-Hant), of the case pages
 * only (the `data-pagefind-body` article), written to dist/pagefind/.
 * Any error fails the build: a site whose search silently finds nothing is
 * worse than no build.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { foldHintsPlugin } from './fold-hints.ts';
import { builtScripts } from '../lib/built-scripts.ts';
import { writeFacetTables } from '../lib/search/facet-table.ts';

/**
 * Parts of a case page that are not the case's text: the metadata list (its
 * labels 地区/关键词/来源 would fill excerpts; region and keywords are indexed
 * by CaseIndexMeta.astro instead) and the figures table (editorial labels for
 * numbers the text already states).
 */
export const excludeSelectors = ['.meta-list', '[aria-labelledby="metrics-heading"]'];

/** The index languages the site must have (Pagefind lowercases `<html lang>`): one per built script. */
const languages: readonly string[] = builtScripts;

/**
 * Only case pages carry `data-pagefind-body`; Pagefind would still parse every
 * other page to find that out (a fifth of its time with 10,000 cases).
 */
const casePages = `${builtScripts.length > 1 ? `{${builtScripts.join(',')}}` : builtScripts[0]}/cases/*/index.html`;

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [foldHintsPlugin()],
            // The cn→tw table (1 MB) is one lazy chunk, loaded only by the search page for a query that needs it.
            build: { chunkSizeWarningLimit: 1200 },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        const { createIndex, close } = await import('pagefind');
        try {
          const { index, errors } = await createIndex({ excludeSelectors });
          if (!index || errors.length > 0) throw new Error(errors.join('\n') || 'createIndex returned no index');
          const added = await index.addDirectory({ path: site, glob: casePages });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const entry = JSON.parse(await readFile(`${outputPath}pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const counts = languages.map((lang) => `${lang} ${entry.languages[lang]?.page_count ?? 0}`).join(', ');
          const missing = languages.filter((lang) => !entry.languages[lang]?.page_count);
          if (missing.length > 0) {
            throw new Error(
              `no indexed page for ${missing.join(', ')} (indexed: ${counts}). ` +
                'Case pages need <html lang="zh-Hans"|"zh-Hant"> and a data-pagefind-body element.',
            );
          }
          logger.info(await writeFacetTables(site, outputPath, builtScripts));
          logger.info(`indexed ${counts} case pages (${added.page_count} files read: only case pages) in ${Math.round(performance.now() - started)} ms`);
        } catch (cause) {
          throw new Error('Failed to run Pagefind.', { cause });
        } finally {
          await close();
        }
      },
    },
  };
}
