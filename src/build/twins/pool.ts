/**
 * The traditional-script pages of a build, made off the main thread.
 *
 * Astro renders pages on one thread. During `astro build` it renders only the
 * simplified pages; a worker thread (src/build/twins/worker.ts) makes each one's
 * traditional twin from the same marked HTML (src/build/twins/page.ts) and writes
 * it to dist/zh-hant/, while the main thread renders the next pages. While
 * converting the case pages it also records the conversion table the
 * traditional search page uses to show results from the simplified index
 * (`hantTable`). The integration (src/integrations/traditional-twins.ts) starts the
 * worker when the build starts, waits for the last twins when the pages are
 * done (`twinsWritten`) and stops it at the end.
 *
 * A /zh-hant/ page rendered by Astro itself (`astro dev`, or a build of that
 * script alone) is converted by `toHantPage`: on the worker when there is one,
 * else in the calling thread, with the same functions.
 *
 * The middleware and the integration live in different module graphs, so the
 * worker is kept on `globalThis`.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { twinsMade } from '../built-scripts.ts';
import { loadToHant } from '../../i18n/convert.ts';
import type { ConversionTable } from '../../i18n/recorded-table.ts';
import { pageIn } from './page.ts';
import type { Envelope, Reply, TwinAnswers, TwinKind, TwinRequest } from './protocol.ts';
import { InFlight } from '../in-flight.ts';
import { cacheName } from './cache-name.ts';
import { pathToScript, twinPath, withoutBase } from '../../site/routes.ts';

interface Pool {
  ask<K extends TwinKind>(request: Extract<TwinRequest, { kind: K }>): Promise<TwinAnswers[K]>;
  stop(): Promise<void>;
  /** Where twins are written (the build's output directory). */
  outDir: string;
  /** Where twins are cached for a later build that restores their simplified pages; none: not cached. */
  cacheDir?: string;
  /** Names of the cache entries this build wrote or restored (the others are stale). */
  cached: Set<string>;
  /** Twins sent to the worker and not yet written. */
  writing: InFlight;
  /** Paths of the twins written, e.g. `/zh-hant/cases/x/` (a twin restored early, then made after all, once). */
  written: Set<string>;
  /** How many twins came from the twin cache. */
  restored: number;
  /** Twins that could not be made or written. */
  failed: Error[];
}

/** Twins in flight at most: beyond this, rendering waits for the worker (the pages are held in memory meanwhile). */
const inFlightLimit = 32;

const key = Symbol.for('typical-cases.hant-pages');
type WithPool = typeof globalThis & { [key]?: Pool };

/**
 * Starts the conversion worker of a build (idempotent); `workerFile` is
 * src/build/twins/worker.ts, `outDir` the directory twins are written to,
 * `cacheDir` where they are cached (src/integrations/traditional-twins.ts).
 */
