/**
 * Serves `virtual:fold-hints` to the search pages' scripts: the characters that folding a query to
 * simplified reacts to, computed at build time by src/i18n/fold-query.ts (see `FoldHints`), and, as
 * a separate chunk loaded only when a query has a `context` character, the phrases
 * (`virtual:fold-hints/phrases`). The browser then loads the t→cn table only for a query that
 * needs it.
 */
import type { Plugin } from 'vite';
import { foldHints } from '../i18n/fold-query.ts';

const id = 'virtual:fold-hints';
const phrasesId = `${id}/phrases`;

export function foldHintsPlugin(): Plugin {
  return {
    name: 'fold-hints',
    resolveId(source) {
      return source === id || source === phrasesId ? `\0${source}` : undefined;
    },
    async load(resolved) {
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
