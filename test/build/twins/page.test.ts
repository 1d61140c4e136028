/**
 * One render, two scripts (src/build/twins/page.ts, src/i18n/ui-markers.ts): a
 * page rendered with marked interface strings is finished in simplified
 * script, and its traditional twin is made from the same HTML.
 */
import { describe, expect, test } from 'vitest';
import { fillMarker, resolveUi, markedUi } from '../../../src/i18n/ui-markers.ts';
import { ui } from '../../../src/i18n/ui.ts';
import { fixedScript, pageIn, swapScripts, twinOf } from '../../../src/build/twins/page.ts';
import type { Script } from '../../../src/i18n/script.ts';
import { loadToHant } from '../../../src/i18n/convert.ts';
import { casePath, keywordPath, twinPath } from '../../../src/site/routes.ts';
import { scriptToLang } from '../../../src/i18n/script.ts';

const toHant = await loadToHant();

/** Every string of a UI table, nested tables included. */
const strings = (table: object): string[] =>
  Object.values(table).flatMap((value) =>
    typeof value === 'string' ? [value] : strings(value as object),
  );

/**
 * A small page written like src/layouts/Base.astro and the case page: markers
 * for interface strings, paths and lang from the page's script, the twin's
 * script for the toggle, content in simplified script.
 */
function render(script: Script): string {
  const t = markedUi();
  const twin: Script = script === 'zh-hans' ? 'zh-hant' : 'zh-hans';
  const path = casePath(script, 'nx-2025-01');
  return [
    `<!doctype html><html lang="${scriptToLang(script)}"><head><title>干部减负 · ${t.siteName}</title>`,
    `<link rel="alternate" hreflang="${scriptToLang(script)}" href="${path}">`,
    `<link rel="alternate" hreflang="${scriptToLang(twin)}" href="${twinPath(path)}">`,
    `<link rel="alternate" hreflang="x-default" href="${fixedScript(casePath('zh-hans', 'nx-2025-01'))}">`,
    `<style>:lang(zh-Hant){font-family:serif}</style>`,
    `<script>document.documentElement.lang||'zh-Hans'</script>`,
    `<script type="application/ld+json">{"url":"${path}","name":"干部减负"}</script></head>`,
    `<body><a href="${twinPath(path)}" hreflang="${scriptToLang(twin)}"><span lang="${scriptToLang(twin)}">${t.switchTo}</span></a>`,
    `<nav aria-label="${t.mainNav}"><a href="/${script}/search/">${t.navSearch}</a></nav>`,
    `<h1>${fillMarker(t.keywordTitle, { keyword: '松绑' })}</h1><a href="${keywordPath(script, '松绑')}">松绑</a>`,
    `<p>${fillMarker(t.paragraphMarker, { n: 3 })}：最大限度减少执法对企业正常经营的干扰</p>`,
    `<div class="prose">${fixedScript('<p>简体版的订阅地址是 <code>/zh-hans/rss.xml</code></p>')}</div>`,
    `</body></html>`,
  ].join('');
}

