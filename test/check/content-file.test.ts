import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentNames } from '../../src/check/content-file.ts';

describe('contentNames', () => {
  test('lists the .mdx files of a folder by name, sorted, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-names-'));
    for (const name of ['nx-2025-05.mdx', 'nx-2025-02.mdx', 'nx-2025-09.md', 'README.md'])
      writeFileSync(join(dir, name), '');
    expect(contentNames(dir)).toEqual(['nx-2025-02', 'nx-2025-05']);
  });

  test('is empty for a folder that does not exist', () => {
    expect(contentNames(join(tmpdir(), 'no-such-folder-here'))).toEqual([]);
  });
});
