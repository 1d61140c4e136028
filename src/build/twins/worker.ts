/**
 * A worker thread that makes the traditional pages of a build (see src/build/twins/pool.ts and
 * src/build/twins/page.ts), with the same functions as the main thread. It answers the requests
 * of protocol.ts, one by one, in order.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { withPolicy } from '../csp.ts';
import { loadToHant } from '../../i18n/convert.ts';
import { mergeTables, recordingToHant, type ConversionTable } from '../../i18n/recorded-table.ts';
import { pageIn, twinOf } from './page.ts';
import { cacheName } from './cache-name.ts';
import type { Envelope, Reply, TwinAnswers } from './protocol.ts';

const toHant = await loadToHant();
const recorder = await recordingToHant();
/**
 * The table each twin's page needs, by the twin's file: a page made twice (restored early, then
 * rendered after all) counts once, as made last.
 */
const tables = new Map<string, ConversionTable>();

const answer = (message: Envelope): TwinAnswers[Envelope['kind']] => {
  switch (message.kind) {
    case 'table':
      return mergeTables([recorder.table(), ...tables.values()]);
    case 'restore': {
      const name = message.name ?? cacheName(readFileSync(message.pageFile!));
      const cache = join(message.cacheDir, name);
      const found =
        existsSync(`${cache}.html`) && (!message.record || existsSync(`${cache}.table.json`));
      if (!found) return false;
      mkdirSync(dirname(message.file), { recursive: true });
      writeFileSync(message.file, readFileSync(`${cache}.html`));
      if (message.record)
        tables.set(message.file, JSON.parse(readFileSync(`${cache}.table.json`, 'utf8')));
      return name;
    }
    case 'twin': {
      const page = message.record ? recorder.page() : undefined;
      const twin = withPolicy(twinOf(message.html, page ? page.convert : toHant));
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
      return null;
    }
    case 'finish': {
      const page = message.record ? recorder.page() : undefined;
      const html = pageIn(message.html, 'zh-hant', page ? page.convert : toHant);
      if (page) recorder.add(page.table());
      return html;
    }
  }
};

parentPort!.on('message', (message: Envelope) => {
  let reply: Reply;
  try {
    reply = { id: message.id, answer: answer(message) };
  } catch (error) {
    reply = { id: message.id, error: String((error as Error)?.stack ?? error) };
  }
  parentPort!.postMessage(reply);
});
