/**
 * The search fold: what search treats as one character, whatever the script (see SearchFoldTable).
 * The gram index and the search page fold case texts and queries with it.
 */
import { hansDictionaries, hantDictionaries } from './convert.ts';
import { entriesOf } from './fold-query.ts';

/**
 * What search treats as one character, whatever the script: each entry maps a
 * character to the representative of its class, as two strings of equal length
 * in code points (`from[i]` → `to[i]`; characters not in `from` stand for
 * themselves). A class joins every pair of characters that OpenCC converts
 * into each other, in either direction, on their own or at the same place of a
 * phrase of the same length: cn→tw (with the project dictionary), and
 * tw/hk→cn. So 審, 审 and 審 fold to one character, 綫 and 线 too, and so do
 * 瞭 and 了 (瞭解 is 了解 in Taiwan).
 *
 * Unlike `foldQuery`, this folds character by character: the fold of a piece
 * of text is that piece of the folded text, so a query found in the folded
 * case text is found wherever the text contains it, on either script's page.
 * (OpenCC is not such a function: t→cn turns the simplified 显著 into 显着
 * and 什么 into 什幺.) Classes are a little wider than any one conversion
 * (复 and 覆 are one class because 答复 is 答覆 in Taiwan), which is what
 * matching variants needs. Computed at build time (the search page gets it
 * as a virtual module, src/integrations/fold-hints.ts).
 */
export interface SearchFoldTable {
  from: string;
  to: string;
}

let searchFold: Promise<SearchFoldTable> | undefined;

/** The search fold table (see SearchFoldTable); loads both OpenCC directions. Build time and tests. */
export function searchFoldTable(): Promise<SearchFoldTable> {
  searchFold ??= (async () => {
    const entries = entriesOf([...(await hansDictionaries()), ...(await hantDictionaries())]);
    // Union-find over code points; the smaller code point stands for its class (any fixed choice
    // does: the fold is never shown).
    const parent = new Int32Array(0x110000).map((_, i) => i);
    const find = (c: number): number => {
      while (parent[c] !== c) c = parent[c] = parent[parent[c]!]!;
      return c;
    };
    const seen = new Set<number>();
    for (const [key, value] of entries) {
      const k = [...key];
      const v = [...value];
      if (k.length !== v.length) continue;
      k.forEach((char, i) => {
        const [a, b] = [char.codePointAt(0)!, v[i]!.codePointAt(0)!];
        if (a === b) return;
        seen.add(a).add(b);
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      });
    }
    const pairs = [...seen]
      .sort((a, b) => a - b)
      .map((c) => [String.fromCodePoint(c), String.fromCodePoint(find(c))] as const)
      .filter(([c, root]) => c !== root);
    return { from: pairs.map(([c]) => c).join(''), to: pairs.map(([, root]) => root).join('') };
  })();
  return searchFold;
}

/** The search fold of single characters, from its table: `fold('審') === fold('审')`. */
export function charFolder(table: SearchFoldTable): (char: string) => string {
  const to = [...table.to];
  const map = new Map([...table.from].map((c, i) => [c, to[i]!]));
  return (char) => map.get(char) ?? char;
}
