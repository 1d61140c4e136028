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
 * The tables load lazily (dynamic import), so the browser fetches the 1 MB
 * cn→tw table only when a query needs it, and the 100 KB t→cn table otherwise.
 */
import { ConverterFactory, type ConverterFactoryArgument, type ConverterFunction } from 'opencc-js/core';
import { projectDictionary } from './script-dictionary.ts';

export type Script = 'zh-hans' | 'zh-hant';
export const scripts: readonly Script[] = ['zh-hans', 'zh-hant'];

/** `<html lang>` value of a script. */
export const scriptToLang = (script: Script) => (script === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
/** The other script (the twin). */
export const otherScript = (script: Script): Script => (script === 'zh-hant' ? 'zh-hans' : 'zh-hant');
export const isScript = (value: unknown): value is Script => value === 'zh-hans' || value === 'zh-hant';

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
 * does not need. Both are strings of characters:
 * - `convert`: every character a conversion to the page's script can change.
 *   A query with none of them is already in the page's script: it is used
 *   as typed and no table is loaded.
 * - `roundTrip` (traditional pages): traditional variants that are not the
 *   Taiwan standard form (綫, 峯 …); a query with one goes through simplified
 *   and back, like the page text did.
 * They are exact, not guesses: OpenCC replaces dictionary keys by values, so
 * a text in which no key character differs from its value is left as is.
 * Computed at build time (src/integrations/fold-hints.ts) into a few KB.
 */
export interface FoldHints {
  convert: string;
  roundTrip: string;
}

/** The characters of dictionary keys that the dictionary changes. */
function changedCharacters(groups: ConverterFactoryArgument[], into: Set<string>): Set<string> {
  const visit = (dict: unknown): void => {
    if (typeof dict === 'string') {
      for (const entry of dict.split('|')) {
        const [key, value] = entry.split(' ');
        if (key && value !== undefined) addPair(key, value);
      }
    } else if (Array.isArray(dict)) {
      // A dictionary given as [key, value] pairs, or a group (list) of dictionaries,
      // which are strings `key value|key value…` (a pair never contains a space).
      const isPair = (item: unknown) =>
        Array.isArray(item) && item.length === 2 && item.every((x) => typeof x === 'string' && !/[ |]/.test(x));
      const isPairs = dict.every(isPair);
      if (isPairs) for (const [key, value] of dict as [string, string][]) addPair(key, value);
      else for (const item of dict) visit(item);
    }
  };
  const addPair = (key: string, value: string) => {
    if (key === value) return;
    const k = [...key];
    const v = [...value];
    k.forEach((char, i) => {
      if (k.length !== v.length || v[i] !== char) into.add(char);
    });
  };
  for (const group of groups) visit(group);
  return into;
}

const hintCache = new Map<Script, Promise<FoldHints>>();

/** The fold hints of a script's pages (loads both tables; meant for the build and for tests). */
export function foldHints(script: Script): Promise<FoldHints> {
  let hints = hintCache.get(script);
  if (!hints) {
    hints = (async () => {
      const toHansChars = changedCharacters(await hansDictionaries(), new Set());
      if (script === 'zh-hans') return { convert: [...toHansChars].sort().join(''), roundTrip: '' };
      const [toHans, toHant] = await Promise.all([loadToHans(), loadToHant()]);
      const convert = changedCharacters(await hantDictionaries(), new Set());
      const roundTrip = [...toHansChars].filter((char) => toHant(toHans(char)) !== char && !convert.has(char));
      return { convert: [...convert].sort().join(''), roundTrip: roundTrip.sort().join('') };
    })();
    hintCache.set(script, hints);
  }
  return hints;
}

const hintSets = new WeakMap<FoldHints, { convert: Set<string>; roundTrip: Set<string> }>();
function setsOf(hints: FoldHints) {
  let sets = hintSets.get(hints);
  if (!sets) {
    sets = { convert: new Set(hints.convert), roundTrip: new Set(hints.roundTrip) };
    hintSets.set(hints, sets);
  }
  return sets;
}

/**
 * Folds a reader's query (or a filter value from a URL) into the script of
 * the index it searches, so that 審批 on the simplified site finds what 审批
 * finds, and the reverse. A query already in the page's script is returned as
 * typed without loading any table; otherwise the simplified site loads the
 * 100 KB t→cn table, the traditional site the 1 MB cn→tw table (and, for the
 * rare non-Taiwan variant, both). `hints` default to ones computed here.
 */
export async function foldQuery(query: string, script: Script, hints?: FoldHints): Promise<string> {
  const { convert, roundTrip } = setsOf(hints ?? (await foldHints(script)));
  const chars = [...query];
  if (script === 'zh-hans') return chars.some((c) => convert.has(c)) ? (await loadToHans())(query) : query;
  if (chars.some((c) => roundTrip.has(c))) return (await loadToHant())((await loadToHans())(query));
  return chars.some((c) => convert.has(c)) ? (await loadToHant())(query) : query;
}
