/**
 * Each case as a file to keep (下载与纠错 on the case page, both scripts):
 * its record as a static file, equal to its record in /data/cases.json; Word,
 * plain text, RIS and CSL-JSON made in the browser when asked for, by a chunk
 * that loads only then; links to the case file in the repository and to the
 * error form, for the case and for each paragraph.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, test } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { bodyBlocks } from '../../src/model/body-blocks.ts';
import { scripts, type Script } from '../../src/i18n/script.ts';
import { loadToHant } from '../../src/i18n/convert.ts';
import { ui } from '../../src/i18n/ui.ts';
import { repositoryUrl } from '../../src/site/repository.ts';
import { contentCases } from '../support/content.ts';
import { readDist } from '../support/dist.ts';
import { openPage } from '../support/pages.ts';
import { useChromium } from '../support/use-chromium.ts';
import { wordText } from '../support/word.ts';

const baseURL = inject('baseURL');
const cases = contentCases();
/** A case with figures and headings, so that every part of the files is there. */
const sample =
  cases.find(
    (c) => c.data.metrics.length > 0 && bodyBlocks(c.body).some((b) => b.kind === 'heading'),
  ) ?? cases[0]!;
const dataset = JSON.parse(readDist('data/cases.json')) as { cases: { id: string }[] };
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;

let browser: Browser;
useChromium((b) => {
  browser = b;
});

