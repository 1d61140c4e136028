/**
 * Serves two modules to the search page's scripts, computed at build time:
 * - `virtual:fold-hints`: the characters that folding a query to simplified reacts to
 *   (src/i18n/fold-query.ts, `FoldHints`), and, as a separate chunk loaded only when a query has a
 *   `context` character, the phrases (`virtual:fold-hints/phrases`). The browser then loads the
 *   t→cn table only for a query that needs it.
 * - `virtual:search-fold`: the search fold table (src/i18n/search-fold.ts, `SearchFoldTable`), with
 *   which the search page folds queries and case texts as the gram index was folded.
 */
import type { Plugin } from 'vite';
import { foldHints } from '../i18n/fold-query.ts';
import { searchFoldTable } from '../i18n/search-fold.ts';

const id = 'virtual:fold-hints';
const phrasesId = `${id}/phrases`;
const searchFold = 'virtual:search-fold';

export function foldHintsPlugin(): Plugin {
  return {
    name: 'fold-hints',
    resolveId(source) {
      return source === id || source === phrasesId || source === searchFold
        ? `\0${source}`
        : undefined;
    },
    async load(resolved) {
      if (resolved === `\0${searchFold}`)
        return `export default ${JSON.stringify(await searchFoldTable())};`;
      if (resolved !== `\0${id}` && resolved !== `\0${phrasesId}`) return undefined;
      const { convert, context, phrases } = await foldHints();
      if (resolved === `\0${phrasesId}`) return `export default ${JSON.stringify(phrases)};`;
      return [
        `export default {`,
        `  convert: ${JSON.stringify(convert)},`,
        `  context: ${JSON.stringify(context)},`,
        `  phrases: () => import(${JSON.stringify(phrasesId)}).then((m) => m.default),`,
        `};`,
      ].join('\n');
    },
  };
}
