import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { docxFile } from '../../src/client/docx.ts';
import { wordText } from '../support/word.ts';

const input = {
  title: '标题 & <测试>',
  creator: '涉企行政执法典型案例库',
  lang: 'zh-Hant',
  created: '2026-12-01T08:00:00.123Z',
  paragraphs: [
    { style: 'Title' as const, text: '标题 & <测试>' },
    { style: 'Normal' as const, lead: '第1段　', text: '正文\u0007一段。' },
  ],
};

describe('docxFile', () => {
  const parts = unzipSync(docxFile(input));
  const part = (name: string) => strFromU8(parts[name]!);

  test('holds the parts Word and WPS need, [Content_Types].xml first', () => {
    expect(Object.keys(parts)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
      'word/_rels/document.xml.rels',
      'docProps/core.xml',
      'docProps/app.xml',
    ]);
    expect(part('[Content_Types].xml')).toContain(
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    );
    expect(part('_rels/.rels')).toContain('Target="word/document.xml"');
    expect(part('word/_rels/document.xml.rels')).toContain('Target="styles.xml"');
  });

  test('writes each paragraph with its style, escaping XML and dropping characters XML forbids', () => {
    expect(wordText(part('word/document.xml'))).toEqual(['标题 & <测试>', '第1段　正文一段。']);
    expect(part('word/document.xml')).toContain('<w:pStyle w:val="Title"/>');
    expect(part('word/styles.xml')).toContain('w:styleId="Title"');
  });

  test('marks the text as traditional Chinese for a zh-Hant file, and names title, creator and date', () => {
    expect(part('word/styles.xml')).toContain('w:eastAsia="zh-TW"');
    expect(part('docProps/core.xml')).toContain('<dc:title>标题 &amp; &lt;测试&gt;</dc:title>');
    expect(part('docProps/core.xml')).toContain('2026-12-01T08:00:00Z');
  });
});
