/**
 * At most `limit` jobs at once: `add` waits while `limit` jobs are running, so that pages being
 * rendered wait for the worker or the index instead of piling up in memory. Used for the twins
 * (src/build/twins/pool.ts) and for the pages sent to Pagefind (src/integrations/search-index.ts).
 */
export class InFlight {
  readonly limit: number;
  readonly #running = new Set<Promise<void>>();
  #failure: unknown;

  // No parameter property: Node runs this file as it is (type stripping), in the config and workers.
  constructor(limit: number) {
    this.limit = limit;
  }

  /** Jobs started and not finished. */
  get size(): number {
    return this.#running.size;
  }

  /** Starts `job` once fewer than `limit` jobs run. A job that rejects fails `drain`. */
  async add(job: () => Promise<unknown>): Promise<void> {
    while (this.#running.size >= this.limit) await Promise.race(this.#running);
    const running: Promise<void> = job()
      .then(
        () => undefined,
        (error: unknown) => void (this.#failure ??= error),
      )
      .finally(() => this.#running.delete(running));
    this.#running.add(running);
  }

  /** Waits for every job started so far, including jobs added while waiting. */
  async drain(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running);
    if (this.#failure !== undefined) throw this.#failure;
  }
}
