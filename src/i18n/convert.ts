/**
 * Conversion between the scripts. Every simplified→traditional conversion of text a reader sees
 * goes through `loadToHant`: pages, titles, meta, alt/aria texts, RSS, embedded data. The importer
 * and the search pages convert traditional text to simplified with `loadToHans`.
 *
 * We use OpenCC `cn → tw` (Taiwan standard characters, no vocabulary change):
 * - not `t`: it writes 爲 and 裏, forms few readers use;
 * - not `twp`: it rewrites vocabulary (发布→釋出), which would change the
 *   published wording of government documents;
 * - `tw` rather than `hk`: the MOE standard forms (裡, 臺, 著) are what most
 *   traditional-script readers (Taiwan, overseas, research libraries) expect.
 * The reviewed project dictionary (dictionary.ts) fixes what OpenCC gets wrong in this corpus.
 *
 * The tables load lazily (dynamic import), so a browser page that never converts never fetches
 * them: the search pages fold queries to simplified (fold-query.ts) and fetch the 100 KB t→cn
 * table only for a query that needs it; the traditional search page shows results with a table
 * cut down to the corpus (recorded-table.ts) and never loads the 1 MB cn→tw table.
 */
import {
  ConverterFactory,
  type ConverterFactoryArgument,
  type ConverterFunction,
} from 'opencc-js/core';
import { projectDictionary } from './dictionary.ts';
import type { Script } from './script.ts';

/** The dictionaries of simplified→traditional, in the order they are applied. */
export async function hantDictionaries(): Promise<ConverterFactoryArgument[]> {
  const { from, to } = await import('opencc-js/preset/cn2t');
  return [from.cn!, to.tw!, [projectDictionary]];
}

/** The dictionaries of traditional→simplified (Taiwan and Hong Kong forms alike). */
export async function hansDictionaries(): Promise<ConverterFactoryArgument[]> {
  const { from, to } = await import('opencc-js/preset/t2cn');
  return [from.tw!, from.hk!, to.cn!];
}

let hant: Promise<ConverterFunction> | undefined;
let hans: Promise<ConverterFunction> | undefined;

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
