/**
 * The ONE conversion module. Every simplified↔traditional conversion of text a
 * reader sees goes through here: pages, titles, meta, alt/aria texts, RSS,
 * embedded data — and search queries in the browser.
 *
 * We use OpenCC `cn → tw` (Taiwan standard characters, no vocabulary change):
 * - not `t`: it writes 爲 and 裏, forms few readers use;
 * - not `twp`: it rewrites vocabulary (发布→釋出), which would change the
 *   published wording of government documents;
 * - `tw` rather than `hk`: the MOE standard forms (裡, 臺, 著) are what most
 *   traditional-script readers (Taiwan, overseas, research libraries) expect.
 * The reviewed project dictionary fixes what OpenCC gets wrong in this corpus.
 *
 * The tables load lazily (dynamic import). In the browser, the search pages
 * fold queries to simplified (the script of the one search index), so they
 * fetch the 100 KB t→cn table only for a query that needs it; the traditional
 * search page shows results with a table cut down to the corpus (below), and
 * never loads the 1 MB cn→tw table.
 */
import {
  ConverterFactory,
  Trie,
  type ConverterFactoryArgument,
  type ConverterFunction,
  type DictGroup,
} from 'opencc-js/core';
import { projectDictionary } from './dictionary.ts';

export type Script = 'zh-hans' | 'zh-hant';
export const scripts: readonly Script[] = ['zh-hans', 'zh-hant'];

