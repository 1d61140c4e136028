import { afterEach, describe, expect, test } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pagefind from '../../src/integrations/search-index.ts';
import { feedIndex } from '../../src/build/search-index/feed.ts';
import { GramIndex } from '../../src/search/gram-lookup.ts';
import { searchFolder } from '../../src/search/fold.ts';
import { sectionBit } from '../../src/search/sections.ts';
import { searchFoldTable } from '../../src/i18n/search-fold.ts';

/** The dataset of the tiny site: its one case, `a` (the facet tables are made from it). */
const caseA = {
  id: 'a',
  region: { province: '宁夏回族自治区', city: '银川市' },
  keywords: ['审批改革'],
  domains: ['行政审批'],
  year: 2025,
  sourceTitle: '宁夏典型案例',
  sourceDate: '2025-06-01',
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A build in miniature: the integration's config:done and build:start hooks, then every page
 * [path, lang, body] rendered and handed over as the middleware does, then
 * build:done writing the index into a temporary dist/. Returns the log.
 */
async function build(
  pages: [string, string, string][],
  dir = mkdtempSync(join(tmpdir(), 'pagefind-test-')),
) {
  dirs.push(dir);
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/cases.json'), JSON.stringify({ cases: [caseA] }));
  const messages: string[] = [];
  const logger = {
    info: (m: string) => messages.push(m),
    warn: (m: string) => messages.push(m),
    error: (m: string) => messages.push(m),
  };
  const { hooks } = pagefind();
  // As Astro configures it: dist/ and, beside it, the cache folder (where the index keeps its parts).
  await hooks['astro:config:done']!({
    config: { outDir: pathToFileURL(`${dir}/`), cacheDir: pathToFileURL(`${dir}-cache/`) },
  } as never);
  dirs.push(`${dir}-cache`);
  await hooks['astro:build:start']!({ logger } as never);
  for (const [path, lang, body] of pages) {
    await feedIndex(
      `/${path}/`,
      `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`,
    );
  }
  await hooks['astro:build:generated']!({ dir: pathToFileURL(`${dir}/`), logger } as never);
  await hooks['astro:build:done']!({
    dir: pathToFileURL(`${dir}/`),
    logger,
    pages: [],
    assets: new Map(),
  } as never);
  return { messages, dir };
}

const article = (text: string) =>
  `<header>导航</header><article data-pagefind-body><h1>${text}</h1><p>${text}正文</p></article>`;

describe('the Pagefind integration', () => {
  test('indexes the simplified case pages handed over while rendering, in one index, and logs the count', async () => {
    const { messages, dir } = await build([
      ['zh-hans/cases/a', 'zh-Hans', article('审批改革')],
      // The traditional twin is not indexed: the one simplified index serves both scripts.
      ['zh-hant/cases/a', 'zh-Hant', article('審批改革')],
      // Not a case page: never sent to the index.
      ['zh-hans', 'zh-Hans', `<article data-pagefind-body>首页</article>`],
    ]);
    expect(messages.at(-1)).toMatch(
      /^indexed zh-hans 1 case pages in one part; \d+ ms waited for the last part after the other integrations$/,
    );
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-hans']);
    expect(entry.languages['zh-hans'].page_count).toBe(1);
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  test("writes a facet table per script, in that script, keyed by the fragment hash of the case's one indexed page", async () => {
    const { messages, dir } = await build([
      ['zh-hans/cases/a', 'zh-Hans', article('审批改革')],
      ['zh-hant/cases/a', 'zh-Hant', article('審批改革')],
    ]);
    expect(messages).toContainEqual(
      expect.stringMatching(/^facet tables: zh-hans [\d.]+ KiB \([\d.]+ KiB unzipped\), zh-hant /),
    );
    const fragments = readdirSync(join(dir, 'pagefind/fragment'));
    for (const [script, region] of [
      ['zh-hans', '宁夏回族自治区'],
      ['zh-hant', '寧夏回族自治區'],
    ] as const) {
      const table = JSON.parse(
        gunzipSync(readFileSync(join(dir, `pagefind/facets-${script}.json.gz`))).toString('utf8'),
      );
      expect(table.values.region).toEqual([region]);
      expect(table.values.date).toEqual(['2025-06-01']);
      const hash = table.prefix + table.pages[0];
      expect(fragments).toContain(`${hash}.pf_fragment`);
      const fragment = gunzipSync(
        readFileSync(join(dir, 'pagefind/fragment', `${hash}.pf_fragment`)),
      ).toString();
      expect(fragment).toContain('"url":"/zh-hans/cases/a/"');
    }
  });

  test('fails the build loudly when no case page was indexed', async () => {
    const failure = await build([['zh-hant/cases/a', 'zh-Hant', article('審批改革')]]).catch(
      (error: Error) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('Failed to run Pagefind.');
    expect(String((failure as Error).cause)).toMatch(
      /no indexed page for zh-hans \(indexed: zh-hans 0\)/,
    );
  });

  test('fails the build when a simplified case page is not in the simplified index (its <html lang> is wrong)', async () => {
    const failure = await build([
      ['zh-hans/cases/a', 'zh-Hans', article('审批改革')],
      ['zh-hans/cases/b', 'zh-Hant', article('审批')],
    ]).catch((error: Error) => error);
    expect(String((failure as Error).cause)).toMatch(
      /case pages sent \(zh-hans 2\) and indexed \(zh-hans 1\) differ/,
    );
  });

  test('writes the gram index of exact search, which finds the case by its title, keywords and paragraphs, in their parts', async () => {
    const body =
      '<h1 data-pagefind-meta="title">审批改革</h1>' +
      '<h2 id="基本情况">基本情况</h2><p id="p1" data-pagefind-title="第1段">窗口并联审批</p>' +
      '<h2 id="典型意义">典型意义</h2><p id="p2" data-pagefind-title="第2段">减少企业跑腿</p>';
    const { messages, dir } = await build([
      ['zh-hans/cases/a', 'zh-Hans', `<article data-pagefind-body>${body}</article>`],
    ]);
    expect(messages).toContainEqual(expect.stringMatching(/^gram index: 1 cases, \d+ chunks, /));
    const bundle = join(dir, 'pagefind');
    const grams = await GramIndex.open(async (path, gzipped) => {
      const bytes = readFileSync(join(bundle, path));
      return gzipped ? gunzipSync(bytes) : bytes;
    });
    const fold = searchFolder(await searchFoldTable());
    const parts = async (q: string) => (await grams.find(fold(q))).get(0)?.parts ?? 0;
    expect(await parts('审批改革')).toBe(sectionBit('title') | sectionBit('keywords'));
    expect(await parts('并联审批')).toBe(sectionBit('facts'));
    expect(await parts('企业跑腿')).toBe(sectionBit('significance'));
    expect(await parts('银川')).toBe(sectionBit('region'));
    expect(await parts('宁夏典型案例')).toBe(sectionBit('source'));
    expect(await parts('审批减少')).toBe(0);
  });

  test('fails the build when a case page has body text outside its headings and numbered paragraphs', async () => {
    const body =
      '<h1>审批改革</h1><h2 id="基本情况">基本情况</h2><p id="p1">窗口并联审批</p><ul><li>清单里的事项</li></ul>';
    const failure = await build([
      ['zh-hans/cases/a', 'zh-Hans', `<article data-pagefind-body>${body}</article>`],
    ]).catch((error: Error) => error);
    expect(String((failure as Error).cause)).toMatch(
      /gram index: \/zh-hans\/cases\/a\/ has 6 characters of body text outside its headings and numbered paragraphs/,
    );
  });
});
