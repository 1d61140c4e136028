/**
 * Which paragraph of a case a verbatim quote (a metric's `quote`) comes from, so that the case
 * page, the numbers page and the dataset link each figure to `/{script}/cases/{id}/#pN`. The one
 * rule, whether the paragraphs come from the Markdown body (src/model/body-blocks.ts) or from the
 * rendered page (src/site/paragraph-anchors.ts): the first paragraph containing the quote, spacing
 * ignored (an editor may wrap lines or add spaces around numbers).
 */
import { bodyBlocks } from './body-blocks.ts';

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The first of `paragraphs` whose text contains `quote` (whitespace ignored), if any. */
export function paragraphHolding<P extends { text: string }>(
  paragraphs: readonly P[],
  quote: string,
): P | undefined {
  const wanted = squeeze(quote);
  if (!wanted) return undefined;
  return paragraphs.find((p) => squeeze(p.text).includes(wanted));
}

/** The number of the body paragraph containing `quote`, or undefined when none does. */
export function metricParagraph(body: string, quote: string): number | undefined {
  const paragraphs = bodyBlocks(body).filter((block) => block.kind === 'paragraph');
  return paragraphHolding(paragraphs, quote)?.number;
}
