/**
 * Every page passes through here once, as it is rendered:
 * - pages under /{script}/ are rendered marked (src/build/twins/page.ts) and
 *   finished here in their script: interface strings resolved, and on
 *   /zh-hant/ pages the content converted (on a worker thread during the
 *   build, src/build/twins/pool.ts);
 * - in a build of both scripts, only /zh-hans/ pages are rendered: each one's
 *   traditional twin is made from the same marked HTML and written by the
 *   worker;
 * - in the built site, the Content-Security-Policy meta tag with the hashes of
 *   the page's inline scripts (src/build/csp.ts), added last;
 * - during `astro build`, case pages go to the search index as they are done
 *   (src/build/search-index/feed.ts).
 * A page Astro restores from its incremental cache does not come here: each
 * page that does is marked, and the integrations do the same for the others
 * when the pages are done (src/build/restored-pages.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { makesTwins, toHantPage, writeTwin } from './build/twins/pool.ts';
import { withPolicy } from './build/csp.ts';
import { feedIndex } from './build/search-index/feed.ts';
import { pageIn } from './build/twins/page.ts';
import { isCasePath, pathToScript } from './site/routes.ts';
import { markRendered } from './build/restored-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const { pathname } = context.url;
  const script = pathToScript(pathname);
  const marked = await response.text();
  let html =
    script === 'zh-hant'
      ? await toHantPage(marked, isCasePath(pathname, 'zh-hant'))
      : pageIn(marked, 'zh-hans');
  if (import.meta.env.PROD) html = withPolicy(html);
  // The twin is cached under the finished simplified page, for a build that restores this page.
  if (script === 'zh-hans' && makesTwins())
    await writeTwin(pathname, marked, isCasePath(pathname, 'zh-hans'), html);
  markRendered(pathname);
  await feedIndex(pathname, html);
  // Bytes, not the string: a string body goes through the Fetch API's USVString conversion and
  // TextEncoder, several times slower for a page (Astro writes the bytes as they are).
  return new Response(Buffer.from(html), { status: response.status, headers: response.headers });
});
