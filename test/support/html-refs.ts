/**
 * The references a built file makes to other files: every URL in an HTML
 * attribute (href, src, srcset, action, poster, data) and every url()/@import
 * in CSS. Used by the link and offline gates.
 */

export interface Reference {
  /** The tag the URL is on (`a`, `link`, `img` …), or `css` for url()/@import. */
  tag: string;
  attribute: string;
  url: string;
  /** The tag's rel attribute, lowercased. */
  rel: string;
}

const urlAttributes = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'poster',
  'data',
  'formaction',
  'imagesrcset',
]);
const tagPattern = /<([a-zA-Z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attributePattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Attributes of a tag's attribute text, names lowercased. */
export function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of text.matchAll(attributePattern)) {
    out.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return out;
}

/** URLs in CSS text: url(...) and @import "...". */
export function cssReferences(css: string): Reference[] {
  const out: Reference[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    out.push({
      tag: 'css',
      attribute: 'url()',
      url: match[1] ?? match[2] ?? match[3] ?? '',
      rel: '',
    });
  }
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    out.push({ tag: 'css', attribute: '@import', url: match[1] ?? match[2] ?? '', rel: '' });
  }
  return out;
}

/** Every URL an HTML page refers to, with inline <style> blocks and style attributes. */
export function htmlReferences(html: string): Reference[] {
  const out: Reference[] = [];
  for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    out.push(...cssReferences(style[1]!));
  // Tags inside scripts, styles and comments are not tags.
  const markup = html.replace(
    /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi,
    (_whole, name: string, attrs: string) => (name ? `<${name}${attrs}>` : ''),
  );
  for (const tag of markup.matchAll(tagPattern)) {
    const name = tag[1]!.toLowerCase();
    const attrs = attributes(tag[2] ?? '');
    const rel = (attrs.get('rel') ?? '').toLowerCase();
    for (const [attribute, value] of attrs) {
      if (attribute === 'style')
        out.push(...cssReferences(value).map((r) => ({ ...r, tag: name })));
      if (!urlAttributes.has(attribute) || value === '') continue;
      if (name === 'object' && attribute !== 'data') continue;
      const urls = attribute.endsWith('srcset')
        ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
        : [value.trim()];
      for (const url of urls) if (url) out.push({ tag: name, attribute, url, rel });
    }
  }
  return out;
}

/** The ids (and <a name>s) of a page, for checking `#fragment` links. */
export function fragmentTargets(html: string): Set<string> {
  const out = new Set<string>();
  for (const match of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g))
    out.add(match[1] ?? match[2] ?? match[3] ?? '');
  return out;
}
