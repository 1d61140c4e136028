/**
 * Writes the gram index (src/search/gram-format.ts) into the built Pagefind
 * bundle: from each case page's Pagefind fragment (its title, headings and
 * numbered paragraphs, as the page has them) and the case's keywords, region
 * and source from the built dataset. Build-time only.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { searchFoldTable } from '../../i18n/search-fold.ts';
import { casePath } from '../../site/routes.ts';
import type { CaseRecord } from '../../site/dataset.ts';
import type { BuiltFragment } from './facet-tables.ts';
import {
  runClass,
  runClose,
  runCloser,
  runOpen,
  searchFolder,
  type SearchFold,
} from '../../search/fold.ts';
import { bodyBlocksOf, sectionBit, type Anchor, type Section } from '../../search/sections.ts';
import {
  chunkFile,
  chunkOf,
  gramIndexVersion,
  gramMetaFile,
  firstUnit,
  positionLength,
  statLength,
  type GramMeta,
} from '../../search/gram-format.ts';

/** A case as the gram index reads it: its texts in reading order, each with its part. */
export interface IndexedCase {
  segments: { section: Section; text: string }[];
}

/** The case's segments, from its page's Pagefind fragment and its dataset record. */
export function indexedCase(
  fragment: { meta: Record<string, string | undefined>; anchors: Anchor[] },
  record: {
    keywords: string[];
    region: { province: string; city?: string; county?: string };
    sourceTitle?: string;
    sourcePublisher?: string;
  },
): IndexedCase {
  const segments: IndexedCase['segments'] = [{ section: 'title', text: fragment.meta.title ?? '' }];
  for (const keyword of record.keywords) segments.push({ section: 'keywords', text: keyword });
  for (const block of bodyBlocksOf(fragment.anchors))
    segments.push({ section: block.section, text: block.text });
  const { province, city, county } = record.region;
  for (const place of [province, city, county])
    if (place) segments.push({ section: 'region', text: place });
  for (const source of [record.sourceTitle, record.sourcePublisher])
    if (source) segments.push({ section: 'source', text: source });
  return { segments };
}

/**
 * The cases of the built dataset, in its order (the facet table's), as the
 * gram index reads them from their simplified pages' fragments. Throws when a
 * case has no indexed page, or when its page has body text outside its
 * headings and numbered paragraphs (a list, a table): search would not find
 * that text.
 */
export async function casesToIndex(
  siteDir: string,
  fragments: ReadonlyMap<string, BuiltFragment>,
): Promise<IndexedCase[]> {
  const dataset = JSON.parse(await readFile(join(siteDir, 'data/cases.json'), 'utf8')) as {
    cases: CaseRecord[];
  };
  return dataset.cases.map((record) => {
    const url = casePath('zh-hans', record.id);
    const fragment = fragments.get(url);
    if (!fragment) throw new Error(`gram index: no indexed page for ${url}`);
    const outside = textOutsideBlocks(fragment);
    if (outside > 0)
      throw new Error(
        `gram index: ${url} has ${outside} characters of body text outside its headings and numbered paragraphs`,
      );
    return indexedCase(fragment, {
      ...record,
      sourcePublisher: record.sourcePublisher ?? undefined,
    });
  });
}

const han = /\p{Script=Han}/gu;
const hanCount = (text: string) => text.match(han)?.length ?? 0;

/**
 * How many more Han characters the page's indexed text has from its first
 * heading or paragraph on than its headings and paragraphs have: 0 when the
 * body is headings and paragraphs only.
 */
function textOutsideBlocks(fragment: BuiltFragment): number {
  const blocks = bodyBlocksOf(fragment.anchors);
  const start = Math.min(
    ...fragment.anchors.filter((a) => /^(h[2-6]|p)$/i.test(a.element)).map((a) => a.location),
  );
  if (!Number.isFinite(start)) return 0;
  // Words as Pagefind counts them for locations (its excerpt code): by zero-width spaces when it segmented the text.
  const zws = fragment.content.includes('\u200B');
  const words = fragment.content.split(zws ? '\u200B' : /[\r\n\s]+/);
  const body = words.slice(start).join('');
  return hanCount(body) - blocks.reduce((sum, b) => sum + hanCount(b.text), 0);
}

