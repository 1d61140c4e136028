/**
 * The Pagefind index of a build, in parts (src/search/index-parts.ts): the
 * case pages reach it in the index's order (feed.ts); when every page of a
 * part has come, the part is written, as a Pagefind bundle of its own, while
 * the next pages render. One part is written at a time, so Pagefind holds one
 * part's index in memory, not the whole collection's.
 *
 * A part whose pages are the ones of a part of the last build (the same paths
 * and records, in the same order: its key) is copied from the cache that build
 * left (`typical-cases/search-parts/<key>/` in Astro's cache folder) instead of
 * being indexed again: Pagefind writes the same bytes for the same pages in the
 * same order. Parts of older builds are removed from the cache at the end.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PagefindIndex, PagefindServiceConfig } from 'pagefind';
import { InFlight } from '../in-flight.ts';
import { defaultPartPages, partCount, partFolder, partOf } from '../../search/index-parts.ts';

/** Case pages per part: SITE_INDEX_PART_PAGES, else the default. */
export const partPages = Number(process.env.SITE_INDEX_PART_PAGES ?? defaultPartPages);

/** The case id of a case page's path (`/zh-hans/cases/nx-2025-01/` → `nx-2025-01`). */
const caseIdOfPath = (pathname: string) => /\/cases\/([^/]+)\/$/.exec(pathname)?.[1] ?? pathname;

/**
 * The case pages in the index's order: grouped by part (so that parts are
 * complete one after another while the pages render in this order), in their
 * given order within a part.
 */
export function inIndexOrder<T>(pages: readonly T[], id: (page: T) => string): T[] {
  const parts = partCount(pages.length, partPages);
  if (parts === 1) return [...pages];
  const part = new Map(pages.map((p) => [p, partOf(id(p), parts)]));
  return [...pages].sort((a, b) => part.get(a)! - part.get(b)!);
}

/** Pages sent to Pagefind and not yet indexed, at most. */
const inFlightLimit = 32;

/** What a written part reports. */
export interface WrittenPart {
  part: number;
  pages: number;
  /** Copied from the cache of the last build. */
  cached: boolean;
  ms: number;
}

export interface PartedIndexOptions {
  createIndex: (
    config?: PagefindServiceConfig,
  ) => Promise<{ index?: PagefindIndex; errors: string[] }>;
  config: PagefindServiceConfig;
  /** The bundle folder (`dist/pagefind/`). */
  outputPath: string;
  /** Where parts are kept for the next build; none: no cache. */
  cacheDir?: string;
  /** What else the key of a part depends on (Pagefind's version). */
  salt: string;
  /** Case pages per part (default: `partPages`). */
  partPages?: number;
}

export class PartedIndex {
  readonly #options: PartedIndexOptions;
  /** Each listed page's part, and how many pages each part still waits for. */
  #partOfPage = new Map<string, number>();
  #waiting: number[] = [1];
  #parts = 1;
  /** Pages received, per part, in the order received. */
  #pages = new Map<number, [pathname: string, record: string][]>();
  #fed = 0;
  /** Parts written one after another: each waits for the one before. */
  #writing: Promise<void> = Promise.resolve();
  #queued = 0;
  readonly #written: WrittenPart[] = [];
  readonly #keys = new Set<string>();
  #failure: unknown;

  constructor(options: PartedIndexOptions) {
    this.#options = options;
  }

