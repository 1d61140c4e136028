/**
 * The two pages outside the scripts, `/` (which chooses a script) and the 404
 * page, speak both scripts with their interface strings (src/i18n/ui.ts), as
 * every other page speaks its own.
 */
import { describe, expect, test } from 'vitest';
import { scripts } from '../../src/i18n/script.ts';
import { ui } from '../../src/i18n/ui.ts';
import { readDist, visibleText } from '../support/dist.ts';

describe.each([
  ['404.html', ['notFoundTitle', 'notFoundHint', 'navHome', 'navSearch']],
  ['index.html', ['siteName', 'chooseScript']],
] as const)('%s', (file, keys) => {
  const html = readDist(file);
  const text = visibleText(html);

  test.for(scripts)('says what it says in %s with that script’s interface strings', (script) => {
    for (const key of keys) expect(text, key).toContain(ui[script][key]);
  });

  test('links to the home page of both scripts', () => {
    for (const script of scripts) expect(html).toContain(`href="/${script}/"`);
  });
});

test('the 404 page applies the reader’s 夜间 and 大字 choices like the other pages', () => {
  const inline = /<script>([^<]*)<\/script>/.exec(readDist('404.html'))?.[1];
  expect(inline).toBe(/<script>([^<]*)<\/script>/.exec(readDist('zh-hans/index.html'))?.[1]);
  expect(inline).toContain("localStorage.getItem('theme')");
});
