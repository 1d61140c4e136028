/**
 * The HTML of a content-only MDX body, as @astrojs/mdx renders it, without
 * compiling the body into a module.
 *
 * Case and source files are content only (npm run check refuses code), so an
 * MDX module per file is only a costly way to a fixed string: at 10,000 cases,
 * bundling the modules took most of Astro's time and memory. Here the body is
 * parsed by the parser @astrojs/mdx itself uses (Sätteri, in MDX mode, with
 * GFM and smart punctuation, as Astro's defaults), the headings get the ids
 * Astro's MDX gives them (github-slugger), and the tree is written out the way
 * Astro's JSX runtime writes MDX output: text and attributes escaped alike,
 * void elements as `<br/>`, a style string without spaces after colons.
 *
 * What this writer does not write as MDX does (footnotes, images) is refused:
 * `unsupportedIn` finds it, and the content check reports it
 * (src/check/rules/text/renderable-body.ts).
 * A site test builds the site with MDX modules too (`SITE_BODIES=mdx`) and
 * finds the same bytes.
 */
import { createRequire } from 'node:module';
import Slugger from 'github-slugger';

/**
 * Sätteri's MDX parser, loaded when a body is first parsed: `npm run check` loads this module for
 * every run, and most checks parse no body with it.
 */
let parser: typeof import('satteri') | undefined;
const mdxToHast = (...args: Parameters<(typeof import('satteri'))['mdxToHast']>) =>
  (parser ??= createRequire(import.meta.url)('satteri') as typeof import('satteri')).mdxToHast(
    ...args,
  );

/** A heading of the body, as Astro's `render()` lists them. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** What Sätteri's MDX mode reads a body as: Astro's default Markdown features. */
const features = { gfm: true, smartPunctuation: true } as const;

const escapable = /[&<>'"]/g;
const entity: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
};
/** Text as Astro's JSX runtime escapes it (escapeHTML). */
const escapeText = (text: string) => text.replace(escapable, (c) => entity[c]!);
/** An attribute value as Astro writes it (toAttributeString). */
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const voidElement =
  /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;

/** The elements written here as MDX writes them: everything GFM makes except footnotes and images. */
const elements = new Set([
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'blockquote', 'hr', 'br', 'pre', 'code'],
  ...['ul', 'ol', 'li', 'input', 'strong', 'em', 'del', 'a'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td'],
]);
/** Properties as they come out of Sätteri, and their HTML names: those of the elements above. */
const attributeNames: Record<string, string> = {
  id: 'id',
  href: 'href',
  title: 'title',
  start: 'start',
  style: 'style',
  className: 'class',
  type: 'type',
  checked: 'checked',
  disabled: 'disabled',
};

const textOf = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** Something in a body that this renderer would not write as MDX does, and its line in the body. */
export interface Unsupported {
  what: 'footnote' | 'image' | 'element';
  /** The element, e.g. `<sup>`. */
  tag: string;
  line: number;
}

/**
 * A footnote, an image or a strikethrough needs `[^`, `![` or `~`: a body with none is written whole,
 * without parsing it.
 */
const mayHoldUnsupported = (body: string) => /\[\^|!\[|~/.test(body);

/**
 * What in a body this renderer would not write as MDX does: footnotes (their
 * English labels and ids) and images (which MDX makes into Astro image
 * components); and struck-out text, which search cannot find. The check
 * refuses them (src/check/rules/text/renderable-body.ts).
 * Code that MDX would run (tags, expressions, import/export) is another rule's
 * (mdx-content-only.ts); a body the parser cannot read, too.
 */
export function unsupportedIn(body: string): Unsupported[] {
  if (!mayHoldUnsupported(body)) return [];
  let tree: HastNode & { position?: { start: { line: number } } };
  try {
    tree = mdxToHast(body, { features, position: true }) as typeof tree;
  } catch {
    return [];
  }
  const found: Unsupported[] = [];
  const visit = (node: typeof tree, line: number) => {
    const at = node.position?.start.line ?? line;
    if (node.type === 'element') {
      const tag = node.tagName!;
      if (tag === 'sup' || tag === 'section' || 'dataFootnoteRef' in (node.properties ?? {})) {
        // A reference (its line), or the list of footnotes MDX adds at the end (reported through the references).
        if (tag === 'sup') found.push({ what: 'footnote', tag: `<${tag}>`, line: at });
        return;
      }
      if (tag === 'img') return void found.push({ what: 'image', tag: '<img>', line: at });
      // Struck-out text: Pagefind leaves it out of its paragraphs' text, so search could not find it
      // where the page shows it (and a published case strikes nothing out).
      if (tag === 'del') return void found.push({ what: 'element', tag: '~~删除线~~', line: at });
      if (!elements.has(tag))
        return void found.push({ what: 'element', tag: `<${tag}>`, line: at });
    } else if (node.type !== 'root') return;
    for (const child of node.children ?? []) visit(child as typeof tree, at);
  };
  visit(tree, 1);
  return found;
}

/** The body's HTML, as `<Content />` of its MDX module renders it, and its headings. */
export function mdxBodyHtml(body: string): { html: string; headings: BodyHeading[] } {
  const tree = mdxToHast(body, { features, position: false }) as HastNode;
  const slugger = new Slugger();
  const headings: BodyHeading[] = [];
  const write = (node: HastNode): string => {
    if (node.type === 'text') return escapeText(node.value ?? '');
    if (node.type === 'root') return (node.children ?? []).map(write).join('');
    const tag = node.tagName;
    if (node.type !== 'element' || !tag || !elements.has(tag))
      throw new Error(`mdxBodyHtml: ${tag ? `<${tag}>` : node.type} is not content-only Markdown`);
    const properties = { ...node.properties };
    if (/^h[1-6]$/.test(tag)) {
      const text = textOf(node);
      if (typeof properties.id !== 'string') properties.id = slugger.slug(text);
      headings.push({ depth: Number(tag[1]), slug: properties.id as string, text });
    }
    let attributes = '';
    for (const [key, value] of Object.entries(properties)) {
      const name = attributeNames[key];
      if (!name) throw new Error(`mdxBodyHtml: <${tag} ${key}> is not content-only Markdown`);
      if (value === null || value === undefined || value === false) continue;
      if (value === true) attributes += ` ${name}`;
      else {
        const text = Array.isArray(value) ? value.join(' ') : String(value);
        // MDX passes a style as an object, which Astro writes as `key:value;key:value`.
        attributes += ` ${name}="${escapeAttribute(name === 'style' ? text.replace(/\s*([:;])\s*/g, '$1') : text)}"`;
      }
    }
    const inner = (node.children ?? []).map(write).join('');
    return inner === '' && voidElement.test(tag)
      ? `<${tag}${attributes}/>`
      : `<${tag}${attributes}>${inner}</${tag}>`;
  };
  return { html: write(tree), headings };
}
