/**
 * Converting rendered pages to traditional script, off the main thread during
 * `astro build`.
 *
 * Astro renders pages on one thread. During a build, a worker thread
 * (src/lib/hant-worker.ts) converts zh-hant pages while the main thread
 * renders the next ones (`build.concurrency` lets it go on). While converting
 * the case pages it also records the conversion table the traditional search
 * page uses to show results from the simplified index (`hantTable`). The
 * integration (src/integrations/hant-pages.ts) starts the worker when the
 * build starts and stops it at the end; the middleware calls `toHantPage`.
 * Without a worker (`astro dev`, tests), pages are converted in the calling
 * thread, with the same functions.
 *
 * The middleware and the integration live in different module graphs, so the
 * worker is kept on `globalThis`.
 */
import { Worker } from 'node:worker_threads';
import { convertHtml } from './html-script.ts';
import { loadToHant, type ConversionTable } from './script.ts';

interface Pool {
  ask<T>(message: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

const key = Symbol.for('typical-cases.hant-pages');
type WithPool = typeof globalThis & { [key]?: Pool };

/** Starts the conversion worker of a build (idempotent); `workerFile` is src/lib/hant-worker.ts. */
export function startHantWorker(workerFile: URL): void {
  const global = globalThis as WithPool;
  if (global[key]) return;
  const worker = new Worker(workerFile);
  const waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  // The worker keeps the process alive only while it has work: a build that fails must still exit.
  worker.unref();
  worker.on('message', ({ id, error, ...answer }: { id: number; error?: string; html?: string; table?: ConversionTable }) => {
    const job = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    if (error !== undefined) job?.reject(new Error(`繁体转换失败：${error}`));
    else job?.resolve((answer.html ?? answer.table) as never);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => code !== 0 && fail(new Error(`繁体转换线程意外退出（${code}）`)));
  global[key] = {
    ask: <T>(message: Record<string, unknown>) =>
      failure
        ? Promise.reject(failure)
        : new Promise<T>((resolve, reject) => {
            const id = next++;
            if (waiting.size === 0) worker.ref();
            waiting.set(id, { resolve: resolve as (value: never) => void, reject });
            worker.postMessage({ ...message, id });
          }),
    stop: async () => {
      delete global[key];
      await worker.terminate();
    },
  };
}

/** Stops the worker started by `startHantWorker`, if any. */
export async function stopHantWorker(): Promise<void> {
  await (globalThis as WithPool)[key]?.stop();
}

/**
 * A rendered page in traditional script: on the build's worker when there is
 * one, else here. `record`: a case page, whose text the search page's table
 * must cover.
 */
export async function toHantPage(html: string, record = false): Promise<string> {
  const pool = (globalThis as WithPool)[key];
  return pool ? pool.ask<string>({ html, record }) : convertHtml(html, await loadToHant());
}

/** The conversion table recorded from the case pages converted so far (needs the build's worker). */
export async function hantTable(): Promise<ConversionTable> {
  const pool = (globalThis as WithPool)[key];
  if (!pool) throw new Error('繁体转换线程未启动：转换表只能在 astro build 中生成');
  return pool.ask<ConversionTable>({ table: true });
}
