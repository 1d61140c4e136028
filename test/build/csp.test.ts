import { describe, expect, test } from 'vitest';
import { inlineScripts, policyFor, scriptHash, withPolicy } from '../../src/build/csp.ts';

describe('scriptHash', () => {
  test('is the base64 sha256 of the exact script text, as CSP expects', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('inlineScripts', () => {
  test('returns the text of inline scripts and ignores scripts with a src', () => {
    const html =
      '<script type="module">a()</script><script src="/x.js"></script><script>\nb()\n</script>';
    expect(inlineScripts(html)).toEqual(['a()', '\nb()\n']);
  });

  test('leaves out data blocks, which the browser never runs (JSON-LD, JSON)', () => {
    const html =
      '<script type="application/ld+json">{"@id":"x"}</script><script type="application/json">[1]</script>' +
      '<script type="text/javascript">c()</script>';
    expect(inlineScripts(html)).toEqual(['c()']);
  });
});

describe('withPolicy', () => {
  const page =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body><script>go()</script></body></html>';

  test('inserts the policy right after <meta charset>, with the hash of each inline script', () => {
    const out = withPolicy(page);
    expect(out).toMatch(
      /^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; style-src/,
    );
    expect(out).toContain(scriptHash('go()'));
  });

  test('inserts the policy right after <head> when there is no charset', () => {
    expect(withPolicy('<html><head><title>x</title></head></html>')).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy"/,
    );
  });

  test('leaves a page that already has a policy unchanged, so running twice changes nothing', () => {
    const once = withPolicy(page);
    expect(withPolicy(once)).toBe(once);
  });

  test('lists a script used twice once', () => {
    expect(policyFor(['x()', 'x()']).match(/sha256-/g)).toHaveLength(1);
  });
});