describe('every case page, in both scripts', () => {
  test('links its record, its file in the repository and the error form filled in with the case and the page', () => {
    expect(repositoryUrl).toMatch(/^https:\/\//);
    for (const c of cases)
      for (const script of scripts) {
        const html = readDist(`${script}/cases/${c.id}/index.html`);
        const page = `${script}/cases/${c.id}/`;
        expect(html, page).toContain(`href="/data/cases/${c.id}.json"`);
        expect(html, page).toContain(`href="${repositoryUrl}/blob/HEAD/content/cases/${c.id}.mdx"`);
        const report = new URLSearchParams(
          /href="[^"]*\/issues\/new\?([^"]*)" rel="[^"]*external">[^<]*<\/a><\/li>/
            .exec(html)![1]!
            .replace(/&amp;/g, '&'),
        );
        expect(report.get('template'), page).toBe('report-error.yml');
        expect(report.get('case'), page).toBe(c.id);
        expect(report.get('url'), page).toBe(canonicalOf(html));
      }
  });

  test('offers 报告此段错误 on every paragraph, with the paragraph and its address', () => {
    for (const c of cases)
      for (const script of scripts) {
        const html = readDist(`${script}/cases/${c.id}/index.html`);
        const paragraphs = [
          ...html.matchAll(/<p id="(p\d+)" data-para="\d+"[^>]*>([\s\S]*?)<\/p>/g),
        ];
        expect(paragraphs.length).toBeGreaterThan(0);
        for (const [, id, inner] of paragraphs) {
          const href = /<a class="para-report[^"]*" href="([^"]+)"/.exec(inner!)?.[1];
          expect(href, `${script} ${c.id} #${id}`).toBeDefined();
          const params = new URL(href!.replace(/&amp;/g, '&')).searchParams;
          expect(params.get('paragraph')).toBe(id);
          expect(params.get('url')).toBe(`${canonicalOf(html)}#${id}`);
          expect(params.get('case')).toBe(c.id);
        }
      }
  });

  test('links a record that is its record in /data/cases.json, for every case', () => {
    expect(dataset.cases.map((r) => r.id).sort()).toEqual(cases.map((c) => c.id).sort());
    for (const record of dataset.cases)
      expect(JSON.parse(readDist(`data/cases/${record.id}.json`)), record.id).toEqual(record);
  });
});

/** Clicks a download button of the page and returns the file. */
async function download(page: Page, name: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { file, bytes: readFileSync((await file.path())!) };
}

/** The sample's paragraphs as the page in `script` shows them. */
async function paragraphsIn(script: Script): Promise<string[]> {
  const toHant = await loadToHant();
  return bodyBlocks(sample.body)
    .filter((b) => b.kind === 'paragraph')
    .map((b) => `第${b.number}段　${script === 'zh-hant' ? toHant(b.text) : b.text}`);
}

describe.each(scripts)('the %s case page', (script) => {
  const path = `/${script}/cases/${sample.id}/`;
  const t = ui[script];

  test('makes a Word file that Word and WPS open, with a chunk that loads only when asked for', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    try {
      await openPage(page, baseURL, path);
      await page.waitForLoadState('networkidle');
      const before = requested.length;
      expect(requested.filter((u) => /docx|case-downloads/.test(u))).toEqual([]);
      const { file, bytes } = await download(page, t.downloadDocx);
      expect(file.suggestedFilename()).toBe(`${sample.id}.docx`);
      const added = requested.slice(before);
      expect(added.some((u) => /\/_astro\/docx\.[\w-]+\.js$/.test(u))).toBe(true);
      // Made from the page: nothing is asked of any other host, and no data file is fetched.
      expect(added.filter((u) => !u.startsWith(baseURL) || !/\.js$/.test(u))).toEqual([]);

      const parts = unzipSync(new Uint8Array(bytes));
      expect(Object.keys(parts)).toEqual(
        expect.arrayContaining([
          '[Content_Types].xml',
          '_rels/.rels',
          'word/document.xml',
          'word/_rels/document.xml.rels',
          'word/styles.xml',
        ]),
      );
      for (const [name, data] of Object.entries(parts)) {
        const errors = await page.evaluate(
          (xml) =>
            new DOMParser()
              .parseFromString(xml, 'application/xml')
              .getElementsByTagName('parsererror').length,
          strFromU8(data),
        );
        expect(errors, `${name} is well-formed XML`).toBe(0);
      }
      const lines = wordText(strFromU8(parts['word/document.xml']!));
      const html = await page.content();
      expect(lines[0]).toBe(await page.locator('h1').innerText());
      for (const paragraph of await paragraphsIn(script)) expect(lines).toContain(paragraph);
      expect(lines.some((l) => l.startsWith(`${t.region}：`))).toBe(true);
      expect(lines.some((l) => l.startsWith(`${t.source}：`))).toBe(true);
      for (const value of await page.locator('.metric-value').allInnerTexts())
        expect(lines.some((l) => l.includes(`：${value}`))).toBe(true);
      const citation = lines.find((l) => l.includes('[EB/OL]'))!;
      expect(citation).toContain(`${canonicalOf(html)}.`);
      expect(citation).toContain(await page.locator('#cite-gbt2025 [data-cite-date]').innerText());
      await expect
        .poll(() => page.getByRole('status').innerText())
        .toBe(t.downloadMade.replace('{what}', t.wordFile));
    } finally {
      await context.close();
    }
  });

  test('makes the plain text, RIS and CSL-JSON files, saying what the Word file says', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await openPage(page, baseURL, path);
      const canonical = canonicalOf(await page.content());
      const word = wordText(
        strFromU8(
          unzipSync(new Uint8Array((await download(page, t.downloadDocx)).bytes))[
            'word/document.xml'
          ]!,
        ),
      );

      const txt = await download(page, t.downloadTxt);
      expect(txt.file.suggestedFilename()).toBe(`${sample.id}.txt`);
      const text = txt.bytes.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const textLines = text.slice(1).split('\r\n');
      expect(textLines.filter(Boolean)).toEqual(word);
      for (const paragraph of await paragraphsIn(script)) expect(textLines).toContain(paragraph);

      const ris = (await download(page, t.downloadRis)).bytes.toString('utf8').split('\r\n');
      expect(ris[0]).toBe('TY  - ELEC');
      expect(ris).toContain(`TI  - ${word[0]}`);
      expect(ris).toContain(`UR  - ${canonical}`);
      expect(ris.at(-2)).toBe('ER  - ');

      const csl = JSON.parse((await download(page, t.downloadCsl)).bytes.toString('utf8'));
      expect(csl).toEqual([
        expect.objectContaining({ id: sample.id, type: 'webpage', title: word[0], URL: canonical }),
      ]);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript, says the made files need it and still links the record', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await openPage(page, baseURL, path);
      expect(await page.getByRole('button', { name: t.downloadDocx }).count()).toBe(0);
      await expect.poll(() => page.getByText(t.downloadsNoScript).isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: t.downloadJson }).getAttribute('href')).toBe(
        `/data/cases/${sample.id}.json`,
      );
    } finally {
      await context.close();
    }
  });
});
