/**
 * The conversion table of one corpus: the cn→tw entries that the case pages use, recorded while
 * the build converts them (src/build/twins/), so that the traditional search page can show results
 * from the one simplified index in its own script with a few KB instead of the 1 MB table.
 *
 * Recording reads two internals of opencc-js's `Trie`: its root node `map` (a Map from code point
 * to node) and a node's `trie_val`. test/i18n/recorded-table.test.ts fails when either changes.
 */
import { ConverterFactory, Trie, type ConverterFunction, type DictGroup } from 'opencc-js/core';
import { projectDictionary } from './dictionary.ts';

/**
 * A cut-down cn→tw converter for one corpus, small enough for a browser:
 * one list of `[key, value]` per stage of the converter (OpenCC cn, tw, then
 * the project dictionary), holding only the entries that can match in the
 * corpus. The traditional search page uses it to show results (titles,
 * excerpts, section names) from the one simplified index in its own script,
 * without the 1 MB full table.
 */
export type ConversionTable = [key: string, value: string][][];

type TrieNode = Map<number, TrieNode> & { trie_val?: string };

/** The stages of the simplified→traditional converter, each as the trie OpenCC builds for it. */
async function hantStages(): Promise<Trie[]> {
  const { from, to } = await import('opencc-js/preset/cn2t');
  const groups: DictGroup[] = [
    ...(from.cn as DictGroup[]),
    ...(to.tw as DictGroup[]),
    [projectDictionary],
  ];
  return groups.map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
}

/**
 * Records every key of `trie` that starts anywhere in `text` (not only the keys
 * the conversion picks). `seen`: the trie's nodes recorded already (a key is
 * recorded once, however often it occurs).
 */
function recordKeys(
  trie: Trie,
  text: string,
  used: Map<string, string>,
  seen: Set<TrieNode>,
): void {
  const root = (trie as unknown as { map: TrieNode }).map;
  for (let i = 0; i < text.length;) {
    let node: TrieNode | undefined = root;
    for (let j = i; j < text.length;) {
      const cp = text.codePointAt(j)!;
      j += cp > 0xffff ? 2 : 1;
      node = node.get(cp);
      if (!node) break;
      if (node.trie_val !== undefined && !seen.has(node)) {
        seen.add(node);
        used.set(text.slice(i, j), node.trie_val);
      }
    }
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
}

export interface Recorder {
  convert: (text: string) => string;
  /** The table of everything this recorder converted, and the tables it was given (`add`). */
  table: () => ConversionTable;
  /**
   * A recorder of one page: it converts the same, and `table()` gives what the page's texts
   * need, so that a build which restores the page rather than renders it can use its table again.
   */
  page: () => { convert: (text: string) => string; table: () => ConversionTable };
  /** Adds a table (a page's) to this recorder's. */
  add: (table: ConversionTable) => void;
}

/** One table holding the entries of all (the union a recorder of all their texts would give). */
export function mergeTables(tables: readonly ConversionTable[]): ConversionTable {
  const stages: Map<string, string>[] = [];
  for (const table of tables)
    table.forEach((entries, k) => {
      const stage = (stages[k] ??= new Map());
      for (const [key, value] of entries) stage.set(key, value);
    });
  return stages.map((entries) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The simplified→traditional converter, recording what it uses: `convert`
 * gives exactly what `loadToHant()` gives; `table()` returns the entries that
 * can match in any piece of any text converted so far. So a table recorded
 * while converting the case pages converts any excerpt of them (a substring)
 * as the full converter would: every key that could match inside a substring
 * starts at a position of the whole text and was recorded there. Characters a
 * later stage sees only at a substring's edge are covered by recording, for
 * each character, the later stages of its own conversion.
 */
export async function recordingToHant(): Promise<Recorder> {
  const stages = await hantStages();
  /** A converter recording into `used` (each key once: `seenNodes`, `seenChars`). */
  const recording = () => {
    const used = stages.map(() => new Map<string, string>());
    const seenNodes = stages.map(() => new Set<TrieNode>());
    const seenChars = new Set<string>();
    const run = (text: string) => {
      let current = text;
      stages.forEach((trie, k) => {
        recordKeys(trie, current, used[k]!, seenNodes[k]!);
        current = trie.convert(current);
      });
      return current;
    };
    const convert = (text: string) => {
      for (const char of text) {
        if (seenChars.has(char)) continue;
        seenChars.add(char);
        let current = char;
        stages.forEach((trie, k) => {
          recordKeys(trie, current, used[k]!, seenNodes[k]!);
          current = trie.convert(current);
        });
      }
      return run(text);
    };
    const table = (): ConversionTable => mergeTables([used.map((entries) => [...entries])]);
    return { convert, table };
  };
  const whole = recording();
  const added: ConversionTable[] = [];
  return {
    convert: whole.convert,
    table: () => mergeTables([whole.table(), ...added]),
    page: recording,
    add: (table) => void added.push(table),
  };
}

/** A converter from a recorded table (see `recordingToHant`). */
export function converterFromTable(table: ConversionTable): ConverterFunction {
  return ConverterFactory(...table.map((entries): DictGroup => [entries]));
}
