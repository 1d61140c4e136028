/** axe-core in Chromium, limited to WCAG 2.2 level A and AA rules. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export interface AxeOptions {
  /** axe tags to run; WCAG 2.2 A and AA by default. */
  tags?: string[];
  /** Run these rules only, instead of tags (e.g. `color-contrast-enhanced`, an AAA rule). */
  rules?: string[];
  /** CSS selectors to check (default: the whole document). */
  include?: string[];
  /** CSS selectors to leave out. */
  exclude?: string[];
}

/**
 * Runs axe on the page and returns its violations, one readable line each.
 * axe is evaluated through the DevTools protocol, which the pages' CSP (no
 * inline scripts) does not govern, so the page is tested exactly as served.
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = options.rules
    ? { type: 'rule', values: options.rules }
    : { type: 'tag', values: options.tags ?? wcag22aa };
  const violations = await page.evaluate(
    async ({ runOnly, include, exclude }) => {
      type Axe = { run: (ctx: object, o: object) => Promise<{ violations: AxeResult[] }> };
      const axe = (window as unknown as { axe: Axe }).axe;
      const context = {
        include: include?.length ? include.map((s) => [s]) : [['html']],
        exclude: (exclude ?? []).map((s) => [s]),
      };
      const result = await axe.run(context, { runOnly, resultTypes: ['violations'] });
      return result.violations;
    },
    { runOnly, include: options.include, exclude: options.exclude },
  );
  return violations.flatMap((v: AxeResult) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
    ),
  );
}
