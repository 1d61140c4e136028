/** Reading links out of built pages and checking they resolve to files in dist/. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './dist.ts';

/** The dist/ file a site path is served from, or undefined (`dir`: another build's dist/). */
export function distFileOf(path: string, dir = distDir): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const full = join(dir, clean);
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Every `href` in `html`, entities decoded. */
export const hrefs = (html: string): string[] =>
  [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** The part of a page between `<main` and `</footer>`: the page's own content and the footer. */
export const mainAndFooter = (html: string) =>
  html.slice(html.indexOf('<main'), html.lastIndexOf('</footer>'));

/**
 * The internal links of a page (site-absolute paths), resolved against the
 * page's own path. An href that is not a URL at all is returned as
 * `invalid:<href>`, which linkProblem reports.
 */
export function internalLinks(pagePath: string, html: string): string[] {
  return hrefs(html).flatMap((href) => {
    let url: URL;
    try {
      url = new URL(href, `http://site${pagePath}`);
    } catch {
      return [`invalid:${href}`];
    }
    return url.host === 'site' ? [url.pathname + url.hash] : [];
  });
}

/**
 * Problems of one link (a site path from the root of `dir`, default dist/):
 * missing file, or a `#id` the target page lacks.
 */
export function linkProblem(link: string, dir = distDir): string | undefined {
  if (link.startsWith('invalid:')) return `${link.slice(8)}: not a valid URL`;
  const file = distFileOf(link, dir);
  if (!file) return `${link}: no file in dist/`;
  const hash = link.split('#')[1];
  if (hash && file.endsWith('.html')) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes(`id="${decodeURIComponent(hash)}"`))
      return `${link}: no element with id “${hash}”`;
  }
  return undefined;
}
