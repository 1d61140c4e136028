/**
 * The messages between the main thread (pool.ts) and the twins worker (worker.ts), typed once for
 * both sides. Each request carries an `id`; the worker answers it with the same `id` and either
 * the answer of its kind or an error.
 */
import type { ConversionTable } from '../../i18n/recorded-table.ts';

export type TwinRequest =
  /**
   * Make the traditional twin of a marked simplified page, with its CSP, and write it to `file`;
   * with `cache`, also to `<cache>.html`, with the conversion table its texts need
   * (`<cache>.table.json`, for a case page).
   */
  | { kind: 'twin'; html: string; record: boolean; file: string; cache?: string }
  /**
   * Write the twin an earlier build cached under `name` (or under the hash of the page in `pageFile`)
   * to `file`, and keep its conversion table (a page Astro restored rather than rendered).
   */
  | {
      kind: 'restore';
      record: boolean;
      file: string;
      cacheDir: string;
      name?: string;
      pageFile?: string;
    }
  /** Finish a marked /zh-hant/ page that Astro rendered itself (`astro dev`, one-script builds). */
  | { kind: 'finish'; html: string; record: boolean }
  /** The conversion table recorded from the case pages (`record: true`) so far. */
  | { kind: 'table' };

/** What each kind of request is answered with. */
export interface TwinAnswers {
  twin: null;
  /** The name the twin was cached under, or false: not in the cache. */
  restore: string | false;
  finish: string;
  table: ConversionTable;
}

export type TwinKind = TwinRequest['kind'];
export type Envelope = TwinRequest & { id: number };
export type Reply = { id: number } & (
  { answer: TwinAnswers[TwinKind]; error?: undefined } | { error: string; answer?: undefined }
);
