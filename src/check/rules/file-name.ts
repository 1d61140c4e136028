/** The id (cases) or slug (sources) is the URL and must equal the file name, so links never drift. */
import { problemAt, isRecord, type FileRule } from '../rule.ts';

export const fileNameProblems: FileRule = (file) => {
  const field = file.kind === 'case' ? 'id' : 'slug';
  const value = isRecord(file.data) ? file.data[field] : undefined;
  if (typeof value !== 'string' || value === file.name) return [];
  return [
    problemAt(
      file,
      [field],
      `${field} “${value}”与文件名“${file.name}.mdx”不一致`,
      `把文件改名为 ${value}.mdx，或把 ${field} 改为 ${file.name}（已发布的${file.kind === 'case' ? '案例' : '来源'}不能改 ${field}）`,
    ),
  ];
};
