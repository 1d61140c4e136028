import { describe, expect, test } from 'vitest';
import { BOM, csvField, csvRecord, toCsv } from '../../src/site/csv.ts';
import { parseCsv } from '../support/csv-parse.ts';

describe('csvField', () => {
  test('leaves plain text and numbers as they are', () => {
    expect(csvField('中卫市“三减”执法模式')).toBe('中卫市“三减”执法模式');
    expect(csvField(35.86)).toBe('35.86');
    expect(csvField(undefined)).toBe('');
  });
  test('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField('第一段\n\n第二段')).toBe('"第一段\n\n第二段"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });
});

describe('toCsv', () => {
  test('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv(['id', 'title'], [['nx-2025-01', '标题']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}id,title\r\nnx-2025-01,标题\r\n`);
  });
  test('round-trips through an RFC 4180 parser', () => {
    const rows = [
      ['x', 'a,b', '说"好"'],
      ['第一段\n\n第二段', '', '、；='],
    ];
    const parsed = parseCsv(toCsv(['a', 'b', 'c'], rows).slice(1));
    expect(parsed).toEqual([['a', 'b', 'c'], ...rows]);
  });
  test('joins a record with commas', () => {
    expect(csvRecord(['a', 1, null])).toBe('a,1,');
  });
});
