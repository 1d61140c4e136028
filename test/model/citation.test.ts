import { describe, expect, test } from 'vitest';
import {
  aroundAccessDate,
  chineseNumeral,
  citations,
  gbt7714v2015,
  gbt7714v2025,
  officialReference,
  type CitationInput,
} from '../../src/model/citation.ts';

/** nx-2025-01 as its page cites it: the source document names no publisher and no date. */
const zhongwei: CitationInput = {
  title: '中卫市“三减”执法模式',
  modified: '2026-11-24',
  accessed: '2026-12-01',
  url: 'https://typical-cases.example.org/zh-hans/cases/nx-2025-01/',
  source: { title: '宁夏规范涉企行政执法专项行动典型案例' },
  number: 1,
};

/** A case from a document whose publisher and date are known. */
const dated: CitationInput = {
  title: '江苏泰州兴化市升级“共享检验室”',
  creator: '法治日报',
  modified: '2026-11-24',
  accessed: '2026-12-01',
  url: 'https://typical-cases.example.org/zh-hans/cases/js-2025-01/',
  source: { title: '规范涉企行政执法典型案例', publisher: '法治日报', date: '2025-10-29' },
  number: 4,
};

describe('citations', () => {
  test('pins every citation of nx-2025-01', () => {
    expect(citations(zhongwei)).toMatchInlineSnapshot(`
      {
        "gbt2015": "中卫市“三减”执法模式[EB/OL]. (2026-11-24)[2026-12-01]. https://typical-cases.example.org/zh-hans/cases/nx-2025-01/.",
        "gbt2025": "中卫市“三减”执法模式[EB/OL]. （2026-11-24）[2026-12-01]. https://typical-cases.example.org/zh-hans/cases/nx-2025-01/.",
        "link": "https://typical-cases.example.org/zh-hans/cases/nx-2025-01/",
        "official": "《中卫市“三减”执法模式》，《宁夏规范涉企行政执法专项行动典型案例》案例一，发布日期不详。",
      }
    `);
  });

  test('names the publisher of the source as 主要责任者 and its date in the 公文 form', () => {
    expect(citations(dated)).toMatchInlineSnapshot(`
      {
        "gbt2015": "法治日报. 江苏泰州兴化市升级“共享检验室”[EB/OL]. (2026-11-24)[2026-12-01]. https://typical-cases.example.org/zh-hans/cases/js-2025-01/.",
        "gbt2025": "法治日报. 江苏泰州兴化市升级“共享检验室”[EB/OL]. （2026-11-24）[2026-12-01]. https://typical-cases.example.org/zh-hans/cases/js-2025-01/.",
        "link": "https://typical-cases.example.org/zh-hans/cases/js-2025-01/",
        "official": "《江苏泰州兴化市升级“共享检验室”》，法治日报《规范涉企行政执法典型案例》案例四，2025年10月29日。",
      }
    `);
  });
});

describe('gbt7714v2025', () => {
  test('writes the dates in full-width parentheses and half-width brackets, as §7 of the 2025 edition asks', () => {
    expect(gbt7714v2025(zhongwei)).toContain('[EB/OL]. （2026-11-24）[2026-12-01]. ');
  });

  test('ends with the canonical URL and a period', () => {
    expect(
      gbt7714v2025(zhongwei).endsWith(
        ' https://typical-cases.example.org/zh-hans/cases/nx-2025-01/.',
      ),
    ).toBe(true);
  });

  test('leaves out the 主要责任者 rather than inventing one', () => {
    expect(gbt7714v2025(zhongwei).startsWith('中卫市“三减”执法模式[EB/OL]')).toBe(true);
  });
});

describe('gbt7714v2015', () => {
  test('differs from the 2025 form only in the width of the parentheses', () => {
    expect(gbt7714v2015(dated)).toBe(gbt7714v2025(dated).replace('（', '(').replace('）', ')'));
    expect(gbt7714v2015(dated)).not.toContain('（');
  });
});

describe('officialReference', () => {
  test('says so when the date of the document is unknown', () => {
    expect(officialReference(zhongwei)).toBe(
      '《中卫市“三减”执法模式》，《宁夏规范涉企行政执法专项行动典型案例》案例一，发布日期不详。',
    );
  });

  test('does not put a bracketed description of an untitled document in 书名号', () => {
    const untitled = {
      ...zhongwei,
      source: { title: '〔泰兴市人民政府市长谈规范涉企行政执法的署名文章〕' },
    };
    expect(officialReference(untitled)).toContain(
      '，〔泰兴市人民政府市长谈规范涉企行政执法的署名文章〕案例一，',
    );
  });
});

describe('a case whose title is a description of our own making', () => {
  const taixing: CitationInput = {
    ...zhongwei,
    title: '〔泰兴市：数智赋能、固本强基、宽严相济，提升涉企行政执法质效〕',
    creator: '泰兴市人民政府市长',
    source: { title: '〔泰兴市人民政府市长谈规范涉企行政执法的署名文章〕' },
  };

  test('puts the description in [ ] in GB/T 7714 entries, as 自拟信息', () => {
    expect(gbt7714v2025(taixing)).toMatch(
      /^泰兴市人民政府市长\. \[泰兴市：.*质效\]\[EB\/OL\]\. （/,
    );
    expect(gbt7714v2015(taixing)).toContain('. [泰兴市：');
  });

  test('does not put it in 书名号 in the 公文 form', () => {
    expect(officialReference(taixing)).toMatch(/^〔泰兴市：.*质效〕，〔泰兴市人民政府市长/);
  });
});

describe('chineseNumeral', () => {
  test('numbers cases as documents do', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
  });

  test('falls back to digits outside 1–99', () => {
    expect(chineseNumeral(100)).toBe('100');
  });
});

describe('aroundAccessDate', () => {
  test('splits a citation around its 引用日期, even when the revision date is the same day', () => {
    const text = gbt7714v2025({ ...zhongwei, modified: '2026-12-01' });
    const [before, after] = aroundAccessDate(text, '2026-12-01')!;
    expect(before.endsWith('（2026-12-01）[')).toBe(true);
    expect(after.startsWith(']. https://')).toBe(true);
    expect(`${before}2026-12-01${after}`).toBe(text);
  });

  test('returns nothing for citations without one', () => {
    expect(aroundAccessDate(officialReference(zhongwei), '2026-12-01')).toBeUndefined();
  });
});
