/**
 * Placeholders: what `npm run import` (and `npm run new-case`) write where only a reviewer can
 * give the value. Each is visible in the file, listed in the import summary, and refused by the
 * check (src/check/rules/placeholders-left.ts) until it is replaced.
 */

/** Prefix of every placeholder text: `TODO-填写标题`. */
export const TODO = 'TODO-';

/** A placeholder text: `todo('填写标题')` → `TODO-填写标题`. */
export const todo = (what: string): string => `${TODO}${what}`;

/** Whether a value is (or holds) a placeholder text. */
export const isTodo = (value: unknown): value is string =>
  typeof value === 'string' && value.includes(TODO);

/** Region code of a region the importer could not tell. */
export const PLACEHOLDER_CODE = '000000';

/** Id prefix of a case whose province is not known. */
export const UNKNOWN_PREFIX = 'xx';

/** Year in the id of a case whose year is not known. */
export const UNKNOWN_YEAR = '0000';

/** Whether an id was made without knowing the province or the year (`xx-2025-01`, `nx-0000-01`). */
export const isPlaceholderId = (id: unknown): id is string =>
  typeof id === 'string' &&
  (id.startsWith(`${UNKNOWN_PREFIX}-`) || id.includes(`-${UNKNOWN_YEAR}-`));
