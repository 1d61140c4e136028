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
import { pathToScript, twinPath } from '../../site/routes.ts';

interface Pool {
  ask<K extends TwinKind>(request: Extract<TwinRequest, { kind: K }>): Promise<TwinAnswers[K]>;
  stop(): Promise<void>;
  /** Where twins are written (the build's output directory). */
  outDir: string;
  /** Twins sent to the worker and not yet written. */
  writing: InFlight;
  /** Paths of the twins written, e.g. `/zh-hant/cases/x/`. */
  written: string[];
  /** Twins that could not be made or written. */
  failed: Error[];
}

/** Twins in flight at most: beyond this, rendering waits for the worker (the pages are held in memory meanwhile). */
const inFlightLimit = 32;

const key = Symbol.for('typical-cases.hant-pages');
type WithPool = typeof globalThis & { [key]?: Pool };

/**
 * Starts the conversion worker of a build (idempotent); `workerFile` is
 * src/build/twins/worker.ts, `outDir` the directory twins are written to.
 */
export function startHantWorker(workerFile: URL, outDir: string): void {
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
    writing: new InFlight(inFlightLimit),
    written: [],
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

/**
 * Has the worker make the traditional twin of a simplified page (marked HTML,
 * rendered at `pathname`, e.g. `/zh-hans/cases/x/`) and write it to
 * dist/zh-hant/…/index.html, with its Content-Security-Policy. Resolves when
 * the page may be let go; `twinsWritten` waits for the writing.
 */
export async function writeTwin(pathname: string, marked: string, record: boolean): Promise<void> {
  const pool = (globalThis as WithPool)[key];
  if (!pool) throw new Error('writeTwin: no twin worker (twins are made only in astro build)');
  const twin = twinPath(pathname);
  if (pathToScript(pathname) !== 'zh-hans' || !twin.endsWith('/'))
    throw new Error(`writeTwin: ${pathname} is not a zh-hans page path`);
  // Astro writes pages to their decoded paths (keywords/跨部门协同/), and so do we.
  const file = join(pool.outDir, decodeURIComponent(twin), 'index.html');
  await pool.writing.add(() =>
    pool.ask({ kind: 'twin', html: marked, record, file }).then(
      () => void pool.written.push(twin),
      (error: Error) => void pool.failed.push(new Error(`${twin}: ${error.message}`)),
    ),
  );
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
