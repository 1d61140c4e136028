/**
 * A worker thread that makes the traditional pages of a build (see
 * src/build/twins/pool.ts and src/build/twins/page.ts). Messages:
 * - `{ id, twin: true, html, record, file }` → `{ id }`: the traditional twin
 *   of a marked simplified page, with its Content-Security-Policy, written to
 *   `file`;
 * - `{ id, html, record }` → `{ id, answer: html }`: a marked /zh-hant/ page
 *   finished;
 * - `{ id, table: true }` → `{ id, answer: table }`: the conversion table
 *   recorded from the case pages (`record`), for the traditional search page
 *   (src/i18n/recorded-table.ts, ConversionTable);
 * and `{ id, error }` when something fails. The same functions as in the main
 * thread.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { withPolicy } from '../csp.ts';
import { loadToHant } from '../../i18n/convert.ts';
import { recordingToHant } from '../../i18n/recorded-table.ts';
import { pageIn, twinOf } from './page.ts';

type Message =
  | { id: number; twin: true; html: string; record: boolean; file: string }
  | { id: number; html: string; record?: boolean }
  | { id: number; table: true };

const toHant = await loadToHant();
const recorder = await recordingToHant();
parentPort!.on('message', (message: Message) => {
  try {
    if ('table' in message) parentPort!.postMessage({ id: message.id, answer: recorder.table() });
    else {
      const convert = message.record ? recorder.convert : toHant;
      if ('twin' in message) {
        mkdirSync(dirname(message.file), { recursive: true });
        writeFileSync(message.file, withPolicy(twinOf(message.html, convert)));
        parentPort!.postMessage({ id: message.id });
      } else
        parentPort!.postMessage({
          id: message.id,
          answer: pageIn(message.html, 'zh-hant', convert),
        });
    }
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: String((error as Error)?.stack ?? error) });
  }
});
