/**
 * A rendered page in each script, from one render.
 *
 * Every page under /{script}/ is rendered as *marked* HTML: the interface
 * strings are markers (src/i18n/ui-markers.ts, `markedUi`), the content is simplified
 * text, and the page's own script appears only as `zh-hans`/`zh-Hans` (its
 * paths, `lang`, data attributes) while the other script appears only as
 * `zh-hant`/`zh-Hant` (the toggle, the hreflang alternates). So:
 * - the simplified page is the marked HTML with simplified strings;
 * - its traditional twin is the same HTML with its content converted
 *   (src/i18n/convert-html.ts), `zh-hans` and `zh-hant` swapped, and
 *   traditional strings.
 * During `astro build` only the simplified pages are rendered; their twins are
 * made from them on a worker thread (src/build/twins/pool.ts). `astro dev`
 * renders /zh-hant/ pages directly, marked with the traditional paths, which
 * gives the same page (`pageIn`); a site test compares the two.
 *
 * A script name that must stay as it is on both twins (the x-default
 * alternate, which is the simplified page on both) is written with
 * `fixedScript`.
 */
import { convertHtml } from '../../i18n/convert-html.ts';
import { resolveUi } from '../../i18n/ui-markers.ts';
import type { Script } from '../../i18n/script.ts';

const keep = '\uE004';

/**
 * A text naming a script that the twin keeps as it is: the x-default
 * alternate, and content (rendered MDX), whose wording is the same on both
 * twins apart from the conversion (the docs show `/zh-hans/rss.xml`).
 */
export const fixedScript = (text: string) => text.replace(/zh-han[st]/gi, (name) => keep + name);

// Left as they are: style sheets, which name scripts in selectors (`:lang(zh-Hant)`), and programs,
// which read the page's script from the page; both are the same on every page. JSON data is swapped.
const scriptName =
  /<style\b[^>]*>[\s\S]*?<\/style>|<script\b(?![^>]*application\/(?:ld\+)?json)[^>]*>[\s\S]*?<\/script>|(\uE004?)(zh-[hH]an)([st])/g;
const dropKept = (html: string) => (html.includes(keep) ? html.replaceAll(keep, '') : html);

/** `zh-hans` ↔ `zh-hant` and `zh-Hans` ↔ `zh-Hant` everywhere in a page, except in style sheets, programs and where kept. */
export const swapScripts = (html: string) =>
  html.replace(
    scriptName,
    (whole, kept: string | undefined, stem: string | undefined, last: string) =>
      stem === undefined ? whole : kept ? stem + last : stem + (last === 's' ? 't' : 's'),
  );

/**
 * A marked page rendered for `script`, finished: converted (zh-hant, with
 * `toHant`) and with the interface strings of its script.
 */
export function pageIn(marked: string, script: Script, toHant?: (text: string) => string): string {
  if (script === 'zh-hans') return dropKept(resolveUi(marked, 'zh-hans'));
  if (!toHant) throw new Error('pageIn: a zh-hant page needs the converter');
  return dropKept(resolveUi(convertHtml(marked, toHant), 'zh-hant'));
}

/**
 * The traditional twin of a marked page rendered for zh-hans: the page as if
 * rendered for zh-hant (script names swapped), finished as such. (Swapping
 * touches only ASCII names, converting only Chinese text: the order is free.)
 */
export const twinOf = (marked: string, toHant: (text: string) => string): string =>
  pageIn(swapScripts(marked), 'zh-hant', toHant);
