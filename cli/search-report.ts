/**
 * Measures the search on the built site (run `npm run build` first):
 * - recall on test/fixtures/public-queries.json for each page script × query
 *   script, for bare Pagefind (query as typed), Pagefind on the query folded
 *   to simplified, and our search page (exact search with the gram index). There is one
 *   index, of the simplified case pages: bare Pagefind gives the same results
 *   on both pages, in simplified script, so its expected strings are
 *   simplified; the search page's are in the page's script;
 * - what a query transfers (bytes, from Chromium's network events over CDP)
 *   and how long it takes until its first results (5) are drawn.
 * - precision: of the cases listed for the precision queries
 *   (test/fixtures/precision-queries.json, `contains`) and the public queries,
 *   how many hold the query (folded as search folds, cli/harness/precision.ts),
 *   and how many link to a paragraph that holds it; for the `absent` queries,
 *   how many cases are listed at all (none should be);
 * Usage: node cli/search-report.ts   (prints Markdown tables)
 *        ONLY=precision node cli/search-report.ts   (the precision tables only)
 *        DIST=/path/to/dist node cli/search-report.ts   (another build)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './harness/server.ts';
import { launchChromium } from './harness/browser.ts';
import { missing, openSearch, showResults, submitQuery } from './harness/search-driver.ts';
import { scripts, type Script } from '../src/i18n/script.ts';
import { loadToHant } from '../src/i18n/convert.ts';
import { foldQuery } from '../src/i18n/fold-query.ts';
import { caseTexts, holds, listedResults, loadFold } from './harness/precision.ts';

interface PublicQuery {
  q: string;
  expect: string[];
}
const queries = JSON.parse(
  readFileSync(new URL('../test/fixtures/public-queries.json', import.meta.url), 'utf8'),
) as PublicQuery[];
const toHant = await loadToHant();
/** The built site measured: dist/, or the one DIST names (e.g. a build of an older commit, to compare). */
const distDir = process.env.DIST ?? new URL('../dist/', import.meta.url).pathname;
const dataset = JSON.parse(readFileSync(join(distDir, 'data/cases.json'), 'utf8')) as {
  cases: { id: string; keywords: string[] }[];
};
const inScript = (text: string, script: Script) => (script === 'zh-hant' ? toHant(text) : text);

const { server, url } = await serveDist(distDir);
const browser = await launchChromium();

/** Top-10 titles and regions from Pagefind itself, without our page logic (the one simplified index). */
async function bareTop10(page: Page, term: string) {
  return page.evaluate(async (term) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const search = await pagefind.search(term);
    const data = await Promise.all(
      search.results
        .slice(0, 10)
        .map((r: { data: () => Promise<{ meta: Record<string, string> }> }) => r.data()),
    );
    return data.map((d: { meta: Record<string, string> }) => ({
      title: d.meta.title ?? '',
      meta: d.meta.region ?? '',
    }));
  }, term);
}

/**
 * Counts what Chromium receives from now on, for the page and its Pagefind
 * worker: bytes on the wire (body + headers, from Playwright's network events,
 * i.e. CDP's), and what the same files would weigh gzipped by a static host.
 */
