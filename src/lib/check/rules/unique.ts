/**
 * Rules across files: ids and slugs are unique, and no two cases claim the same
 * case number of the same source (案例三 of one document is one case).
 */
import type { ContentFile } from '../../content-file.ts';
import type { Problem } from '../problem.ts';
import { isRecord, problemAt } from '../rule.ts';

/** Groups files by a key; keys `undefined` are skipped. */
function groupBy(files: ContentFile[], keyOf: (data: Record<string, unknown>) => string | undefined) {
  const groups = new Map<string, ContentFile[]>();
  for (const file of files) {
    const key = isRecord(file.data) ? keyOf(file.data) : undefined;
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

const others = (group: ContentFile[], file: ContentFile) => group.filter((f) => f !== file).map((f) => f.path).join('、');

export function uniqueProblems(files: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ['case', 'source'] as const) {
    const field = kind === 'case' ? 'id' : 'slug';
    const ofKind = files.filter((f) => f.kind === kind);
    for (const group of groupBy(ofKind, (d) => (typeof d[field] === 'string' ? d[field] : undefined))) {
      for (const file of group) {
        problems.push(problemAt(file, [field], `${field} “${(file.data as Record<string, string>)[field]}”与 ${others(group, file)} 重复`,
          kind === 'case' ? '每个案例的 id 都不同；新案例用 npm run new-case 取下一个空号' : '每个来源的 slug 都不同，并与文件名一致'));
      }
    }
  }
  const cases = files.filter((f) => f.kind === 'case');
  const sourceAndNumber = (d: Record<string, unknown>) =>
    typeof d.source === 'string' && typeof d.number === 'number' ? `${d.source}#${d.number}` : undefined;
  for (const group of groupBy(cases, sourceAndNumber)) {
    for (const file of group) {
      const d = file.data as Record<string, unknown>;
      problems.push(problemAt(file, ['number'], `来源 ${d.source} 的第 ${d.number} 个案例也出现在 ${others(group, file)}`,
        '核对原文中的案例序号（案例三 → 3）；同一案例只收一次'));
    }
  }
  return problems;
}
