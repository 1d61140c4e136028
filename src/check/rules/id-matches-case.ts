/**
 * An id says the case's province and year (`nx-2025-01`: 宁夏, 2025), so a wrong one misleads
 * every citation: the prefix must be the province of `region.code`, the year must be `year`.
 */
import { nextCaseIdAfter, parseCaseId, provincePrefix } from '../../model/case-id.ts';
import { PLACEHOLDER_CODE } from '../../model/placeholders.ts';
import { isRecord, problemAt, type FileRule } from '../rule.ts';

export const idMatchesCaseProblems: FileRule = (file, context) => {
  if (file.kind !== 'case' || !isRecord(file.data)) return [];
  const { id, year, region } = file.data;
  if (typeof id !== 'string') return [];
  const parsed = parseCaseId(id);
  const code = isRecord(region) && typeof region.code === 'string' ? region.code : undefined;
  const prefix = code && code !== PLACEHOLDER_CODE ? provincePrefix(code) : undefined;
  if (!parsed || !prefix || typeof year !== 'number') return [];
  const wrongProvince = parsed.prefix !== prefix;
  const wrongYear = parsed.year !== year;
  if (!wrongProvince && !wrongYear) return [];
  const next = nextCaseIdAfter(context.caseIds, prefix, year);
  const what = [
    wrongProvince ? `省份缩写 ${parsed.prefix} 与地区代码 ${code}（${prefix}）不符` : '',
    wrongYear ? `年份 ${parsed.year} 与 year ${year} 不符` : '',
  ]
    .filter(Boolean)
    .join('，');
  return [
    problemAt(
      file,
      ['id'],
      `id“${id}”的${what}`,
      `新案例：把 id 和文件名改为 ${next}（下一个空号）；已发布的案例不能改 id，请改正 region 或 year`,
    ),
  ];
};
