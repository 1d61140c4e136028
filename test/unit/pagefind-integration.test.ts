import { afterEach, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pagefind from '../../src/integrations/pagefind.ts';

/** A tiny built site: one HTML file per [path, lang, body], and the dataset of its one case, `a`. */
function site(pages: [string, string, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
  for (const [path, lang, body] of pages) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`);
  }
  const a = { id: 'a', region: { province: '宁夏回族自治区', city: '银川市' }, keywords: ['审批改革'], year: 2025, sourceTitle: '宁夏典型案例', sourceDate: '2025-06-01' };
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/cases.json'), JSON.stringify({ cases: [a] }));
  return dir;
}
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function runBuildDone(dir: string) {
  const messages: string[] = [];
  const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m), error: (m: string) => messages.push(m) };
  const hook = pagefind().hooks['astro:build:done']!;
  await hook({ dir: pathToFileURL(`${dir}/`), logger, pages: [], assets: new Map() } as never);
  return messages;
}

const article = (text: string) => `<header>导航</header><article data-pagefind-body><h1>${text}</h1><p>${text}正文</p></article>`;

describe('the Pagefind integration', () => {
  test('writes one index per script and logs the page counts and the time', async () => {
    const dir = site([
      ['zh-hans/cases/a', 'zh-Hans', article('审批改革')],
      ['zh-hant/cases/a', 'zh-Hant', article('審批改革')],
      ['zh-hans', 'zh-Hans', '<p>首页</p>'],
    ]);
    dirs.push(dir);
    const messages = await runBuildDone(dir);
    expect(messages.at(-1)).toMatch(/^indexed zh-hans 1, zh-hant 1 case pages \(2 files read: only case pages\) in \d+ ms$/);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['zh-hans', 'zh-hant']);
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  test('writes a facet table per script, in that script, keyed by the fragment hash of each case page', async () => {
    const dir = site([
      ['zh-hans/cases/a', 'zh-Hans', article('审批改革')],
      ['zh-hant/cases/a', 'zh-Hant', article('審批改革')],
    ]);
    dirs.push(dir);
    const messages = await runBuildDone(dir);
    expect(messages).toContainEqual(expect.stringMatching(/^facet tables: zh-hans [\d.]+ KiB \([\d.]+ KiB unzipped\), zh-hant /));
    const fragments = readdirSync(join(dir, 'pagefind/fragment'));
    for (const [script, region] of [['zh-hans', '宁夏回族自治区'], ['zh-hant', '寧夏回族自治區']] as const) {
      const table = JSON.parse(gunzipSync(readFileSync(join(dir, `pagefind/facets-${script}.json.gz`))).toString('utf8'));
      expect(table.values.region).toEqual([region]);
      expect(table.values.date).toEqual(['2025-06-01']);
      const hash = table.prefix + table.pages[0];
      expect(fragments).toContain(`${hash}.pf_fragment`);
      const fragment = gunzipSync(readFileSync(join(dir, 'pagefind/fragment', `${hash}.pf_fragment`))).toString();
      expect(fragment).toContain(`"url":"/${script}/cases/a/"`);
    }
  });

  test('fails the build loudly when a script has no indexed page', async () => {
    const dir = site([['zh-hans/cases/a', 'zh-Hans', article('审批改革')]]);
    dirs.push(dir);
    const failure = await runBuildDone(dir).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('Failed to run Pagefind.');
    expect(String((failure as Error).cause)).toMatch(/no indexed page for zh-hant \(indexed: zh-hans 1, zh-hant 0\)/);
  });
});
