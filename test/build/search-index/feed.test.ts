import { afterEach, describe, expect, test } from 'vitest';
import {
  allFed,
  expectIndexed,
  feedIndex,
  feedRestored,
  setIndexFeed,
} from '../../../src/build/search-index/feed.ts';

const page = (text: string) =>
  `<!doctype html><html lang="zh-Hans"><head></head><body><nav>导航</nav><article data-pagefind-body>${text}</article></body></html>`;

/** A feed that records what it receives, in order. */
function recordingFeed() {
  const received: { pathname: string; record: string }[] = [];
  setIndexFeed({ add: async (pathname, record) => void received.push({ pathname, record }) });
  return received;
}

afterEach(() => setIndexFeed(undefined));

describe('the index feed', () => {
  test('hands pages to the index in the order the case route lists them, whatever order they are rendered in', async () => {
    const received = recordingFeed();
    expectIndexed(['/zh-hans/cases/a/', '/zh-hans/cases/b/', '/zh-hans/cases/c/']);
    await feedIndex('/zh-hans/cases/c/', page('丙'));
    await feedIndex('/zh-hans/cases/a/', page('甲'));
    expect(received.map((r) => r.pathname)).toEqual(['/zh-hans/cases/a/']);
    await feedIndex('/zh-hans/cases/b/', page('乙'));
    await allFed();
    expect(received.map((r) => r.pathname)).toEqual([
      '/zh-hans/cases/a/',
      '/zh-hans/cases/b/',
      '/zh-hans/cases/c/',
    ]);
  });

  test('takes a page Astro restored (not rendered) from its file, in its place, as it would the rendered page', async () => {
    const received = recordingFeed();
    expectIndexed(['/zh-hans/cases/a/', '/zh-hans/cases/b/']);
    await feedIndex('/zh-hans/cases/b/', page('乙'));
    await feedRestored([{ pathname: '/zh-hans/cases/a/', html: page('甲') }]);
    await allFed();
    expect(received.map((r) => r.pathname)).toEqual(['/zh-hans/cases/a/', '/zh-hans/cases/b/']);
    // Only what Pagefind reads: the language and the indexed element.
    expect(received[0]!.record).toContain('<html lang="zh-Hans">');
    expect(received[0]!.record).toContain('<article data-pagefind-body>甲</article>');
    expect(received[0]!.record).not.toContain('导航');
  });

  test('tells the index the pages it will take, in their order, once the case route lists them', () => {
    const told: (readonly string[])[] = [];
    setIndexFeed({ add: async () => undefined, order: (pathnames) => void told.push(pathnames) });
    expectIndexed(['/zh-hans/cases/b/', '/zh-hans/cases/a/']);
    expect(told).toEqual([['/zh-hans/cases/b/', '/zh-hans/cases/a/']]);
  });

  test('fails when a listed page was neither rendered nor restored', async () => {
    recordingFeed();
    expectIndexed(['/zh-hans/cases/a/', '/zh-hans/cases/b/']);
    await feedIndex('/zh-hans/cases/a/', page('甲'));
    await expect(allFed()).rejects.toThrow(/1 case pages were neither rendered nor restored/);
  });

  test('sends no page that is not a simplified case page', async () => {
    const received = recordingFeed();
    expectIndexed(['/zh-hans/cases/a/']);
    await feedIndex('/zh-hant/cases/a/', page('甲'));
    await feedIndex('/zh-hans/', page('首页'));
    await feedIndex('/zh-hans/cases/a/', page('甲'));
    await allFed();
    expect(received.map((r) => r.pathname)).toEqual(['/zh-hans/cases/a/']);
  });
});
