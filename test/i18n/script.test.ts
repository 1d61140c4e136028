import { describe, expect, test } from 'vitest';
import { loadToHans, loadToHant } from '../../src/i18n/convert.ts';
import { convertHtml } from '../../src/i18n/convert-html.ts';
import { projectDictionary } from '../../src/i18n/dictionary.ts';
import { preferredScript } from '../../src/i18n/preferred-script.ts';
import { ui } from '../../src/i18n/ui.ts';
import { simplifiedOnlyChars } from '../support/simplified-chars.ts';

/**
 * Tricky simplified→traditional conversions, taken from the 24 cases. Each
 * one is a place where a naive character mapping goes wrong (干/幹/乾,
 * 复/複/覆/復, 系/係/繫, 于/於, 布/佈 …).
 */
const golden: [string, string][] = [
  ['最大限度减少执法对企业正常经营的干扰', '最大限度減少執法對企業正常經營的干擾'],
  ['数据跑路、干部减负、群众受益', '數據跑路、幹部減負、群眾受益'],
  ['切实为企业减负松绑', '切實為企業減負鬆綁'],
  ['行政执法监督企业联系点', '行政執法監督企業聯繫點'],
  ['指定专人限期处理答复', '指定專人限期處理答覆'],
  ['杜绝对企业多头检查、重复检查', '杜絕對企業多頭檢查、重複檢查'],
  ['后厨操作全程可视化', '後廚操作全程可視化'],
  ['切实打通规范执法的“最后一公里”', '切實打通規範執法的“最後一公里”'],
  ['评查重点领域案卷1278本', '評查重點領域案卷1278本'],
  ['征集民营企业对行政执法的意见建议', '徵集民營企業對行政執法的意見建議'],
  ['以太仆寺旗为试点', '以太僕寺旗為試點'],
  ['本期发布营商环境典型案例5例', '本期發布營商環境典型案例5例'],
  ['现将10个典型案例予以公布', '現將10個典型案例予以公布'],
  ['当事人系首次违法且未产生违法所得', '當事人係首次違法且未產生違法所得'],
  ['出现的问题系工艺调整后突发状况', '出現的問題係工藝調整後突發狀況'],
  ['作者系泰兴市人民政府市长', '作者係泰興市人民政府市長'],
  ['责任编辑：于璐', '責任編輯：于璐'],
  ['形成了一批可复制、可推广的经验做法', '形成了一批可複製、可推廣的經驗做法'],
  ['联动行政复议监督', '聯動行政複議監督'],
  ['起草部门初审+法规部门复核', '起草部門初審+法規部門複核'],
  ['旗县审批材料跨部门复用', '旗縣審批材料跨部門複用'],
  ['惠农区出台覆盖殡葬服务', '惠農區出臺覆蓋殯葬服務'],
  ['“互联网+监管”平台', '“互聯網+監管”平臺'],
  [
    '有效解决了部门执法标准不一致甚至相互冲突的问题',
    '有效解決了部門執法標準不一致甚至相互衝突的問題',
  ],
  ['实现“集中受理、统一办理、并联审批”', '實現“集中受理、統一辦理、並聯審批”'],
  ['制定出台《影响公平竞争行为合规指引清单》', '制定出臺《影響公平競爭行為合規指引清單》'],
  ['制发《督办函》32份', '制發《督辦函》32份'],
  ['共服务企业及商户200余家', '共服務企業及商戶200餘家'],
  ['增强了企业的获得感与满意度', '增強了企業的獲得感與滿意度'],
  ['为各地提供了可借鉴的实践范例', '為各地提供了可借鑑的實踐範例'],
  ['通辽“云勘验”', '通遼“雲勘驗”'],
  ['银川市金凤区', '銀川市金鳳區'],
  ['天津蓟州区', '天津薊州區'],
  ['江西赣州上犹县', '江西贛州上猶縣'],
  ['锡林郭勒盟以集成改革精准管控', '錫林郭勒盟以集成改革精準管控'],
  ['数字赋能“以工代赈”', '數字賦能“以工代賑”'],
  ['大武口区涉企行政检查频次同比下降31%', '大武口區涉企行政檢查頻次同比下降31%'],
  ['构建起全链条闭环监督体系', '構建起全鏈條閉環監督體系'],
  ['处罚金额由20000元下降为4000元', '處罰金額由20000元下降為4000元'],
];