/** A typed array at least `size` long: the same one, or a copy twice as long. */
function room<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  let length = array.length * 2;
  while (length < size) length *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/**
 * The lists of every gram of a collection, written case by case. Built for
 * 10,000 cases and more: no object per gram or case, only typed arrays.
 * - Grams are numbered (from 1) as they are first met; a gram of n characters
 *   is found by its first n − 1 characters' number and its last character,
 *   in a hash table of typed arrays, so no gram is ever made into a string
 *   until the chunks are written.
 * - Each list's bytes are kept in pages of an arena, linked per list.
 * - Within a case, a gram's occurrences are gathered in a slot (its parts,
 *   occurrences, first position, and for 4-grams its positions) and written
 *   to its list when the case is done.
 */
export class GramLists {
  /** Distinct characters (after folding), numbered from 1. */
  private readonly chars = new Map<string, number>();
  private readonly charOf: string[] = [''];
  /** Gram numbers by (prefix gram, last character): an open-addressing hash table (0: empty). */
  private tablePrefix = new Int32Array(1 << 16);
  private tableChar = new Int32Array(1 << 16);
  private tableGram = new Int32Array(1 << 16);
  /** Per gram: its length, its prefix gram and its last character. */
  private length = new Uint8Array(1024);
  private prefix = new Int32Array(1024);
  private last = new Int32Array(1024);
  private grams = 0;
  /** Per gram: cases in its list, the last case written, the case and slot it has in the case being read. */
  private cases = new Int32Array(1024);
  private lastCase = new Int32Array(1024);
  private seenIn = new Int32Array(1024).fill(-1);
  private slotOf = new Int32Array(1024);
  /** The arena: pages of bytes, each list a chain of pages. */
  private static readonly page = 32;
  private bytes = new Uint8Array(1 << 20);
  private nextPage = new Int32Array(1 << 15);
  private pages = 0;
  private head = new Int32Array(1024);
  private tail = new Int32Array(1024);
  private used = new Int32Array(1024);
  private size = new Int32Array(1024);
  /** The slots of the case being read. */
  private slots = 0;
  private slotGram = new Int32Array(4096);
  private slotParts = new Uint8Array(4096);
  private slotCount = new Int32Array(4096);
  private slotFirst = new Int32Array(4096);
  private slotHead = new Int32Array(4096);
  private slotTail = new Int32Array(4096);
  /** Positions of 4-grams in the case being read, linked per slot. */
  private positions = 0;
  private positionAt = new Int32Array(4096);
  private positionPart = new Uint8Array(4096);
  private positionNext = new Int32Array(4096);
  private doc = -1;
  private readonly fold: SearchFold;

  constructor(fold: SearchFold) {
    this.fold = fold;
  }

  private charNumber(char: string): number {
    let n = this.chars.get(char);
    if (n === undefined) {
      n = this.charOf.length;
      this.chars.set(char, n);
      this.charOf.push(char);
      this.runOf.push(runClass(char));
    }
    return n;
  }
  /** Per character number: the run it belongs to (fold.ts, `runClass`). */
  private readonly runOf: number[] = [0];

  /** Per code point of the texts: the numbers of the characters it folds to (usually one, or none). */
  private readonly folded = new Map<number, number | number[]>();

  /** The folded characters of a text, as numbers, appended to `ids`; each run of digits or Latin letters closed, as fold.ts closes them. */
  private foldInto(text: string, ids: number[]) {
    const runs = runCloser<number>(
      (n: number) => ids.push(n),
      (n) => this.runOf[n]!,
      this.charNumber(runOpen),
      this.charNumber(runClose),
    );
    for (let i = 0; i < text.length;) {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      let numbers = this.folded.get(cp);
      if (numbers === undefined) {
        const chars = [...this.fold.char(String.fromCodePoint(cp))].map((c) => this.charNumber(c));
        numbers = chars.length === 1 ? chars[0]! : chars;
        this.folded.set(cp, numbers);
      }
      if (typeof numbers === 'number') runs.put(numbers);
      else for (const n of numbers) runs.put(n);
    }
    runs.end();
  }

  private slotIn(prefix: number, char: number): number {
    const mask = this.tableGram.length - 1;
    let i = (Math.imul(prefix, 0x9e3779b1) ^ Math.imul(char, 0x85ebca77)) & mask;
    while (
      this.tableGram[i] !== 0 &&
      (this.tablePrefix[i] !== prefix || this.tableChar[i] !== char)
    )
      i = (i + 1) & mask;
    return i;
  }

