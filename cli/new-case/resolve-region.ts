/**
 * Region names as a contributor types them → the region of a case, with its code.
 * Codes are never typed by hand: they come from the division data (src/model/regions.ts).
 */
import {
  cityByName,
  countyByName,
  divisionByCode,
  provinceByName,
  regionProblems,
  type RegionInput,
} from '../../src/model/regions.ts';

export interface RegionNames {
  province: string;
  city?: string;
  county?: string;
}

/** The region with its code, or the first problem (field and Chinese message). */
export function resolveRegion(
  names: RegionNames,
): { region: RegionInput } | { problem: { field: string; message: string } } {
  const province = provinceByName(names.province);
  const city = province && names.city ? cityByName(province.code, names.city) : undefined;
  const county =
    province && names.county ? countyByName(province.code, names.county, city?.code) : undefined;
  // A county typed without its city gets it filled in (吴忠市 for 青铜峡市), except the
  // placeholder cities of municipalities (北京市 → 市辖区 → 通州区), which cases leave out.
  const parent = !names.city && county?.cityCode ? divisionByCode(county.cityCode) : undefined;
  const cityName =
    names.city || (parent && !['市辖区', '县'].includes(parent.name) ? parent.name : undefined);
  const region: RegionInput = {
    province: names.province,
    ...(cityName ? { city: cityName } : {}),
    ...(names.county ? { county: names.county } : {}),
    code: (county ?? city ?? province)?.code ?? '',
  };
  // regionProblems names the wrong field and the valid choices.
  const [problem] = regionProblems(region);
  return problem ? { problem } : { region };
}
