/**
 * A worker thread that converts rendered pages to traditional script for the
 * build (see src/lib/hant-pages.ts). Messages:
 * - `{ id, html, record }` → `{ id, html }`: the page converted; with `record`
 *   (case pages), the entries used go into the search page's table;
 * - `{ id, table: true }` → `{ id, table }`: that table (src/lib/script.ts,
 *   ConversionTable);
 * and `{ id, error }` when something fails. The same conversion as in the main
 * thread: src/lib/html-script.ts through src/lib/script.ts.
 */
import { parentPort } from 'node:worker_threads';
import { convertHtml } from './html-script.ts';
import { loadToHant, recordingToHant } from './script.ts';

type Message = { id: number; html: string; record?: boolean } | { id: number; table: true };

const toHant = await loadToHant();
const recorder = await recordingToHant();
parentPort!.on('message', (message: Message) => {
  try {
    if ('table' in message) parentPort!.postMessage({ id: message.id, table: recorder.table() });
    else parentPort!.postMessage({ id: message.id, html: convertHtml(message.html, message.record ? recorder.convert : toHant) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: String((error as Error)?.stack ?? error) });
  }
});
