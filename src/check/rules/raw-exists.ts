/** A source's `raw` names the text as found, kept in the raw folder so every repair can be traced. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isRecord, problemAt, type FileRule } from '../rule.ts';

export const rawExistsProblems: FileRule = (file, { rawDir, rawDirAbs }) => {
  const raw = isRecord(file.data) ? file.data.raw : undefined;
  if (typeof raw !== 'string' || !/^[\w.-]+\.txt$/.test(raw) || existsSync(join(rawDirAbs, raw)))
    return [];
  return [
    problemAt(
      file,
      ['raw'],
      `原始文本 ${rawDir}/${raw} 不存在`,
      `把找到的原始文本放进 ${rawDir}/，或改正文件名`,
    ),
  ];
};
