/** Keywords become browse pages (/keywords/{keyword}/): an empty or repeated one makes a broken or doubled link. */
import { isRecord, problemAt, type FileRule } from '../rule.ts';
import type { Problem } from '../problem.ts';

export const keywordProblems: FileRule = (file) => {
  const keywords =
    isRecord(file.data) && Array.isArray(file.data.keywords) ? file.data.keywords : [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  keywords.forEach((keyword, i) => {
    if (typeof keyword !== 'string') return; // the schema reports it
    const word = keyword.trim();
    if (word === '') {
      problems.push(
        problemAt(file, ['keywords', i], `第 ${i + 1} 个关键词是空的`, '删除这一项，或填上关键词'),
      );
    } else if (seen.has(word)) {
      problems.push(
        problemAt(
          file,
          ['keywords', i],
          `关键词“${word}”重复（与第 ${seen.get(word)! + 1} 个相同）`,
          '删除重复的这一项',
        ),
      );
    } else {
      seen.set(word, i);
    }
  });
  return problems;
};
