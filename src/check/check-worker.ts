/**
 * The worker thread of `checkContentInParallel` (check-content.ts): checks the
 * files it is given and posts back their problems and unique keys.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles } from './check-content.ts';
import type { FileToCheck } from './collect-files.ts';
import type { CheckContext } from './rule.ts';

const { files, context } = workerData as { files: FileToCheck[]; context: CheckContext };
parentPort!.postMessage(checkFiles(files, context));
