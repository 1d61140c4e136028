/**
 * The browse pages (regions, keywords, years, sources, domains) against the content
 * files: every case is counted where it belongs, once, in both scripts.
 */
import { describe, expect, test } from 'vitest';
import { distFiles, readDist, visibleText } from '../support/dist.ts';
import { contentCases, contentSources } from '../support/content.ts';
import { regionChain } from '../../src/model/grouping.ts';
import {
  domainNames,
  enforcementDomains,
  type EnforcementDomain,
} from '../../src/model/schema/domains.ts';
import { ui } from '../../src/i18n/ui.ts';
import { loadToHant } from '../../src/i18n/convert.ts';

const toHant = await loadToHant();

const cases = contentCases();
const scripts = ['zh-hans', 'zh-hant'] as const;

/** The case ids listed on a built page, in order. */
const listedIds = (html: string) => [...html.matchAll(/data-case-id="([^"]+)"/g)].map((m) => m[1]!);
/**
 * The (key, count) pairs of a list page: each `<li data-X>` whose link is
 * followed by its count. The key is the link's last path segment, decoded
 * (a region code, or a keyword in simplified script on both sites).
 */
const countsOf = (html: string, attr: string) =>
  new Map(
    [
      ...html.matchAll(
        new RegExp(
          `<li data-${attr}="[^"]+"[^>]*>\\s*<a href="[^"]*/([^/"]+)/"[^>]*>[^<]*</a>\\s*<span class="count"[^>]*>(\\d+)`,
          'g',
        ),
      ),
    ].map((m) => [decodeURIComponent(m[1]!), Number(m[2])]),
  );

describe('the regions pages', () => {
  const expected = new Map<string, string[]>();
  for (const c of cases) {
    for (const d of regionChain(c.data.region.code))
      expected.set(d.code, [...(expected.get(d.code) ?? []), c.id]);
  }

  test.each(scripts)(
    '%s: the index counts every province, city and county with cases',
    (script) => {
      const counts = countsOf(readDist(`${script}/regions/index.html`), 'region');
      expect(new Map([...expected].map(([code, ids]) => [code, ids.length]))).toEqual(counts);
    },
  );

  test.each(scripts)(
    '%s: each division has a page listing exactly its cases, and no other region page exists',
    (script) => {
      const pages = distFiles(new RegExp(`${script}/regions/\\d{6}/index\\.html$`)).map(
        (p) => p.split('/')[2]!,
      );
      expect(pages.sort()).toEqual([...expected.keys()].sort());
      for (const [code, ids] of expected) {
        const html = readDist(`${script}/regions/${code}/index.html`);
        const section = html.slice(html.indexOf('id="cases-heading"'));
        expect(listedIds(section).sort(), code).toEqual([...ids].sort());
      }
    },
  );

  test('a case coded at county level is on its county, city and province pages', () => {
    const county = cases.find((c) => regionChain(c.data.region.code).length === 3);
    if (!county) return; // not every corpus has one; the page-per-division test still covers the rest
    for (const d of regionChain(county.data.region.code)) {
      expect(listedIds(readDist(`zh-hans/regions/${d.code}/index.html`))).toContain(county.id);
    }
  });
});

describe('the keywords pages', () => {
  const expected = new Map<string, string[]>();
  for (const c of cases)
    for (const k of new Set(c.data.keywords)) expected.set(k, [...(expected.get(k) ?? []), c.id]);

  test.each(scripts)('%s: the index lists every keyword with its number of cases', (script) => {
    const html = readDist(`${script}/keywords/index.html`);
    const counts = countsOf(html, 'keyword');
    expect(counts).toEqual(new Map([...expected].map(([k, ids]) => [k, ids.length])));
    // Links percent-encode the simplified keyword, on both sites.
    for (const k of expected.keys())
      expect(html).toContain(`href="/${script}/keywords/${encodeURIComponent(k)}/"`);
  });

  test.each(scripts)(
    '%s: each keyword page lists exactly the cases with that keyword',
    (script) => {
      for (const [k, ids] of expected) {
        expect(listedIds(readDist(`${script}/keywords/${k}/index.html`)).sort(), k).toEqual(
          [...ids].sort(),
        );
      }
      expect(distFiles(new RegExp(`${script}/keywords/[^/]+/index\\.html$`))).toHaveLength(
        expected.size,
      );
    },
  );

  test('the zh-hant keyword page shows the keyword in traditional script', () => {
    const k = [...expected.keys()].find((word) => /[检执监审处综规罚复]/.test(word));
    if (!k) return;
    const text = visibleText(readDist(`zh-hant/keywords/${k}/index.html`));
    expect(text).not.toContain(k);
  });
});

