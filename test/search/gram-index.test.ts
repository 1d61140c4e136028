import { describe, expect, test } from 'vitest';
import { searchFoldTable } from '../../src/i18n/search-fold.ts';
import { searchFolder } from '../../src/search/fold.ts';
import { sectionBit, type Section } from '../../src/search/sections.ts';
import { bodyBlocks } from '../../src/model/body-blocks.ts';
import { contentCases } from '../support/content.ts';
import { sectionOfHeading } from '../../src/search/sections.ts';
import {
  buildChunks,
  buildLists,
  type IndexedCase,
} from '../../src/build/search-index/gram-index.ts';
import { chunkFile, gramMetaFile, type GramMeta } from '../../src/search/gram-format.ts';
import { GramIndex } from '../../src/search/gram-lookup.ts';

const fold = searchFolder(await searchFoldTable());

/** The collection's cases as the index reads them, from their MDX files (title, keywords, body blocks, region). */
const collection: IndexedCase[] = contentCases().map((c) => {
  const segments: IndexedCase['segments'] = [{ section: 'title', text: c.data.title }];
  for (const k of c.data.keywords) segments.push({ section: 'keywords', text: k });
  let section: Section = 'other';
  for (const block of bodyBlocks(c.body)) {
    if (block.kind === 'heading' && block.depth === 2) section = sectionOfHeading(block.text);
    segments.push({ section, text: block.text });
  }
  for (const p of [c.data.region.province, c.data.region.city])
    if (p) segments.push({ section: 'region', text: p });
  return { segments };
});

/** An index in memory, read through the same lookup as the search page. */
function indexOf(cases: IndexedCase[]): GramIndex {
  const chunks = buildChunks(buildLists(cases, fold));
  const meta: GramMeta = { version: 1, cases: cases.length, chunks: chunks.length, hash: 'test' };
  const files = new Map(chunks.map((c, i) => [chunkFile(meta, i), c]));
  files.set(gramMetaFile, new TextEncoder().encode(JSON.stringify(meta)));
  return new GramIndex(meta, async (path) => files.get(path) ?? new Uint8Array());
}

/** What the index must return: the cases with the term in a segment, and in which parts. */
const folded = new WeakMap<IndexedCase, [string, number][]>();
function bruteForce(cases: IndexedCase[], term: string): Map<number, number> {
  const found = new Map<number, number>();
  cases.forEach((c, doc) => {
    let segments = folded.get(c);
    if (!segments)
      folded.set(c, (segments = c.segments.map((s) => [fold(s.text), sectionBit(s.section)])));
    for (const [text, bit] of segments)
      if (text.includes(term)) found.set(doc, (found.get(doc) ?? 0) | bit);
  });
  return found;
}

const partsOf = async (index: GramIndex, term: string) =>
  new Map([...(await index.find(term))].map(([doc, stat]) => [doc, stat.parts]));

describe('the gram index', () => {
  const index = indexOf(collection);

  test('finds exactly the cases whose text holds a term, for every piece of 1 to 12 characters of the collection', async () => {
    // Pieces of every paragraph, at a spread of places and lengths, and pieces spanning two paragraphs.
    const terms = new Set<string>();
    collection.forEach((c) =>
      c.segments.forEach((s, k) => {
        const text = [...fold(s.text)];
        for (let at = 0; at < text.length; at += 37)
          for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 12])
            if (at + n <= text.length) terms.add(text.slice(at, at + n).join(''));
        const next = c.segments[k + 1];
        if (next && text.length > 2)
          terms.add(text.slice(-2).join('') + [...fold(next.text)].slice(0, 3).join(''));
      }),
    );
    expect(terms.size).toBeGreaterThan(1000);
    const wrong: string[] = [];
    for (const term of terms) {
      const got = await partsOf(index, term);
      const want = bruteForce(collection, term);
      if (JSON.stringify([...got].sort()) !== JSON.stringify([...want].sort())) wrong.push(term);
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  test('finds nothing for a term no case holds, even when each of its characters occurs', async () => {
    for (const term of ['区块链', '跨境电商', '执法审批监督', '包容审慎执法检查站'])
      expect(bruteForce(collection, fold(term)).size).toBe(0);
    for (const term of ['区块链', '跨境电商', '执法审批监督', '包容审慎执法检查站'])
      expect((await index.find(fold(term))).size, term).toBe(0);
  });

  test('does not find a phrase split across two paragraphs, two keywords or the title and a keyword', async () => {
    const cases: IndexedCase[] = [
      {
        segments: [
          { section: 'title', text: '甲乙丙' },
          { section: 'keywords', text: '丁戊' },
          { section: 'keywords', text: '己庚辛壬' },
          { section: 'facts', text: '第一段结尾是跨段' },
          { section: 'facts', text: '词组开头的第二段' },
        ],
      },
    ];
    const small = indexOf(cases);
    for (const term of ['跨段词组', '段词', '丙丁', '戊己', '戊己庚', '丁戊己庚辛'])
      expect((await small.find(fold(term))).size, term).toBe(0);
    for (const term of ['跨段', '词组', '丁戊', '己庚辛壬', '尾是跨段'])
      expect((await small.find(fold(term))).size, term).toBe(1);
  });

  test('counts the occurrences of a term and where it first occurs, and in which parts', async () => {
    const cases: IndexedCase[] = [
      { segments: [{ section: 'other', text: '无关' }] },
      {
        segments: [
          { section: 'title', text: '包容审慎监管' },
          { section: 'facts', text: '包容审慎，再包容审慎。' },
          { section: 'significance', text: '包容 审 慎' },
        ],
      },
    ];
    const small = indexOf(cases);
    for (const term of ['审慎', '包容审慎', '容审慎，再包']) {
      const found = await small.find(fold(term));
      expect([...found.keys()], term).toEqual([1]);
    }
    const whole = (await small.find(fold('包容审慎'))).get(1)!;
    expect(whole.occurrences).toBe(4);
    expect(whole.first).toBe(0);
    expect(whole.parts).toBe(
      sectionBit('title') | sectionBit('facts') | sectionBit('significance'),
    );
    const short = (await small.find(fold('审慎'))).get(1)!;
    expect(short).toEqual({ parts: whole.parts, occurrences: 4, first: 0 });
  });

  test('says where a term first occurs the same way for 3, 4 and 5 characters (three ways of reading the lists)', async () => {
    const cases: IndexedCase[] = [
      {
        segments: [
          { section: 'title', text: '无关的标题文字' },
          {
            section: 'facts',
            text: '前面先有二十来个字的一段铺垫然后才是包容审慎出现，再包容审慎',
          },
        ],
      },
    ];
    const small = indexOf(cases);
    const [three, four, five] = await Promise.all(
      ['包容审', '包容审慎', '包容审慎出'].map(async (t) => (await small.find(fold(t))).get(0)!),
    );
    expect(four!.first).toBeGreaterThan(0);
    expect(three!.first).toBe(four!.first);
    expect(five!.first).toBe(four!.first);
    expect([three!.occurrences, four!.occurrences, five!.occurrences]).toEqual([2, 2, 1]);
  });
});
