/**
 * A source imported by `npm run import` lists what the importer found that only a reviewer can
 * settle (cases announced but not found, a copy cut short, cases it may have merged or split).
 * Each note stays in the file with how it was resolved; one still marked `resolved: TODO-…`
 * means the review is not finished.
 */
import { isTodo } from '../../model/placeholders.ts';
import { isRecord, problemAt, type FileRule } from '../rule.ts';

export const sourceNoteProblems: FileRule = (file) => {
  if (file.kind !== 'source' || !isRecord(file.data) || !Array.isArray(file.data.notes)) return [];
  return file.data.notes.flatMap((note, i) => {
    if (!isRecord(note) || !isTodo(note.resolved)) return [];
    const line = typeof note.line === 'number' ? `（原文第 ${note.line} 行）` : '';
    return [
      problemAt(
        file,
        ['notes', i, 'resolved'],
        `导入时发现的问题还没有处理：${String(note.note)}${line}`,
        '对照原文核对并处理（补全、改正或确认），再把 resolved 改为一句处理结果，如“已核对，拆分无误”“转载本截断，其余案例未找到完整版本，未收录”',
      ),
    ];
  });
};
