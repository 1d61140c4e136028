/**
 * Chromium for the site tests: Debian's package driven by playwright-core.
 * Browser downloads don't work here, so we never fall back to one: when no
 * Chromium is found the tests fail and say how to install it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where to look: CHROMIUM_PATH alone when it is set (a wrong path is an error, not a fallback), else the usual places. */
const defaultCandidates = () =>
  process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(candidates: string[] = defaultCandidates()): string {
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium not found (looked in ' +
        candidates.join(', ') +
        '). ' +
        'Install it with `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium/Chrome binary. ' +
        'The browser tests never skip silently.',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
