/**
 * A metric's unit is the one the quote writes right after the number (`794件` → 件, `28万余户` →
 * 万户, `2300余台` → 台), and an approximation word it claims (`approx: 余`) is in the quote.
 */
import { isRecord, problemAt, type FileRule } from '../rule.ts';
import type { Problem } from '../problem.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `万户` may be written `万余户` or `万多户`; any unit may follow 余 or 多. */
function unitPattern(unit: string): RegExp {
  const u = /^万(.+)$/.exec(unit);
  const body = u ? `万(?:余|多)?${escape(u[1]!)}` : escape(unit);
  return new RegExp(`\\d(?:余|多)?${body}`);
}

export const metricUnitProblems: FileRule = (file) => {
  if (file.kind !== 'case' || !isRecord(file.data) || !Array.isArray(file.data.metrics)) return [];
  const problems: Problem[] = [];
  file.data.metrics.forEach((metric, i) => {
    if (!isRecord(metric) || typeof metric.quote !== 'string') return;
    const { quote, unit, approx } = metric;
    if (typeof unit === 'string' && unit !== '' && !unitPattern(unit).test(quote))
      problems.push(
        problemAt(
          file,
          ['metrics', i, 'unit'],
          `摘录“${quote}”中没有紧跟在数字后的单位“${unit}”`,
          'unit 写原文中紧跟数字的单位（如 件、万元、个工作日、%）；或换一段含这个数字和单位的摘录',
        ),
      );
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
