/**
 * The writing system of a page: simplified (`zh-hans`) or traditional (`zh-hant`) Chinese.
 * Conversion between them lives in convert.ts; folding a reader's query in fold-query.ts.
 */
export type Script = 'zh-hans' | 'zh-hant';
export const scripts: readonly Script[] = ['zh-hans', 'zh-hant'];

/** `<html lang>` value of a script. */
export const scriptToLang = (script: Script) => (script === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
/** The other script (the twin). */
export const otherScript = (script: Script): Script =>
  script === 'zh-hant' ? 'zh-hans' : 'zh-hant';
export const isScript = (value: unknown): value is Script =>
  value === 'zh-hans' || value === 'zh-hant';
