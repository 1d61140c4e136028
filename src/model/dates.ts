/**
 * Dates as citations write them. Frontmatter dates (`2025-10-29`) are parsed
 * by zod as UTC midnight, so they are formatted in UTC: the calendar day the
 * editor typed, whatever the build machine's time zone.
 */

/** `2025-10-29`, the form GB/T 7714 uses for 更新或修改日期 and 引用日期. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** `2025年10月29日`, the form of dates in 公文 (GB/T 9704: Arabic numerals, no leading zeros). */
export const chineseDate = (date: Date): string =>
  `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;

/** `2025/10/29`, the form Highwire Press `citation_*` tags ask for. */
export const slashDate = (date: Date): string => isoDate(date).replaceAll('-', '/');

/** `2025-10-29` in the machine's time zone: a contributor's today, for `added` in `npm run new-case` and `npm run import`. */
export const localIsoDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Today's calendar day in China (UTC+8, no daylight saving), for the build date. */
export const todayInChina = (now = new Date()): string =>
  isoDate(new Date(now.getTime() + 8 * 3600_000));

/** The latest of some dates. */
export const latest = (dates: Date[]): Date => new Date(Math.max(...dates.map((d) => d.getTime())));
