/** A case's `source` names a file in the sources folder: the case page links to it. */
import { isRecord, problemAt, type FileRule } from '../rule.ts';
import { isTodo } from '../../model/placeholders.ts';

export const sourceExistsProblems: FileRule = (file, { sourceSlugs, sourcesDir }) => {
  const source = isRecord(file.data) ? file.data.source : undefined;
  // A placeholder source is the placeholder rule's to report.
  if (typeof source !== 'string' || sourceSlugs.has(source) || isTodo(source)) return [];
  const known = [...sourceSlugs].sort().join('、') || '（目前没有）';
  return [
    problemAt(
      file,
      ['source'],
      `来源“${source}”不存在：${sourcesDir}/ 中没有 ${source}.mdx`,
      `改为已有的来源：${known}；或先新建 ${sourcesDir}/${source}.mdx`,
    ),
  ];
};
