/**
 * A worker thread that makes the traditional pages of a build (see src/build/twins/pool.ts and
 * src/build/twins/page.ts), with the same functions as the main thread. It answers the requests
 * of protocol.ts, one by one, in order.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { withPolicy } from '../csp.ts';
import { loadToHant } from '../../i18n/convert.ts';
import { recordingToHant } from '../../i18n/recorded-table.ts';
import { pageIn, twinOf } from './page.ts';
import type { Envelope, Reply, TwinAnswers } from './protocol.ts';

const toHant = await loadToHant();
const recorder = await recordingToHant();
const answer = (message: Envelope): TwinAnswers[Envelope['kind']] => {
  switch (message.kind) {
    case 'table':
      return recorder.table();
    case 'twin':
      mkdirSync(dirname(message.file), { recursive: true });
      writeFileSync(
        message.file,
        withPolicy(twinOf(message.html, message.record ? recorder.convert : toHant)),
      );
      return null;
    case 'finish':
      return pageIn(message.html, 'zh-hant', message.record ? recorder.convert : toHant);
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
