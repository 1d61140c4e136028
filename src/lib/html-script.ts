/**
 * Converts a rendered HTML page to another script: text nodes and the
 * attributes a reader sees or hears (alt, title, aria-label, content,
 * placeholder, data-pagefind-* …). Never URLs (href, src, action), ids,
 * classes, or code: <script> and <style> are left alone, except JSON data
 * blocks (JSON-LD and the data pages embed for their scripts), which readers see
 * through the page.
 */
const skipAttributes = new Set([
  'href', 'src', 'srcset', 'action', 'id', 'class', 'for', 'name', 'rel', 'type', 'lang', 'hreflang',
  'style', 'integrity', 'crossorigin', 'method', 'target', 'role', 'tabindex', 'datetime', 'xmlns',
  'aria-controls', 'aria-describedby', 'aria-labelledby', 'headers', 'form', 'charset', 'http-equiv',
  'data-astro-cid', 'd', 'viewbox', 'data-url', 'data-path', 'data-href',
]);

const token = /<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script>|<style\b[^>]*>[\s\S]*?<\/style>|<[^>]+>|[^<]+/gi;
const attribute = /([^\s=/>]+)(\s*=\s*)("([^"]*)"|'([^']*)')/g;
const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;

export function convertHtml(html: string, convert: (text: string) => string): string {
  return html.replace(token, (whole, scriptAttrs: string | undefined, scriptBody: string | undefined) => {
    if (scriptBody !== undefined) {
      const isData = /type\s*=\s*["']?application\/(ld\+)?json/i.test(scriptAttrs ?? '');
      return isData && cjk.test(scriptBody) ? whole.replace(scriptBody, convert(scriptBody)) : whole;
    }
    if (whole.startsWith('<!--') || /^<style/i.test(whole)) return whole;
    if (whole.startsWith('<')) {
      if (!cjk.test(whole)) return whole;
      return whole.replace(attribute, (attr, name: string, eq: string, _q, dq?: string, sq?: string) => {
        const value = dq ?? sq ?? '';
        if (skipAttributes.has(name.toLowerCase()) || name.toLowerCase().startsWith('on') || !cjk.test(value)) return attr;
        const quote = dq !== undefined ? '"' : "'";
        return `${name}${eq}${quote}${convert(value)}${quote}`;
      });
    }
    return cjk.test(whole) ? convert(whole) : whole;
  });
}
