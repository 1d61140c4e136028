import { describe, expect, test } from 'vitest';
import { chromiumPath } from '../../../cli/harness/browser.ts';

describe('chromiumPath', () => {
  test('fails with how to install Chromium when none is found, instead of skipping', () => {
    expect(() => chromiumPath(['/nonexistent/chromium'])).toThrowErrorMatchingInlineSnapshot(
      `[Error: Chromium not found (looked in /nonexistent/chromium). Install it with \`sudo apt-get install chromium\` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium/Chrome binary. The browser tests never skip silently.]`,
    );
  });

  test('returns the first candidate that exists', () => {
    expect(chromiumPath(['/nonexistent/chromium', process.execPath])).toBe(process.execPath);
  });
});
