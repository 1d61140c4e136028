/**
 * Every site path is built here, so URLs stay stable (officials cite them).
 * Paths never contain converted text: keywords are in simplified script and
 * percent-encoded, ids are ASCII.
 */
import type { Script } from './script.ts';

export const homePath = (script: Script) => `/${script}/`;
export const casePath = (script: Script, id: string) => `/${script}/cases/${id}/`;
export const sourcePath = (script: Script, slug: string) => `/${script}/sources/${slug}/`;
export const regionPath = (script: Script, code?: string) => `/${script}/regions/${code ? `${code}/` : ''}`;
export const keywordPath = (script: Script, keyword?: string) =>
  `/${script}/keywords/${keyword ? `${encodeURIComponent(keyword)}/` : ''}`;
export const searchPath = (script: Script) => `/${script}/search/`;
export const docPath = (script: Script, slug: string) => `/${script}/docs/${slug}/`;

/** The same page in the other script: `/zh-hans/cases/x/` ↔ `/zh-hant/cases/x/`. Query and hash are kept. */
export function twinPath(path: string): string {
  if (path.startsWith('/zh-hans/') || path === '/zh-hans') return path.replace('/zh-hans', '/zh-hant');
  if (path.startsWith('/zh-hant/') || path === '/zh-hant') return path.replace('/zh-hant', '/zh-hans');
  return path;
}

/** The script a path belongs to, if any. */
export function pathToScript(path: string): Script | undefined {
  const match = /^\/(zh-hans|zh-hant)(\/|$)/.exec(path);
  return match ? (match[1] as Script) : undefined;
}
