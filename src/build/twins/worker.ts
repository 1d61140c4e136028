/**
 * A worker thread that makes the traditional pages of a build (see
 * src/build/twins/pool.ts and src/build/twins/page.ts). Messages:
 * - `{ id, twin: true, html, record, file, cache? }` → `{ id }`: the
 *   traditional twin of a marked simplified page, with its
 *   Content-Security-Policy, written to `file`, and with `cache` also to
 *   `<cache>.html`, with the conversion table its texts need
 *   (`<cache>.table.json`, for a case page);
 * - `{ id, restore: true, record, file, cacheDir, name | pageFile }` →
 *   `{ id, answer: name | false }`: a twin cached by an earlier build under
 *   `name` (or under the hash of the page in `pageFile`), written to `file`,
 *   its table kept (a page Astro restored rather than rendered);
 * - `{ id, html, record }` → `{ id, answer: html }`: a marked /zh-hant/ page
 *   finished;
 * - `{ id, table: true }` → `{ id, answer: table }`: the conversion table
 *   recorded from the case pages (`record`), for the traditional search page
 *   (src/i18n/script.ts, ConversionTable);
 * and `{ id, error }` when something fails. The same functions as in the main
 * thread.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { withPolicy } from '../csp.ts';
import {
  loadToHant,
  mergeTables,
  recordingToHant,
  type ConversionTable,
} from '../../i18n/script.ts';
import { pageIn, twinOf } from './page.ts';
import { cacheName } from './cache-name.ts';

type Message =
  | { id: number; twin: true; html: string; record: boolean; file: string; cache?: string }
  | {
      id: number;
      restore: true;
      record: boolean;
      file: string;
      cacheDir: string;
      name?: string;
      pageFile?: string;
    }
  | { id: number; html: string; record?: boolean }
  | { id: number; table: true };

const toHant = await loadToHant();
const recorder = await recordingToHant();
/**
 * The table each twin's page needs, by the twin's file: a page made twice (restored early, then
 * rendered after all) counts once, as made last.
 */
const tables = new Map<string, ConversionTable>();
parentPort!.on('message', (message: Message) => {
  try {
    if ('table' in message)
      parentPort!.postMessage({
        id: message.id,
        answer: mergeTables([recorder.table(), ...tables.values()]),
      });
    else if ('restore' in message) {
      const name = message.name ?? cacheName(readFileSync(message.pageFile!));
      const cache = join(message.cacheDir, name);
      const found =
        existsSync(`${cache}.html`) && (!message.record || existsSync(`${cache}.table.json`));
      if (found) {
        mkdirSync(dirname(message.file), { recursive: true });
        writeFileSync(message.file, readFileSync(`${cache}.html`));
        if (message.record)
          tables.set(message.file, JSON.parse(readFileSync(`${cache}.table.json`, 'utf8')));
      }
      parentPort!.postMessage({ id: message.id, answer: found ? name : false });
    } else {
      const page = message.record ? recorder.page() : undefined;
      const convert = page ? page.convert : toHant;
      if ('twin' in message) {
        const twin = withPolicy(twinOf(message.html, convert));
        mkdirSync(dirname(message.file), { recursive: true });
        writeFileSync(message.file, twin);
        const table = page?.table();
        if (table) tables.set(message.file, table);
        else tables.delete(message.file);
        if (message.cache) {
          mkdirSync(dirname(message.cache), { recursive: true });
          writeFileSync(`${message.cache}.html`, twin);
          if (table) writeFileSync(`${message.cache}.table.json`, JSON.stringify(table));
        }
        parentPort!.postMessage({ id: message.id });
      } else {
        const answer = pageIn(message.html, 'zh-hant', convert);
        if (page) recorder.add(page.table());
        parentPort!.postMessage({ id: message.id, answer });
      }
    }
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: String((error as Error)?.stack ?? error) });
  }
});
