/**
 * The rows of the numbers page: every metric of every case, grouped by kind
 * (in the order of `metricKinds`), each with the paragraph its quote is in.
 */
import { metricKinds, type Metric, type Region } from '../model/schema/case.ts';
import { metricParagraph } from '../model/quote-paragraph.ts';
import { figureParts, type FigureParts } from '../model/schema/metric-figure.ts';

export interface MetricCase {
  id: string;
  body?: string;
  data: {
    title: string;
    region: Region;
    metrics: Metric[];
  };
}

export interface MetricRow extends Metric {
  caseId: string;
  caseTitle: string;
  region: string;
  /** Number of the body paragraph holding the quote (`#pN`), if found. */
  paragraph?: number;
  /** The figure as published, an approximation's word in its place (`2300余`, `台`). */
  figure: FigureParts;
}

export interface MetricGroup {
  kind: (typeof metricKinds)[number];
  rows: MetricRow[];
}

/** Groups the metrics of `cases` (in the order given) by kind; kinds without metrics are kept, empty. */
export function metricGroups(cases: readonly MetricCase[]): MetricGroup[] {
  const rows = cases.flatMap((c) =>
    c.data.metrics.map((m): MetricRow => ({
      ...m,
      caseId: c.id,
      caseTitle: c.data.title,
      region: [c.data.region.province, c.data.region.city, c.data.region.county]
        .filter(Boolean)
        .join(' '),
      paragraph: metricParagraph(c.body ?? '', m.quote),
      figure: figureParts(m),
    })),
  );
  return metricKinds.map((kind) => ({ kind, rows: rows.filter((r) => r.kind === kind) }));
}
