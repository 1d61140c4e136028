/**
 * Interface strings in pages (src/i18n/ui.ts holds the strings themselves).
 *
 * Pages are rendered once, for both scripts (src/build/twins/page.ts): what a
 * page shows from src/i18n/ui.ts is written into its HTML as a marker, which
 * `resolveUi` turns into the string of the page's script after the page's
 * content has been converted. So the native wording is never run through the
 * converter, and one render serves both twins.
 * - `\uE000` n `\uE001`: string n;
 * - `\uE000` n (`\uE002` name `\uE003` value)… `\uE001`: string n filled with
 *   values (`fillMarker`); values are page content and are converted with it.
 * UI strings hold no character that needs escaping in HTML, attributes or
 * JSON (a unit test checks), so a marker resolves the same in all three.
 */
import { fillText, ui, type UiStrings } from './ui.ts';
import type { Script } from './script.ts';

const hans = ui['zh-hans'];
const open = '\uE000';
const close = '\uE001';
const valueStart = '\uE002';
const valueName = '\uE003';

/**
 * The marked table and the path of every string in it (`['siteName']`,
 * `['kindNotes', '检查频次']`; a marker's number is its index here). Made on
 * first use.
 */
let markers: { table: UiStrings; leaves: string[][] } | undefined;
function markTable(
  table: Record<string, unknown>,
  path: string[],
  leaves: string[][],
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => {
      if (typeof value !== 'string')
        return [key, markTable(value as Record<string, unknown>, [...path, key], leaves)];
      leaves.push([...path, key]);
      return [key, `${open}${leaves.length - 1}${close}`];
    }),
  );
}
function marked() {
  if (!markers) {
    const leaves: string[][] = [];
    markers = { table: markTable(hans, [], leaves) as UiStrings, leaves };
  }
  return markers;
}

/** String n of a script's table. */
const leaf = (strings: UiStrings, index: number): string =>
  marked().leaves[index]!.reduce<unknown>(
    (table, key) => (table as Record<string, unknown>)[key],
    strings,
  ) as string;

/**
 * The interface strings of a page being rendered, as markers (see above): the
 * same for both scripts. Pages go through src/middleware.ts, which resolves
 * them. Code that writes text outside a page (RSS) uses `ui[script]`.
 */
export const markedUi = (): UiStrings => marked().table;

const markerOnly = new RegExp(`^${open}(\\d+)${close}$`);

/**
 * Fills `{name}` placeholders of an interface string: `fillMarker(t.paragraphMarker, { n: 3 })` → `第3段`.
 * A marker (from `markedUi`) stays a marker, carrying its values.
 */
export function fillMarker(template: string, values: Record<string, string | number>): string {
  const index = markerOnly.exec(template)?.[1];
  if (index === undefined) return fillText(template, values);
  const carried = Object.entries(values).map(
    ([name, value]) => `${valueStart}${name}${valueName}${value}`,
  );
  return `${open}${index}${carried.join('')}${close}`;
}

// A marker with nothing inside it but its values (markers nested in values are resolved first).
const innermost = new RegExp(
  `${open}(\\d+)((?:${valueStart}[^${open}${close}${valueStart}${valueName}]*${valueName}[^${open}${close}${valueStart}${valueName}]*)*)${close}`,
  'g',
);

const anyMarker = new RegExp(`[${open}-${valueName}]`);

/** Replaces the interface-string markers in a rendered page by the strings of `script`. */
export function resolveUi(html: string, script: Script): string {
  if (!anyMarker.test(html)) return html;
  const strings = ui[script];
  let out = html;
  for (let depth = 0; out.includes(open) && depth < 4; depth++) {
    out = out.replace(innermost, (_whole, index: string, carried: string) => {
      const template = leaf(strings, Number(index));
      if (!carried) return template;
      const values = Object.fromEntries(
        carried
          .split(valueStart)
          .slice(1)
          .map((pair) => pair.split(valueName) as [string, string]),
      );
      return fillText(template, values);
    });
  }
  if (anyMarker.test(out)) {
    const at = out.search(anyMarker);
    throw new Error(
      `resolveUi: an interface-string marker is left at ${at} ("${out.slice(Math.max(0, at - 40), at + 40)}"): page text must not hold U+E000–U+E003 (npm run check refuses private-use characters in content)`,
    );
  }
  return out;
}
