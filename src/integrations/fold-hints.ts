/**
 * Serves `virtual:fold-hints/zh-hans` and `virtual:fold-hints/zh-hant` to the
 * search page's scripts: the characters each site's query folding must react
 * to, computed at build time by src/lib/script.ts (see `FoldHints`). The
 * browser then loads a conversion table only for a query that needs one.
 */
import type { Plugin } from 'vite';
import { foldHints, isScript } from '../lib/script.ts';

const prefix = 'virtual:fold-hints/';

export function foldHintsPlugin(): Plugin {
  return {
    name: 'fold-hints',
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      const script = id.slice(prefix.length + 1);
      if (!isScript(script)) throw new Error(`unknown script in ${id}`);
      return `export default ${JSON.stringify(await foldHints(script))};`;
    },
  };
}
