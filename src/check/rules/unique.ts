/**
 * Rules across files: ids and slugs are unique, and no two cases claim the same
 * case number of the same source (案例三 of one document is one case).
 */
import type { ContentFile } from '../content-file.ts';
import type { Problem } from '../problem.ts';
import { isRecord, problemAt } from '../rule.ts';

/** Something a file claims that no other file may: its id or slug, or (cases) its source's case number. */
export interface Claim {
  /** The same for two files that claim the same thing. */
  key: string;
  field: 'id' | 'slug' | 'number';
}

/** What a file claims (nothing it cannot: fields with the wrong type are the schema rule's to report). */
export function claimsOf(kind: ContentFile['kind'], data: unknown): Claim[] {
  if (!isRecord(data)) return [];
  const claims: Claim[] = [];
  const field = kind === 'case' ? 'id' : 'slug';
  if (typeof data[field] === 'string')
    claims.push({ key: `${kind} ${field} ${data[field]}`, field });
  if (kind === 'case' && typeof data.source === 'string' && typeof data.number === 'number') {
    claims.push({ key: `case number ${data.source}#${data.number}`, field: 'number' });
  }
  return claims;
}

export function uniqueProblems(files: ContentFile[]): Problem[] {
  const claimed = new Map<string, { field: Claim['field']; files: ContentFile[] }>();
  for (const file of files) {
    for (const { key, field } of claimsOf(file.kind, file.data)) {
      const group = claimed.get(key) ?? claimed.set(key, { field, files: [] }).get(key)!;
      group.files.push(file);
    }
  }
  const problems: Problem[] = [];
  for (const { field, files: group } of claimed.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group
        .filter((f) => f !== file)
        .map((f) => f.path)
        .join('、');
      const d = file.data as Record<string, unknown>;
      if (field === 'number') {
        problems.push(
          problemAt(
            file,
            ['number'],
            `来源 ${d.source} 的第 ${d.number} 个案例也出现在 ${others}`,
            '核对原文中的案例序号（案例三 → 3）；同一案例只收一次',
          ),
        );
      } else {
        problems.push(
          problemAt(
            file,
            [field],
            `${field} “${d[field]}”与 ${others} 重复`,
            field === 'id'
              ? '每个案例的 id 都不同；新案例用 npm run new-case 取下一个空号'
              : '每个来源的 slug 都不同，并与文件名一致',
          ),
        );
      }
    }
  }
  return problems;
}
