/**
 * The gram index: which cases contain a piece of text, exactly, without
 * reading the cases. Written at build time next to the Pagefind index
 * (src/build/search-index/gram-index.ts), read by the search page
 * (gram-lookup.ts). This module is the format both share; it has no Node
 * imports.
 *
 * Each case's text is folded (fold.ts) and laid out in reading order: title,
 * keywords, body (headings and paragraphs), region, source, one segment per
 * keyword, heading, paragraph…, with a gap of one position between segments
 * so that no gram spans two of them. Each segment belongs to a part
 * (sections.ts). For every gram (run of characters, counted in code points)
 * of a segment, the index keeps a list of the cases that contain it:
 * - grams of 1 to 3 characters (`statLength`): per case, the parts it occurs
 *   in, how often, and where first. A query of up to 3 characters is answered
 *   by its own list;
 * - grams of 4 characters (`positionLength`): per case and part, every
 *   position. A longer query is found where its covering grams (at offsets
 *   0, 4, 8 … and length − 4) occur at those distances from each other: the
 *   grams overlap or touch and never cross a gap, so that is exactly where
 *   the query occurs, within one segment.
 * Lists are kept in chunk files, a gram's chunk chosen by a hash of the gram,
 * so a query loads one chunk per list it needs and nothing else.
 *
 * Files, inside the Pagefind bundle directory:
 * - `grams/meta.json`: {@link GramMeta};
 * - `grams/<hash>-<n>.gz`: chunk n, gzipped. Unzipped, a sequence of
 *   [key length (1 byte)] [key, UTF-8] [list length (varint)] [list].
 * A stat list: [cases (varint)], then per case: [case − previous case
 * (varint)] [parts (1 byte, bits of sections.ts)] [occurrences (varint)]
 * [first position ÷ `firstUnit` (varint)]. A position list: [cases (varint)], then per
 * case: [case − previous case (varint)] [parts (1 byte)], then per part of
 * those, in bit order: [occurrences (varint)] [each position − the previous
 * one (varint), the first from 0]. Cases are numbered as in the facet table
 * (facets.ts): the dataset's order.
 */

export const gramIndexVersion = 1;
/** Grams up to this length keep per-case statistics. */
export const statLength = 3;
/** Grams of this length keep positions. */
export const positionLength = 4;
/** First positions are kept in units of this many characters (they only order results). */
export const firstUnit = 8;

export const gramMetaFile = 'grams/meta.json';

export interface GramMeta {
  version: number;
  /** Cases in the index (as many as the facet table has). */
  cases: number;
  /** Chunk files. */
  chunks: number;
  /** A hash of the chunks' contents, in their file names (a new build never mixes with a cached one). */
  hash: string;
}

export const chunkFile = (meta: Pick<GramMeta, 'hash'>, n: number) => `grams/${meta.hash}-${n}.gz`;

/** FNV-1a over the UTF-16 code units of a key: the chunk of a gram. */
export function chunkOf(key: string, chunks: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % chunks;
}

/** The grams that locate a folded term: `[offset, gram]`, one gram for a short term. */
export function coveringGrams(term: string): [offset: number, gram: string][] {
  const chars = [...term];
  if (chars.length <= statLength) return [[0, term]];
  const starts = new Set<number>();
  for (let at = 0; at + positionLength < chars.length; at += positionLength) starts.add(at);
  starts.add(chars.length - positionLength);
  return [...starts]
    .sort((a, b) => a - b)
    .map((at) => [at, chars.slice(at, at + positionLength).join('')]);
}

/** A case's entry in a stat list, or found for a whole term. */
export interface CaseStat {
  /** The parts it occurs in (bits, sections.ts). */
  parts: number;
  occurrences: number;
  /** The first position, in the case's reading order, in units of `firstUnit` characters. */
  first: number;
}

/** A case's entry in a position list: per part bit, its positions (ascending). */
export interface CasePositions {
  parts: number;
  positions: Map<number, number[]>;
}

/** Reads varints from bytes. */
export class Reader {
  at = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  get done() {
    return this.at >= this.bytes.length;
  }
  byte(): number {
    return this.bytes[this.at++]!;
  }
  varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = this.bytes[this.at++]!;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  }
  slice(length: number): Uint8Array {
    const out = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }
}

