/**
 * Search results in the page's script. The one search index holds the
 * simplified case pages; the traditional search page shows their titles,
 * places, excerpts and section names converted with the table recorded from
 * the case pages at build time (src/integrations/traditional-twins.ts): a few KB
 * instead of the 1 MB full cn→tw table, and the same result (see
 * `recordingToHant` in src/i18n/recorded-table.ts).
 */
import type { Script } from '../i18n/script.ts';
import { converterFromTable, type ConversionTable } from '../i18n/recorded-table.ts';

/** Converts a result's text into a page's script. */
export type DisplayText = (text: string) => string;

/** The converter of a script's search page: none for simplified; the recorded table, fetched once, for traditional. */
export async function loadDisplayText(script: Script, bundlePath: string): Promise<DisplayText> {
  if (script === 'zh-hans') return (text) => text;
  const response = await fetch(`${bundlePath}zh-hant-table.json`);
  if (!response.ok) throw new Error(`无法加载繁体转换表（${response.status}）`);
  return converterFromTable((await response.json()) as ConversionTable);
}

/** A text with marked pieces (the terms found): `[text, marked]`, in order. */
export type MarkedText = [text: string, marked: boolean][];

/**
 * An excerpt with `<mark>` elements (Pagefind's), converted: see `displayPieces`.
 * Returns the pieces: `[text, marked]`.
 */
export function displayExcerpt(html: string, display: DisplayText): MarkedText {
  const pieces: MarkedText = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > at) pieces.push([decode(html.slice(at, match.index)), false]);
    pieces.push([decode(match[1]!), true]);
    at = match.index + match[0].length;
  }
  if (at < html.length) pieces.push([decode(html.slice(at)), false]);
  return displayPieces(pieces, display);
}

/**
 * A marked text, converted: the whole text at once (so a phrase that spans a
 * mark converts as one), the marks put back at the same places. Conversion
 * keeps the length of these texts; should it ever not, each piece is
 * converted on its own.
 */
export function displayPieces(pieces: MarkedText, display: DisplayText): MarkedText {
  const whole = pieces.map(([text]) => text).join('');
  const converted = display(whole);
  if (converted.length !== whole.length)
    return pieces.map(([text, marked]) => [display(text), marked]);
  let offset = 0;
  return pieces.map(([text, marked]) => {
    const piece = converted.slice(offset, offset + text.length);
    offset += text.length;
    return [piece, marked];
  });
}

/** Pagefind escapes the excerpt's text as HTML; these are the entities it writes. */
function decode(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