describe('the years pages', () => {
  const expected = new Map<number, string[]>();
  for (const c of cases) expected.set(c.data.year, [...(expected.get(c.data.year) ?? []), c.id]);

  test.each(scripts)(
    '%s: each year has a page with exactly its cases, and the index counts them',
    (script) => {
      const index = readDist(`${script}/years/index.html`);
      for (const [year, ids] of expected) {
        expect(listedIds(readDist(`${script}/years/${year}/index.html`)).sort()).toEqual(
          [...ids].sort(),
        );
        const listed = new RegExp(
          `data-year="${year}"[^>]*><a [^>]*>${year}</a> <span class="count"[^>]*>${ids.length} `,
        ).test(index);
        expect(listed, `${script}/years/ should count ${ids.length} cases for ${year}`).toBe(true);
      }
      expect(distFiles(new RegExp(`${script}/years/\\d+/index\\.html$`))).toHaveLength(
        expected.size,
      );
    },
  );
});

describe('the sources pages', () => {
  const sources = contentSources();

  test.each(scripts)(
    '%s: each source lists its cases in the published order, numbered as published',
    (script) => {
      for (const source of sources) {
        const own = cases
          .filter((c) => c.data.source === source.id)
          .sort((a, b) => a.data.number - b.data.number);
        const page = readDist(`${script}/sources/${source.id}/index.html`);
        expect(listedIds(page)).toEqual(own.map((c) => c.id));
        for (const c of own)
          expect(
            page.includes(`data-case-id="${c.id}" value="${c.data.number}"`),
            `${c.id} numbered ${c.data.number}`,
          ).toBe(true);
        const index = readDist(`${script}/sources/index.html`);
        const section = index.slice(index.indexOf(`data-source="${source.id}"`));
        expect(listedIds(section.slice(0, section.indexOf('</section>')))).toEqual(
          own.map((c) => c.id),
        );
      }
    },
  );

  test('a source page shows its publisher, date and original link, or says they are not stated', () => {
    for (const source of sources) {
      const text = visibleText(readDist(`zh-hans/sources/${source.id}/index.html`));
      expect(text).toContain(source.data.publisher ?? '原文未注明');
      if (source.data.url)
        expect(readDist(`zh-hans/sources/${source.id}/index.html`)).toContain(
          `href="${source.data.url}"`,
        );
      if (source.data.date)
        expect(text).toContain(new Date(source.data.date).toISOString().slice(0, 10));
    }
  });
});

describe('the domains pages', () => {
  const expected = new Map<string, string[]>();
  for (const c of cases)
    for (const d of c.data.domains) expected.set(d, [...(expected.get(d) ?? []), c.id]);
  const slugOf = (name: string) => enforcementDomains[name as EnforcementDomain].slug;

  test.each(scripts)(
    '%s: the index lists every domain of the list, with its number of cases or none',
    (script) => {
      const html = readDist(`${script}/domains/index.html`);
      for (const name of domainNames) {
        const item = html.slice(html.indexOf(`data-domain="${slugOf(name)}"`));
        const line = visibleText(item.slice(0, item.indexOf('</li>')));
        const ids = expected.get(name);
        expect(line, name).toContain(ids ? ` ${ids.length} ` : ui[script].noCasesYet);
        if (ids)
          expect(item).toMatch(
            new RegExp(`^[^>]*>\\s*<a href="/${script}/domains/${slugOf(name)}/"`),
          );
      }
    },
  );

  test.each(scripts)(
    '%s: each domain with cases has a page at its ASCII slug listing exactly its cases, and no other domain page exists',
    (script) => {
      const pages = distFiles(new RegExp(`${script}/domains/[^/]+/index\\.html$`)).map(
        (p) => p.split('/')[2]!,
      );
      expect(pages.sort()).toEqual([...expected.keys()].map(slugOf).sort());
      for (const slug of pages) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const [name, ids] of expected) {
        const html = readDist(`${script}/domains/${slugOf(name)}/index.html`);
        expect(listedIds(html).sort(), name).toEqual([...ids].sort());
      }
    },
  );

  test('the zh-hant domain page names its domain in traditional script', () => {
    const name = [...expected.keys()].find((d) => toHant(d) !== d);
    if (!name) return;
    const html = readDist(`zh-hant/domains/${slugOf(name)}/index.html`);
    expect(visibleText(html)).toContain(`${ui['zh-hant'].domains}：${toHant(name)}`);
  });
});
