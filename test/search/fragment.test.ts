import { describe, expect, test } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeFragment, fragmentSignature } from '../../src/search/fragment.ts';

const gunzip = async (bytes: Uint8Array) => gunzipSync(bytes);
const page = { url: '/zh-hans/cases/x/', content: '正文', meta: {}, anchors: [] };
const file = gzipSync(Buffer.from(fragmentSignature + JSON.stringify(page)));

describe('decodeFragment', () => {
  test('reads a gzipped fragment file', async () => {
    await expect(decodeFragment(file, gunzip)).resolves.toEqual(page);
  });

  test('reads a fragment a server has already unzipped', async () => {
    await expect(decodeFragment(gunzipSync(file), gunzip)).resolves.toEqual(page);
  });

  test("refuses a file without Pagefind's signature", async () => {
    await expect(decodeFragment(gzipSync('{"url":"/"}'), gunzip)).rejects.toThrow(
      'not a Pagefind fragment',
    );
  });
});
