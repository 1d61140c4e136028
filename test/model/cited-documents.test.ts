import { describe, expect, test } from 'vitest';
import {
  citedTitles,
  documentLevel,
  nationalDatabaseUrl,
  titleCore,
} from '../../src/model/cited-documents.ts';
import { nationalDocumentList } from '../../src/model/national-documents.ts';

describe('citedTitles', () => {
  test('lists the titles in 《…》 in order of first mention, each once', () => {
    expect(
      citedTitles('依据《行政处罚法》和《公平竞争审查条例》，参照《行政处罚法》。《》不算。'),
    ).toEqual(['行政处罚法', '公平竞争审查条例']);
  });

  test('does not join two titles across a line break or a missing closing mark', () => {
    expect(citedTitles('《甲\n乙》《丙》')).toEqual(['丙']);
  });
});

describe('documentLevel', () => {
  test.for([
    ['中华人民共和国行政处罚法', 'national', 'rule 1: the country’s name and a legal form'],
    ['中华人民共和国道路交通安全法实施条例', 'national', 'rule 1'],
    ['行政处罚法', 'national', 'rule 3: a law’s name'],
    ['行政许可法（2019年修正）', 'national', 'rule 3, without the edition'],
    ['公平竞争审查条例', 'national', 'rule 4: reviewed list'],
    ['企业经营异常名录管理办法', 'national', 'rule 4: reviewed list'],
    ['宁夏回族自治区生态环境领域实施包容免罚清单（2022版）', 'local', 'rule 2: a province'],
    ['包头市市场监督管理局执法记录仪使用管理办法', 'local', 'rule 2: a city'],
    ['阿拉善盟重点产业链“链长”制工作方案', 'local', 'rule 2: a league'],
    [
      '关于建立泰兴市行政执法监督和12345政务服务便民热线双向联动合作机制的实施方案',
      'local',
      'rule 2: a county, not at the start',
    ],
    ['浙江省行政执法监督实施办法', 'local', 'rule 2 before rule 3: 办法 is not a law'],
    ['涉企行政执法案件经济影响评估办法', 'other', 'an unlisted 办法: issuer unknown'],
    ['“四步工作法”', 'other', 'a 工作法 is not a law'],
    ['中共中央关于进一步全面深化改革、推进中国式现代化的决定', 'other', 'not a law or regulation'],
    ['中华人民共和国国民经济和社会发展第十四个五年规划纲要', 'other', 'no legal form'],
    ['督办函', 'other', 'a kind of letter'],
  ])('%s is %s (%s)', ([title, level]) => {
    expect(documentLevel(title!)).toBe(level);
  });

  test('classes every title of the reviewed list as national', () => {
    for (const { title } of nationalDocumentList)
      expect(documentLevel(title), title).toBe('national');
  });
});

describe('nationalDatabaseUrl', () => {
  test('searches the 国家法律法规数据库 for the title, without its edition', () => {
    expect(nationalDatabaseUrl('行政许可法（2019年修正）')).toBe(
      `https://flk.npc.gov.cn/search?searchType=title;accurate&searchValue=${encodeURIComponent('行政许可法')}`,
    );
    expect(titleCore('清单（3.0）版')).toBe('清单（3.0）版');
  });
});
