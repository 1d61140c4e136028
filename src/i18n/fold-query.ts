/**
 * Folding what a reader types (a query, or a filter value from a URL) to simplified, the script of
 * the one search index (src/search/engine.ts), so that 審批 finds what 审批 finds. A query that is
 * simplified already is used as typed without loading any table; otherwise folding loads the
 * 100 KB t→cn table (convert.ts).
 */
import type { ConverterFactoryArgument } from 'opencc-js/core';
import { hansDictionaries, loadToHans } from './convert.ts';

/**
 * What a search page must know to fold a query without loading a table it does not need:
 * - `convert`: characters that the t→cn conversion changes on their own (審→审);
 * - `context`: characters it changes only inside some phrases;
 * - `phrases`: those phrases, loaded only for a query with a `context` character.
 * A query with no `convert` character and none of the `phrases` is simplified already, exactly:
 * OpenCC only replaces dictionary keys, and every key that would change it contains one or the
 * other. Computed at build time (src/integrations/fold-hints.ts); the browser gets a few KB.
 */
export interface FoldHints {
  convert: string;
  context: string;
  phrases: readonly string[] | (() => Promise<readonly string[]>);
}

type Entry = [key: string, value: string];

/** Every entry of a converter's dictionaries, whatever their form (strings `key value|…`, or pairs). */
export function entriesOf(groups: ConverterFactoryArgument[]): Entry[] {
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

const sorted = (chars: Iterable<string>) => [...chars].sort().join('');
let hintCache: Promise<FoldHints & { phrases: readonly string[] }> | undefined;

/** The fold hints (loads the t→cn tables; meant for the build and for tests). */
export function foldHints(): Promise<FoldHints & { phrases: readonly string[] }> {
  hintCache ??= hansDictionaries().then((groups) => {
    const { convert, context, phrases } = triggersOf(groups);
    return { convert: sorted(convert), context: sorted(context), phrases: [...phrases].sort() };
  });
  return hintCache;
}

const hintSets = new WeakMap<FoldHints, { convert: Set<string>; context: Set<string> }>();
function setsOf(hints: FoldHints) {
  let sets = hintSets.get(hints);
  if (!sets) {
    sets = { convert: new Set(hints.convert), context: new Set(hints.context) };
    hintSets.set(hints, sets);
  }
  return sets;
}

/** Whether converting `text` to simplified could change it (exact; see FoldHints). */
export async function needsConversion(text: string, hints: FoldHints): Promise<boolean> {
  const { convert, context } = setsOf(hints);
  const chars = [...text];
  if (chars.some((c) => convert.has(c))) return true;
  if (!chars.some((c) => context.has(c))) return false;
  const phrases = typeof hints.phrases === 'function' ? await hints.phrases() : hints.phrases;
  return phrases.some((phrase) => text.includes(phrase));
}

/**
 * Folds a reader's query to simplified, loading the t→cn table only when the query needs it.
 * `hints` default to ones computed here.
 */
export async function foldQuery(query: string, hints?: FoldHints): Promise<string> {
  hints ??= await foldHints();
  return (await needsConversion(query, hints)) ? (await loadToHans())(query) : query;
}
