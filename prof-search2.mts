import { launchChromium } from './test/support/browser.ts';
import { serveDist } from './test/support/server.ts';
const dist = process.argv[2]!;
const { server, url } = await serveDist(dist);
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${url}/zh-hans/search/?q=营商环境`);
await page.waitForFunction(() => (document.querySelector('[data-search]') as HTMLElement)?.dataset.searched !== undefined);
console.log(await page.evaluate(() => [...document.querySelectorAll('select')].map((s) => `${s.name}:${s.options.length}`).join(' ')));
console.log(await page.evaluate(async () => {
  const out: string[] = [];
  for (const name of ['source', 'source', 'place', 'keyword']) {
    const s = document.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
    if (out.length === 1) s.style.width = '20rem';
    const opts = [...s.options].map((o) => [o.text, o.value]);
    let t = performance.now();
    s.replaceChildren(...opts.map(([a, b]) => new Option(a, b)));
    const build = performance.now() - t;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(`${name}: build ${build.toFixed(1)} ms, to next frame ${(performance.now() - t).toFixed(1)} ms`);
  }
  return out.join('\n');
}));
const t0 = Date.now();
await page.evaluate(async () => {
  const t = performance.now();
  const pf = await import(location.origin + '/pagefind/pagefind.js');
  const r = await pf.search('营商环境');
  (window as any).__t = [performance.now() - t, r.results.length];
});
console.log('pagefind search (2nd instance, cold):', await page.evaluate(() => (window as any).__t));
await page.evaluate(async () => {
  const pf = await import(location.origin + '/pagefind/pagefind.js');
  const t = performance.now();
  const r = await pf.search('包容审慎');
  const d = await Promise.all(r.results.slice(0, 5).map((x: any) => x.data()));
  (window as any).__t = [performance.now() - t, r.results.length];
});
console.log('pagefind search warm + 5 data:', await page.evaluate(() => (window as any).__t));
await browser.close();
server.close();
