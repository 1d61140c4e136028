/**
 * Serves `virtual:search-fold`, the search fold table (src/i18n/script.ts,
 * `SearchFoldTable`) with which the search page folds queries and case texts
 * as the gram index was folded, and `virtual:fold-hints/zh-hans` and `virtual:fold-hints/zh-hant` to the
 * search page's scripts: the characters each site's query folding reacts to,
 * computed at build time by src/i18n/script.ts (see `FoldHints`), and, as a
 * separate chunk loaded only when a query has a `context` character, the
 * phrases (`virtual:fold-hints/zh-hant/phrases`). The browser then loads a
 * conversion table only for a query that needs one.
 */
import type { Plugin } from 'vite';
import { foldHints, isScript, searchFoldTable } from '../i18n/script.ts';

const prefix = 'virtual:fold-hints/';
const searchFold = 'virtual:search-fold';

export function foldHintsPlugin(): Plugin {
  return {
    name: 'fold-hints',
    resolveId(id) {
      return id.startsWith(prefix) || id === searchFold ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${searchFold}`)
        return `export default ${JSON.stringify(await searchFoldTable())};`;
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      const [script, part] = id.slice(prefix.length + 1).split('/');
      if (!isScript(script) || (part !== undefined && part !== 'phrases'))
        throw new Error(`unknown module ${id.slice(1)}`);
      const { convert, context, phrases, roundTrip } = await foldHints(script);
      if (part === 'phrases') return `export default ${JSON.stringify(phrases)};`;
      return [
        `export default {`,
        `  convert: ${JSON.stringify(convert)},`,
        `  context: ${JSON.stringify(context)},`,
        `  roundTrip: ${JSON.stringify(roundTrip)},`,
        `  phrases: () => import(${JSON.stringify(`${prefix}${script}/phrases`)}).then((m) => m.default),`,
        `};`,
      ].join('\n');
    },
  };
}
