import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import contentCheck, { ContentCheckError } from '../../src/integrations/content-check.ts';
import { problemsFirst } from '../../src/build/content-check-run.ts';
import { fixtures, repoRoot } from '../check/fixtures.ts';

/** Calls the integration's `astro:config:setup` hook as Astro would, with the fixtures folder as the project root. */
function setup(paths: string[], command: 'build' | 'dev' | 'sync') {
  const logged: string[] = [];
  const log = (level: string) => (message: string) => logged.push(`${level}: ${message}`);
  const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') };
  const { hooks } = contentCheck({ paths, sourcesDir: 'sources' });
  const config = { root: pathToFileURL(`${repoRoot}${fixtures}/`) };
  // A build starts the check when the config is set up (the content is synced meanwhile) and waits for it
  // when the build starts.
  const run = async () => {
    await hooks['astro:config:setup']!({ config, command, logger } as never);
    if (command === 'build') await hooks['astro:build:start']!({ logger } as never);
  };
  return { run, logged };
}

describe('the content-check integration', () => {
  test('stops the build with the same messages as npm run check', async () => {
    await expect(setup(['metric-quote'], 'build').run()).rejects
      .toThrowErrorMatchingInlineSnapshot(`
      [ContentCheckError: 内容检查未通过，网站不会构建。请改正以下问题（也可运行 npm run check 查看）：
      metric-quote/nx-2025-01.mdx:13 · metrics[0].value · 数值 35.86 没有出现在摘录“检查频次同比下降35.8%”中 · 把 value 改成摘录里的数字，写法与原文一致（35.86% → 35.86）；或换一段含这个数字的摘录
      metric-quote/nx-2025-01.mdx:15 · metrics[0].quote · 摘录“检查频次同比下降35.8%”在正文中找不到 · 从正文原样复制含这个数字的短语（字、标点、空格都要一致），或先改正正文
      metric-quote/nx-2025-01.mdx:18 · metrics[1].value · 数值 795 没有出现在摘录“减轻处罚案件794件”中 · 把 value 改成摘录里的数字，写法与原文一致（35.86% → 35.86）；或换一段含这个数字的摘录
      ✗ 发现 3 个问题（已检查 1 个案例、0 个来源）；改正后再运行 npm run check]
    `);
  });

  test('stops the build on an unfinished import draft: its placeholders and unresolved notes', async () => {
    const error = await Promise.resolve(setup(['unfinished'], 'build').run()).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('title · 还是占位“TODO-填写标题');
    expect(message).toContain('year · 还是占位“TODO-填写年份');
    expect(message).toContain('notes[0].resolved · 导入时发现的问题还没有处理');
  });

  test("reports its problems, not the content sync's error, when the sync fails on content it refuses", async () => {
    const { hooks } = contentCheck({ paths: ['metric-quote'], sourcesDir: 'sources' });
    const logger = { info: () => undefined, error: () => undefined };
    const config = { root: pathToFileURL(`${repoRoot}${fixtures}/`) };
    await hooks['astro:config:setup']!({ config, command: 'build', logger } as never);
    const sync = () => Promise.reject(new Error('the content sync failed'));
    await expect(problemsFirst(sync)).rejects.toThrow(
      /内容检查未通过[^]*metric-quote\/nx-2025-01\.mdx:13/,
    );
    await expect(hooks['astro:build:start']!({ logger } as never)).rejects.toThrow(
      ContentCheckError,
    );
    // Without problems, or without a running check, the sync's own error stands.
    await expect(problemsFirst(sync)).rejects.toThrow('the content sync failed');
  });

  test('lets the build go on when the content is valid', async () => {
    const { run, logged } = setup(['valid', 'sources'], 'build');
    await run();
    expect(logged).toMatchInlineSnapshot(`
      [
        "info: ✓ 已检查 1 个案例、1 个来源，未发现问题",
      ]
    `);
  });

  test('logs the problems when astro dev starts, instead of stopping (the re-check on change: content-check-dev.test.ts)', async () => {
    const { run, logged } = setup(['region'], 'dev');
    await run();
    expect(logged).toMatchInlineSnapshot(`
      [
        "error: region/nx-2025-01.mdx:7 · region.code · 行政区划代码“640100”与“中卫市”不符 · 应为 "640500"
      ✗ 发现 1 个问题（已检查 1 个案例、0 个来源）；改正后再运行 npm run check",
      ]
    `);
  });

  test('does nothing for astro sync, which astro check runs', async () => {
    const { run, logged } = setup(['region'], 'sync');
    await run();
    expect(logged).toEqual([]);
  });
});
