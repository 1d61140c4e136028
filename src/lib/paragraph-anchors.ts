/**
 * Gives every body paragraph of a case a stable id (`p1`, `p2` …) and its
 * number, so that officials can cite 第3段 and link to it. The number is the
 * paragraph's position in the published text: ids never change when the site is
 * rebuilt, only if an editor inserts or removes a paragraph (recorded in the
 * case's history).
 *
 * Runs on the rendered HTML of the case body (Astro 7's Sätteri processor runs
 * no rehype plugins); case bodies are content-only MDX, so every `<p>` is a
 * top-level paragraph.
 */
export interface Paragraph {
  id: string;
  number: number;
  text: string;
}

export function anchorParagraphs(html: string): { html: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  const out = html.replace(/<p>([\s\S]*?)<\/p>/g, (_whole, inner: string) => {
    const number = paragraphs.length + 1;
    const id = `p${number}`;
    paragraphs.push({ id, number, text: inner.replace(/<[^>]+>/g, '') });
    return `<p id="${id}" data-para="${number}">${inner}</p>`;
  });
  return { html: out, paragraphs };
}
