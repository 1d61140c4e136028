import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { gunzip } from '../../src/search/engine.ts';

describe('unzipping a file of the index in the page', () => {
  test('gives back the bytes that were zipped, a small file and one of a MiB', async () => {
    const small = new TextEncoder().encode('{"url":"/zh-hans/cases/nx-2025-01/"}');
    expect(await gunzip(gzipSync(small))).toEqual(small);
    // Larger than one chunk of the stream's output.
    const large = new Uint8Array(1024 * 1024);
    for (let i = 0; i < large.length; i++) large[i] = (i * 7919) % 251;
    expect(await gunzip(gzipSync(large))).toEqual(large);
  });

  test('rejects bytes that are not gzip, instead of waiting for ever', async () => {
    await expect(gunzip(new TextEncoder().encode('not gzip at all'))).rejects.toThrow();
  });
});
