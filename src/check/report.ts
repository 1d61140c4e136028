/** The checker's report, as printed by `npm run check` and thrown by the build. */
import { formatAnnotation, formatProblem } from './problem.ts';
import type { CheckResult } from './check-content.ts';

export const summaryLine = ({ problems, caseCount, sourceCount }: CheckResult): string =>
  problems.length
    ? `✗ 发现 ${problems.length} 个问题（已检查 ${caseCount} 个案例、${sourceCount} 个来源）；改正后再运行 npm run check`
    : `✓ 已检查 ${caseCount} 个案例、${sourceCount} 个来源，未发现问题`;

/** Lines to print: one per problem, then the summary. With `annotations`, GitHub annotations follow. */
export function reportLines(result: CheckResult, { annotations = false } = {}): string[] {
  return [
    ...result.problems.map(formatProblem),
    summaryLine(result),
    ...(annotations ? result.problems.map(formatAnnotation) : []),
  ];
}
