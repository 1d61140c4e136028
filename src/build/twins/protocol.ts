/**
 * The messages between the main thread (pool.ts) and the twins worker (worker.ts), typed once for
 * both sides. Each request carries an `id`; the worker answers it with the same `id` and either
 * the answer of its kind or an error.
 */
import type { ConversionTable } from '../../i18n/recorded-table.ts';

export type TwinRequest =
  /** Make the traditional twin of a marked simplified page, with its CSP, and write it to `file`. */
  | { kind: 'twin'; html: string; record: boolean; file: string }
  /** Finish a marked /zh-hant/ page that Astro rendered itself (`astro dev`, one-script builds). */
  | { kind: 'finish'; html: string; record: boolean }
  /** The conversion table recorded from the case pages (`record: true`) so far. */
  | { kind: 'table' };

/** What each kind of request is answered with. */
export interface TwinAnswers {
  twin: null;
  finish: string;
  table: ConversionTable;
}

export type TwinKind = TwinRequest['kind'];
export type Envelope = TwinRequest & { id: number };
export type Reply = { id: number } & (
  { answer: TwinAnswers[TwinKind]; error?: undefined } | { error: string; answer?: undefined }
);