function byteCounter(context: BrowserContext) {
  let bytes = 0;
  let gzip = 0;
  const files: string[] = [];
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    const body =
      sizes.responseBodySize || ((await (await request.response())?.body())?.length ?? 0);
    const path = new URL(request.url()).pathname;
    if (path === '/favicon.svg') return; // the browser's own request, whatever the page
    const file = resolveDist(path);
    const zipped = file ? gzipSync(readFileSync(file)).length : body;
    bytes += body + sizes.responseHeadersSize;
    gzip += zipped;
    files.push(`${path} ${body}`);
  });
  return {
    reset: () => ((bytes = 0), (gzip = 0), (files.length = 0)),
    read: () => ({ bytes, gzip, files: [...files] }),
  };
}
function resolveDist(path: string): string | undefined {
  const file = join(distDir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? file : undefined;
}

// Precision: every case listed must hold the query; every result must link to a paragraph that holds it.
const precisionQueries = JSON.parse(
  readFileSync(new URL('../test/fixtures/precision-queries.json', import.meta.url), 'utf8'),
) as { contains: string[]; absent: string[] };
const texts = caseTexts(distDir);
const fold = await loadFold();
console.log('## Precision: do the cases listed hold the query?\n');
const wrongly: string[] = [];
// Besides the precision and public queries: numbers, Latin letters and terms from issue 15. Each is
// checked against the collection: a query no case holds is an absent one.
const typed = [
  '三减',
  '执法监督员',
  '2+1+1',
  '12345',
  'AI',
  '1617.07万元',
  '科学审慎',
  '监管执法审查站点',
];
const allTexts = [...texts.values()].map((c) => c.texts);
const groups: [string, string[]][] = [
  [
    'precision and public queries',
    [
      ...new Set([
        ...precisionQueries.contains,
        ...precisionQueries.absent,
        ...queries.map((q) => q.q),
      ]),
    ],
  ],
  ['typed queries (issue 15)', typed],
];
for (const [group, candidates] of groups) {
  const contains = candidates.filter((q) => allTexts.some((t) => holds(t, q, fold)));
  const absent = candidates.filter((q) => !contains.includes(q));
  console.log(
    `### ${group}: ${contains.length} held by some case, ${absent.length} by none (${absent.join('、')})\n`,
  );
  console.log(
    '| page × query | cases listed | holding the query | precision | results linking to a paragraph that holds it | absent terms: cases listed |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const pageScript of scripts) {
    for (const queryScript of scripts) {
      const page = await browser.newPage();
      let listed = 0;
      let holding = 0;
      let linked = 0;
      let absentListed = 0;
      for (const q of [...contains, ...absent]) {
        await openSearch(page, url, pageScript, { q: inScript(q, queryScript) });
        const results = await listedResults(page);
        if (absent.includes(q)) {
          absentListed += results.length;
          continue;
        }
        listed += results.length;
        const bad: string[] = [];
        for (const r of results) {
          const c = texts.get(r.id)!;
          if (holds(c.texts, q, fold)) holding++;
          else bad.push(r.id);
          if (r.paragraphs.some((n) => holds([c.paragraphs.get(n) ?? ''], q, fold))) linked++;
        }
        if (bad.length)
          wrongly.push(
            `${pageScript} page, ${queryScript} query ${q}: ${bad.length} of ${results.length} lack it`,
          );
      }
      const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '–');
      console.log(
        `| ${pageScript} page, ${queryScript} query | ${listed} | ${holding} | ${pct(holding, listed)} | ${linked} (${pct(linked, listed)}) | ${absentListed} |`,
      );
      await page.close();
    }
  }
  console.log('');
}
console.log(
  '\nListed without holding the query:\n' + (wrongly.map((w) => `- ${w}`).join('\n') || '- none'),
);
if (process.env.ONLY === 'precision') {
  await browser.close();
  server.close();
  process.exit(0);
}

type Variant = 'bare' | 'folded' | 'ours';
const recall: Record<string, Record<Variant, [number, number]>> = {};
const failures: string[] = [];

for (const pageScript of scripts) {
  for (const queryScript of scripts) {
    const key = `${pageScript} page, ${queryScript} query`;
    const tally: Record<Variant, [number, number]> = { bare: [0, 0], folded: [0, 0], ours: [0, 0] };
    const page = await browser.newPage();
    await openSearch(page, url, pageScript, {});
    for (const { q, expect } of queries) {
      const typed = inScript(q, queryScript);
      // Pagefind's own results are the simplified pages'; the search page shows them in its script.
      const wanted: Record<Variant, string[]> = {
        bare: expect,
        folded: expect,
        ours: expect.map((e) => inScript(e, pageScript)),
      };
      const results: Record<Variant, { title: string; meta: string }[]> = {
        bare: await bareTop10(page, typed),
        folded: await bareTop10(page, await foldQuery(typed)),
        ours:
          (await openSearch(page, url, pageScript, { q: typed }),
          (await showResults(page, 10)).slice(0, 10)),
      };
      for (const variant of ['bare', 'folded', 'ours'] as Variant[]) {
        const lost = missing(results[variant], wanted[variant]);
        tally[variant][0] += wanted[variant].length - lost.length;
        tally[variant][1] += wanted[variant].length;
        if (lost.length) failures.push(`${key}, ${variant}: ${typed} misses ${lost.join('、')}`);
      }
    }
    recall[key] = tally;
    await page.close();
  }
}

console.log('## Recall on the public queries (expected cases in the top 10)\n');
console.log('| page × query | bare Pagefind | Pagefind + folding | our search page |');
console.log('|---|---|---|---|');
for (const [key, t] of Object.entries(recall)) {
  const cell = ([hit, all]: [number, number]) =>
    `${hit}/${all} (${Math.round((100 * hit) / all)}%)`;
  console.log(`| ${key} | ${cell(t.bare)} | ${cell(t.folded)} | ${cell(t.ours)} |`);
}
console.log('\nMisses:\n' + (failures.map((f) => `- ${f}`).join('\n') || '- none'));

