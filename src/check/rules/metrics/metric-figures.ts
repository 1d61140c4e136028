/**
 * A metric is a figure a reader compares, as published: its unit follows its
 * number in the quote (`794件`, `1617.07万元`, `2.6万次`), and it is not a
 * year, a month, an ordinal, an issue number or a law article (`2025年`,
 * `6月`, `第3期`, `2022版`), which the importer's drafts sometimes take for
 * figures. Durations are figures: `3日内`, `2个工作日`.
 * (metric-quotes.ts checks that the quote is in the body and holds the value.)
 */
import { isRecord, problemAt, type FileRule } from '../../rule.ts';
import type { Problem } from '../../problem.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A number directly followed by the unit; 余/多 may come between (`8000余份`, `2.6万余次`). */
function unitFollowsNumber(quote: string, unit: string): boolean {
  const wan = /^万(.+)$/.exec(unit);
  const pattern = wan ? `万(?:余|多)?${escape(wan[1]!)}` : escape(unit);
  return new RegExp(`\\d(?:余|多)?${pattern}`).test(quote);
}

/** Why a figure is not a metric, or undefined. */
function notAFigure(value: number, unit: string, quote: string): string | undefined {
  if (unit === '年' || (unit === '' && Number.isInteger(value) && value >= 1900 && value <= 2100))
    return `${value}${unit}是年份`;
  if (unit === '月') return `${value}${unit}是月份`;
  if (unit === '期' || unit === '版') return `${value}${unit}是期数或版次`;
  if (unit === '条款') return `${value}${unit}是法条序号`;
  if (quote.includes(`第${value}`)) return `“第${value}”是序号`;
  return undefined;
}

export const metricFigureProblems: FileRule = (file) => {
  const metrics = isRecord(file.data) && Array.isArray(file.data.metrics) ? file.data.metrics : [];
  const problems: Problem[] = [];
  metrics.forEach((metric, i) => {
    if (!isRecord(metric)) return;
    const { value, unit, quote } = metric;
    if (typeof value !== 'number' || typeof unit !== 'string' || typeof quote !== 'string') return; // the schema reports it
    const reason = notAFigure(value, unit, quote);
    if (reason) {
      problems.push(
        problemAt(
          file,
          ['metrics', i],
          `${reason}，不是读者会比较的数字`,
          '删除这一项：数字一览只收次数、数量、金额、时限、比例等可比较的数字',
        ),
      );
    } else if (unit !== '' && quote.includes(String(value)) && !unitFollowsNumber(quote, unit)) {
      problems.push(
        problemAt(
          file,
          ['metrics', i, 'unit'],
          `单位“${unit}”没有紧跟在摘录“${quote}”的数字后面`,
          'unit 写摘录中紧跟数字的单位（794件 → 件，35.86% → "%"）；数字后面没有单位时写 ""',
        ),
      );
    }
  });
  return problems;
};