export function startHantWorker(workerFile: URL, outDir: string, cacheDir?: string): void {
  const global = globalThis as WithPool;
  if (global[key]) return;
  const worker = new Worker(workerFile);
  const waiting = new Map<
    number,
    { resolve: (answer: TwinAnswers[TwinKind]) => void; reject: (error: Error) => void }
  >();
  let next = 0;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  // The worker keeps the process alive only while it has work: a build that fails must still exit.
  worker.unref();
  worker.on('message', (reply: Reply) => {
    const job = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if (reply.error !== undefined) job?.reject(new Error(`twin conversion failed: ${reply.error}`));
    else job?.resolve(reply.answer);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => code !== 0 && fail(new Error(`twin worker exited (${code})`)));
  global[key] = {
    ask: <K extends TwinKind>(request: Extract<TwinRequest, { kind: K }>) =>
      failure
        ? Promise.reject(failure)
        : new Promise<TwinAnswers[K]>((resolve, reject) => {
            const id = next++;
            if (waiting.size === 0) worker.ref();
            waiting.set(id, {
              resolve: resolve as (answer: TwinAnswers[TwinKind]) => void,
              reject,
            });
            worker.postMessage({ ...request, id } satisfies Envelope);
          }),
    stop: async () => {
      delete global[key];
      await worker.terminate();
    },
    outDir,
    cacheDir,
    cached: new Set(),
    writing: new InFlight(inFlightLimit),
    written: new Set(),
    restored: 0,
    failed: [],
  };
}

/** Stops the worker started by `startHantWorker`, if any. */
export async function stopHantWorker(): Promise<void> {
  await (globalThis as WithPool)[key]?.stop();
}

/**
 * A /zh-hant/ page Astro rendered (marked, src/build/twins/page.ts), finished in
 * traditional script: on the build's worker when there is one, else here.
 * `record`: a case page, whose text the search page's table must cover.
 */
export async function toHantPage(marked: string, record = false): Promise<string> {
  const pool = (globalThis as WithPool)[key];
  return pool
    ? pool.ask({ kind: 'finish', html: marked, record })
    : pageIn(marked, 'zh-hant', await loadToHant());
}

/**
 * Whether this build makes its traditional pages from the simplified ones
 * (`writeTwin`) rather than rendering them: an `astro build` (whose worker is
 * running) of both scripts. Pages and the middleware both ask here.
 */
export const makesTwins = (): boolean => twinsMade && (globalThis as WithPool)[key] !== undefined;

/** The twin of a zh-hans page path and the file it is written to. */
function twinFile(pool: Pool, pathname: string): { twin: string; file: string } {
  const twin = twinPath(pathname);
  if (pathToScript(pathname) !== 'zh-hans' || !twin.endsWith('/'))
    throw new Error(`writeTwin: ${pathname} is not a zh-hans page path`);
  // Astro writes pages to their decoded paths (keywords/跨部门协同/), without the base, and so do we.
  return { twin, file: join(pool.outDir, decodeURIComponent(withoutBase(twin)!), 'index.html') };
}

/**
 * Sends a job to the worker, at most `inFlightLimit` at a time. The twin counts as written when the
 * answer comes: null for a made twin; for a restored one the name it was cached under, or false.
 */
async function send(
  pool: Pool,
  twin: string,
  request: Extract<TwinRequest, { kind: 'twin' | 'restore' }>,
): Promise<void> {
  await pool.writing.add(() =>
    (pool.ask(request) as Promise<string | false | null>).then(
      (restored) => {
        if (restored === false)
          return void pool.failed.push(
            new Error(`${twin}: no cached twin (delete node_modules/.astro)`),
          );
        pool.written.add(twin);
        if (restored) {
          pool.cached.add(restored);
          pool.restored++;
        }
      },
      (error: Error) => void pool.failed.push(new Error(`${twin}: ${error.message}`)),
    ),
  );
}

/**
 * Has the worker make the traditional twin of a simplified page (marked HTML,
 * rendered at `pathname`, e.g. `/zh-hans/cases/x/`) and write it to
 * dist/zh-hant/…/index.html, with its Content-Security-Policy; and cache it
 * under `page`, the finished simplified page. Resolves when the page may be
 * let go; `twinsWritten` waits for the writing.
 */
export async function writeTwin(
  pathname: string,
  marked: string,
  record: boolean,
  page: string,
): Promise<void> {
  const pool = (globalThis as WithPool)[key];
  if (!pool) throw new Error('writeTwin: no twin worker (twins are made only in astro build)');
  const { twin, file } = twinFile(pool, pathname);
  let cache: string | undefined;
  if (pool.cacheDir) {
    const name = cacheName(page);
    pool.cached.add(name);
    cache = join(pool.cacheDir, name);
  }
  await send(pool, twin, { kind: 'twin', html: marked, record, file, cache });
}

/**
 * Writes the twin of a simplified page Astro restored from its cache (`page`: the restored page,
 * or the file holding it, which the worker reads) from the twin cache, with its conversion table.
 * A twin missing from the cache fails the build (`twinsWritten`).
 */
export async function restoreTwin(
  pathname: string,
  page: string | { file: string },
  record: boolean,
): Promise<void> {
  const pool = (globalThis as WithPool)[key];
  if (!pool?.cacheDir) throw new Error(`restoreTwin: ${pathname}: no twin cache in this build`);
  const { twin, file } = twinFile(pool, pathname);
  const named = typeof page === 'string' ? { name: cacheName(page) } : { pageFile: page.file };
  await send(pool, twin, { kind: 'restore', record, file, cacheDir: pool.cacheDir, ...named });
}

/** How many twins this build took from the twin cache. */
export const restoredTwins = (): number => (globalThis as WithPool)[key]?.restored ?? 0;

/** The twin cache's entries this build wrote or restored (the others belong to pages no longer built). */
export function cachedTwins(): ReadonlySet<string> {
  return (globalThis as WithPool)[key]?.cached ?? new Set();
}

/** Waits for every twin sent so far to be written; the paths written, e.g. `/zh-hant/cases/x/`. */
export async function twinsWritten(): Promise<string[]> {
  const pool = (globalThis as WithPool)[key];
  if (!pool) return [];
  await pool.writing.drain();
  // A missing twin fails the build.
  if (pool.failed.length)
    throw new Error(
      `${pool.failed.length} traditional pages could not be made:\n${pool.failed.map((e) => e.message).join('\n')}`,
    );
  return [...pool.written].sort();
}

/** The conversion table recorded from the case pages converted so far (needs the build's worker). */
export async function hantTable(): Promise<ConversionTable> {
  const pool = (globalThis as WithPool)[key];
  if (!pool)
    throw new Error('hantTable: no twin worker (the table is recorded only in astro build)');
  return pool.ask({ kind: 'table' });
}
