/** Helpers for tests that read the built site in dist/ directly. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Every file under dist/ whose path matches `pattern`, as paths relative to dist/. */
export function distFiles(pattern: RegExp, dir = distDir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...distFiles(pattern, full));
    else if (pattern.test(full)) out.push(relative(distDir, full));
  }
  return out;
}

export const readDist = (path: string) => readFileSync(join(distDir, path), 'utf8');

/** The visible text of an HTML page: no tags, scripts, styles or comments. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}
