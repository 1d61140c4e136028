/**
 * Every site path is built here, so URLs stay stable (officials cite them).
 * Paths never contain converted text: keywords are in simplified script and
 * percent-encoded, ids and domain slugs are ASCII.
 */
import type { Script } from '../i18n/script.ts';
import { enforcementDomains, type EnforcementDomain } from '../model/schema/domains.ts';

export const homePath = (script: Script) => `/${script}/`;
export const casePath = (script: Script, id: string) => `/${script}/cases/${id}/`;
/** Whether a path is a case page of a script (`casePath(script, id)` for some id). */
export const isCasePath = (pathname: string, script: Script) => {
  const prefix = `/${script}/cases/`;
  return pathname.startsWith(prefix) && /^[^/]+\/$/.test(pathname.slice(prefix.length));
};
export const sourcePath = (script: Script, slug?: string) =>
  `/${script}/sources/${slug ? `${slug}/` : ''}`;
export const regionPath = (script: Script, code?: string) =>
  `/${script}/regions/${code ? `${code}/` : ''}`;
export const keywordPath = (script: Script, keyword?: string) =>
  `/${script}/keywords/${keyword ? `${encodeURIComponent(keyword)}/` : ''}`;
export const searchPath = (script: Script) => `/${script}/search/`;
export const docPath = (script: Script, slug: string) => `/${script}/docs/${slug}/`;
export const yearPath = (script: Script, year?: number) =>
  `/${script}/years/${year ? `${year}/` : ''}`;
/** A domain's browse page, by the domain's fixed ASCII slug: `/zh-hans/domains/market-regulation/`. */
export const domainPath = (script: Script, domain?: EnforcementDomain) =>
  `/${script}/domains/${domain ? `${enforcementDomains[domain].slug}/` : ''}`;
export const numbersPath = (script: Script) => `/${script}/numbers/`;
export const feedPath = (script: Script) => `/${script}/rss.xml`;
export const dataJsonPath = '/data/cases.json';
export const dataCsvPath = '/data/cases.csv';
/** A paragraph of a case: `/zh-hans/cases/nx-2025-01/#p3`; the case page itself without a paragraph. */
export const paragraphPath = (script: Script, id: string, paragraph?: number) =>
  `${casePath(script, id)}${paragraph ? `#p${paragraph}` : ''}`;
/** An absolute URL on the site's origin (`astro.config.mjs` `site`). */
export const absoluteUrl = (site: URL | string | undefined, path: string) =>
  new URL(path, site ?? 'https://typical-cases.example.org').href;

/** The same page in the other script: `/zh-hans/cases/x/` ↔ `/zh-hant/cases/x/`. Query and hash are kept. */
export function twinPath(path: string): string {
  if (path.startsWith('/zh-hans/') || path === '/zh-hans')
    return path.replace('/zh-hans', '/zh-hant');
  if (path.startsWith('/zh-hant/') || path === '/zh-hant')
    return path.replace('/zh-hant', '/zh-hans');
  return path;
}

/** The script a path belongs to, if any. */
export function pathToScript(path: string): Script | undefined {
  const match = /^\/(zh-hans|zh-hant)(\/|$)/.exec(path);
  return match ? (match[1] as Script) : undefined;
}
