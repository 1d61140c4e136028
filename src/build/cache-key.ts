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
 *   settings (SITE_* variables), and the lockfile (the packages);
 * - what the page itself shows, given by its route: typically its props,
 *   where each content entry counts by its digest.
 * A page whose inputs are unsure (one that reads the whole collection) gets no
 * key and is rendered every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { todayInChina } from '../model/dates.ts';

/** Files every page's output may depend on, besides its route's code and its content entries. */
const sitewide = ['src', 'astro.config.mjs', 'package-lock.json', 'content/docs', 'public'];

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name));
  } else hash.update(`${path}\n`).update(readFileSync(path));
}

const rootKey = Symbol.for('typical-cases.build-root');
type WithRoot = typeof globalThis & { [rootKey]?: string };

/** The project's root, for `buildVersion` (set by an integration: pages run in another module graph). */
export function setBuildRoot(root: string): void {
  (globalThis as WithRoot)[rootKey] = root;
}

let version: string | undefined;

/** What every page depends on (see above): computed once per build. */
export function buildVersion(root = (globalThis as WithRoot)[rootKey] ?? process.cwd()): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const path of sitewide) hashTree(hash, join(root, path));
  hash.update(todayInChina());
  const settings = Object.entries(process.env).filter(([name]) => name.startsWith('SITE_'));
  hash.update(JSON.stringify(settings.sort()));
  version = hash.digest('hex');
  return version;
}

/** A content entry as a key names it: collection, id and digest (which changes with any byte of its file). */
export interface KeyedEntry {
  collection: string;
  id: string;
  digest?: string;
}

const isEntry = (value: unknown): value is KeyedEntry & { data: unknown } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeyedEntry).collection === 'string' &&
  typeof (value as KeyedEntry).id === 'string' &&
  'data' in value;

/** How an entry enters a key; throws for an entry without a digest (the key would not see its changes). */
export function entryKey(entry: KeyedEntry): string {
  if (!entry.digest) throw new Error(`cacheKey: ${entry.collection}/${entry.id} has no digest`);
  return `${entry.collection}/${entry.id}@${entry.digest}`;
}

/**
 * The cache key of a page: the build version and `parts`, which list what the page shows, e.g. its
 * getStaticPaths props. Any content entry in them, however deep, counts as its `entryKey`; anything
 * else as its JSON. `undefined` in `astro dev`, where nothing is cached.
 */
export function cacheKey(...parts: unknown[]): string | undefined {
  if (import.meta.env.DEV) return undefined;
  const hash = createHash('sha256').update(buildVersion());
  const replacer = (_key: string, value: unknown) => (isEntry(value) ? entryKey(value) : value);
  for (const part of parts) hash.update('\n').update(JSON.stringify(part, replacer) ?? 'undefined');
  return hash.digest('hex');
}
