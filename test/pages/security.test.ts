/**
 * The Content-Security-Policy of the built site (src/build/csp.ts):
 * every page carries it, every inline script is allowed by its hash and by
 * nothing else, and the real pages run in Chromium without one violation.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { distFiles, readDist } from '../support/dist.ts';
import { attributes } from '../support/html-refs.ts';
import { useChromium } from '../support/use-chromium.ts';
import { onePagePerType, openPage, waitForResults } from '../support/pages.ts';

const htmlFiles = distFiles(/\.html$/);

/** The policy of a page's meta tag, as directive → sources. */
function policyOf(html: string): Map<string, string[]> | undefined {
  for (const match of html.matchAll(/<meta\b([^>]*)>/gi)) {
    const attrs = attributes(match[1]!);
    if (attrs.get('http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
    return new Map(
      (attrs.get('content') ?? '')
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([directive, ...sources]) => [directive!, sources]),
    );
  }
  return undefined;
}

describe('the Content-Security-Policy', () => {
  test('is in the <head> of every HTML page, before any script, exactly once', () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const html = readDist(file);
      const metas = html.match(/<meta\b[^>]*http-equiv=["']?content-security-policy/gi) ?? [];
      if (metas.length !== 1) {
        problems.push(`${file}: ${metas.length} 个 CSP meta 标签`);
        continue;
      }
      const at = html.search(/<meta\b[^>]*http-equiv=["']?content-security-policy/i);
      const headEnd = html.search(/<\/head>/i);
      const firstScript = html.search(/<script\b/i);
      if (headEnd !== -1 && at > headEnd) problems.push(`${file}: CSP 不在 <head> 中`);
      if (firstScript !== -1 && firstScript < at) problems.push(`${file}: CSP 之前已有 <script>`);
    }
    expect(problems).toEqual([]);
  });

  test('allows scripts only from the site itself and by hash: no unsafe-inline, no eval, no other host', () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const policy = policyOf(readDist(file));
      if (!policy) continue; // reported by the test above
      const scriptSrc = policy.get('script-src') ?? [];
      const allowed = scriptSrc.filter((s) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s));
      if (allowed.join(' ') !== "'self' 'wasm-unsafe-eval'")
        problems.push(`${file}: script-src ${scriptSrc.join(' ')}`);
      for (const [directive, expected] of Object.entries({
        'default-src': "'self'",
        'object-src': "'none'",
        'base-uri': "'self'",
        'form-action': "'self'",
        'img-src': "'self' data:",
        'style-src': "'self' 'unsafe-inline'",
      })) {
        if ((policy.get(directive) ?? []).join(' ') !== expected)
          problems.push(`${file}: ${directive} ${(policy.get(directive) ?? []).join(' ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('lists the sha256 hash of every inline script of the page', () => {
    const problems: string[] = [];
    let scripts = 0;
    for (const file of htmlFiles) {
      const html = readDist(file);
      const scriptSrc = policyOf(html)?.get('script-src') ?? [];
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const attrs = attributes(match[1]!);
        // Data blocks (JSON-LD) are never run: CSP does not govern them.
        if (attrs.has('src') || /json/.test(attrs.get('type') ?? '')) continue;
        scripts++;
        const hash = `'sha256-${createHash('sha256').update(match[2]!, 'utf8').digest('base64')}'`;
        if (!scriptSrc.includes(hash))
          problems.push(
            `${file}: 内联脚本 ${match[2]!.slice(0, 60)}… 的哈希 ${hash} 不在 script-src 中`,
          );
      }
    }
    expect(problems).toEqual([]);
    expect(scripts).toBeGreaterThan(0);
  });

  describe.concurrent('in Chromium', () => {
    let browser: Browser;
    useChromium((b) => {
      browser = b;
    });

    /** Records CSP violations from both the console and securitypolicyviolation events. */
    async function watchViolations(page: Page): Promise<string[]> {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      return violations;
    }

    const pages = [
      ...onePagePerType(1),
      `/zh-hans/search/?q=${encodeURIComponent('信用修复')}`,
      `/zh-hant/search/?q=${encodeURIComponent('信用修復')}`,
    ];
    test.for(pages)('%s runs without a CSP violation', async (path, { expect }) => {
      const page = await browser.newPage();
      const violations = await watchViolations(page);
      try {
        await openPage(page, inject('baseURL'), path);
        await waitForResults(page, path);
        await page.waitForLoadState('networkidle');
      } finally {
        await page.close();
      }
      expect(violations).toEqual([]);
    });

    test('blocks an inline script that was not in the build', async ({ expect }) => {
      const page = await browser.newPage();
      const violations = await watchViolations(page);
      const path = '/zh-hans/cases/nx-2025-01/';
      try {
        await page.route(`**${path}`, async (route) => {
          const response = await route.fetch();
          const html = (await response.text()).replace(
            '</main>',
            '<script>document.documentElement.dataset.injected = "yes";</script></main>',
          );
          await route.fulfill({ response, body: html });
        });
        await openPage(page, inject('baseURL'), path);
        await expect(
          page.evaluate(() => document.documentElement.dataset.injected),
        ).resolves.toBeUndefined();
        await expect.poll(() => violations.length).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });
  });
});
