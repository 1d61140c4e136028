import { describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';

let browser: Browser;
useChromium((b) => {
  browser = b;
});

describe('a case page', () => {
  test('shows its title, region, keywords and metrics in Chromium', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseURL')}/zh-hans/cases/nx-2025-01/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('中卫市“三减”执法模式');
    const meta = await page.locator('.case .meta-list').innerText();
    expect(meta).toContain('宁夏回族自治区 中卫市');
    for (const keyword of ['综合查一次', '分级分类监管', '包容免罚'])
      expect(meta).toContain(keyword);
    const metrics = await page.locator('.metrics').innerText();
    expect(metrics).toContain('检查频次同比下降');
    expect(metrics).toContain('35.86%');
    await page.close();
  });
});
