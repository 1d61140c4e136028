import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cacheKey, entryKey } from '../../src/build/cache-key.ts';

const entry = (id: string, digest: string) => ({
  collection: 'cases',
  id,
  digest,
  data: { title: id },
  rendered: { html: `<p>${id}</p>` },
});

// Keys exist in builds only (astro dev caches nothing).
beforeEach(() => vi.stubEnv('DEV', false));
afterEach(() => vi.unstubAllEnvs());

describe('the cache key of a page', () => {
  test('is the same for the same route and the same entries, however deep they are', () => {
    const props = {
      script: 'zh-hans',
      group: { key: '审批', cases: [entry('a', '1'), entry('b', '2')] },
    };
    expect(cacheKey('keyword', props)).toBe(cacheKey('keyword', structuredClone(props)));
    expect(cacheKey('keyword', props)).toMatch(/^[0-9a-f]{64}$/);
  });

  test('changes when an entry it shows changes (its digest), when one is added, or for another route', () => {
    const of = (...cases: ReturnType<typeof entry>[]) =>
      cacheKey('keyword', { script: 'zh-hans', group: { key: '审批', cases } });
    const key = of(entry('a', '1'), entry('b', '2'));
    expect(of(entry('a', '1'), entry('b', '3'))).not.toBe(key);
    expect(of(entry('a', '1'), entry('b', '2'), entry('c', '4'))).not.toBe(key);
    expect(cacheKey('year', { script: 'zh-hans', group: { key: '审批', cases: [] } })).not.toBe(
      of(),
    );
  });

  test('counts an entry by its digest, not its rendered text', () => {
    const a = entry('a', '1');
    expect(cacheKey('case', { entry: a })).toBe(
      cacheKey('case', { entry: { ...a, rendered: { html: 'other' } } }),
    );
    expect(entryKey(a)).toBe('cases/a@1');
  });

  test('refuses an entry without a digest, whose changes it could not see', () => {
    expect(() => cacheKey('case', { entry: { ...entry('a', '1'), digest: undefined } })).toThrow(
      /has no digest/,
    );
  });
});
