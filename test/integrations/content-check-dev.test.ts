/**
 * `astro dev` checks the content at start, and again whenever a case or
 * source changes, logging the same messages as `npm run check` while it keeps
 * serving. Started for real on a copy of the project: a case is broken, the
 * problem appears in the server's log; it is fixed, the check passes again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startAstroDev, type DevServer } from '../support/astro-dev.ts';
import { repoRoot } from '../check/fixtures.ts';

let server: DevServer;

beforeAll(async () => {
  server = await startAstroDev(repoRoot);
  await server.logged(/✓ 已检查 \d+ 个案例、\d+ 个来源，未发现问题/);
}, 150_000);

afterAll(() => server?.stop());

describe('astro dev', () => {
  test('re-checks a case when it changes, logs its problem with file, line and fix, and keeps serving', async () => {
    const file = join(server.dir, 'content/cases/nx-2025-01.mdx');
    const original = readFileSync(file, 'utf8');
    expect(original).toContain('code: "640500"');

    const before = server.log().length;
    writeFileSync(file, original.replace('code: "640500"', 'code: "640100"'));
    const problem = await server.logged(/nx-2025-01\.mdx:\d+ · region\.code · [^\n]*/, before);
    expect(problem).toMatch(/行政区划代码“640100”与“中卫市”不符 · 应为 "640500"/);
    await server.logged(/✗ 发现 1 个问题/, before);

    const response = await fetch(`${server.origin}/zh-hans/`);
    expect(response.status).toBe(200);

    const broken = server.log().length;
    writeFileSync(file, original);
    await server.logged(/✓ 已检查 \d+ 个案例、\d+ 个来源，未发现问题/, broken);
  }, 120_000);
});
