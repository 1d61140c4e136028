/**
 * `astro dev` shows a change to a case at once, in both scripts: the body is
 * rendered again when its file changes (src/build/rendered-glob.ts keeps the
 * content layer's watcher), and the traditional page is converted from it.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadToHant } from '../../src/i18n/convert.ts';
import { startAstroDev, type DevServer } from '../support/astro-dev.ts';
import { contentCases } from '../support/content.ts';

const root = new URL('../..', import.meta.url).pathname;
let server: DevServer;

beforeAll(async () => {
  server = await startAstroDev(root);
}, 150_000);

afterAll(() => server?.stop());

/** The page's HTML once it contains `text`, fetched again until it does (or a minute passes). */
async function pageOnceItShows(path: string, text: string): Promise<string> {
  const until = Date.now() + 60_000;
  let html = '';
  while (Date.now() < until) {
    html = await (await fetch(`${server.origin}${path}`)).text();
    if (html.includes(text)) return html;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return html;
}

describe('the dev server', () => {
  test('shows a changed case body at once, in simplified and in traditional script', async () => {
    const { id } = contentCases()[0]!;
    const added = '开发服务器立即显示这段新增的说明文字。';
    const before = await (await fetch(`${server.origin}/zh-hans/cases/${id}/`)).text();
    expect(before).not.toContain(added);
    appendFileSync(join(server.dir, 'content/cases', `${id}.mdx`), `\n${added}\n`);
    expect(await pageOnceItShows(`/zh-hans/cases/${id}/`, added)).toContain(added);
    const traditional = (await loadToHant())(added);
    expect(await pageOnceItShows(`/zh-hant/cases/${id}/`, traditional)).toContain(traditional);
  }, 150_000);
});