  /** The pages the index takes (the case route's list): their number sets the number of parts. */
  order(pathnames: readonly string[]): void {
    this.#parts = partCount(pathnames.length, this.#options.partPages ?? partPages);
    this.#partOfPage = new Map(pathnames.map((p) => [p, partOf(caseIdOfPath(p), this.#parts)]));
    this.#waiting = Array.from({ length: this.#parts }, () => 0);
    for (const part of this.#partOfPage.values()) this.#waiting[part]!++;
  }

  /** Takes a page; when it completes its part, the part is queued for writing. Waits while two parts are queued. */
  async add(pathname: string, record: string): Promise<void> {
    const part = this.#partOfPage.get(pathname) ?? 0;
    let pages = this.#pages.get(part);
    if (!pages) this.#pages.set(part, (pages = []));
    pages.push([pathname, record]);
    this.#fed++;
    if (this.#partOfPage.size > 0 && --this.#waiting[part]! === 0) this.#queue(part);
    if (this.#queued > 2) await this.#writing;
  }

  /** Writes what is left (every page, when no order was given), waits for every part, and reports them. */
  async finish(): Promise<{ fed: number; parts: number; written: WrittenPart[] }> {
    for (const part of [...this.#pages.keys()].sort((a, b) => a - b)) this.#queue(part);
    await this.#writing;
    if (this.#failure !== undefined) throw this.#failure;
    await this.#prune();
    return { fed: this.#fed, parts: this.#parts, written: this.#written };
  }

  #queue(part: number): void {
    const pages = this.#pages.get(part);
    if (!pages) return;
    this.#pages.delete(part);
    this.#queued++;
    this.#writing = this.#writing.then(async () => {
      try {
        if (this.#failure === undefined) this.#written.push(await this.#write(part, pages));
      } catch (error) {
        this.#failure ??= error;
      } finally {
        this.#queued--;
      }
    });
  }

  /** Writes one part: from the cache if its key is there, else with Pagefind (and then into the cache). */
  async #write(part: number, pages: [string, string][]): Promise<WrittenPart> {
    const started = performance.now();
    const { outputPath, cacheDir } = this.#options;
    const folder = join(outputPath, partFolder(part, this.#parts));
    const key = this.#key(pages);
    this.#keys.add(key);
    const cached = cacheDir ? join(cacheDir, key) : undefined;
    const report = (fromCache: boolean) => ({
      part,
      pages: pages.length,
      cached: fromCache,
      ms: Math.round(performance.now() - started),
    });
    if (cached && existsSync(cached)) {
      await cp(cached, folder, { recursive: true });
      return report(true);
    }
    const { index, errors } = await this.#options.createIndex(this.#options.config);
    if (!index || errors.length > 0)
      throw new Error(`Pagefind did not open an index: ${errors.join('\n') || 'no index'}`);
    const problems: string[] = [];
    const inFlight = new InFlight(inFlightLimit);
    for (const [pathname, content] of pages)
      await inFlight.add(() =>
        index.addHTMLFile({ sourcePath: `${pathname.slice(1)}index.html`, content }).then(
          (added) => void problems.push(...added.errors.map((e) => `${pathname}: ${e}`)),
          (error: unknown) => void problems.push(`${pathname}: ${String(error)}`),
        ),
      );
    await inFlight.drain();
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    await index.deleteIndex();
    if (cached) {
      // Copied under another name first: a build stopped midway leaves no half part under a key.
      const partial = `${cached}.partial`;
      await rm(partial, { recursive: true, force: true });
      await mkdir(partial, { recursive: true });
      for (const name of (await readdir(folder)).filter(isPagefindFile))
        await cp(join(folder, name), join(partial, name), { recursive: true });
      await rename(partial, cached);
    }
    return report(false);
  }

  /** A part's key: the salt, the number of parts, and each page's path and record, in order. */
  #key(pages: [string, string][]): string {
    const hash = createHash('sha256').update(`${this.#options.salt}\n${this.#parts}\n`);
    for (const [pathname, record] of pages)
      hash.update(`${pathname}\n${record.length}\n`).update(record);
    return hash.digest('hex').slice(0, 32);
  }

  /** Removes the parts of earlier builds from the cache. */
  async #prune(): Promise<void> {
    const { cacheDir } = this.#options;
    if (!cacheDir || !existsSync(cacheDir)) return;
    for (const name of await readdir(cacheDir))
      if (!this.#keys.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
  }
}

/**
 * What Pagefind writes at the top of a bundle (its scripts, entry, metadata, wasm and folders): only
 * these go into the cache, not the site's own files beside them (facet tables, gram index).
 */
const isPagefindFile = (name: string) =>
  /^(?:pagefind[^/\\]*|wasm\.[^/\\]+\.pagefind|fragment|index|filter)$/.test(name);
