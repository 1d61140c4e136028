/**
 * The traditional-script twin: every page under /zh-hant/ is rendered from the
 * same simplified content and converted here, once, as HTML. Measured on 2,000
 * cases this costs about 15% on top of one script (see ARCHITECTURE.md).
 */
import { defineMiddleware } from 'astro:middleware';
import { loadToHant } from './lib/script.ts';
import { convertHtml } from './lib/html-script.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.url.pathname.startsWith('/zh-hant/')) return response;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('text/html')) return response;
  const toHant = await loadToHant();
  const html = convertHtml(await response.text(), toHant);
  return new Response(html, { status: response.status, headers: response.headers });
});
