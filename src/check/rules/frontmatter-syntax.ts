/**
 * The frontmatter must exist and be valid YAML, or no other field can be checked.
 * YAML's own messages are English and technical; these say what to do in Chinese.
 */
import type { YAMLError } from 'yaml';
import type { ContentFile } from '../content-file.ts';
import type { Problem } from '../problem.ts';

const FIELD = 'frontmatter';

function yamlErrorText(error: YAMLError, lineText: string): { what: string; fix: string } {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:#\s][^:#]*):/.exec(lineText)?.[1].trim();
      return {
        what: `${key ? `字段 ${key} ` : '同一个字段'}写了两次`,
        fix: '每个字段只写一次，删除多余的那一行',
      };
    }
    case 'TAB_AS_INDENT':
      return { what: '用了 Tab 缩进', fix: '改用空格缩进（每层两个空格）' };
    default:
      return {
        what: `YAML 语法错误：${error.message.split('\n')[0]}`,
        fix: '检查缩进（每层两个空格）和冒号后的空格；值中含有 : # [ ] { } 或以引号开头时，把整个值放进英文双引号',
      };
  }
}

export function frontmatterSyntaxProblems(file: ContentFile): Problem[] {
  if (!file.doc) {
    return [
      {
        file: file.path,
        line: 1,
        field: FIELD,
        what: '文件没有 frontmatter',
        fix: '文件第一行应为 ---，接着写各字段，再以 --- 一行结束；可用 npm run new-case 生成模板',
      },
    ];
  }
  if (file.doc.errors.length) {
    const lines = file.frontmatterText!.split('\n');
    return file.doc.errors.map((error) => {
      const yamlLine = error.linePos?.[0].line ?? 1;
      return {
        file: file.path,
        line: file.frontmatterLine(yamlLine),
        field: FIELD,
        ...yamlErrorText(error, lines[yamlLine - 1] ?? ''),
      };
    });
  }
  if (typeof file.data !== 'object' || file.data === null || Array.isArray(file.data)) {
    return [
      {
        file: file.path,
        line: 1,
        field: FIELD,
        what: 'frontmatter 为空或不是“字段: 值”的形式',
        fix: '在两行 --- 之间逐行写“字段: 值”；可用 npm run new-case 生成模板',
      },
    ];
  }
  return [];
}
