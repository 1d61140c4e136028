/**
 * Every site path is built here, so URLs stay stable (officials cite them).
 * Paths never contain converted text: keywords are in simplified script and
 * percent-encoded, ids and domain slugs are ASCII.
 *
 * Every path is under the site's base path (`base`: `/` or, for a site
 * published at `https://example.gov.cn/alk/`, `/alk/`; see src/site/site-url.ts):
 * `casePath('zh-hans', 'x')` is `/alk/zh-hans/cases/x/`. Paths a page is
 * rendered at (`Astro.url.pathname`) carry the base too; functions that read
 * a path (`pathToScript`, `isCasePath`, `twinPath`) take it with its base.
 */
import type { Script } from '../i18n/script.ts';
import { siteLocation } from './site-url.ts';
import { enforcementDomains, type EnforcementDomain } from '../model/schema/domains.ts';

/**
 * The base path. In code Vite builds (pages, the middleware, the browser) it
 * is Astro's `base`, which Vite gives as BASE_URL; in code Node runs itself
 * (integrations, astro.config.mjs) the same value, from SITE_URL.
 */
export const base: string =
  (import.meta.env as { BASE_URL?: string } | undefined)?.BASE_URL ??
  siteLocation(globalThis.process?.env?.SITE_URL).base;

/** A path of the site written from its root (`/data/cases.json`), under the base: `/alk/data/cases.json`. */
export const withBase = (path: string) => `${base}${path.replace(/^\//, '')}`;
/** A path under the base, from the site's root: `/alk/zh-hans/` → `/zh-hans/`; undefined for a path outside the base. */
export const withoutBase = (path: string): string | undefined =>
  path.startsWith(base)
    ? `/${path.slice(base.length)}`
    : path === base.slice(0, -1)
      ? '/'
      : undefined;

/** `/` of the site (the base): it chooses a script. */
export const rootPath = base;
export const homePath = (script: Script) => withBase(`${script}/`);
export const casePath = (script: Script, id: string) => withBase(`${script}/cases/${id}/`);
/** Whether a path is a case page of a script (`casePath(script, id)` for some id). */
export const isCasePath = (pathname: string, script: Script) => {
  const prefix = withBase(`${script}/cases/`);
  return pathname.startsWith(prefix) && /^[^/]+\/$/.test(pathname.slice(prefix.length));
};
/** The case id in a case page's path or URL (`/zh-hans/cases/nx-2025-01/#p2` → `nx-2025-01`); `` if none. */
export const caseIdOfPath = (path: string) => /\/cases\/([^/]+)\/?(?:#.*)?$/.exec(path)?.[1] ?? '';
export const sourcePath = (script: Script, slug?: string) =>
  withBase(`${script}/sources/${slug ? `${slug}/` : ''}`);
export const regionPath = (script: Script, code?: string) =>
  withBase(`${script}/regions/${code ? `${code}/` : ''}`);
export const keywordPath = (script: Script, keyword?: string) =>
  withBase(`${script}/keywords/${keyword ? `${encodeURIComponent(keyword)}/` : ''}`);
export const searchPath = (script: Script) => withBase(`${script}/search/`);
export const docPath = (script: Script, slug: string) => withBase(`${script}/docs/${slug}/`);
export const yearPath = (script: Script, year?: number) =>
  withBase(`${script}/years/${year ? `${year}/` : ''}`);
/** A domain's browse page, by the domain's fixed ASCII slug: `/zh-hans/domains/market-regulation/`. */
export const domainPath = (script: Script, domain?: EnforcementDomain) =>
  withBase(`${script}/domains/${domain ? `${enforcementDomains[domain].slug}/` : ''}`);
export const numbersPath = (script: Script) => withBase(`${script}/numbers/`);
/** Every document the cases cite, with its cases (src/model/cited-documents.ts). */
export const documentsPath = (script: Script) => withBase(`${script}/documents/`);
export const feedPath = (script: Script) => withBase(`${script}/rss.xml`);
export const dataJsonPath = withBase('data/cases.json');
export const dataCsvPath = withBase('data/cases.csv');
/** The CSV's metadata (licence, update date, citation, columns), W3C CSVW's sidecar file. */
export const dataCsvMetadataPath = withBase('data/cases.csv-metadata.json');
/** A case's record as in /data/cases.json, alone (src/build/case-record-files.ts). */
export const caseRecordPath = (id: string) => withBase(`data/cases/${id}.json`);
export const faviconPath = withBase('favicon.svg');
/** The Pagefind bundle (index, pagefind.js, facet tables). */
export const pagefindPath = withBase('pagefind/');
/** A paragraph of a case: `/zh-hans/cases/nx-2025-01/#p3`; the case page itself without a paragraph. */
export const paragraphPath = (script: Script, id: string, paragraph?: number) =>
  `${casePath(script, id)}${paragraph ? `#p${paragraph}` : ''}`;
/** An absolute URL on the site's origin (`astro.config.mjs` `site`) of a path built here. */
export const absoluteUrl = (site: URL | string | undefined, path: string) =>
  new URL(path, site ?? siteLocation().site).href;

/** The same page in the other script: `/zh-hans/cases/x/` ↔ `/zh-hant/cases/x/`. Query and hash are kept. */
export function twinPath(path: string): string {
  const script = pathToScript(path);
  if (!script) return path;
  const from = withBase(script);
  return withBase(script === 'zh-hans' ? 'zh-hant' : 'zh-hans') + path.slice(from.length);
}

/** The script a path (with its base) belongs to, if any. */
export function pathToScript(path: string): Script | undefined {
  const match = /^\/(zh-hans|zh-hant)(\/|$|[?#])/.exec(withoutBase(path) ?? '');
  return match ? (match[1] as Script) : undefined;
}

/**
 * Rendered content (docs, CONTRIBUTING.md) with its site paths under the base: an `href` or `src`
 * written from the site's root (`/data/cases.json`) becomes `/alk/data/cases.json`. Relative,
 * in-page and absolute URLs, and protocol-relative ones (`//host/…`), are left as they are.
 */
export const contentLinks = (html: string) =>
  base === '/' ? html : html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${base}`);
