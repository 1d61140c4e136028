/**
 * Converts a rendered HTML page to another script: text nodes and the
 * attributes a reader sees or hears (alt, title, aria-label, content,
 * placeholder, data-pagefind-* …). Never URLs (href, src, action), ids,
 * classes, or code: <script> and <style> are left alone, except JSON data
 * blocks (JSON-LD and the data pages embed for their scripts), which readers see
 * through the page.
 */
const skipAttributes = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'id',
  'class',
  'for',
  'name',
  'rel',
  'type',
  'lang',
  'hreflang',
  'style',
  'integrity',
  'crossorigin',
  'method',
  'target',
  'role',
  'tabindex',
  'datetime',
  'xmlns',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'headers',
  'form',
  'charset',
  'http-equiv',
  'data-astro-cid',
  'd',
  'viewbox',
  'data-url',
  'data-path',
  'data-href',
]);

const token =
  /<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script>|<style\b[^>]*>[\s\S]*?<\/style>|<[^>]+>|[^<]+/gi;
const attribute = /([^\s=/>]+)(\s*=\s*)("([^"]*)"|'([^']*)')/g;
const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The pieces to convert are collected first and converted in one call, joined
 * by a character no dictionary key contains (so no phrase spans two pieces):
 * one pass of the converter per page instead of one per text node.
 */
const separator = '\u0000';

export function convertHtml(html: string, convert: (text: string) => string): string {
  const parts: string[] = [];
  const pending: number[] = [];
  const keep = (text: string) => void parts.push(text);
  const change = (text: string) => {
    pending.push(parts.length);
    parts.push(text);
  };
  for (const match of html.matchAll(token)) {
    const [whole, scriptAttrs, scriptBody] = match;
    if (scriptBody !== undefined) {
      const isData = /type\s*=\s*["']?application\/(ld\+)?json/i.test(scriptAttrs ?? '');
      if (!isData || !cjk.test(scriptBody)) keep(whole);
      else {
        keep(whole.slice(0, whole.length - '</script>'.length - scriptBody.length));
        change(scriptBody);
        keep('</script>');
      }
    } else if (whole.startsWith('<!--') || /^<style/i.test(whole)) keep(whole);
    else if (whole.startsWith('<')) {
      if (!cjk.test(whole)) keep(whole);
      else {
        let at = 0;
        for (const attr of whole.matchAll(attribute)) {
          const [text, name, eq, , dq, sq] = attr;
          const value = dq ?? sq ?? '';
          const lower = name!.toLowerCase();
          if (skipAttributes.has(lower) || lower.startsWith('on') || !cjk.test(value)) continue;
          const quote = dq !== undefined ? '"' : "'";
          keep(whole.slice(at, attr.index) + `${name}${eq}${quote}`);
          change(value);
          keep(quote);
          at = attr.index + text.length;
        }
        keep(whole.slice(at));
      }
    } else if (cjk.test(whole)) change(whole);
    else keep(whole);
  }
  if (pending.length === 0) return html;
  const texts = pending.map((i) => parts[i]!);
  const joined = texts.join(separator);
  const converted = html.includes(separator) ? [] : convert(joined).split(separator);
  // Should a conversion ever touch the separator, fall back to one call per piece.
  const results = converted.length === texts.length ? converted : texts.map(convert);
  pending.forEach((i, k) => (parts[i] = results[k]!));
  return parts.join('');
}
