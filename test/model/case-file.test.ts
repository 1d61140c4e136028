import { describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import {
  caseCsl,
  caseDocument,
  caseRis,
  caseText,
  type CaseFile,
} from '../../src/model/case-file.ts';

export const sampleFile: CaseFile = {
  id: 'nx-2025-01',
  lang: 'zh-Hans',
  title: '中卫市“三减”执法模式',
  url: 'https://example.gov.cn/alk/zh-hans/cases/nx-2025-01/',
  region: '宁夏回族自治区 中卫市',
  keywords: ['综合查一次', '包容免罚'],
  creator: '宁夏回族自治区司法厅',
  source: { title: '宁夏规范涉企行政执法典型案例', publisher: '宁夏回族自治区司法厅', number: 1 },
  siteName: '涉企行政执法典型案例库',
  added: '2026-11-24',
  modified: '2026-11-30',
  accessed: '2026-12-01',
  blocks: [
    { kind: 'heading', text: '基本情况' },
    { kind: 'paragraph', number: 1, text: '各行政执法单位开展联合检查122次。' },
    { kind: 'heading', text: '典型意义' },
    { kind: 'paragraph', number: 2, text: '检查频次同比下降35.86%。' },
  ],
  metrics: [{ label: '检查频次同比下降', value: '35.86', unit: '%', paragraph: 2 }],
  citation:
    '宁夏回族自治区司法厅. 中卫市“三减”执法模式[EB/OL]. （2026-11-30）[2026-12-01]. https://example.gov.cn/alk/zh-hans/cases/nx-2025-01/.',
};
const t = ui['zh-hans'];

describe('caseText', () => {
  test('gives title, region, keywords, source, address, figures, numbered paragraphs and the citation, with CRLF', () => {
    const text = caseText(sampleFile, t);
    expect(text.split('\r\n')).toEqual([
      '中卫市“三减”执法模式',
      '',
      '地区：宁夏回族自治区 中卫市',
      '关键词：综合查一次、包容免罚',
      '来源：宁夏规范涉企行政执法典型案例（案例一）',
      '发布单位：宁夏回族自治区司法厅',
      '发布日期：原文未注明',
      '最后修订：2026-11-30',
      '本页网址：https://example.gov.cn/alk/zh-hans/cases/nx-2025-01/',
      '',
      '数字一览',
      '检查频次同比下降：35.86%（第2段）',
      '',
      '基本情况',
      '',
      '第1段　各行政执法单位开展联合检查122次。',
      '',
      '典型意义',
      '',
      '第2段　检查频次同比下降35.86%。',
      '',
      '引用本案例',
      'GB/T 7714—2025 参考文献',
      sampleFile.citation,
      '',
    ]);
  });
});

describe('caseDocument', () => {
  test('styles the title, headings and numbered paragraphs, with the same text as caseText', () => {
    const paragraphs = caseDocument(sampleFile, t);
    expect(paragraphs[0]).toEqual({ style: 'Title', text: sampleFile.title });
    expect(paragraphs).toContainEqual({
      style: 'Normal',
      lead: '第2段　',
      text: '检查频次同比下降35.86%。',
    });
    expect(paragraphs.filter((p) => p.style.startsWith('Heading')).map((p) => p.text)).toEqual([
      '数字一览',
      '基本情况',
      '典型意义',
      '引用本案例',
    ]);
    const text = caseText(sampleFile, t);
    for (const p of paragraphs) expect(text).toContain(`${p.lead ?? ''}${p.text}`);
  });
});

describe('caseRis', () => {
  test('is an ELEC record with title, author, site, dates, URL and keywords, ending in ER', () => {
    expect(caseRis(sampleFile).split('\r\n')).toEqual([
      'TY  - ELEC',
      'TI  - 中卫市“三减”执法模式',
      'AU  - 宁夏回族自治区司法厅',
      'T2  - 宁夏规范涉企行政执法典型案例',
      'PB  - 涉企行政执法典型案例库',
      'PY  - 2026',
      'DA  - 2026/11/30',
      'Y2  - 2026/12/01',
      'UR  - https://example.gov.cn/alk/zh-hans/cases/nx-2025-01/',
      'KW  - 综合查一次',
      'KW  - 包容免罚',
      'LA  - zh-Hans',
      'ID  - nx-2025-01',
      'ER  - ',
      '',
    ]);
  });

  test('leaves out the author when the source names none', () => {
    const { creator: _, ...anonymous } = sampleFile;
    expect(caseRis(anonymous)).not.toContain('AU  -');
  });
});

describe('caseCsl', () => {
  test('is one webpage item with its dates as date-parts', () => {
    expect(caseCsl(sampleFile)).toEqual([
      {
        id: 'nx-2025-01',
        type: 'webpage',
        title: '中卫市“三减”执法模式',
        author: [{ literal: '宁夏回族自治区司法厅' }],
        'container-title': '涉企行政执法典型案例库',
        publisher: '涉企行政执法典型案例库',
        'collection-title': '宁夏规范涉企行政执法典型案例',
        issued: { 'date-parts': [[2026, 11, 30]] },
        accessed: { 'date-parts': [[2026, 12, 1]] },
        URL: 'https://example.gov.cn/alk/zh-hans/cases/nx-2025-01/',
        keyword: '综合查一次, 包容免罚',
        language: 'zh-Hans',
      },
    ]);
  });
});
