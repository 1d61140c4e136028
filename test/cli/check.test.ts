import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { fixtures, repoRoot } from '../check/fixtures.ts';

/** Runs `node cli/check.ts` as `npm run check` does. */
const check = (args: string[], env: Record<string, string> = {}) => {
  const run = spawnSync(
    process.execPath,
    ['cli/check.ts', ...args, '--sources', `${fixtures}/sources`],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('npm run check', () => {
  test('exits 0 with a summary when there is no problem', () => {
    const { code, stdout } = check([`${fixtures}/valid`, `${fixtures}/sources`]);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "✓ 已检查 1 个案例、1 个来源，未发现问题
      "
    `);
  });

  test('exits 1 with every problem and a count line', () => {
    const { code, stdout } = check([`${fixtures}/metric-quote`]);
    expect(code).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "test/fixtures/check/metric-quote/nx-2025-01.mdx:13 · metrics[0].value · 数值 35.86 没有出现在摘录“检查频次同比下降35.8%”中 · 把 value 改成摘录里的数字，写法与原文一致（35.86% → 35.86）；或换一段含这个数字的摘录
      test/fixtures/check/metric-quote/nx-2025-01.mdx:15 · metrics[0].quote · 摘录“检查频次同比下降35.8%”在正文中找不到 · 从正文原样复制含这个数字的短语（字、标点、空格都要一致），或先改正正文
      test/fixtures/check/metric-quote/nx-2025-01.mdx:18 · metrics[1].value · 数值 795 没有出现在摘录“减轻处罚案件794件”中 · 把 value 改成摘录里的数字，写法与原文一致（35.86% → 35.86）；或换一段含这个数字的摘录
      ✗ 发现 3 个问题（已检查 1 个案例、0 个来源）；改正后再运行 npm run check
      "
    `);
  });

  test('prints GitHub annotations on the offending lines when run in GitHub Actions', () => {
    const { code, stdout } = check([`${fixtures}/region`], { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    expect(stdout.split('\n').filter((l) => l.startsWith('::'))).toMatchInlineSnapshot(`
      [
        "::error file=test/fixtures/check/region/nx-2025-01.mdx,line=7,title=region.code::行政区划代码“640100”与“中卫市”不符 · 应为 "640500"",
      ]
    `);
  });

  test('exits 2 on a path that does not exist', () => {
    const { code, stderr } = check(['content/no-such-folder']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatchInlineSnapshot(`"路径不存在：content/no-such-folder"`);
  });
});
