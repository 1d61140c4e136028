/**
 * The name a traditional twin is cached under (src/build/twins/pool.ts): the
 * hash of the finished simplified page it was made from, so that a build which
 * restores that page, byte for byte, finds its twin.
 */
import { createHash } from 'node:crypto';

export const cacheName = (page: string | Buffer): string =>
  createHash('sha256').update(page).digest('hex');
