/**
 * The Pagefind index of a build, in parts (src/search/index-parts.ts): the
 * case pages reach it in the index's order (feed.ts), grouped by part, and go
 * to the part's Pagefind index as they come, so Pagefind's binary parses them
 * on the second core while Node renders; when every page of a part has come,
 * the part is written, as a Pagefind bundle of its own. One part is written
 * at a time, so Pagefind holds about one part's index in memory, not the whole
 * collection's.
 *
 * A part whose pages are the ones of a part of the last build (the same paths
 * and records, in the same order: its key) is copied from the cache that build
 * left (`typical-cases/search-parts/<key>/` in Astro's cache folder) instead of
 * being indexed again: Pagefind writes the same bytes for the same pages in the
 * same order. The last build's manifest says which pages each part held: while
 * a part's pages match it, they are held back instead of sent; the first page
 * that differs sends the part to Pagefind. Parts of older builds are removed
 * from the cache at the end.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PagefindIndex, PagefindServiceConfig } from 'pagefind';
import { InFlight } from '../in-flight.ts';
import { defaultPartPages, partCount, partFolder, partOf } from '../../search/index-parts.ts';
import { caseIdOfPath } from '../../site/routes.ts';

/** Case pages per part: SITE_INDEX_PART_PAGES, else the default. */
export const partPages = Number(process.env.SITE_INDEX_PART_PAGES ?? defaultPartPages);

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
  /** Called as each part is written (or restored), with its folder: the next parts may still be to come. */
  onWritten?: (part: WrittenPart, folder: string) => void;
}

/** A page as the manifest of a build keeps it: its path and a hash of its record. */
type ManifestPage = [pathname: string, recordHash: string];

/** What a build leaves beside its cached parts, for the next build to know which parts it may restore. */
interface Manifest {
  salt: string;
  parts: number;
  /** Per part with pages: its pages in order. */
  pages: Record<number, ManifestPage[]>;
}

const manifestName = 'manifest.json';

/** A part being received. */
interface Part {
  number: number;
  /** Its pages so far, as the manifest keeps them. */
  pages: ManifestPage[];
  /** The key, hashed as pages come. */
  key: ReturnType<typeof createHash>;
  /** Pages held back while the part may be restored from the cache (it matches the last build so far). */
  held: [pathname: string, record: string][];
  /** Its Pagefind index, once it is being indexed. */
  index?: { index: Promise<PagefindIndex>; inFlight: InFlight; problems: string[] };
}

export class PartedIndex {
  readonly #options: PartedIndexOptions;
  /** Each listed page's part, and how many pages each part still waits for. */
  #partOfPage = new Map<string, number>();
  #waiting: number[] = [];
  #parts = 1;
  /** The manifest of the last build, when it was of the same salt and number of parts. */
  #last: Manifest | undefined;
  #received = new Map<number, Part>();
  #fed = 0;
  /** Parts written one after another: each waits for the one before. */
  #writing: Promise<void> = Promise.resolve();
  readonly #written: WrittenPart[] = [];
  readonly #manifest: Manifest['pages'] = {};
  /** The keys of this build's parts: the cache keeps these. */
  readonly #keys = new Set<string>();
  #failure: unknown;

  constructor(options: PartedIndexOptions) {
    this.#options = options;
    this.#last = this.#readManifest();
  }

