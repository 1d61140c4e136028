import { describe, expect, test } from 'vitest';
import { Trie } from 'opencc-js/core';

type TrieNode = Map<number, TrieNode> & { trie_val?: string };

// src/i18n/recorded-table.ts records the keys a text can match by walking opencc-js's trie itself.
describe("opencc-js's Trie, as the recorded table reads it", () => {
  test("keeps its root in `map`, a Map from code point to node, and a key's value in `trie_val`", () => {
    const trie = new Trie();
    trie.loadDict('发布 發布|规 規');
    const root = (trie as unknown as { map: TrieNode }).map;
    expect(root).toBeInstanceOf(Map);
    const fa = root.get('发'.codePointAt(0)!);
    expect(fa).toBeInstanceOf(Map);
    expect(fa!.get('布'.codePointAt(0)!)?.trie_val).toBe('發布');
    expect(root.get('规'.codePointAt(0)!)?.trie_val).toBe('規');
  });
});
