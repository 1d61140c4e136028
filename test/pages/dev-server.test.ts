/**
 * `astro dev` shows a change to a case at once, in both scripts: the body is
 * rendered again when its file changes (src/build/rendered-glob.ts keeps the
 * content layer's watcher), and the traditional page is converted from it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../cli/bench/workspace.ts';
import { loadToHant } from '../../src/i18n/convert.ts';
import { buildEnv } from '../support/astro-build.ts';
import { contentCases } from '../support/content.ts';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dev-server-'));
let server: ChildProcess | undefined;
let origin = '';

beforeAll(async () => {
  copyProject(root, dir);
  const port = 43000 + Math.floor(Math.random() * 2000);
  server = spawn(
    process.execPath,
    [
      join(dir, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: dir,
      env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`astro dev did not start:\n${output}`)),
      120_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // The port Astro took (the next free one if ours was taken).
      const found = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${found[1]}`);
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.once('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
}, 150_000);

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** The page's HTML once it contains `text`, fetched again until it does (or a minute passes). */
async function pageOnceItShows(path: string, text: string): Promise<string> {
  const until = Date.now() + 60_000;
  let html = '';
  while (Date.now() < until) {
    html = await (await fetch(`${origin}${path}`)).text();
    if (html.includes(text)) return html;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return html;
}

describe('the dev server', () => {
  test('shows a changed case body at once, in simplified and in traditional script', async () => {
    const { id } = contentCases()[0]!;
    const added = '开发服务器立即显示这段新增的说明文字。';
    const before = await (await fetch(`${origin}/zh-hans/cases/${id}/`)).text();
    expect(before).not.toContain(added);
    appendFileSync(join(dir, 'content/cases', `${id}.mdx`), `\n${added}\n`);
    expect(await pageOnceItShows(`/zh-hans/cases/${id}/`, added)).toContain(added);
    const traditional = (await loadToHant())(added);
    expect(await pageOnceItShows(`/zh-hant/cases/${id}/`, traditional)).toContain(traditional);
  }, 150_000);
});
