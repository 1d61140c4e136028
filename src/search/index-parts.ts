/**
 * The parts of the Pagefind index. Pagefind holds a whole index in memory
 * while it writes it: 3.5 GB for 10,000 case pages in one index, 1.1 GB for
 * 2,500 (measured, 2026-12-02). So a large collection is indexed in parts,
 * each a Pagefind bundle of its own, written as soon as its pages are
 * rendered (src/build/search-index/parted-index.ts) while the next ones render;
 * an unchanged part is restored from the cache of the last build. The search
 * page reads the fragments of every part, and merges the parts for the near
 * matches (`mergeIndex`).
 *
 * A case's part depends on its id alone (a hash of it), never on the other
 * cases, so adding a case changes one part, and the number of parts is a
 * power of two that changes only when the collection doubles. One part: the
 * bundle is `pagefind/` itself; more: `pagefind/part-<k>/`.
 * This module has no Node imports: the search page loads it.
 */

/** Case pages per part, at most on average, unless SITE_INDEX_PART_PAGES says otherwise. */
export const defaultPartPages = 1500;

/** How many parts an index of `pages` pages has: the least power of two that keeps parts at `partPages` pages or fewer on average. */
export function partCount(pages: number, partPages = defaultPartPages): number {
  if (!Number.isInteger(partPages) || partPages < 1)
    throw new Error(`pages per index part: ${partPages}, expected a whole number ≥ 1`);
  let parts = 1;
  while (pages / parts > partPages) parts *= 2;
  return parts;
}

/** The part of a case, by its id: FNV-1a of the id's UTF-16 code units, modulo the number of parts. */
export function partOf(id: string, parts: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % parts;
}

/** The folder of a part inside the bundle (`` when the index is one part, else `part-<k>/`). */
export const partFolder = (part: number, parts: number) => (parts === 1 ? '' : `part-${part}/`);
