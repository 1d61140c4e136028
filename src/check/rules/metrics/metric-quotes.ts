/**
 * Every figure is backed by the published words: its quote appears verbatim in the body,
 * and the quote contains the value as written (35.86 → "35.86", 20000 → "20000").
 */
import { isRecord, problemAt, type FileRule } from '../../rule.ts';
import type { Problem } from '../../problem.ts';

export const metricQuoteProblems: FileRule = (file) => {
  const metrics = isRecord(file.data) && Array.isArray(file.data.metrics) ? file.data.metrics : [];
  const problems: Problem[] = [];
  metrics.forEach((metric, i) => {
    if (!isRecord(metric) || typeof metric.quote !== 'string' || metric.quote.length === 0) return;
    const { quote, value } = metric;
    if (!file.body.includes(quote)) {
      problems.push(
        problemAt(
          file,
          ['metrics', i, 'quote'],
          `摘录“${quote}”在正文中找不到`,
          '从正文原样复制含这个数字的短语（字、标点、空格都要一致），或先改正正文',
        ),
      );
    }
    if (typeof value === 'number' && !quote.includes(String(value))) {
      problems.push(
        problemAt(
          file,
          ['metrics', i, 'value'],
          `数值 ${value} 没有出现在摘录“${quote}”中`,
          '把 value 改成摘录里的数字，写法与原文一致（35.86% → 35.86）；或换一段含这个数字的摘录',
        ),
      );
    }
  });
  return problems;
};
