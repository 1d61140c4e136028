/**
 * Gives every body paragraph of a case a stable id (`p1`, `p2` …) and its
 * number, so that officials can cite 第3段 and link to it. The number is the
 * paragraph's position in the published text: ids never change when the site is
 * rebuilt, only if an editor inserts or removes a paragraph (recorded in the
 * case's history).
 *
 * Each paragraph is also a sub-result in the search index (its id and a
 * `data-pagefind-title` of 第N段), so search results can link to it.
 *
 * Each paragraph starts with a small link to itself, showing 第N段 on hover or
 * focus; the page's script turns a click on it into "copy the paragraph's
 * link". Without JavaScript it is a plain link, which puts the paragraph's
 * address in the address bar. With `report`, a second link follows it, shown
 * with it: 报告此段错误, to the issue form filled in with the paragraph.
 *
 * Runs on the rendered HTML of the case body (Astro 7's Sätteri processor runs
 * no rehype plugins); case bodies are content-only MDX, so every `<p>` is a
 * top-level paragraph.
 */
export interface Paragraph {
  id: string;
  number: number;
  /** The paragraph's text, without tags, entities decoded. */
  text: string;
}

export interface AnchorLabels {
  /** Visible marker, e.g. `(n) => \`第${n}段\``. */
  marker: (n: number) => string;
  /** Accessible name of the link, e.g. `(n) => \`复制第${n}段链接\``. It must contain the marker (WCAG 2.5.3). */
  copyLink: (n: number) => string;
  /** What the page announces once the link is copied, e.g. `(n) => \`已复制第${n}段链接\``. */
  copied: (n: number) => string;
  /** The paragraph's 报告此段错误 link: its text, its accessible name (containing the text) and its address. */
  report?: { text: string; label: (n: number) => string; href: (id: string) => string };
}

const defaultLabels: AnchorLabels = {
  marker: (n) => `第${n}段`,
  copyLink: (n) => `复制第${n}段链接`,
  copied: (n) => `已复制第${n}段链接`,
};

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The text of an HTML fragment: tags removed, the common entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name] ?? whole;
    });
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function anchorParagraphs(
  html: string,
  labels: AnchorLabels = defaultLabels,
): { html: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  const out = html.replace(/<p>([\s\S]*?)<\/p>/g, (_whole, inner: string) => {
    const number = paragraphs.length + 1;
    const id = `p${number}`;
    paragraphs.push({ id, number, text: htmlToText(inner) });
    const link =
      `<a class="para-link" href="#${id}" aria-label="${escapeAttribute(labels.copyLink(number))}" ` +
      `data-copied="${escapeAttribute(labels.copied(number))}" data-para-link data-pagefind-ignore>` +
      `${escapeAttribute(labels.marker(number))}</a>`;
    const report = labels.report
      ? `<a class="para-report no-print" href="${escapeAttribute(labels.report.href(id))}" ` +
        `aria-label="${escapeAttribute(labels.report.label(number))}" rel="noopener external" data-pagefind-ignore>` +
        `${escapeAttribute(labels.report.text)}</a>`
      : '';
    // data-pagefind-title makes each paragraph a sub-result of its page in Pagefind (第N段).
    const title = escapeAttribute(labels.marker(number));
    return `<p id="${id}" data-para="${number}" data-pagefind-title="${title}">${link}${report}${inner}</p>`;
  });
  return { html: out, paragraphs };
}
