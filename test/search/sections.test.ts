import { describe, expect, test } from 'vitest';
import {
  bodyBlocksOf,
  scopeMask,
  sectionBit,
  sectionOfHeading,
} from '../../src/search/sections.ts';
import { bodyBlocks } from '../../src/model/body-blocks.ts';
import { contentCases } from '../support/content.ts';

describe('the parts of a case', () => {
  test('are named by its headings: the facts, the significance, and the rest of the body', () => {
    for (const h of ['基本情况', '基本案情', '案情简介', '一、基本情况', '（一）案件经过'])
      expect(sectionOfHeading(h), h).toBe('facts');
    for (const h of ['典型意义', '三、经验启示', '启示', '重要意义'])
      expect(sectionOfHeading(h), h).toBe('significance');
    for (const h of [
      '协调处理',
      '一、具体做法',
      '二、改革成效',
      '主要做法',
      '数智赋能，推动规范精准执法',
    ])
      expect(sectionOfHeading(h), h).toBe('other');
  });

  test("name the collection's headings: most cases have their facts and their significance", () => {
    const cases = contentCases();
    const parts = cases.map((c) =>
      bodyBlocks(c.body)
        .filter((b) => b.kind === 'heading')
        .map((b) => sectionOfHeading(b.text)),
    );
    const withBoth = parts.filter((p) => p.includes('facts') && p.includes('significance'));
    expect(withBoth.length).toBeGreaterThan(cases.length / 2);
  });

  test("are read from a page's anchors: paragraphs before the first heading and under other headings are other body text", () => {
    const blocks = bodyBlocksOf([
      { element: 'p', id: 'p1', text: '引言', location: 1 },
      { element: 'h2', id: '基本情况', text: '基本情况', location: 3 },
      { element: 'p', id: 'p2', text: '案情', location: 5 },
      { element: 'h3', id: '细节', text: '典型意义', location: 7 },
      { element: 'p', id: 'p3', text: '仍是案情', location: 9 },
      { element: 'h2', id: '典型意义', text: '典型意义', location: 11 },
      { element: 'p', id: 'p4', text: '意义', location: 13 },
      { element: 'h2', id: '协调处理', text: '协调处理', location: 15 },
      { element: 'p', id: 'p5', text: '处理', location: 17 },
      { element: 'div', id: 'x', text: '不是段落', location: 19 },
    ]);
    expect(blocks.map((b) => [b.kind, b.number, b.section])).toEqual([
      ['paragraph', 1, 'other'],
      ['heading', undefined, 'facts'],
      ['paragraph', 2, 'facts'],
      ['heading', undefined, 'facts'],
      ['paragraph', 3, 'facts'],
      ['heading', undefined, 'significance'],
      ['paragraph', 4, 'significance'],
      ['heading', undefined, 'other'],
      ['paragraph', 5, 'other'],
    ]);
  });

  test('searched under 全部 are all of them; a part alone is its own bit', () => {
    expect(scopeMask('')).toBe(0b1111111);
    expect(scopeMask('significance')).toBe(sectionBit('significance'));
  });
});