/** `<html lang>` value of a script. */
export const scriptToLang = (script: Script) => (script === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
/** The other script (the twin). */
export const otherScript = (script: Script): Script =>
  script === 'zh-hant' ? 'zh-hans' : 'zh-hant';
export const isScript = (value: unknown): value is Script =>
  value === 'zh-hans' || value === 'zh-hant';

let hant: Promise<ConverterFunction> | undefined;
let hans: Promise<ConverterFunction> | undefined;

/** The dictionaries of each direction, in the order they are applied. */
async function hantDictionaries(): Promise<ConverterFactoryArgument[]> {
  const { from, to } = await import('opencc-js/preset/cn2t');
  return [from.cn!, to.tw!, [projectDictionary]];
}
async function hansDictionaries(): Promise<ConverterFactoryArgument[]> {
  const { from, to } = await import('opencc-js/preset/t2cn');
  return [from.tw!, from.hk!, to.cn!];
}

/** Loads the simplified→traditional converter (OpenCC cn→tw, then the project dictionary). */
export function loadToHant(): Promise<ConverterFunction> {
  hant ??= hantDictionaries().then((dicts) => ConverterFactory(...dicts));
  return hant;
}

/** Loads the traditional→simplified converter (Taiwan and Hong Kong forms alike). */
export function loadToHans(): Promise<ConverterFunction> {
  hans ??= hansDictionaries().then((dicts) => ConverterFactory(...dicts));
  return hans;
}

/** Loads a converter from simplified text to the given script (identity for `zh-hans`). */
export async function loadConverter(script: Script): Promise<ConverterFunction> {
  return script === 'zh-hant' ? loadToHant() : (text: string) => text;
}

/**
 * What a search page must know to fold a query without loading a table it
 * does not need, for one direction of conversion (to the page's script):
 * - `convert`: characters that the conversion changes on their own (审→審);
 * - `context`: characters it changes only inside some phrases (合 in 上合屋);
 * - `phrases`: those phrases, loaded only for a query with a `context` character;
 * - `roundTrip` (traditional pages): traditional variants that are not the
 *   Taiwan standard form (綫, 峯 …): a query with one goes through simplified
 *   and back, like the page text did.
 * A query with no `convert` character and none of the `phrases` is already
 * in the page's script, exactly: OpenCC only replaces dictionary keys, and
 * every key that would change it contains one or the other. So it is used as
 * typed, and no table is loaded. Computed at build time
 * (src/integrations/fold-hints.ts); the browser gets a few KB.
 */
export interface FoldHints {
  convert: string;
  context: string;
  phrases: readonly string[] | (() => Promise<readonly string[]>);
  roundTrip: string;
}

type Entry = [key: string, value: string];

/** Every entry of a converter's dictionaries, whatever their form (strings `key value|…`, or pairs). */
function entriesOf(groups: ConverterFactoryArgument[]): Entry[] {
  const entries: Entry[] = [];
  // A pair never contains a space or `|`; a dictionary string always does.
  const isPair = (item: unknown): item is Entry =>
    Array.isArray(item) &&
    item.length === 2 &&
    item.every((x) => typeof x === 'string' && !/[ |]/.test(x));
  const visit = (dict: unknown): void => {
    if (typeof dict === 'string') {
      for (const entry of dict.split('|')) {
        const [key, value] = entry.split(' ');
        if (key && value !== undefined) entries.push([key, value]);
      }
    } else if (Array.isArray(dict)) {
      if (dict.every(isPair)) entries.push(...dict);
      else for (const item of dict) visit(item);
    }
  };
  for (const group of groups) visit(group);
  return entries;
}

/** The trigger characters and phrases of a converter (see FoldHints). */
function triggersOf(groups: ConverterFactoryArgument[]) {
  const entries = entriesOf(groups).filter(([key, value]) => key !== value);
  const convert = new Set(entries.filter(([key]) => [...key].length === 1).map(([key]) => key));
  const context = new Set<string>();
  const phrases = new Set<string>();
  for (const [key, value] of entries) {
    const k = [...key];
    const v = [...value];
    if (k.length === 1 || k.some((c) => convert.has(c))) continue;
    phrases.add(key);
    k.forEach((c, i) => (k.length !== v.length || v[i] !== c) && context.add(c));
  }
  return { convert, context, phrases };
}

const hintCache = new Map<Script, Promise<FoldHints & { phrases: readonly string[] }>>();
const sorted = (chars: Iterable<string>) => [...chars].sort().join('');

/** The fold hints of a script's pages (loads both tables; meant for the build and for tests). */
export function foldHints(script: Script): Promise<FoldHints & { phrases: readonly string[] }> {
  let hints = hintCache.get(script);
  if (!hints) {
    hints = (async () => {
      const mine = triggersOf(
        script === 'zh-hans' ? await hansDictionaries() : await hantDictionaries(),
      );
      let roundTrip = '';
      if (script === 'zh-hant') {
        // Hong Kong variants (綫, 峯): cn→tw leaves them, the Taiwan-form index does not have them.
        const { from } = await import('opencc-js/preset/t2cn');
        const hk = triggersOf([from.hk!]);
        const [toHans, toHant] = await Promise.all([loadToHans(), loadToHant()]);
        roundTrip = sorted(
          [...hk.convert, ...hk.context].filter(
            (c) => toHant(toHans(c)) !== c && !mine.convert.has(c),
          ),
        );
      }
      return {
        convert: sorted(mine.convert),
        context: sorted(mine.context),
        phrases: [...mine.phrases].sort(),
        roundTrip,
      };
    })();
    hintCache.set(script, hints);
  }
  return hints;
}

const hintSets = new WeakMap<
  FoldHints,
  { convert: Set<string>; context: Set<string>; roundTrip: Set<string> }
>();
function setsOf(hints: FoldHints) {
  let sets = hintSets.get(hints);
  if (!sets) {
    sets = {
      convert: new Set(hints.convert),
      context: new Set(hints.context),
      roundTrip: new Set(hints.roundTrip),
    };
    hintSets.set(hints, sets);
  }
  return sets;
}

/** Whether converting `text` with the hints' converter could change it (exact; see FoldHints). */
export async function needsConversion(text: string, hints: FoldHints): Promise<boolean> {
  const { convert, context } = setsOf(hints);
  const chars = [...text];
  if (chars.some((c) => convert.has(c))) return true;
  if (!chars.some((c) => context.has(c))) return false;
  const phrases = typeof hints.phrases === 'function' ? await hints.phrases() : hints.phrases;
  return phrases.some((phrase) => text.includes(phrase));
}

/**
 * Folds a reader's query (or a filter value from a URL) into a script, so
 * that 審批 finds what 审批 finds. The search pages fold to simplified, the
 * script of the index (src/search/engine.ts). A query already in the
 * target script is returned as typed without loading any table; otherwise
 * folding to simplified loads the 100 KB t→cn table, folding to traditional
 * the 1 MB cn→tw table (and, for the rare non-Taiwan variant, both).
 * `hints` default to ones computed here.
 */
export async function foldQuery(query: string, script: Script, hints?: FoldHints): Promise<string> {
  hints ??= await foldHints(script);
  if (script === 'zh-hans')
    return (await needsConversion(query, hints)) ? (await loadToHans())(query) : query;
  if ([...query].some((c) => setsOf(hints).roundTrip.has(c)))
    return (await loadToHant())((await loadToHans())(query));
  return (await needsConversion(query, hints)) ? (await loadToHant())(query) : query;
}

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
