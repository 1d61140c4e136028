/**
 * Region names as a contributor types them → the region of a case, with its code.
 * Codes are never typed by hand: they come from the division data (src/model/regions.ts).
 */
import {
  cityByName,
  countyByName,
  divisionByCode,
  provinceByName,
  isPlaceholderCity,
  regionProblems,
} from '../../src/model/regions.ts';
import type { Region } from '../../src/model/schema/case.ts';

/** Region names as typed, before the code is looked up. */
export type RegionNames = Omit<Region, 'code'>;

/** The region with its code, or the first problem (field and Chinese message). */
export function resolveRegion(
  names: RegionNames,
): { region: Region } | { problem: { field: string; message: string } } {
  const province = provinceByName(names.province);
  const city = province && names.city ? cityByName(province.code, names.city) : undefined;
  const county =
    province && names.county ? countyByName(province.code, names.county, city?.code) : undefined;
  // A county typed without its city gets it filled in (吴忠市 for 青铜峡市), except the
  // placeholder cities of municipalities (北京市 → 市辖区 → 通州区), which cases leave out.
  const parent = !names.city && county?.cityCode ? divisionByCode(county.cityCode) : undefined;
  const cityName = names.city || (parent && !isPlaceholderCity(parent) ? parent.name : undefined);
  const region: Region = {
    province: names.province,
    ...(cityName ? { city: cityName } : {}),
    ...(names.county ? { county: names.county } : {}),
    code: (county ?? city ?? province)?.code ?? '',
  };
  // regionProblems names the wrong field and the valid choices.
  const [problem] = regionProblems(region);
  return problem ? { problem } : { region };
}
