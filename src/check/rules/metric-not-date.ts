/**
 * A metric is a figure a reader compares, never a date, a year, an ordinal or a version:
 * no unit 年/月/期/版/条/款, no bare year (2025 without a unit), no `第32条`.
 */
import { isRecord, problemAt, type FileRule } from '../rule.ts';
import type { Problem } from '../problem.ts';

const notUnits = new Set(['年', '月', '期', '版', '条款', '款', '届', '号']);

export const metricNotDateProblems: FileRule = (file) => {
  if (file.kind !== 'case' || !isRecord(file.data) || !Array.isArray(file.data.metrics)) return [];
  const problems: Problem[] = [];
  file.data.metrics.forEach((metric, i) => {
    if (!isRecord(metric)) return;
    const { value, unit, quote } = metric;
    const fix = '日期、年份、序号（第N条、第N期、第N批）和版本号不是可比较的数字：删除这一项';
    if (typeof unit === 'string' && notUnits.has(unit))
      problems.push(problemAt(file, ['metrics', i, 'unit'], `单位“${unit}”表示日期或序号`, fix));
    else if (typeof value === 'number' && value >= 1900 && value <= 2100 && unit === '')
      problems.push(problemAt(file, ['metrics', i, 'value'], `${value} 没有单位，是年份`, fix));
    else if (typeof value === 'number' && typeof quote === 'string' && quote.includes(`第${value}`))
      problems.push(
        problemAt(
          file,
          ['metrics', i, 'value'],
          `摘录“${quote}”中的 ${value} 是序号（第${value}）`,
          fix,
        ),
      );
  });
  return problems;
};
