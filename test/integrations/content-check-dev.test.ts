/**
 * `astro dev` checks the content at start, and again whenever a case or
 * source changes, logging the same messages as `npm run check` while it keeps
 * serving. Started for real on a copy of the project: a case is broken, the
 * problem appears in the server's log; it is fixed, the check passes again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../cli/bench/workspace.ts';
import { buildEnv } from '../support/astro-build.ts';
import { repoRoot } from '../check/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'content-check-dev-'));
let server: ChildProcess | undefined;
let log = '';
let port = 0;

/** A free TCP port on localhost. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Waits until the server's log, from `from` on, matches `pattern`. */
async function logged(pattern: RegExp, from = 0, timeout = 60_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const match = pattern.exec(log.slice(from));
    if (match) return match[0];
    if (server?.exitCode !== null && server?.exitCode !== undefined)
      throw new Error(`astro dev exited (${server.exitCode}):\n${log.slice(-2000)}`);
    if (Date.now() - started > timeout)
      throw new Error(`astro dev did not log ${pattern} in ${timeout} ms:\n${log.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const strip = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

beforeAll(async () => {
  copyProject(repoRoot, dir);
  port = await freePort();
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
    { cwd: dir, env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  for (const stream of [server.stdout!, server.stderr!])
    stream.on('data', (chunk: Buffer) => (log += strip(chunk.toString('utf8'))));
  await logged(/✓ 已检查 \d+ 个案例、\d+ 个来源，未发现问题/);
  // Ready once it serves a page (the content is synced by then).
  for (const started = Date.now(); ;) {
    const status = await fetch(`http://127.0.0.1:${port}/zh-hans/`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() - started > 90_000)
      throw new Error(`astro dev did not serve:\n${log.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('astro dev', () => {
  test('re-checks a case when it changes, logs its problem with file, line and fix, and keeps serving', async () => {
    const file = join(dir, 'content/cases/nx-2025-01.mdx');
    const original = readFileSync(file, 'utf8');
    expect(original).toContain('code: "640500"');

    const before = log.length;
    writeFileSync(file, original.replace('code: "640500"', 'code: "640100"'));
    const problem = await logged(/nx-2025-01\.mdx:\d+ · region\.code · [^\n]*/, before);
    expect(problem).toMatch(/行政区划代码“640100”与“中卫市”不符 · 应为 "640500"/);
    await logged(/✗ 发现 1 个问题/, before);

    const response = await fetch(`http://127.0.0.1:${port}/zh-hans/`);
    expect(response.status).toBe(200);

    const broken = log.length;
    writeFileSync(file, original);
    await logged(/✓ 已检查 \d+ 个案例、\d+ 个来源，未发现问题/, broken);
  }, 120_000);
});
