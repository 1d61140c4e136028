/**
 * National administrative regulations (国务院行政法规) and departmental rules
 * (部门规章) that cases cite by a title without 中华人民共和国 and not ending in
 * 法, so that src/model/cited-documents.ts (rule 4) can tell them from local
 * documents. Each entry is the document's official title with its issuer and
 * kind, for the reviewer: add an entry only after checking both against the
 * document's publication. A title not listed here is listed on the case page
 * without a link, never guessed.
 */
export const nationalDocumentList: readonly { title: string; issuer: string; kind: string }[] = [
  { title: '优化营商环境条例', issuer: '国务院', kind: '行政法规' },
  { title: '公平竞争审查条例', issuer: '国务院', kind: '行政法规' },
  { title: '保障中小企业款项支付条例', issuer: '国务院', kind: '行政法规' },
  { title: '企业信息公示暂行条例', issuer: '国务院', kind: '行政法规' },
  { title: '无证无照经营查处办法', issuer: '国务院', kind: '行政法规' },
  { title: '重大行政决策程序暂行条例', issuer: '国务院', kind: '行政法规' },
  { title: '行政执法机关移送涉嫌犯罪案件的规定', issuer: '国务院', kind: '行政法规' },
  { title: '企业经营异常名录管理办法', issuer: '国家市场监督管理总局', kind: '部门规章' },
  { title: '市场监督管理行政处罚程序规定', issuer: '国家市场监督管理总局', kind: '部门规章' },
  {
    title: '市场监督管理严重违法失信名单管理办法',
    issuer: '国家市场监督管理总局',
    kind: '部门规章',
  },
];

export const nationalDocuments: ReadonlySet<string> = new Set(
  nationalDocumentList.map((d) => d.title),
);
