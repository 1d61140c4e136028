/**
 * The pages of a build that Astro restored from its incremental cache instead
 * of rendering them (`experimental.incrementalBuild`, keys from
 * src/build/cache-key.ts). A restored page does not pass through the
 * middleware, so what the middleware does with a rendered page is done for it
 * when the pages are done: its traditional twin is restored from the twin
 * cache (src/integrations/traditional-twins.ts) and its search record is taken
 * from the restored file (src/integrations/search-index.ts).
 *
 * Most of that is done before the pages are generated (`restoreEarly`): a
 * route's getStaticPaths, once it has its pages' cache keys, hands over each
 * page whose key is the one it had in the last build (Astro's manifest of the
 * last build, `incremental-build.json`, is still on disk then) from Astro's
 * cached copy of it. Astro restores exactly those pages, as its cache keys name
 * all the site's code too (src/build/cache-key.ts); so the search index takes
 * them while Astro restores and renders the others, instead of afterwards. A
 * page handed over early and rendered after all is rendered the same (its key
 * is the same), and the index checks that it is.
 *
 * When the pages are done, the middleware has marked each page it saw
 * (`markRendered`); Astro's new manifest (written before
 * `astro:build:generated`) lists every page with a cache key; those neither
 * marked nor handed over early were restored too (`restoredPages`). The
 * middleware, the pages and the integrations live in different module graphs,
 * so this state is kept on `globalThis`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { feedRestored } from './search-index/feed.ts';
import { restoreTwin } from './twins/pool.ts';
import { isCasePath, pathToScript } from '../site/routes.ts';

/** The state of the running build's restoring. */
interface Restoring {
  /** Astro's cache directory. */
  cacheDir: URL;
  /** Pages the middleware saw. */
  rendered: Set<string>;
  /** Pages handed over before they were generated. */
  early: Set<string>;
  /** The last build's manifest: cache key → the page's path and output file (read once). */
  last?: Map<string, { pathname: string; outputFile: string }>;
  /** The early hand-overs under way. */
  pending: Promise<void>[];
  /** The first of them that failed, reported at `astro:build:generated`. */
  failure?: unknown;
}

const key = Symbol.for('typical-cases.restoring');
type WithRestoring = typeof globalThis & { [key]?: Restoring };

/** Starts a build's restoring (at `astro:build:start`; without `cacheDir`, there is no incremental build). */
export function startRestoring(cacheDir: URL | undefined): void {
  const global = globalThis as WithRestoring;
  if (cacheDir) global[key] = { cacheDir, rendered: new Set(), early: new Set(), pending: [] };
  else delete global[key];
}

/** Called by the middleware for every page it finishes, e.g. `/zh-hans/cases/x/`. */
export function markRendered(pathname: string): void {
  // Astro's manifest lists paths decoded (keywords/跨部门协同/), the request URL has them encoded.
  (globalThis as WithRestoring)[key]?.rendered.add(decodeURIComponent(pathname));
}

/** Astro's incremental build manifest (core/build/incremental.js): the fields read here. */
interface Manifest {
  routes: Record<string, { paths: Record<string, { cacheKey: string; outputFile: string }> }>;
}

/** Where Astro keeps the manifest of the last build, in its cache directory. */
export const manifestFile = (cacheDir: URL) => new URL('incremental-build.json', cacheDir);

export interface RestoredPage {
  /** e.g. `/zh-hans/cases/x/`. */
  pathname: string;
  /** The file Astro restored, relative to the output directory, e.g. `zh-hans/cases/x/index.html`. */
  outputFile: string;
}

function readManifest(cacheDir: URL): Manifest | undefined {
  const file = fileURLToPath(manifestFile(cacheDir));
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}

/**
 * Hands over, before they are generated, the pages of a route's getStaticPaths (`keys`: their cache
 * keys) that Astro will restore: those whose key is one the last build had. Their twins and search
 * records are made from Astro's cached copies. Does nothing outside an incremental build; errors
 * come out at `astro:build:generated`. Keys name their route (src/build/cache-key.ts), so a key
 * finds its page.
 */
export function restoreEarly(keys: (string | undefined)[]): void {
  const restoring = (globalThis as WithRestoring)[key];
  if (!restoring) return;
  restoring.last ??= new Map(
    Object.values(readManifest(restoring.cacheDir)?.routes ?? {}).flatMap((route) =>
      Object.entries(route.paths).map(
        ([pathname, { cacheKey, outputFile }]) => [cacheKey, { pathname, outputFile }] as const,
      ),
    ),
  );
  const pages = keys.flatMap((cacheKey) => {
    const last = cacheKey === undefined ? undefined : restoring.last!.get(cacheKey);
    if (!last) return [];
    // Where Astro keeps its copy of an output file (core/build/incremental.js).
    const copy = fileURLToPath(new URL(last.outputFile, new URL('dist/', restoring.cacheDir)));
    return existsSync(copy) ? [{ pathname: last.pathname, copy }] : [];
  });
  for (const { pathname } of pages) restoring.early.add(pathname);
  const handOver = async () => {
    // The worker reads the copies for the twins itself, at its pace; here the case pages are read
    // for the index, which takes them at its own.
    const twins = async () => {
      for (const { pathname, copy } of pages)
        if (pathToScript(pathname) === 'zh-hans')
          await restoreTwin(pathname, { file: copy }, isCasePath(pathname, 'zh-hans'));
    };
    const records = async () => {
      const cases = pages.filter(({ pathname }) => isCasePath(pathname, 'zh-hans'));
      const indexed: Promise<void>[] = [];
      let failed: unknown;
      for (let i = 0; i < cases.length; i += 32) {
        const batch = await Promise.all(
          cases
            .slice(i, i + 32)
            .map(async ({ pathname, copy }) => ({ pathname, html: await readFile(copy, 'utf8') })),
        );
        // Held until the end: a failure is reported then, not as an unhandled rejection.
        indexed.push(feedRestored(batch).catch((error: unknown) => void (failed ??= error)));
      }
      await Promise.all(indexed);
      if (failed) throw failed;
    };
    await Promise.all([twins(), records()]);
  };
  restoring.pending.push(handOver().catch((error: unknown) => void (restoring.failure ??= error)));
}

/**
 * The pages of this build that Astro restored rather than rendered, and that were not handed over
 * early (after the pages are generated; waits for the early hand-overs).
 */
export async function restoredPages(): Promise<RestoredPage[]> {
  const restoring = (globalThis as WithRestoring)[key];
  if (!restoring) return [];
  await Promise.all(restoring.pending);
  if (restoring.failure) throw restoring.failure;
  const manifest = readManifest(restoring.cacheDir);
  const restored: RestoredPage[] = [];
  for (const route of Object.values(manifest?.routes ?? {}))
    for (const [pathname, { outputFile }] of Object.entries(route.paths))
      if (!restoring.rendered.has(pathname) && !restoring.early.has(pathname))
        // The manifest has output files as URL paths (encoded); the files are written decoded.
        restored.push({ pathname, outputFile: decodeURI(outputFile) });
  return restored;
}
