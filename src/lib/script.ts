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
import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
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

/** Loads the simplified→traditional converter (OpenCC cn→tw, then the project dictionary). */
export function loadToHant(): Promise<ConverterFunction> {
  hant ??= import('opencc-js/preset/cn2t').then(({ from, to }) =>
    ConverterFactory(from.cn, to.tw, [projectDictionary]),
  );
  return hant;
}

/** Loads the traditional→simplified converter (Taiwan and Hong Kong forms alike). */
export function loadToHans(): Promise<ConverterFunction> {
  hans ??= import('opencc-js/preset/t2cn').then(({ from, to }) => ConverterFactory(from.tw, from.hk, to.cn));
  return hans;
}

/** Loads a converter from simplified text to the given script (identity for `zh-hans`). */
export async function loadConverter(script: Script): Promise<ConverterFunction> {
  return script === 'zh-hant' ? loadToHant() : (text: string) => text;
}

/**
 * Folds a reader's query into the script of the index it searches, so that
 * 審批 on the simplified site finds what 审批 finds, and the reverse.
 * Always normalises to simplified first (cheap table); only a traditional-site
 * query that changed, or that may contain simplified characters, needs cn→tw.
 */
export async function foldQuery(query: string, script: Script): Promise<string> {
  if (!/[\u3400-\u9fff]/.test(query)) return query;
  const simplified = (await loadToHans())(query);
  if (script === 'zh-hans') return simplified;
  return (await loadToHant())(simplified);
}
