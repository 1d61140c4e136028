/**
 * The content check of a running `astro build`. The check's threads start when
 * the config is set up, and the build waits for them when it starts
 * (`astro:build:start`, after the content sync): at 10,000 cases the check and
 * the sync each take seconds, on different threads. If the sync fails first,
 * on content the check refuses, the loader reports the check's problems
 * instead of the sync's error (`problemsFirst`), so a contributor still gets
 * the file, line, field and fix, in Chinese.
 *
 * The integration (src/integrations/content-check.ts) and the content loader
 * (src/build/rendered-glob.ts) live in different module graphs, so the running
 * check is kept on `globalThis`.
 */
import type { CheckResult } from '../check/check-content.ts';
import { reportLines } from '../check/report.ts';

/** The error the build stops with; its message is the checker's report. */
export class ContentCheckError extends Error {
  constructor(result: CheckResult) {
    super(
      [
        '内容检查未通过，网站不会构建。请改正以下问题（也可运行 npm run check 查看）：',
        ...reportLines(result),
      ].join('\n'),
    );
    this.name = 'ContentCheckError';
    // The stack would point into the checker, not at the content: the report says everything.
    this.stack = `${this.name}: ${this.message}`;
  }
}

const key = Symbol.for('typical-cases.content-check-run');
type WithRun = typeof globalThis & { [key]?: Promise<CheckResult> };
const global = globalThis as WithRun;

/** Registers the build's check, running. */
export function startCheckRun(run: Promise<CheckResult>): void {
  // Awaited later (finishCheckRun); until then, a failure is not unhandled.
  run.catch(() => undefined);
  global[key] = run;
}

/** Waits for the build's check: its result, or the ContentCheckError of its problems. */
export async function finishCheckRun(): Promise<CheckResult | undefined> {
  const run = global[key];
  delete global[key];
  if (!run) return undefined;
  const result = await run;
  if (result.problems.length) throw new ContentCheckError(result);
  return result;
}

/** Runs `work` (the content sync); if it fails while the build's check finds problems, those are the error. */
export async function problemsFirst<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const result = await global[key]?.catch(() => undefined);
    if (result?.problems.length) throw new ContentCheckError(result);
    throw error;
  }
}