const bitsOf = (parts: number) => {
  const bits: number[] = [];
  for (let bit = 1; bit <= parts; bit <<= 1) if (parts & bit) bits.push(bit);
  return bits;
};

/**
 * The list of one key in a chunk file (unzipped), or undefined: the chunk is
 * scanned, its keys compared as bytes, none decoded (a query needs one or two
 * keys of a chunk that holds hundreds).
 */
export function findList(bytes: Uint8Array, key: string): Uint8Array | undefined {
  const wanted = new TextEncoder().encode(key);
  const reader = new Reader(bytes);
  while (!reader.done) {
    const length = reader.byte();
    const at = reader.at;
    reader.at += length;
    const listLength = reader.varint();
    if (length === wanted.length && sameBytes(bytes, at, wanted)) return reader.slice(listLength);
    reader.at += listLength;
  }
  return undefined;
}

function sameBytes(bytes: Uint8Array, at: number, wanted: Uint8Array): boolean {
  for (let k = 0; k < wanted.length; k++) if (bytes[at + k] !== wanted[k]) return false;
  return true;
}

/**
 * Reads a list (stat or position): [cases], then per case its number (as the
 * difference from the previous) and its parts, then what `entry` reads of it.
 */
function readCases<T>(
  list: Uint8Array,
  entry: (reader: Reader, parts: number) => T,
): Map<number, T> {
  const reader = new Reader(list);
  const out = new Map<number, T>();
  let doc = 0;
  for (let n = reader.varint(); n > 0; n--) {
    doc += reader.varint();
    out.set(doc, entry(reader, reader.byte()));
  }
  return out;
}

/** Decodes a stat list: case number → its entry. */
export function readStats(list: Uint8Array): Map<number, CaseStat> {
  return readCases(list, (reader, parts) => {
    const occurrences = reader.varint();
    return { parts, occurrences, first: reader.varint() };
  });
}

/** Decodes a position list: case number → its positions per part. */
export function readPositions(list: Uint8Array): Map<number, CasePositions> {
  return readCases(list, (reader, parts) => {
    const positions = new Map<number, number[]>();
    for (const bit of bitsOf(parts)) {
      const list: number[] = [];
      let at = 0;
      for (let k = reader.varint(); k > 0; k--) list.push((at += reader.varint()));
      positions.set(bit, list);
    }
    return { parts, positions };
  });
}

/**
 * Where a term of exactly one gram's length occurs: the stats of a position
 * list, read in one pass (no positions kept).
 */
export function readPositionStats(list: Uint8Array): Map<number, CaseStat> {
  return readCases(list, (reader, parts) => {
    let occurrences = 0;
    let first = Infinity;
    for (let bit = 1; bit <= parts; bit <<= 1) {
      if (!(parts & bit)) continue;
      const k = reader.varint();
      if (k === 0) continue;
      occurrences += k;
      // Positions are ascending within a part: the part's first is its smallest.
      const at = reader.varint();
      if (at < first) first = at;
      for (let rest = k - 1; rest > 0; rest--) reader.varint();
    }
    return { parts, occurrences, first: Math.floor(first / firstUnit) };
  });
}

/**
 * Where a term occurs, from the lists of its covering grams (`coveringGrams`):
 * per case, the parts, occurrences and first position of the whole term.
 */
export function joinPositions(
  offsets: readonly number[],
  lists: readonly Map<number, CasePositions>[],
): Map<number, CaseStat> {
  const out = new Map<number, CaseStat>();
  if (lists.length === 0) return out;
  const smallest = lists.reduce((a, b) => (b.size < a.size ? b : a));
  for (const doc of smallest.keys()) {
    const entries = lists.map((list) => list.get(doc));
    if (entries.some((e) => !e)) continue;
    let common = allBits;
    for (const e of entries) common &= e!.parts;
    let parts = 0;
    let occurrences = 0;
    let first = Infinity;
    for (const bit of bitsOf(common)) {
      const [head, ...rest] = entries.map((e) => e!.positions.get(bit)!);
      const sets = rest.map((positions) => new Set(positions));
      for (const p of head!) {
        if (sets.every((set, k) => set.has(p + offsets[k + 1]! - offsets[0]!))) {
          parts |= bit;
          occurrences++;
          first = Math.min(first, p);
        }
      }
    }
    if (parts) out.set(doc, { parts, occurrences, first: Math.floor(first / firstUnit) });
  }
  return out;
}

const allBits = 0xff;