describe('interface strings in pages', () => {
  test('a marked string resolves to the native wording of each script', () => {
    const t = markedUi();
    expect(t.navSearch).not.toContain('搜');
    expect(resolveUi(`<a>${t.navSearch}</a>`, 'zh-hans')).toBe('<a>搜索</a>');
    expect(resolveUi(`<a>${t.navSearch}</a>`, 'zh-hant')).toBe('<a>搜尋</a>');
  });

  test('every marked string, nested tables included, resolves to that string of each script', () => {
    const leaves = (table: object, path: string[] = []): [string[], string][] =>
      Object.entries(table).flatMap(([key, value]) =>
        typeof value === 'string' ? [[[...path, key], value]] : leaves(value, [...path, key]),
      );
    const at = (table: object, path: string[]) =>
      path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], table);
    const marked = leaves(markedUi());
    expect(marked.length).toBeGreaterThan(100);
    for (const script of ['zh-hans', 'zh-hant'] as const) {
      for (const [path, marker] of marked) {
        expect(marker, path.join('.')).not.toBe(at(ui[script], path));
        expect(resolveUi(marker, script), path.join('.')).toBe(at(ui[script], path));
      }
    }
  });

  test('a filled string carries its values into either script', () => {
    const marked = fillMarker(markedUi().keywordTitle, { keyword: '松绑' });
    expect(resolveUi(marked, 'zh-hans')).toBe('关键词：松绑');
    expect(resolveUi(marked, 'zh-hant')).toBe('關鍵詞：松绑');
  });

  test('a string filled with another marked string resolves both', () => {
    const t = markedUi();
    expect(resolveUi(fillMarker(t.keywordTitle, { keyword: t.navSearch }), 'zh-hant')).toBe(
      '關鍵詞：搜尋',
    );
  });

  test('fill still fills plain strings', () => {
    expect(fillMarker('第{n}段', { n: 3 })).toBe('第3段');
  });

  test('a stray marker character is refused with a message that says where', () => {
    expect(() => resolveUi('<p>正文\uE001</p>', 'zh-hans')).toThrow(
      /marker is left at 5 \("<p>正文/,
    );
  });

  test('no interface string needs escaping in HTML text, attributes or JSON, so a marker resolves alike in all three', () => {
    for (const script of ['zh-hans', 'zh-hant'] as const) {
      for (const text of strings(ui[script]))
        expect(text, text).not.toMatch(/[<>&"\\\uE000-\uE004]/);
    }
  });

  test('traditional strings are final: the converter leaves them as they are', () => {
    // They are put in after the content is converted, so they must already be what conversion would give.
    for (const [key, value] of Object.entries(ui['zh-hant'])) {
      if (key === 'simplified') continue; // the name of the other script, in that script, on `/`
      for (const text of typeof value === 'string' ? [value] : strings(value))
        expect(toHant(text), key).toBe(text);
    }
  });
});

describe('twins', () => {
  test('the simplified page is the marked page with simplified strings', () => {
    const page = pageIn(render('zh-hans'), 'zh-hans');
    expect(page).toContain('<title>干部减负 · 涉企行政执法典型案例库</title>');
    expect(page).toContain('<h1>关键词：松绑</h1>');
    expect(page).not.toMatch(/[\uE000-\uE004]/);
  });

  test('the twin made from the simplified render is the page rendered in traditional script', () => {
    expect(twinOf(render('zh-hans'), toHant)).toBe(pageIn(render('zh-hant'), 'zh-hant', toHant));
  });

  test('the twin is converted, links to its own script, and toggles back to simplified', () => {
    const twin = twinOf(render('zh-hans'), toHant);
    expect(twin).toContain('<html lang="zh-Hant">');
    expect(twin).toContain('<title>幹部減負 · 涉企行政執法典型案例庫</title>');
    expect(twin).toContain('<h1>關鍵詞：鬆綁</h1>');
    expect(twin).toContain('第3段：最大限度減少執法對企業正常經營的干擾');
    expect(twin).toContain('<a href="/zh-hant/search/">搜尋</a>');
    expect(twin).toContain(`href="/zh-hant/keywords/${encodeURIComponent('松绑')}/"`);
    expect(twin).toContain(
      '<a href="/zh-hans/cases/nx-2025-01/" hreflang="zh-Hans"><span lang="zh-Hans">簡體</span></a>',
    );
    expect(twin).toContain(
      '<link rel="alternate" hreflang="zh-Hant" href="/zh-hant/cases/nx-2025-01/">',
    );
    expect(twin).toContain(
      '<link rel="alternate" hreflang="zh-Hans" href="/zh-hans/cases/nx-2025-01/">',
    );
    expect(twin).toContain('{"url":"/zh-hant/cases/nx-2025-01/","name":"幹部減負"}');
  });

  test('what names a script for every page alike stays: the x-default, style sheets, programs and content', () => {
    const twin = twinOf(render('zh-hans'), toHant);
    expect(twin).toContain('hreflang="x-default" href="/zh-hans/cases/nx-2025-01/"');
    expect(twin).toContain(':lang(zh-Hant){font-family:serif}');
    expect(twin).toContain(`||'zh-Hans'</script>`);
    expect(twin).toContain('<code>/zh-hans/rss.xml</code>');
    expect(twin).not.toMatch(/[\uE000-\uE004]/);
  });

  test('swapScripts swaps both spellings and leaves kept names', () => {
    expect(swapScripts('lang="zh-Hans" href="/zh-hant/x/"')).toBe(
      'lang="zh-Hant" href="/zh-hans/x/"',
    );
    expect(swapScripts(fixedScript('/zh-hans/'))).toBe('/zh-hans/');
  });
});
