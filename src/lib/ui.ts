/**
 * Every interface string, written natively for each script (搜尋 not 搜索,
 * 資料 not 数据). Page text from content is converted by src/lib/script.ts;
 * interface wording is chosen here by hand, because machine conversion is not
 * localisation. A test checks both scripts have the same keys.
 */
import type { Script } from './script.ts';

const hans = {
  siteName: '涉企行政执法典型案例库',
  siteTagline: '规范涉企行政执法与优化营商环境典型案例：可检索、可引用、可离线使用',
  skipToContent: '跳到正文',
  navHome: '首页',
  navSearch: '搜索',
  navRegions: '按地区',
  navKeywords: '按关键词',
  navSources: '按来源',
  navYears: '按年份',
  navNumbers: '数字对比',
  navDocs: '说明文档',
  mainNav: '主导航',
  searchLabel: '搜索案例',
  searchPlaceholder: '输入关键词，如 综合查一次',
  searchButton: '搜索',
  switchTo: '繁體',
  switchToLabel: '切换到繁体中文版本',
  region: '地区',
  keywords: '关键词',
  metrics: '数字一览',
  source: '来源',
  sourceDocument: '原文',
  caseNumber: '案例序号',
  year: '年份',
  publisher: '发布单位',
  date: '发布日期',
  originalUrl: '原文链接',
  casesInSource: '本文收录的案例',
  allCases: '全部案例',
  caseCount: '案例数',
  footerData: '开放数据',
  footerFeed: 'RSS 订阅',
  footerNote: '案例文字以公开发布的原文为准；修复记录见“关于本库”。',
  notStated: '原文未注明',
  chooseScript: '请选择文字版本',
  simplified: '简体中文',
  traditional: '繁體中文',
};

export type UiStrings = typeof hans;

const hant: UiStrings = {
  siteName: '涉企行政執法典型案例庫',
  siteTagline: '規範涉企行政執法與優化營商環境典型案例：可檢索、可引用、可離線使用',
  skipToContent: '跳到正文',
  navHome: '首頁',
  navSearch: '搜尋',
  navRegions: '依地區',
  navKeywords: '依關鍵詞',
  navSources: '依來源',
  navYears: '依年份',
  navNumbers: '數字對比',
  navDocs: '說明文件',
  mainNav: '主選單',
  searchLabel: '搜尋案例',
  searchPlaceholder: '輸入關鍵詞，如 綜合查一次',
  searchButton: '搜尋',
  switchTo: '簡體',
  switchToLabel: '切換到簡體中文版本',
  region: '地區',
  keywords: '關鍵詞',
  metrics: '數字一覽',
  source: '來源',
  sourceDocument: '原文',
  caseNumber: '案例序號',
  year: '年份',
  publisher: '發布單位',
  date: '發布日期',
  originalUrl: '原文連結',
  casesInSource: '本文收錄的案例',
  allCases: '全部案例',
  caseCount: '案例數',
  footerData: '開放資料',
  footerFeed: 'RSS 訂閱',
  footerNote: '案例文字以公開發布的原文為準；修復紀錄見「關於本庫」。',
  notStated: '原文未註明',
  chooseScript: '請選擇文字版本',
  simplified: '简体中文',
  traditional: '繁體中文',
};

export const ui: Record<Script, UiStrings> = { 'zh-hans': hans, 'zh-hant': hant };

/** The interface strings of a script. */
export const uiFor = (script: Script): UiStrings => ui[script];