describe('toHant (OpenCC cn→tw with the project dictionary)', () => {
  test.each(golden)('converts %s', async (simplified, traditional) => {
    const toHant = await loadToHant();
    expect(toHant(simplified)).toBe(traditional);
  });

  test('never writes 爲 or 裏', async () => {
    const toHant = await loadToHant();
    expect(toHant('为了规范执法，走进企业里面')).toBe('為了規範執法，走進企業裡面');
  });

  test('does not rewrite vocabulary as twp would (发布 stays 發布, not 釋出)', async () => {
    const toHant = await loadToHant();
    expect(toHant('发布信息')).toBe('發布信息');
  });

  test('leaves no simplified-only character in its output', async () => {
    const toHant = await loadToHant();
    for (const [simplified] of golden) expect(simplifiedOnlyChars(toHant(simplified))).toEqual([]);
  });

  test('every project dictionary entry is exercised by a golden conversion', () => {
    const goldenText = golden.map(([, t]) => t).join('\n');
    for (const [, to] of projectDictionary) expect(goldenText).toContain(to);
  });
});

describe('toHans', () => {
  test('converts traditional text (Taiwan or Hong Kong forms) back to simplified', async () => {
    const toHans = await loadToHans();
    expect(toHans('錫林郭勒盟 雲勘驗 裏面 裡面 後廚 幹部')).toBe(
      '锡林郭勒盟 云勘验 里面 里面 后厨 干部',
    );
  });
});

describe('convertHtml', () => {
  const convert = (s: string) => s.replace(/简/g, '簡').replace(/关键词/g, '關鍵詞');
  test('converts text and reader-visible attributes', () => {
    expect(
      convertHtml(
        '<p title="关键词" aria-label="简" data-pagefind-filter="关键词">简</p>',
        convert,
      ),
    ).toBe('<p title="關鍵詞" aria-label="簡" data-pagefind-filter="關鍵詞">簡</p>');
  });
  test('never converts URLs, ids, classes or scripts', () => {
    const html =
      '<a href="/zh-hant/keywords/关键词/" id="简" class="简">x</a><script>const a = "简";</script>';
    expect(convertHtml(html, convert)).toBe(html);
  });
  test('converts JSON data blocks (JSON-LD) that readers see through the page', () => {
    expect(convertHtml('<script type="application/ld+json">{"name":"简"}</script>', convert)).toBe(
      '<script type="application/ld+json">{"name":"簡"}</script>',
    );
  });
});

describe('preferredScript', () => {
  test.each([
    [['zh-TW'], 'zh-hant'],
    [['zh-HK', 'en'], 'zh-hant'],
    [['zh-MO'], 'zh-hant'],
    [['zh-Hant-CN'], 'zh-hant'],
    [['en-US', 'zh-Hant'], 'zh-hant'],
    [['zh-CN'], 'zh-hans'],
    [['zh-SG'], 'zh-hans'],
    [['zh'], 'zh-hans'],
    [['en-US', 'fr'], 'zh-hans'],
    [['zh-CN', 'zh-TW'], 'zh-hans'],
  ])('%j → %s', (languages, script) => {
    expect(preferredScript(languages)).toBe(script);
  });
});

/** Every text a UI entry can produce: strings, nested records, and templates called with sample values. */
function uiTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function')
    return [String((value as (...args: unknown[]) => unknown)(3, 5))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(uiTexts);
  return [];
}

describe('ui strings', () => {
  test('both scripts have the same keys', () => {
    expect(Object.keys(ui['zh-hant']).sort()).toEqual(Object.keys(ui['zh-hans']).sort());
  });
  test('traditional strings are written natively (搜尋, not 搜索)', () => {
    expect(ui['zh-hant'].navSearch).toBe('搜尋');
    expect(ui['zh-hant'].searchButton).toBe('搜尋');
  });
  test('traditional strings contain no simplified-only characters', () => {
    for (const [key, value] of Object.entries(ui['zh-hant'])) {
      if (key === 'simplified') continue; // the name of the other script, shown in its own script on `/`
      for (const text of uiTexts(value)) expect(simplifiedOnlyChars(text), key).toEqual([]);
    }
  });
  test('simplified-only characters are detected (the detector works)', () => {
    expect(simplifiedOnlyChars('执法们为发')).toEqual(['执', '们', '为', '发']);
    expect(simplifiedOnlyChars('干擾 皇后 公里 于璐 幹部')).toEqual([]);
  });
});