  private gram(prefix: number, char: number, length: number): number {
    let i = this.slotIn(prefix, char);
    let g = this.tableGram[i]!;
    if (g === 0) {
      g = ++this.grams;
      if (g >= this.length.length) this.growGrams(g + 1);
      if (g * 2 > this.tableGram.length) {
        this.rehash();
        i = this.slotIn(prefix, char);
      }
      this.tablePrefix[i] = prefix;
      this.tableChar[i] = char;
      this.tableGram[i] = g;
      this.length[g] = length;
      this.prefix[g] = prefix;
      this.last[g] = char;
      this.head[g] = -1;
    }
    return g;
  }

  /** Doubles the hash table. */
  private rehash() {
    const [prefixes, chars, grams] = [this.tablePrefix, this.tableChar, this.tableGram];
    this.tablePrefix = new Int32Array(prefixes.length * 2);
    this.tableChar = new Int32Array(chars.length * 2);
    this.tableGram = new Int32Array(grams.length * 2);
    for (let k = 0; k < grams.length; k++) {
      if (grams[k] === 0) continue;
      const i = this.slotIn(prefixes[k]!, chars[k]!);
      this.tablePrefix[i] = prefixes[k]!;
      this.tableChar[i] = chars[k]!;
      this.tableGram[i] = grams[k]!;
    }
  }

  private growGrams(n: number) {
    this.length = room(this.length, n);
    this.prefix = room(this.prefix, n);
    this.last = room(this.last, n);
    this.cases = room(this.cases, n);
    this.lastCase = room(this.lastCase, n);
    const from = this.seenIn.length;
    this.seenIn = room(this.seenIn, n);
    this.seenIn.fill(-1, from);
    this.slotOf = room(this.slotOf, n);
    this.head = room(this.head, n);
    this.tail = room(this.tail, n);
    this.used = room(this.used, n);
    this.size = room(this.size, n);
  }

  /** Makes room for the slots and positions of a case of `chars` characters. */
  private growCase(chars: number) {
    const slots = chars * positionLength;
    this.slotGram = room(this.slotGram, slots);
    this.slotParts = room(this.slotParts, slots);
    this.slotCount = room(this.slotCount, slots);
    this.slotFirst = room(this.slotFirst, slots);
    this.slotHead = room(this.slotHead, slots);
    this.slotTail = room(this.slotTail, slots);
    this.positionAt = room(this.positionAt, chars);
    this.positionPart = room(this.positionPart, chars);
    this.positionNext = room(this.positionNext, chars);
  }

  /** The slot of a gram in the case being read. */
  private slot(g: number, bit: number, at: number): number {
    if (this.seenIn[g] === this.doc) {
      const s = this.slotOf[g]!;
      this.slotParts[s]! |= bit;
      this.slotCount[s]!++;
      return s;
    }
    const s = this.slots++;
    this.seenIn[g] = this.doc;
    this.slotOf[g] = s;
    this.slotGram[s] = g;
    this.slotParts[s] = bit;
    this.slotCount[s] = 1;
    this.slotFirst[s] = at;
    this.slotHead[s] = -1;
    return s;
  }

  private position(s: number, bit: number, at: number) {
    const k = this.positions++;
    this.positionAt[k] = at;
    this.positionPart[k] = bit;
    this.positionNext[k] = -1;
    if (this.slotHead[s] === -1) this.slotHead[s] = k;
    else this.positionNext[this.slotTail[s]!] = k;
    this.slotTail[s] = k;
  }

  /** An entry being encoded, before it is appended to its list. */
  private scratch = new Uint8Array(1024);
  private scratchLength = 0;

  private put(b: number) {
    if (this.scratchLength === this.scratch.length)
      this.scratch = room(this.scratch, this.scratchLength + 1);
    this.scratch[this.scratchLength++] = b;
  }

