import { describe, expect, test } from 'vitest';
import {
  applyKnownRepairs,
  findMojibake,
  normalizeNewlines,
  repairText,
  restoreLostSpaces,
  restorePunctuation,
  stripPinyin,
  trimLines,
} from '../../../cli/import/repair.ts';
import { loadToHans } from '../../../src/i18n/convert.ts';
import { knownRepairs } from '../../../cli/import/known-repairs.ts';
import { findTextDefects } from '../../../src/check/text-defects.ts';

describe('line breaks', () => {
  test('CRLF and lone CR become LF and a BOM is dropped', () => {
    expect(normalizeNewlines('\uFEFF第一行\r\n第二行\r第三行\n')).toBe('第一行\n第二行\n第三行\n');
  });
});

describe('pinyin annotations', () => {
  test('a tone-marked pinyin in parentheses right after a Chinese character is removed', () => {
    expect(stripPinyin('各地區(qū)、各部門在優(yōu)化營商環(huán)境')).toBe(
      '各地區、各部門在優化營商環境',
    );
    expect(stripPinyin('執(zhí)法')).toBe('執法');
  });

  test('parentheses that are not pinyin stay', () => {
    expect(stripPinyin('典型案例(2025年第3期)')).toBe('典型案例(2025年第3期)');
    expect(stripPinyin('资质认定(CMA)')).toBe('资质认定(CMA)');
    expect(stripPinyin('清单(3.0版)')).toBe('清单(3.0版)');
  });

  test('pinyin in full-width brackets is removed too', () => {
    expect(stripPinyin('規（guī）范執（zhí)法')).toBe('規范執法');
  });

  test('pinyin after a lone capital that mojibake left is removed, and the capital stays for the mojibake report', () => {
    expect(stripPinyin('鎸崿F(xiàn)執')).toBe('鎸崿F執');
    expect(stripPinyin('作用?,F（xiàn）將')).toBe('作用?,F將');
    expect(findMojibake(stripPinyin('作用?,F（xiàn）將')).map((s) => s.column)).toEqual([3]);
  });

  test('the importer strips exactly what the check flags', () => {
    const text =
      '地區(qū)、規（guī）范、鎸崿F(xiàn)、资质(CMA)、平台(APP)、（AI）助手、(2025年第3期)';
    const flagged = findTextDefects(text).filter((d) => d.what.includes('拼音'));
    expect(flagged.map((d) => d.match)).toEqual(['(qū)', '（guī）', '(xiàn)']);
    expect(findTextDefects(stripPinyin(text)).filter((d) => d.what.includes('拼音'))).toEqual([]);
  });
});

describe('full-width punctuation', () => {
  test('commas, colons and semicolons next to Chinese text become full-width', () => {
    expect(restorePunctuation('去年以来,按照党中央、国务院决策部署;编辑:高弼浡')).toBe(
      '去年以来，按照党中央、国务院决策部署；编辑：高弼浡',
    );
  });

  test('a comma after a percentage or a closing quote becomes full-width', () => {
    expect(restorePunctuation('覆盖率达83%,企业接受检查')).toBe('覆盖率达83%，企业接受检查');
    expect(restorePunctuation('“云勘验”:大幅提升')).toBe('“云勘验”：大幅提升');
  });

  test('parentheses that enclose or touch Chinese text become full-width', () => {
    expect(restorePunctuation('构建“三减”(涉企检查减量、减频、减负)执法新模式')).toBe(
      '构建“三减”（涉企检查减量、减频、减负）执法新模式',
    );
    expect(restorePunctuation('事项清单(3.0)版》')).toBe('事项清单（3.0）版》');
    expect(restorePunctuation('(作者系泰兴市人民政府市长)')).toBe('（作者系泰兴市人民政府市长）');
  });

  test('numbers keep their half-width signs', () => {
    const text = '提升1.5倍,“2+1+1”模式,2023-2024年,共1,000家,10:30开始';
    expect(restorePunctuation(text)).toBe(
      '提升1.5倍，“2+1+1”模式，2023-2024年，共1,000家，10:30开始',
    );
  });

  test('ASCII text keeps its punctuation', () => {
    expect(restorePunctuation('see (a, b): c; d? e!')).toBe('see (a, b): c; d? e!');
  });

  test('question and exclamation marks at the end of a clause become full-width, unless the line is garbled', () => {
    expect(restorePunctuation('怎么办? 好!')).toBe('怎么办？ 好！');
    expect(restorePunctuation('“怎么办?”')).toBe('“怎么办？”');
    expect(restorePunctuation('案件?!袄', { questionMarks: false })).toBe('案件?!袄');
  });
});

describe('a ? between two characters', () => {
  test('is lost text, never punctuation: it stays and is reported', () => {
    expect(restorePunctuation('作用?现将')).toBe('作用?现将');
    expect(findMojibake('形成了一批经验做法。作用?现将10个案例')[0]!.reason).toContain(
      '丢失的文字',
    );
  });
});

