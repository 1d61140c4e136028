/**
 * The open dataset: /data/cases.json and /data/cases.csv hold exactly the
 * cases of content/cases, with all their fields; the CSV is what Excel and
 * WPS open (UTF-8 BOM, CRLF, RFC 4180); both are documented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDist } from '../support/dist.ts';
import { contentCases, contentDir } from '../support/content.ts';
import { parseCsv } from '../support/csv-parse.ts';
import { distFileOf } from '../support/links.ts';
import { caseFields, csvColumns } from '../../src/model/schema/fields.ts';
import { visibleText } from '../support/dist.ts';
import { ui } from '../../src/i18n/ui.ts';
import { datasetLicence } from '../../src/site/dataset.ts';

const cases = contentCases();
const json = JSON.parse(readDist('data/cases.json'));
const csvText = readDist('data/cases.csv');

describe('/data/cases.json', () => {
  test('parses and holds exactly one record per file in content/cases', () => {
    expect(json.count).toBe(cases.length);
    expect(json.cases).toHaveLength(cases.length);
    expect(json.cases.map((c: { id: string }) => c.id).sort()).toEqual(
      cases.map((c) => c.id).sort(),
    );
  });

  test('keeps every frontmatter field as written', () => {
    for (const c of cases) {
      const record = json.cases.find((r: { id: string }) => r.id === c.id);
      expect(record.title).toBe(c.data.title);
      expect(record.region).toEqual(c.data.region);
      expect(record.keywords).toEqual(c.data.keywords);
      expect(record.domains).toEqual(c.data.domains);
      expect(record.year).toBe(c.data.year);
      expect(record.source).toBe(c.data.source);
      expect(record.number).toBe(c.data.number);
      expect(record.metrics.map(({ paragraph, ...m }: { paragraph: number }) => m)).toEqual(
        c.data.metrics,
      );
      expect(record.added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('gives both absolute URLs, which are built pages, and the plain-text body', () => {
    for (const record of json.cases) {
      for (const [url, script] of [
        [record.urlHans, 'zh-hans'],
        [record.urlHant, 'zh-hant'],
      ]) {
        const parsed = new URL(url);
        expect(parsed.protocol).toMatch(/^https?:$/);
        expect(parsed.pathname).toBe(`/${script}/cases/${record.id}/`);
        expect(distFileOf(parsed.pathname), url).toBeDefined();
      }
      // The body's words, without Markdown: headings lose their `#`, nothing else changes.
      const body = cases.find((c) => c.id === record.id)!.body;
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      expect(squeeze(record.text)).toBe(squeeze(body.replace(/^#+\s*/gm, '').replace(/\*\*/g, '')));
    }
  });
});

describe('/data/cases.csv', () => {
  test('starts with a UTF-8 BOM and uses CRLF line endings between records', () => {
    const bytes = readFileSync(distFileOf('/data/cases.csv')!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvText.endsWith('\r\n')).toBe(true);
  });

  test('parses as RFC 4180 to a header and exactly one row per case, matching the JSON', () => {
    const [header, ...rows] = parseCsv(csvText.slice(1));
    expect(header).toEqual(csvColumns().map((c) => c.name));
    expect(rows).toHaveLength(cases.length);
    const column = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      const record = json.cases.find((r: { id: string }) => r.id === row[column('id')]);
      expect(record, row[0]).toBeDefined();
      expect(row[column('title')]).toBe(record.title);
      expect(row[column('regionCode')]).toBe(record.region.code);
      expect(row[column('keywords')]).toBe(record.keywords.join('、'));
      expect(row[column('domains')]).toBe(record.domains.join('、'));
      expect(JSON.parse(row[column('metricsJson')]!)).toEqual(record.metrics);
      expect(row[column('urlHant')]).toBe(record.urlHant);
      expect(row[column('text')]).toBe(record.text);
    }
  });
});

describe('the dataset as a dataset', () => {
  const updated = json.cases
    .flatMap((r: { added: string; lastRevised: string }) => [r.added, r.lastRevised])
    .sort()
    .at(-1);
  const jsonUrl = new URL('data/cases.json', json.site).href;

  test('cases.json carries its licence, its update date and its GB/T 7714—2025 [DS/OL] citation', () => {
    expect(json.updated).toBe(updated);
    expect(json.licence).toEqual(datasetLicence);
    expect(json.citation).toBe(
      `涉企行政执法典型案例库. ${json.title}[DS/OL]. （${updated}）[引用日期]. ${jsonUrl}.`,
    );
  });

  test('cases.csv stays plain RFC 4180, with the same licence, date and citation in its CSVW sidecar', () => {
    expect(csvText.slice(1).startsWith(`${csvColumns()[0]!.name},`)).toBe(true);
    const meta = JSON.parse(readDist('data/cases.csv-metadata.json'));
    expect(meta['@context'][0]).toBe('http://www.w3.org/ns/csvw');
    expect(meta.url).toBe(new URL('data/cases.csv', json.site).href);
    expect(meta['dc:license']).toEqual({ '@id': datasetLicence.url });
    expect(meta['dc:modified']).toBe(updated);
    expect(meta['dc:bibliographicCitation']).toBe(json.citation);
    const [header] = parseCsv(csvText.slice(1));
    expect(meta.tableSchema.columns.map((c: { name: string }) => c.name)).toEqual(header);
  });

  test('the 引用指南 gives the same citation, and the 数据说明 the licence', () => {
    expect(readDist('zh-hans/docs/citation/index.html')).toContain(
      `<p id="dataset-citation">${json.citation}</p>`,
    );
    expect(readDist('zh-hant/docs/citation/index.html')).toContain('id="dataset-citation"');
    expect(readFileSync(`${contentDir}docs/data.mdx`, 'utf8')).toContain(datasetLicence.url);
  });
});

describe('the dataset documentation', () => {
  test('the 数据说明 page names every CSV column and JSON field, in both scripts', () => {
    const fields = new Set([
      ...csvColumns().map((c) => c.name),
      ...Object.keys(json.cases[0] ?? {}),
      ...Object.keys(json).filter((k) => k !== 'cases'),
      'metrics[].paragraph',
    ]);
    for (const script of ['zh-hans', 'zh-hant']) {
      const page = readDist(`${script}/docs/data/index.html`);
      for (const field of fields)
        expect(page, `${script}: ${field}`).toContain(`<code>${field}</code>`);
    }
  });

  test('the 数据说明 page lists the CSV columns in their order, and each case field with its name', () => {
    const text = visibleText(readDist('zh-hans/docs/data/index.html'));
    const csvTable = text.slice(text.indexOf('列 内容'));
    const at = csvColumns().map((c) => csvTable.indexOf(` ${c.name} `));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const hant = visibleText(readDist('zh-hant/docs/data/index.html'));
    for (const [name, field] of Object.entries(caseFields)) {
      expect(text).toContain(` ${name} ${ui['zh-hans'][field.label]} `);
      expect(hant).toContain(` ${name} ${ui['zh-hant'][field.label]} `);
    }
  });
});