  private varint(value: number) {
    while (value >= 0x80) {
      this.put((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    this.put(value);
  }

  /** Appends the entry encoded in the scratch buffer to a gram's list, in the arena's pages. */
  private flush(g: number) {
    const page = GramLists.page;
    let from = 0;
    while (from < this.scratchLength) {
      if (this.head[g] === -1 || this.used[g] === page) {
        const next = this.pages++;
        if (next >= this.nextPage.length) this.nextPage = room(this.nextPage, next + 1);
        if ((next + 1) * page > this.bytes.length) this.bytes = room(this.bytes, (next + 1) * page);
        this.nextPage[next] = -1;
        if (this.head[g] === -1) this.head[g] = next;
        else this.nextPage[this.tail[g]!] = next;
        this.tail[g] = next;
        this.used[g] = 0;
      }
      const n = Math.min(page - this.used[g]!, this.scratchLength - from);
      const at = this.tail[g]! * page + this.used[g]!;
      for (let k = 0; k < n; k++) this.bytes[at + k] = this.scratch[from + k]!;
      this.used[g]! += n;
      from += n;
    }
    this.size[g]! += this.scratchLength;
    this.scratchLength = 0;
  }

  /** Reads the next case (cases are numbered in the order they are added). */
  add(c: IndexedCase) {
    this.doc++;
    this.slots = 0;
    this.positions = 0;
    const segments = c.segments.map((segment) => {
      const ids: number[] = [];
      this.foldInto(segment.text, ids);
      return { ids, bit: sectionBit(segment.section) };
    });
    this.growCase(segments.reduce((sum, { ids }) => sum + ids.length, 0));
    let at = 0;
    for (const { ids, bit } of segments) {
      for (let i = 0; i < ids.length; i++) {
        let g = 0;
        for (let n = 1; n <= positionLength && i + n <= ids.length; n++) {
          g = this.gram(g, ids[i + n - 1]!, n);
          const s = this.slot(g, bit, at + i);
          if (n === positionLength) this.position(s, bit, at + i);
        }
      }
      at += ids.length + 1;
    }
    for (let s = 0; s < this.slots; s++) {
      const g = this.slotGram[s]!;
      const parts = this.slotParts[s]!;
      this.varint(this.doc - this.lastCase[g]!);
      this.lastCase[g] = this.doc;
      this.cases[g]!++;
      this.put(parts);
      if (this.length[g]! <= statLength) {
        this.varint(this.slotCount[s]!);
        this.varint(Math.floor(this.slotFirst[s]! / firstUnit));
      } else if ((parts & (parts - 1)) === 0) {
        // One part: its positions as they are.
        this.varint(this.slotCount[s]!);
        let previous = 0;
        for (let k = this.slotHead[s]!; k !== -1; k = this.positionNext[k]!) {
          this.varint(this.positionAt[k]! - previous);
          previous = this.positionAt[k]!;
        }
      } else {
        for (let bit = 1; bit <= parts; bit <<= 1) {
          if (!(parts & bit)) continue;
          let count = 0;
          for (let k = this.slotHead[s]!; k !== -1; k = this.positionNext[k]!)
            if (this.positionPart[k] === bit) count++;
          this.varint(count);
          let previous = 0;
          for (let k = this.slotHead[s]!; k !== -1; k = this.positionNext[k]!) {
            if (this.positionPart[k] !== bit) continue;
            this.varint(this.positionAt[k]! - previous);
            previous = this.positionAt[k]!;
          }
        }
      }
      this.flush(g);
    }
  }

  /** The text of a gram. */
  private key(g: number): string {
    let key = '';
    for (let x = g; x > 0; x = this.prefix[x]!) key = this.charOf[this.last[x]!]! + key;
    return key;
  }

  /** Every list: its gram, and its bytes (the number of cases, then the entries). For tests. */
  *lists(): Generator<[key: string, list: Uint8Array]> {
    for (let g = 1; g <= this.grams; g++) {
      const out = new Uint8Array(varintLength(this.cases[g]!) + this.size[g]!);
      const at = writeVarint(out, 0, this.cases[g]!);
      this.copyList(g, out, at);
      yield [this.key(g), out];
    }
  }

  /** Copies a list's entries out of the arena. */
  private copyList(g: number, out: Uint8Array, at: number) {
    const page = GramLists.page;
    let left = this.size[g]!;
    for (let p = this.head[g]!; p !== -1 && left > 0; p = this.nextPage[p]!) {
      const n = Math.min(page, left);
      out.set(this.bytes.subarray(p * page, p * page + n), at);
      at += n;
      left -= n;
    }
  }

  /**
   * The chunk files' contents (unzipped): every list, as [key length] [key]
   * [list length] [list], in the chunk its key hashes to; as many chunks as
   * make about `target` bytes each.
   */
  chunks(target: number): Uint8Array[] {
    const encoder = new TextEncoder();
    const keys: Uint8Array[] = new Array(this.grams + 1);
    const entry = new Int32Array(this.grams + 1);
    let total = 0;
    for (let g = 1; g <= this.grams; g++) {
      keys[g] = encoder.encode(this.key(g));
      const list = varintLength(this.cases[g]!) + this.size[g]!;
      entry[g] = 1 + keys[g]!.length + varintLength(list) + list;
      total += entry[g]!;
    }
    const count = Math.max(1, Math.round(total / target));
    const chunkOfGram = new Int32Array(this.grams + 1);
    const sizes = new Int32Array(count);
    for (let g = 1; g <= this.grams; g++) {
      chunkOfGram[g] = chunkOf(this.key(g), count);
      sizes[chunkOfGram[g]!]! += entry[g]!;
    }
    const out = Array.from(sizes, (size) => new Uint8Array(size));
    const filled = new Int32Array(count);
    for (let g = 1; g <= this.grams; g++) {
      const c = chunkOfGram[g]!;
      const buffer = out[c]!;
      let at = filled[c]!;
      buffer[at++] = keys[g]!.length;
      buffer.set(keys[g]!, at);
      at += keys[g]!.length;
      const list = varintLength(this.cases[g]!) + this.size[g]!;
      at = writeVarint(buffer, at, list);
      at = writeVarint(buffer, at, this.cases[g]!);
      this.copyList(g, buffer, at);
      filled[c] = at + this.size[g]!;
    }
    return out;
  }
}

const varintLength = (value: number) => {
  let n = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    n++;
  }
  return n;
};
const writeVarint = (out: Uint8Array, at: number, value: number) => {
  while (value >= 0x80) {
    out[at++] = (value % 0x80) | 0x80;
    value = Math.floor(value / 0x80);
  }
  out[at++] = value;
  return at;
};

/** Builds the lists of every gram of the cases (numbered in their order). */
export function buildLists(cases: readonly IndexedCase[], fold: SearchFold): GramLists {
  const lists = new GramLists(fold);
  for (const c of cases) lists.add(c);
  return lists;
}

/** Raw (unzipped) bytes a chunk holds on average: what a query loads besides its own lists. */
const chunkTarget = 12 * 1024;

/** The chunk files' contents (unzipped), the lists spread over them by the hash of their key. */
export const buildChunks = (lists: GramLists): Uint8Array[] => lists.chunks(chunkTarget);

const zip = promisify(gzip);

/**
 * Writes the gram index of the cases (numbered in the facet table's order)
 * into `bundleDir`/grams/; returns a line for the build log.
 */
export async function writeGramIndex(
  bundleDir: string,
  cases: readonly IndexedCase[],
): Promise<string> {
  const started = performance.now();
  const fold = searchFolder(await searchFoldTable());
  const chunks = buildChunks(buildLists(cases, fold));
  const built = performance.now();
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  const meta: GramMeta = {
    version: gramIndexVersion,
    cases: cases.length,
    chunks: chunks.length,
    hash: hash.digest('hex').slice(0, 12),
  };
  await rm(join(bundleDir, 'grams'), { recursive: true, force: true });
  await mkdir(join(bundleDir, 'grams'), { recursive: true });
  let zipped = 0;
  // Zipped on libuv's threads, a batch at a time.
  for (let i = 0; i < chunks.length; i += 32) {
    await Promise.all(
      chunks.slice(i, i + 32).map(async (chunk, k) => {
        const bytes = await zip(chunk);
        zipped += bytes.length;
        await writeFile(join(bundleDir, chunkFile(meta, i + k)), bytes);
      }),
    );
  }
  await writeFile(join(bundleDir, gramMetaFile), JSON.stringify(meta));
  const raw = chunks.reduce((sum, c) => sum + c.length, 0);
  const ms = (from: number, to = performance.now()) => Math.round(to - from);
  return (
    `gram index: ${cases.length} cases, ${chunks.length} chunks, ${(zipped / 1024 / 1024).toFixed(1)} MiB ` +
    `(${(raw / 1024 / 1024).toFixed(1)} MiB unzipped), built in ${ms(started, built)} ms, written in ${ms(built)} ms`
  );
}
