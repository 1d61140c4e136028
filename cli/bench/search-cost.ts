/**
 * Search cost per query, in Chromium, on a built site served over HTTP:
 * bytes transferred (headers and bodies) and milliseconds until the results
 * are on screen. `page` mode drives the site's own search page (type the
 * query, submit, wait until the page marks the search done, which includes
 * drawing the first results); `pagefind` mode calls pagefind.js directly
 * (search, then load the first 10 results), for a site without a search page.
 * Loading the index (wasm, metadata) is reported apart as `initKiB`.
 */
import { readFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../harness/browser.ts';
import { serveDist } from '../harness/server.ts';
import { transferredBytes } from '../harness/transfer.ts';

/**
 * The bench's queries: those of a JSON list (`[{"q": …}]`), by default the public queries
 * (test/fixtures/public-queries.json) and three common words that match many cases, the
 * expensive end of real use.
 */
export function benchQueries(file?: string): string[] {
  const list = file ?? new URL('../../test/fixtures/public-queries.json', import.meta.url);
  return [
    ...(JSON.parse(readFileSync(list, 'utf8')) as { q: string }[]).map((entry) => entry.q),
    ...(file ? [] : ['营商环境', '涉企检查', '行政处罚']),
  ];
}

export interface SearchCost {
  initKiB: number;
  /** Median over the queries. */
  kibPerQuery: number;
  msPerQuery: number;
  perQuery: { q: string; kib: number; ms: number; byKind: Record<string, number> }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** What a requested file is: a Pagefind file (`index`, `fragment` …), a chunk of the gram index (`gram`), or its extension. */
const kindOf = (path: string) =>
  path.includes('/pagefind/grams/')
    ? 'gram'
    : (/\.pf_(\w+)$/.exec(path)?.[1] ?? path.split('.').pop() ?? '');

/** Tags every request with the phase it started in, and sums the bytes of a phase. */
function meter(page: Page) {
  let phase = 'init';
  const requests: { phase: string; kind: string; bytes: Promise<number> }[] = [];
  page.on('request', (request: Request) => {
    requests.push({
      phase,
      kind: kindOf(new URL(request.url()).pathname),
      bytes: transferredBytes(request),
    });
  });
  return {
    start: (next: string) => (phase = next),
    kib: async (of: string) =>
      (await Promise.all(requests.filter((r) => r.phase === of).map((r) => r.bytes))).reduce(
        (a, b) => a + b,
        0,
      ) / 1024,
    /** KiB per kind of file (index, fragment, filter, js …) and request counts, of a phase. */
    byKind: async (of: string) => {
      const out: Record<string, number> = {};
      for (const r of requests.filter((r) => r.phase === of)) {
        out[r.kind] = Math.round(((out[r.kind] ?? 0) + (await r.bytes) / 1024) * 10) / 10;
        out[`${r.kind}#`] = (out[`${r.kind}#`] ?? 0) + 1;
      }
      return out;
    },
  };
}

export async function searchCost(
  distDir: string,
  queries: string[],
  mode: 'page' | 'pagefind',
): Promise<SearchCost> {
  const { server, url } = await serveDist(distDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const bytes = meter(page);
    if (mode === 'page') {
      await page.goto(`${url}/zh-hans/search/`);
      await page.waitForFunction(
        () => {
          const root = document.querySelector<HTMLElement>('[data-search]');
          return root?.dataset.ready === 'true' && root.dataset.searched !== undefined;
        },
        undefined,
        { timeout: 120_000 },
      );
    } else {
      await page.goto(`${url}/`);
      await page.evaluate(async () => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        await pagefind.init();
        (window as unknown as { pagefind: unknown }).pagefind = pagefind;
      });
    }
    await page.waitForLoadState('networkidle');
    const initKiB = await bytes.kib('init');

    const perQuery: SearchCost['perQuery'] = [];
    for (const q of queries) {
      bytes.start(q);
      const ms =
        mode === 'page'
          ? await page.evaluate(async (query) => {
              const root = document.querySelector<HTMLElement>('[data-search]')!;
              const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
              const started = performance.now();
              form.querySelector<HTMLInputElement>('input[name="q"]')!.value = query;
              // The page clears data-searched when a search starts and sets it to the state's query string once drawn.
              const drawn = () =>
                root.dataset.searched !== undefined &&
                new URLSearchParams(root.dataset.searched).get('q') === query;
              const done = new Promise<void>((resolve) => {
                const observer = new MutationObserver(() => {
                  if (drawn()) {
                    observer.disconnect();
                    resolve();
                  }
                });
                observer.observe(root, { attributes: true, attributeFilter: ['data-searched'] });
              });
              form.requestSubmit();
              await done;
              return performance.now() - started;
            }, q)
          : await page.evaluate(async (query) => {
              type Api = {
                search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
              };
              const pagefind = (window as unknown as { pagefind: Api }).pagefind;
              const started = performance.now();
              const response = await pagefind.search(query);
              await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
              return performance.now() - started;
            }, q);
      await page.waitForLoadState('networkidle');
      perQuery.push({
        q,
        kib: Math.round((await bytes.kib(q)) * 10) / 10,
        ms: Math.round(ms),
        byKind: await bytes.byKind(q),
      });
    }
    return {
      initKiB,
      kibPerQuery: median(perQuery.map((p) => p.kib)),
      msPerQuery: median(perQuery.map((p) => p.ms)),
      perQuery,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