// Keywords: are the cases filed under each published keyword (or a longer one that contains it) listed first?
console.log('\n## Published keywords: cases filed under the keyword listed first\n');
console.log(
  '| page | keywords | bare Pagefind: all found | bare Pagefind: listed first | our search page: listed first |',
);
console.log('|---|---|---|---|---|');
for (const pageScript of scripts) {
  const page = await browser.newPage();
  await openSearch(page, url, pageScript, {});
  // The keywords and their cases from the open dataset; what bare Pagefind finds for each. A string, so that no bundler rewrites its import().
  const filedUnder = new Map<string, string[]>();
  for (const c of dataset.cases) {
    for (const k of c.keywords) {
      const keyword = inScript(k, pageScript);
      filedUnder.set(keyword, [
        ...(filedUnder.get(keyword) ?? []),
        `/${pageScript}/cases/${c.id}/`,
      ]);
    }
  }
  const keywords: [string, string[], string[]][] = [];
  for (const [keyword, filed] of filedUnder) {
    const text = (await page.evaluate(`(async () => {
      const pagefind = await import(location.origin + '/pagefind/pagefind.js');
      const text = await pagefind.search(${JSON.stringify(keyword)});
      return (await Promise.all(text.results.map((r) => r.data()))).map((d) => d.url);
    })()`)) as string[];
    // The one index holds the simplified pages: compare their twins' URLs on the traditional page.
    keywords.push([keyword, filed, text.map((u) => u.replace(/^\/zh-hans\//, `/${pageScript}/`))]);
  }
  let found = 0;
  let bareFirst = 0;
  let oursFirst = 0;
  for (const [keyword, , bare] of keywords) {
    const filed = [
      ...new Set(
        keywords.filter(([k]) => fold(k).includes(fold(keyword))).flatMap(([, urls]) => urls),
      ),
    ];
    const same = (a: string[]) => [...a].sort().join() === [...filed].sort().join();
    if (filed.every((u) => bare.includes(u))) found++;
    if (same(bare.slice(0, filed.length))) bareFirst++;
    await submitQuery(page, keyword);
    if (same((await showResults(page, filed.length)).slice(0, filed.length).map((r) => r.href)))
      oursFirst++;
  }
  console.log(`| ${pageScript} | ${keywords.length} | ${found} | ${bareFirst} | ${oursFirst} |`);
  await page.close();
}

// Bytes and time: a fresh browser context per combination, so nothing is cached. Bytes are the same in
// every round; times are medians over ROUNDS rounds (the machine is shared: see the load average).
const rounds = Number(process.env.ROUNDS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `\n## Bytes and time per query\n\nLoad average at start: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (${cpus().length} CPUs); times are medians over ${rounds} rounds.\n`,
);
console.log(
  '| page | query script | page load, bytes (gzip) | first query, bytes (gzip) | first query, ms | 9 more queries: bytes (gzip) | 9 more queries: median ms |',
);
console.log('|---|---|---|---|---|---|---|');
const details: string[] = [];
for (const pageScript of scripts) {
  for (const queryScript of scripts) {
    const firstMs: number[] = [];
    const restMs: number[] = [];
    let row = '';
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const counter = byteCounter(context);
      await openSearch(page, url, pageScript, {});
      await page.waitForTimeout(300); // let the last responses' events arrive
      const load = counter.read();
      const timed = async (q: string) => {
        counter.reset();
        const ms = await submitQuery(page, q);
        await page.waitForTimeout(150);
        return { ms, ...counter.read() };
      };
      const first = await timed(inScript(queries[0]!.q, queryScript));
      const rest = [];
      for (const { q } of queries.slice(1)) rest.push(await timed(inScript(q, queryScript)));
      firstMs.push(first.ms);
      restMs.push(...rest.map((r) => r.ms));
      if (round === 0) {
        const restBytes = rest.reduce((sum, r) => sum + r.bytes, 0);
        const restGzip = rest.reduce((sum, r) => sum + r.gzip, 0);
        row = `| ${pageScript} | ${queryScript} (${inScript(queries[0]!.q, queryScript)} …) | ${load.bytes} (${load.gzip}) | ${first.bytes} (${first.gzip}) | FIRST | ${restBytes} (${restGzip}) | REST |`;
        details.push(
          `${pageScript} page, ${queryScript} query: first query files: ${first.files.join(', ')}`,
        );
        const restScripts = rest.flatMap((r) => r.files).filter((f) => f.startsWith('/_astro/'));
        details.push(
          `${pageScript} page, ${queryScript} query: scripts loaded by the 9 more queries: ${restScripts.join(', ') || 'none'}`,
        );
        if (queryScript === 'zh-hans')
          details.push(`${pageScript} page load files: ${load.files.join(', ')}`);
      }
      await context.close();
    }
    console.log(
      row
        .replace('FIRST', String(Math.round(median(firstMs))))
        .replace('REST', `${Math.round(median(restMs))} ms`),
    );
  }
}
console.log('\n' + details.map((d) => `- ${d}`).join('\n'));

await browser.close();
server.close();
