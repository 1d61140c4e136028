/** axe-core in Chromium, limited to WCAG 2.2 level A and AA rules. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Puts axe-core into the page. The site's Content-Security-Policy refuses
 * inline scripts it did not hash, so `page.addScriptTag` fails on every built
 * page; Playwright's evaluate runs through the DevTools protocol, which CSP
 * does not govern, and the page keeps its real policy while it is audited.
 */
export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
}

/** Runs axe on the page and returns its violations, one readable line each. */
export async function axeViolations(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] } = { type: 'tag', values: wcag22aa }): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async (options) => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeResult[] }> } }).axe.run(document, {
      runOnly: options,
      resultTypes: ['violations'],
    });
    return result.violations;
  }, runOnly);
  return violations.flatMap((v: AxeResult) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  );
}
