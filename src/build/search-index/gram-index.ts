/**
 * Writes the gram index (src/search/gram-format.ts) into the built Pagefind
 * bundle: from each case page's Pagefind fragment (its title, headings and
 * numbered paragraphs, as the page has them) and the case's keywords, region
 * and source from the built dataset. Build-time only.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { searchFoldTable } from '../../i18n/script.ts';
import { searchFolder, type SearchFold } from '../../search/fold.ts';
import { bodyBlocksOf, sectionBit, type Anchor, type Section } from '../../search/sections.ts';
import {
  chunkFile,
  chunkOf,
  gramIndexVersion,
  gramMetaFile,
  positionLength,
  statLength,
  writePositions,
  writeStat,
  Writer,
  type CaseStat,
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

/** A list being written: its bytes so far, its number of cases and the last case in it. */
interface ListWriter {
  writer: Writer;
  cases: number;
  last: number;
}

/** Builds the lists of every gram of the cases (numbered in their order). */
export function buildLists(
  cases: readonly IndexedCase[],
  fold: SearchFold,
): Map<string, ListWriter> {
  const lists = new Map<string, ListWriter>();
  const list = (key: string) => {
    let l = lists.get(key);
    if (!l) lists.set(key, (l = { writer: new Writer(), cases: 0, last: 0 }));
    return l;
  };
  cases.forEach((c, doc) => {
    const stats = new Map<string, CaseStat>();
    const positions = new Map<string, Map<number, number[]>>();
    let at = 0;
    for (const segment of c.segments) {
      const text = fold(segment.text);
      const bit = sectionBit(segment.section);
      // UTF-16 index of each code point, and one past the end.
      const starts: number[] = [];
      for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) starts.push(i);
      const count = starts.length;
      starts.push(text.length);
      for (let i = 0; i < count; i++) {
        for (let n = 1; n <= statLength && i + n <= count; n++) {
          const gram = text.slice(starts[i], starts[i + n]);
          const stat = stats.get(gram);
          if (stat) {
            stat.parts |= bit;
            stat.occurrences++;
          } else stats.set(gram, { parts: bit, occurrences: 1, first: at + i });
        }
        if (i + positionLength <= count) {
          const gram = text.slice(starts[i], starts[i + positionLength]);
          let byPart = positions.get(gram);
          if (!byPart) positions.set(gram, (byPart = new Map()));
          const here = byPart.get(bit);
          if (here) here.push(at + i);
          else byPart.set(bit, [at + i]);
        }
      }
      at += count + 1;
    }
    for (const [gram, stat] of stats) {
      const l = list(gram);
      writeStat(l.writer, doc - l.last, stat);
      l.cases++;
      l.last = doc;
    }
    for (const [gram, byPart] of positions) {
      const l = list(gram);
      writePositions(l.writer, doc - l.last, byPart);
      l.cases++;
      l.last = doc;
    }
  });
  return lists;
}

/** Raw (unzipped) bytes a chunk holds at most on average: what a query loads besides its own lists. */
const chunkTarget = 12 * 1024;

/** The chunk files' contents (unzipped), the lists spread over them by the hash of their key. */
export function buildChunks(lists: Map<string, ListWriter>): Uint8Array[] {
  const encoder = new TextEncoder();
  const encoded = [...lists].map(([key, l]) => {
    const head = new Writer();
    const k = encoder.encode(key);
    head.byte(k.length);
    head.append(k);
    const count = new Writer();
    count.varint(l.cases);
    head.varint(count.length + l.writer.length);
    head.append(count.result());
    head.append(l.writer.result());
    return [key, head.result()] as const;
  });
  const total = encoded.reduce((sum, [, bytes]) => sum + bytes.length, 0);
  const chunks = Math.max(1, Math.round(total / chunkTarget));
  const writers = Array.from({ length: chunks }, () => new Writer());
  for (const [key, bytes] of encoded) writers[chunkOf(key, chunks)]!.append(bytes);
  return writers.map((w) => w.result());
}

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
        const bytes = await zip(chunk, { level: 9 });
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
