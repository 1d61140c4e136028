/**
 * An approximate figure says so where it stands: the word a metric's `approx` names (`余` for
 * `2300余台`, `超` for `超60万元`) is in its quote. (metric-figures.ts checks the unit.)
 */
import { isRecord, problemAt, type FileRule } from '../../rule.ts';
import type { Problem } from '../../problem.ts';

export const metricApproxProblems: FileRule = (file) => {
  if (file.kind !== 'case' || !isRecord(file.data) || !Array.isArray(file.data.metrics)) return [];
  const problems: Problem[] = [];
  file.data.metrics.forEach((metric, i) => {
    if (!isRecord(metric) || typeof metric.quote !== 'string') return;
    const { quote, approx } = metric;
    if (typeof approx === 'string' && !quote.includes(approx))
      problems.push(
        problemAt(
          file,
          ['metrics', i, 'approx'],
          `摘录“${quote}”中没有表示约数的“${approx}”`,
          '数字在原文中是约数时，摘录要含这个字（如 2300余台、超60万元）；不是约数就删除 approx',
        ),
      );
  });
  return problems;
};
