import { afterAll, describe, expect, test, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { close, createIndex } from 'pagefind';
import { PartedIndex, type WrittenPart } from '../../../src/build/search-index/parted-index.ts';
import { partCount, partFolder, partOf } from '../../../src/search/index-parts.ts';

const work = mkdtempSync(join(tmpdir(), 'parted-index-'));
afterAll(async () => {
  await close();
  rmSync(work, { recursive: true, force: true });
});

const page = (text: string) =>
  `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"></head><body><article data-pagefind-body><h1>${text}</h1><p>${text}的正文。</p></article></body></html>`;

/** Eight case pages, in the index's order (grouped by part, as the case route lists them). */
const ids = [
  'nx-2025-01',
  'nx-2025-02',
  'nx-2025-03',
  'nx-2025-04',
  'bj-2025-01',
  'bj-2025-02',
  'js-2025-01',
  'zj-2025-01',
];
const parts = partCount(ids.length, 2);
const ordered = [...ids].sort((a, b) => partOf(a, parts) - partOf(b, parts));
const pathOf = (id: string) => `/zh-hans/cases/${id}/`;

/** Pagefind's createIndex, counting the indexes opened and the pages sent to them. */
const counted = { indexes: 0, pages: 0 };
const countingCreateIndex: typeof createIndex = async (config) => {
  const opened = await createIndex(config);
  counted.indexes++;
  const index = opened.index!;
  const addHTMLFile = index.addHTMLFile.bind(index);
  index.addHTMLFile = (file) => (counted.pages++, addHTMLFile(file));
  return opened;
};

/** The parts announced as written (`onWritten`), with their folders. */
const announced: [part: number, folder: string][] = [];

/** Builds the index of `texts` (id → text) into `out`, with the cache at `cache`. */
async function build(
  out: string,
  cache: string,
  texts: Map<string, string>,
  onPart?: (part: number) => Promise<void>,
  onPage?: (added: number) => Promise<void>,
) {
  counted.indexes = counted.pages = 0;
  announced.length = 0;
  const index = new PartedIndex({
    createIndex: countingCreateIndex,
    config: {},
    outputPath: out,
    cacheDir: cache,
    salt: 'test',
    partPages: 2,
    onWritten: (written, folder) => void announced.push([written.part, folder]),
  });
  index.order(ordered.map(pathOf));
  let previous: number | undefined;
  for (const [i, id] of ordered.entries()) {
    const part = partOf(id, parts);
    if (previous !== undefined && part !== previous) await onPart?.(previous);
    previous = part;
    await index.add(pathOf(id), page(texts.get(id)!));
    await onPage?.(i + 1);
  }
  return index.finish();
}

/** Every file of a folder, by relative path, with its bytes. */
function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return found;
}

const texts = new Map(ids.map((id, i) => [id, `案例${'一二三四五六七八'[i]}`]));
const pageCount = (out: string, part: number) =>
  (
    JSON.parse(readFileSync(join(out, partFolder(part, parts), 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    }
  ).languages['zh-hans']!.page_count;

describe('the search index in parts', () => {
  let first: { written: WrittenPart[] };
  const cache = join(work, 'cache');

  test('writes each part, a Pagefind bundle of its own, as soon as its pages have come', async () => {
    const out = join(work, 'first');
    first = await build(
      out,
      cache,
      texts,
      async (part) => {
        // The part is written, and said to be, while the next pages are still to come.
        const folder = join(out, partFolder(part, parts));
        await vi.waitFor(() => expect(announced).toContainEqual([part, folder]), {
          timeout: 10_000,
        });
        expect(existsSync(join(folder, 'pagefind-entry.json'))).toBe(true);
      },
      async (added) => {
        // Each page goes to Pagefind as it comes, before its part is complete.
        await vi.waitFor(() => expect(counted.pages).toBe(added), { timeout: 10_000 });
      },
    );
    expect(parts).toBe(4);
    const held = [...new Set(ids.map((id) => partOf(id, parts)))];
    expect(first.written.map((w) => w.part).sort()).toEqual(held.sort());
    for (const { part, pages } of first.written) {
      expect(pageCount(out, part)).toBe(pages);
      expect(pages).toBe(ids.filter((id) => partOf(id, parts) === part).length);
    }
    expect(first.written.every((w) => !w.cached)).toBe(true);
    // What the search page loads, without Pagefind's own search interfaces, which it does not use.
    const part = readdirSync(join(out, partFolder(first.written[0]!.part, parts)));
    expect(part).toEqual(
      expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'fragment', 'index']),
    );
    expect(
      part.filter((name) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)),
    ).toEqual([]);
  });

  test('restores the unchanged parts from the cache of the last build, byte for byte, and indexes the changed one', async () => {
    const out = join(work, 'second');
    const changed = new Map(texts).set('bj-2025-02', '改过的案例');
    const second = await build(out, cache, changed);
    const changedPart = partOf('bj-2025-02', parts);
    for (const w of second.written) expect(w.cached).toBe(w.part !== changedPart);
    // Only the changed part went to Pagefind: its pages, and none of the others.
    expect(counted.indexes).toBe(1);
    expect(counted.pages).toBe(ids.filter((id) => partOf(id, parts) === changedPart).length);
    // The same as a build without a cache.
    const cold = join(work, 'cold');
    await build(cold, join(work, 'no-cache-yet'), changed);
    expect(files(out)).toEqual(files(cold));
  });

  test('keeps only the parts of the last build in the cache', () => {
    // Four parts with pages in the second build: the first build's copy of the changed part is gone.
    expect(readdirSync(cache).filter((name) => name !== 'manifest.json')).toHaveLength(
      first.written.length,
    );
  });

  test('leaves the cached parts as they were when a later build writes into the same folder', async () => {
    const out = join(work, 'same-folder');
    const own = join(work, 'own-cache');
    await build(out, own, texts);
    const kept = files(own);
    // The same folder again, every page changed: every part is written anew over the restored links.
    await build(
      out,
      join(work, 'other-cache'),
      new Map(ids.map((id) => [id, `${texts.get(id)}，改过`])),
    );
    expect(files(own)).toEqual(kept);
    await build(join(work, 'from-own'), own, texts);
    expect(files(join(work, 'from-own'))).toEqual(files(join(work, 'first')));
  });
});
