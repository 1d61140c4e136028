import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { gunzip } from '../../src/search/engine.ts';

describe('unzipping a file of the index in the page', () => {
  test('gives back the bytes that were zipped, a small file and one of several MiB', async () => {
    const small = new TextEncoder().encode('{"url":"/zh-hans/cases/nx-2025-01/"}');
    expect(await gunzip(gzipSync(small))).toEqual(small);
    // Larger than the stream's buffers: the write must not wait for a reader that is not there yet.
    const large = new Uint8Array(6 * 1024 * 1024).map((_, i) => (i * 7919) % 251);
    expect(await gunzip(gzipSync(large))).toEqual(large);
  });

  test('rejects bytes that are not gzip, instead of waiting for ever', async () => {
    await expect(gunzip(new TextEncoder().encode('not gzip at all'))).rejects.toThrow();
  });
});