  /** The pages the index takes (the case route's list): their number sets the number of parts. */
  order(pathnames: readonly string[]): void {
    this.#parts = partCount(pathnames.length, this.#options.partPages ?? partPages);
    this.#partOfPage = new Map(pathnames.map((p) => [p, partOf(caseIdOfPath(p), this.#parts)]));
    this.#waiting = Array.from({ length: this.#parts }, () => 0);
    for (const part of this.#partOfPage.values()) this.#waiting[part]!++;
  }

  /**
   * Takes a page. It goes to Pagefind at once (Pagefind parses it while the next pages render),
   * unless its part has matched the last build's so far: then it is held back, as the part may be
   * restored from the cache. When it completes its part, the part is queued for writing.
   */
  async add(pathname: string, record: string): Promise<void> {
    const number = this.#partOfPage.get(pathname) ?? 0;
    let part = this.#received.get(number);
    if (!part) {
      part = { number, pages: [], key: this.#keyHash(), held: [] };
      this.#received.set(number, part);
    }
    const page: ManifestPage = [pathname, createHash('sha256').update(record).digest('base64url')];
    part.key.update(`${page[0]}\n${page[1]}\n`);
    part.pages.push(page);
    this.#fed++;
    if (!part.index && this.#mayRestore(part)) part.held.push([pathname, record]);
    else {
      const indexing = this.#indexing(part);
      for (const [held, heldRecord] of part.held.splice(0))
        await this.#send(indexing, held, heldRecord);
      await this.#send(indexing, pathname, record);
    }
    if (this.#waiting.length > 0 && --this.#waiting[number]! === 0) this.#queue(part);
  }

  /** Writes what is left (every page, when no order was given), waits for every part, and reports them. */
  async finish(): Promise<{ fed: number; parts: number; written: WrittenPart[] }> {
    for (const number of [...this.#received.keys()].sort((a, b) => a - b))
      this.#queue(this.#received.get(number)!);
    await this.#writing;
    if (this.#failure !== undefined) throw this.#failure;
    await this.#saveManifest();
    return { fed: this.#fed, parts: this.#parts, written: this.#written };
  }

  /** Whether a part's pages so far are the first pages of the same part in the last build. */
  #mayRestore(part: Part): boolean {
    const last = this.#last?.parts === this.#parts ? this.#last.pages[part.number] : undefined;
    const at = part.pages.length - 1;
    const page = part.pages[at]!;
    return last !== undefined && last[at]?.[0] === page[0] && last[at]?.[1] === page[1];
  }

  /** The part's Pagefind index, opened on first use. */
  #indexing(part: Part): NonNullable<Part['index']> {
    part.index ??= {
      index: this.#options.createIndex(this.#options.config).then(({ index, errors }) => {
        if (!index || errors.length > 0)
          throw new Error(`Pagefind did not open an index: ${errors.join('\n') || 'no index'}`);
        return index;
      }),
      inFlight: new InFlight(inFlightLimit),
      problems: [],
    };
    return part.index;
  }

  /** Sends a page to a part's index; waits while `inFlightLimit` pages are being added. */
  async #send(
    indexing: NonNullable<Part['index']>,
    pathname: string,
    content: string,
  ): Promise<void> {
    const { problems } = indexing;
    await indexing.inFlight.add(async () => {
      const index = await indexing.index;
      await index.addHTMLFile({ sourcePath: `${pathname.slice(1)}index.html`, content }).then(
        (added) => void problems.push(...added.errors.map((e) => `${pathname}: ${e}`)),
        (error: unknown) => void problems.push(`${pathname}: ${String(error)}`),
      );
    });
  }

  #queue(part: Part): void {
    if (!this.#received.delete(part.number)) return;
    this.#writing = this.#writing.then(async () => {
      try {
        if (this.#failure !== undefined) return;
        const written = await this.#write(part);
        this.#written.push(written);
        this.#options.onWritten?.(
          written,
          join(this.#options.outputPath, partFolder(part.number, this.#parts)),
        );
      } catch (error) {
        this.#failure ??= error;
      }
    });
  }

  /** Writes one part: from the cache if its key is there, else with Pagefind (and then into the cache). */
  async #write(part: Part): Promise<WrittenPart> {
    const started = performance.now();
    const { outputPath, cacheDir } = this.#options;
    const folder = join(outputPath, partFolder(part.number, this.#parts));
    const key = part.key.digest('hex').slice(0, 32);
    this.#manifest[part.number] = part.pages;
    this.#keys.add(key);
    const cached = cacheDir ? join(cacheDir, key) : undefined;
    const report = (fromCache: boolean) => ({
      part: part.number,
      pages: part.pages.length,
      cached: fromCache,
      ms: Math.round(performance.now() - started),
    });
    // What an earlier build may have left there goes first: the files are links into the cache,
    // and must never be written over in place.
    await clearPagefindFiles(folder);
    if (!part.index && cached && existsSync(cached)) {
      await linkTree(cached, folder);
      return report(true);
    }
    // Held back, and not in the cache after all (it was removed): indexed now.
    const indexing = this.#indexing(part);
    for (const [pathname, record] of part.held.splice(0))
      await this.#send(indexing, pathname, record);
    await indexing.inFlight.drain();
    if (indexing.problems.length > 0) throw new Error(indexing.problems.join('\n'));
    const index = await indexing.index;
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    await index.deleteIndex();
    // Pagefind's own search interfaces (430 KiB a part), which the site does not use.
    for (const name of await readdir(folder))
      if (isPagefindInterface(name)) await rm(join(folder, name));
    if (cached) {
      // Kept under another name first: a build stopped midway leaves no half part under a key.
      const partial = `${cached}.partial`;
      await rm(partial, { recursive: true, force: true });
      await mkdir(partial, { recursive: true });
      for (const name of (await readdir(folder)).filter(isPagefindFile))
        await linkTree(join(folder, name), join(partial, name));
      await rm(cached, { recursive: true, force: true });
      await rename(partial, cached);
    }
    return report(false);
  }

  /** The start of every part's key: the salt and the number of parts (the pages follow, in order). */
  #keyHash() {
    return createHash('sha256').update(`${this.#options.salt}\n${this.#parts}\n`);
  }

  #readManifest(): Manifest | undefined {
    const { cacheDir, salt } = this.#options;
    if (!cacheDir) return undefined;
    try {
      const manifest = JSON.parse(readFileSync(join(cacheDir, manifestName), 'utf8')) as Manifest;
      return manifest.salt === salt ? manifest : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Writes this build's manifest, and removes the parts of earlier builds from the cache
   * (the parts are named by their keys; the manifest says which pages each holds).
   */
  async #saveManifest(): Promise<void> {
    const { cacheDir, salt } = this.#options;
    if (!cacheDir) return;
    await mkdir(cacheDir, { recursive: true });
    for (const name of await readdir(cacheDir))
      if (name !== manifestName && !this.#keys.has(name))
        await rm(join(cacheDir, name), { recursive: true, force: true });
    const manifest: Manifest = { salt, parts: this.#parts, pages: this.#manifest };
    await writeFile(join(cacheDir, manifestName), JSON.stringify(manifest));
  }
}

/** Removes what Pagefind wrote into a folder (not the site's own files beside it). */
async function clearPagefindFiles(folder: string): Promise<void> {
  if (!existsSync(folder)) return;
  for (const name of (await readdir(folder)).filter(isPagefindFile))
    await rm(join(folder, name), { recursive: true, force: true });
}

/**
 * Puts every file of `from` (a file or a folder) at `to`, as a hard link: a part is 1,500 files,
 * which links place in a fraction of the time copies take. Where links are refused (another file
 * system), copies.
 */
async function linkTree(from: string, to: string): Promise<void> {
  if (!(await stat(from)).isDirectory()) {
    await link(from, to).catch(() => copyFile(from, to));
    return;
  }
  await mkdir(to, { recursive: true });
  const entries = await readdir(from);
  for (let i = 0; i < entries.length; i += 64)
    await Promise.all(
      entries.slice(i, i + 64).map((name) => linkTree(join(from, name), join(to, name))),
    );
}

/** Pagefind's ready-made search interfaces (`pagefind-ui.js`, `pagefind-modular-ui.css` …): the search page is the site's own. */
const isPagefindInterface = (name: string) =>
  /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/.test(name);

/**
 * What Pagefind writes at the top of a bundle (its scripts, entry, metadata, wasm and folders): only
 * these go into the cache, not the site's own files beside them (facet tables, gram index).
 */
const isPagefindFile = (name: string) =>
  /^(?:pagefind[^/\\]*|wasm\.[^/\\]+\.pagefind|fragment|index|filter)$/.test(name);
