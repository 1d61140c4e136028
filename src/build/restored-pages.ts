/**
 * The pages of a build that Astro restored from its incremental cache instead
 * of rendering them (`experimental.incrementalBuild`, keys from
 * src/build/cache-key.ts). A restored page does not pass through the
 * middleware, so what the middleware does with a rendered page is done for it
 * when the pages are done: its traditional twin is restored from the twin
 * cache (src/integrations/traditional-twins.ts) and its search record is taken
 * from the restored file (src/integrations/search-index.ts).
 *
 * The middleware marks each page it sees (`markRendered`); Astro's manifest of
 * the build (`incremental-build.json` in its cache directory, written before
 * `astro:build:generated`) lists every page with a cache key; those not marked
 * were restored. The middleware and the integrations live in different module
 * graphs, so the marks are kept on `globalThis`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const key = Symbol.for('typical-cases.rendered-pages');
type WithRendered = typeof globalThis & { [key]?: Set<string> };

/** Called by the middleware for every page it finishes, e.g. `/zh-hans/cases/x/`. */
export function markRendered(pathname: string): void {
  const global = globalThis as WithRendered;
  // Astro's manifest lists paths decoded (keywords/跨部门协同/), the request URL has them encoded.
  (global[key] ??= new Set()).add(decodeURIComponent(pathname));
}

/** Forgets the marks (at the start of a build). */
export function clearRendered(): void {
  delete (globalThis as WithRendered)[key];
}

/** Astro's incremental build manifest (core/build/incremental.js): the fields read here. */
interface Manifest {
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

/** Where Astro keeps the manifest of the last build, in its cache directory. */
export const manifestFile = (cacheDir: URL) => new URL('incremental-build.json', cacheDir);

export interface RestoredPage {
  /** e.g. `/zh-hans/cases/x/`. */
  pathname: string;
  /** The file Astro restored, relative to the output directory, e.g. `zh-hans/cases/x/index.html`. */
  outputFile: string;
}

/** The pages of this build that Astro restored rather than rendered (after the pages are generated). */
export function restoredPages(cacheDir: URL): RestoredPage[] {
  const file = fileURLToPath(manifestFile(cacheDir));
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const rendered = (globalThis as WithRendered)[key] ?? new Set<string>();
  const restored: RestoredPage[] = [];
  for (const route of Object.values(manifest.routes))
    for (const [pathname, { outputFile }] of Object.entries(route.paths))
      // The manifest has output files as URL paths (encoded), the files are written decoded.
      if (!rendered.has(pathname)) restored.push({ pathname, outputFile: decodeURI(outputFile) });
  return restored;
}
