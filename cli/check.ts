/**
 * npm run check [-- PATH...] [--sources DIR] [--raw DIR]
 *
 * Checks case and source files (default: content/cases and content/sources) and prints
 * every problem as `file:line · field · what is wrong · how to fix it`.
 * Exit code: 0 no problem, 1 problems found, 2 wrong usage (unknown option, missing path).
 * With GITHUB_ACTIONS=true, problems are also printed as annotations on the offending lines.
 */
import { commandLine } from './command-line.ts';
import { checkContentInParallel } from '../src/check/check-content.ts';
import { MissingPathError } from '../src/check/collect-files.ts';
import { reportLines } from '../src/check/report.ts';

const usage = `用法：npm run check [-- 路径...] [--sources 来源文件夹] [--raw 原始文本文件夹]
  路径        要检查的案例/来源文件或文件夹，默认 content/cases 和 content/sources
  --sources   来源文件夹（案例的 source 指向其中的文件），默认 content/sources
  --raw       原始文本文件夹（来源的 raw 指向其中的文件），默认与来源文件夹同级的 raw`;

const args = commandLine({ sources: { type: 'string' }, raw: { type: 'string' } }, usage, {
  allowPositionals: true,
});

try {
  // Large collections are checked on two threads; the result is the same.
  const result = await checkContentInParallel({
    paths: args.positionals,
    sourcesDir: args.values.sources,
    rawDir: args.values.raw,
  });
  for (const line of reportLines(result, { annotations: process.env.GITHUB_ACTIONS === 'true' }))
    console.log(line);
  process.exitCode = result.problems.length ? 1 : 0;
} catch (error) {
  // A missing path is the user's typo; anything else is a bug in the checker and keeps its stack.
  if (!(error instanceof MissingPathError)) throw error;
  console.error(`${error.message}\n${usage}`);
  process.exitCode = 2;
}