describe('lost spaces', () => {
  test('a ? between two title phrases becomes a space', () => {
    expect(restoreLostSpaces('  2.通遼“云勘驗”:大幅提升審批效能?有效降低行政成本')).toBe(
      '  2.通遼“云勘驗”:大幅提升審批效能 有效降低行政成本',
    );
    expect(restoreLostSpaces('錫林郭勒盟以集成改革精準管控?打通經營場所獲取“快車道”')).toBe(
      '錫林郭勒盟以集成改革精準管控 打通經營場所獲取“快車道”',
    );
  });

  test('a ? in a long paragraph or next to garbled characters is not a lost space', () => {
    const long = `${'很长的段落'.repeat(15)}?继续`;
    expect(restoreLostSpaces(long)).toBe(long);
    expect(restoreLostSpaces(' ?。ㄒ唬\ue7ed娀瘮?數')).toBe(' ?。ㄒ唬\ue7ed娀瘮?數');
  });
});

describe('mojibake', () => {
  test('garbled spans are reported with their line and column', () => {
    const text =
      '第一行正常。\n ?。ㄒ唬\ue7ed娀瘮?數字技術賦能\n結合數據。案件?!袄ザ紒鰠^某石油公司';
    const spans = findMojibake(text);
    expect(spans.map((s) => s.line)).toEqual([2, 3]);
    expect(spans[0]!.column).toBe(2);
    expect(spans[0]!.text).toContain('\ue7ed');
    expect(spans[1]!.text).toContain('?!袄');
  });

  test('U+FFFD and a capital letter wedged between characters are reported', () => {
    expect(findMojibake('正常\ufffd文本')).toHaveLength(1);
    expect(findMojibake('全面鎸崿F執法')[0]!.reason).toContain('拉丁字母');
  });

  test('clean text, including CMA, 5G and a title space, has no mojibake', () => {
    expect(
      findMojibake('获得CMA资质认定，借助5G网络。\n大幅提升审批效能 有效降低行政成本'),
    ).toEqual([]);
  });

  test('known repairs are applied only where the exact garbled span is found', () => {
    const repairs = [
      { file: 'x.txt', garbled: '?。ㄒ唬\ue7ed娀瘮?shù)', repaired: '（一）强化数', evidence: '' },
    ];
    const { text, applied } = applyKnownRepairs('一、做法\n ?。ㄒ唬\ue7ed娀瘮?shù)字技術', repairs);
    expect(text).toBe('一、做法\n （一）强化数字技術');
    expect(applied).toEqual([{ repair: repairs[0], line: 2 }]);
    expect(applyKnownRepairs('?。ㄒ唬\ue7ed娀', repairs).applied).toEqual([]);
  });

  test('every known repair matches its raw file exactly once', async () => {
    const { readFileSync } = await import('node:fs');
    for (const repair of knownRepairs) {
      const raw = normalizeNewlines(readFileSync(`content/raw/${repair.file}`, 'utf8'));
      expect(raw.split(repair.garbled).length - 1, repair.garbled).toBe(1);
    }
  });
});

describe('the whole repair', () => {
  test('a traditional text with pinyin and half-width punctuation becomes simplified, full-width and clean', async () => {
    const toHans = await loadToHans();
    const result = repairText(
      '  近年來,包頭市深入貫徹落實法治政府建設要求(試點)。\r\n  數(shù)據共享與技術賦能,顯著提升。',
      toHans,
    );
    expect(result.script).toBe('traditional');
    expect(result.text).toBe(
      '近年来，包头市深入贯彻落实法治政府建设要求（试点）。\n数据共享与技术赋能，显著提升。',
    );
    expect(result.unrepaired).toEqual([]);
    expect(result.counts.pinyin).toBe(1);
  });

  test('a simplified text is not passed through the converter (显著 stays 显著)', async () => {
    const toHans = await loadToHans();
    const result = repairText('行政执法监督质效显著提升,广大市场主体', toHans);
    expect(result.script).toBe('simplified');
    expect(result.text).toBe('行政执法监督质效显著提升，广大市场主体');
  });

  test('line numbers of unrepaired spans point at the raw file', async () => {
    const toHans = await loadToHans();
    const result = repairText('第一段。\r\n\r\n第三行有乱码\ue000字。', toHans);
    expect(result.unrepaired.map((s) => s.line)).toEqual([3]);
  });

  test('columns of unrepaired spans are those of the raw file, before pinyin, BOM and spaces are removed', async () => {
    const toHans = await loadToHans();
    const line = '\uFEFF  各地區(qū)、各部門(mén)執(zhí)法,形成經驗做法?,F（xiàn）將10個案例';
    const result = repairText(line, toHans);
    const column = [...line.slice(1)].indexOf('?') + 1;
    expect(result.unrepaired.map((s) => [s.line, s.column])).toEqual([[1, column]]);
    expect(column).toBe(33);
  });

  test('lines are trimmed of ASCII and ideographic spaces', () => {
    expect(trimLines('  一、具体做法 \n\u3000\u3000正文')).toBe('一、具体做法\n正文');
  });
});
