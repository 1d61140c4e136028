/**
 * Splits a case body (the MDX after the frontmatter) into its blocks, the way
 * the site renders them: headings, and paragraphs numbered in rendered order
 * like src/site/paragraph-anchors.ts numbers them (`p1`, `p2` …).
 *
 * Case bodies are content-only MDX: `##` headings and paragraphs separated by
 * blank lines (a `>` quote renders one paragraph per quoted block). Blocks
 * that render no `<p>` (lists, tables, code, HTML/JSX, `import`/`export`,
 * thematic breaks) are kept as `other` and get no number. A site test checks
 * the numbers against the ids of every built case page.
 */
export type Block =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'paragraph'; number: number; text: string }
  | { kind: 'other'; text: string };

/** Removes inline Markdown so that a block reads as its rendered text. */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images → alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links → link text
    .replace(/<[^>]+>/g, '') // inline HTML tags
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2') // strong, strikethrough
    .replace(/(^|[^*\\])\*(?!\s)(.+?)\*/g, '$1$2') // emphasis
    .replace(/`([^`]*)`/g, '$1') // code
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1') // backslash escapes
    .replace(/[ \t]*\n[ \t]*/g, '') // soft line breaks inside a Chinese paragraph join without a space
    .trim();
}

const otherBlock =
  /^(?:[-*+]\s|\d+[.)]\s|\||```|~~~|<|import\s|export\s|(?:-{3,}|\*{3,}|_{3,})\s*$)/;

/**
 * The blocks of the last bodies read: the dataset, the numbers page and the
 * feeds read the same bodies again and again (once per metric and per
 * script), so a body is split once. Blocks are not to be changed.
 */
const recent = new Map<string, readonly Block[]>();
const recentLimit = 64;

export function bodyBlocks(body: string): Block[] {
  let blocks = recent.get(body);
  if (!blocks) {
    blocks = splitBlocks(body);
    if (recent.size >= recentLimit) recent.delete(recent.keys().next().value!);
    recent.set(body, blocks);
  }
  return blocks as Block[];
}

function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let number = 0;
  const chunks = body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const raw of chunks) {
    const chunk = raw.trim();
    if (!chunk) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(chunk);
    if (heading && !chunk.includes('\n')) {
      blocks.push({ kind: 'heading', depth: heading[1]!.length, text: inlineText(heading[2]!) });
    } else if (chunk.startsWith('>')) {
      // A quote: its lines without `>`; blank `>` lines separate its paragraphs.
      const inner = chunk.replace(/^>[ \t]?/gm, '');
      for (const part of inner.split(/\n[ \t]*\n/)) {
        if (part.trim())
          blocks.push({ kind: 'paragraph', number: ++number, text: inlineText(part) });
      }
    } else if (otherBlock.test(chunk)) {
      blocks.push({ kind: 'other', text: chunk });
    } else {
      blocks.push({ kind: 'paragraph', number: ++number, text: inlineText(chunk) });
    }
  }
  return blocks;
}

/** The body as plain text: headings and paragraphs, one per line group, no Markdown. */
export function bodyPlainText(body: string): string {
  return bodyBlocks(body)
    .map((block) => block.text)
    .join('\n\n');
}
