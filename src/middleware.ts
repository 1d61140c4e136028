/**
 * Every page passes through here once, as it is rendered:
 * - the traditional-script twin: every page under /zh-hant/ is rendered from
 *   the same simplified content and converted, once, as HTML
 *   (src/lib/html-script.ts, through src/lib/script.ts; on a worker thread
 *   during the build, src/lib/hant-pages.ts);
 * - in the built site, the Content-Security-Policy meta tag with the hashes of
 *   the page's inline scripts (src/lib/csp.ts), added after the conversion;
 * - during `astro build`, case pages go to the search index as they are done
 *   (src/lib/index-feed.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { toHantPage } from './lib/hant-pages.ts';
import { withPolicy } from './lib/csp.ts';
import { feedIndex } from './lib/index-feed.ts';
import { isCasePath } from './lib/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const hant = context.url.pathname.startsWith('/zh-hant/');
  const policy = import.meta.env.PROD;
  if (!hant && !policy) return response;
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  let html = await response.text();
  if (hant) html = await toHantPage(html, isCasePath(context.url.pathname, 'zh-hant'));
  if (policy) html = withPolicy(html);
  await feedIndex(context.url.pathname, html);
  return new Response(html, { status: response.status, headers: response.headers });
});
