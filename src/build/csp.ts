/**
 * A Content-Security-Policy for every built page, as a <meta> tag (a static
 * host may not let us set headers). No inline script runs unless its exact
 * text is hashed here, so an injected `<script>` in content or a template does
 * nothing. src/middleware.ts adds it to every page as the page is rendered
 * (after the script conversion, which never touches scripts), so no pass over
 * the written files is needed.
 */
import { createHash } from 'node:crypto';

/**
 * The policy without its script hashes. 'wasm-unsafe-eval' lets Pagefind
 * compile its WebAssembly (it allows no JavaScript eval); inline styles are
 * allowed because Astro inlines small stylesheets and Pagefind sets style
 * attributes; images may be data: URLs (small SVG icons).
 */
export const basePolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * CSP source expression for a script's text: `'sha256-…'`. Not cached: a script's text is a slice
 * of its page, and a cache keyed by it kept every page of a build in memory (the JSON-LD differs
 * on every page), half a gigabyte at 10,000 cases; hashing a script takes microseconds.
 */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A script element's `type` that browsers run: none, a JavaScript MIME type, or `module`. */
const runs = (attributes: string) => {
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return !type || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
};

/**
 * The texts of the inline scripts of a page that the browser runs. Scripts
 * with a `src` load a file and are covered by 'self'; data blocks (JSON-LD,
 * `application/json`) are never run, so CSP does not govern them and they
 * need no hash (one per case page would make the policy grow with the site).
 */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(inlineScript)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes) || !runs(attributes)) continue;
    out.push(match[2] ?? '');
  }
  return out;
}

/** The policy for a page whose inline scripts are `scripts`. */
export function policyFor(scripts: string[]): string {
  const hashes = [...new Set(scripts.map(scriptHash))];
  return Object.entries(basePolicy)
    .map(([directive, sources]) =>
      [directive, ...sources, ...(directive === 'script-src' ? hashes : [])].join(' '),
    )
    .join('; ');
}

/**
 * Inserts the policy meta tag as early as possible: right after
 * `<meta charset>` (which must stay first), else right after `<head>`.
 * A page that already has a policy meta tag is returned unchanged.
 */
export function withPolicy(html: string): string {
  if (/<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScripts(html))}">`;
  const charset = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return html.slice(0, end) + meta + html.slice(end);
  }
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head)
    throw new Error('withPolicy: the page has no <head> to put the Content-Security-Policy in');
  const end = head.index + head[0].length;
  return html.slice(0, end) + meta + html.slice(end);
}
