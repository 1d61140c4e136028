/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`,
 * astro.config.mjs). A page whose getStaticPaths entry has the `cacheKey` it
 * had in the last build is restored from Astro's cache
 * (node_modules/.astro/dist/) instead of rendered, provided its route's own
 * code is unchanged. So a key names everything else the page shows:
 * - what every page depends on (`buildVersion`): all the site's code under
 *   src/ and the config (the middleware and the twin code are not part of a
 *   route's code, as Astro hashes it), the documentation pages (the footer),
 *   today's date (a citation gives it as the date accessed) and the build's
 *   settings (SITE_* variables);
 * - what the page itself shows, given by its route: the content entries it
 *   shows, by digest (a digest changes with any byte of the file).
 * A page whose inputs are unsure gets no key and is rendered every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { todayInChina } from '../model/dates.ts';

/** Files every page's output may depend on, besides its route's code and its content entries. */
const sitewide = ['src', 'astro.config.mjs', 'content/docs', 'public'];

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name));
  } else hash.update(`${path}\n`).update(readFileSync(path));
}

let version: string | undefined;

/** What every page depends on (see above): computed once per build. */
export function buildVersion(root = process.cwd()): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const path of sitewide) hashTree(hash, join(root, path));
  hash.update(todayInChina());
  const settings = Object.entries(process.env).filter(([name]) => name.startsWith('SITE_'));
  hash.update(JSON.stringify(settings.sort()));
  version = hash.digest('hex');
  return version;
}

/** A content entry as a key names it: collection, id and digest. */
export interface KeyedEntry {
  collection: string;
  id: string;
  digest?: string;
}

/**
 * The cache key of a page: the build version and `parts`, which list what the
 * page shows (entries as `entryKey`, any other value as JSON). `undefined` in
 * `astro dev` (nothing is cached) or when an entry has no digest (its content
 * cannot be compared, so the page is rendered).
 */
export function cacheKey(...parts: unknown[]): string | undefined {
  if (import.meta.env.DEV) return undefined;
  const hash = createHash('sha256').update(buildVersion());
  for (const part of parts) {
    const text = JSON.stringify(part);
    if (text === undefined) return undefined;
    hash.update('\n').update(text);
  }
  return hash.digest('hex');
}

/** How an entry enters a key; throws for an entry without a digest (the key would not see its changes). */
export function entryKey(entry: KeyedEntry): string {
  if (!entry.digest) throw new Error(`cacheKey: ${entry.collection}/${entry.id} has no digest`);
  return `${entry.collection}/${entry.id}@${entry.digest}`;
}
