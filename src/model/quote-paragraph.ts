/**
 * Finds the paragraph of a case body that a metric's quote comes from, so the
 * numbers page can link each figure to `/{script}/cases/{id}/#pN`.
 * Paragraph numbers are those of src/model/body-blocks.ts, which match the ids
 * src/site/paragraph-anchors.ts gives the rendered paragraphs.
 */
import { bodyBlocks } from './body-blocks.ts';

/** Ignores spacing differences between the quote and the paragraph. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The number of the first paragraph containing `quote`, or undefined when no paragraph does. */
export function metricParagraph(body: string, quote: string): number | undefined {
  const wanted = squeeze(quote);
  for (const block of bodyBlocks(body)) {
    if (block.kind === 'paragraph' && squeeze(block.text).includes(wanted)) return block.number;
  }
  return undefined;
}

/** The paragraph anchor (`p3`) of a metric's quote, or undefined. */
export function metricAnchor(body: string, quote: string): string | undefined {
  const number = metricParagraph(body, quote);
  return number === undefined ? undefined : `p${number}`;
}
