import { launchChromium } from './test/support/browser.ts';
import { serveDist } from './test/support/server.ts';
import { writeFileSync } from 'node:fs';
const dist = process.argv[2]!;
const { server, url } = await serveDist(dist);
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${url}/zh-hans/search/`);
await page.waitForFunction(() => (document.querySelector('[data-search]') as HTMLElement)?.dataset.ready === 'true');
await page.waitForLoadState('networkidle');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
for (const q of ['营商环境', '包容审慎', '检查站', '涉企检查']) {
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(async (query) => {
    const root = document.querySelector<HTMLElement>('[data-search]')!;
    const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
    const started = performance.now();
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = query;
    const done = new Promise<void>((resolve) => {
      const o = new MutationObserver(() => { if (root.dataset.searched && new URLSearchParams(root.dataset.searched).get('q') === query) { o.disconnect(); resolve(); } });
      o.observe(root, { attributes: true, attributeFilter: ['data-searched'] });
    });
    form.requestSubmit();
    await done;
    return performance.now() - started;
  }, q);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(`/tmp/search-${q}.cpuprofile`, JSON.stringify(profile));
  console.log(q, Math.round(ms));
  await page.waitForLoadState('networkidle');
}
await browser.close();
server.close();
