/**
 * Where the site is published: `SITE_URL`, origin and path
 * (`https://example.gov.cn/alk/`). Its origin and path are Astro's `site`, its
 * path is Astro's `base` (astro.config.mjs), under which every site path is
 * built (src/site/routes.ts). Without `SITE_URL` the site is built for the
 * root of a placeholder origin.
 */

/** The placeholder origin of a build without `SITE_URL`: the one definition. */
export const defaultSiteUrl = 'https://typical-cases.example.org/';

export interface SiteLocation {
  /** Origin and base path: `https://example.gov.cn/alk/` (Astro's `site`). */
  site: string;
  /** The base path, starting and ending with `/`: `/alk/`, or `/` (Astro's `base`). */
  base: string;
}

/**
 * `SITE_URL` → Astro's `site` and `base`. The path gets a trailing slash
 * (`/alk` → `/alk/`). A value that is not an http(s) URL, or that has a query
 * or a hash, or whose path names a script (`zh-hans`, `zh-hant`: the
 * traditional pages are made by swapping those names, src/build/twins/page.ts),
 * is refused.
 */
export function siteLocation(siteUrl: string | undefined = defaultSiteUrl): SiteLocation {
  let url: URL;
  try {
    url = new URL(siteUrl || defaultSiteUrl);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://example.gov.cn/alk/ (got “${siteUrl}”)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http or https URL (got “${siteUrl}”)`);
  if (url.search || url.hash)
    throw new Error(`SITE_URL must have no query or hash (got “${siteUrl}”)`);
  if (/zh-han[st]/i.test(url.pathname))
    throw new Error(
      `SITE_URL's path must not contain a script name (zh-hans, zh-hant): got “${url.pathname}”`,
    );
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base };
}
