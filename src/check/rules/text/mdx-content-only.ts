/**
 * The body is content only: text and Markdown. MDX would also run `import`/`export`,
 * `{…}` expressions and components or HTML tags, which could put scripts or layout
 * into a page that reviewers read as text. The body is parsed the way the site parses
 * it (remark + MDX + GFM) and every such node is reported; so is anything MDX cannot
 * parse, such as a stray `{` or `<`.
 */
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { ContentFile } from '../../content-file.ts';
import { BODY_FIELD, type Problem } from '../../problem.ts';

const parser = remark().use(remarkMdx).use(remarkGfm);

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

const TAG_FIX = '删除标签，只保留文字；标题、加粗、列表请用 Markdown（## 标题、**加粗**、- 列表）';
const BRACE_FIX = '删除花括号；原文确有花括号时改用全角“｛｝”';

function nodeText(node: MdNode): { what: string; fix: string } | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return {
        what: '正文中不允许 import/export 语句',
        fix: '删除这一行：案例正文只能是文字和 Markdown',
      };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return { what: `正文中不允许 {…} 表达式“{${node.value ?? ''}}”`, fix: BRACE_FIX };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return { what: `正文中不允许 HTML 或组件标签 <${node.name ?? ''}>`, fix: TAG_FIX };
    case 'html':
      return { what: `正文中不允许 HTML ${(node.value ?? '').slice(0, 20)}`, fix: TAG_FIX };
    default:
      return undefined;
  }
}

interface ParseError {
  line?: number;
  column?: number;
  reason?: string;
  source?: string;
}

function parseErrorProblem(file: ContentFile, error: ParseError): Problem {
  let line = error.line ?? 1;
  if (error.source === 'micromark-extension-mdx-expression') {
    // An unclosed `{` is reported at the end of the file; point at the brace instead.
    const braceLine = file.body.split('\n').findIndex((l) => /(^|[^\\])\{/.test(l));
    if (braceLine >= 0) line = braceLine + 1;
    return {
      file: file.path,
      line: file.bodyLine(line),
      field: BODY_FIELD,
      what: '正文中有未配对的花括号 {，MDX 无法解析',
      fix: BRACE_FIX,
    };
  }
  if (
    error.source?.startsWith('micromark-extension-mdx-jsx') ||
    error.source?.startsWith('mdast-util-mdx-jsx')
  ) {
    return {
      file: file.path,
      line: file.bodyLine(line),
      field: BODY_FIELD,
      what: '正文中的“<”被当作 HTML 标签或注释的开头，MDX 无法解析',
      fix: '正文不允许 HTML 标签和 <!-- 注释 -->，请删除；要写小于号或书名号请用全角“＜”“〈〉”；网址直接写出或写成 [文字](网址)',
    };
  }
  return {
    file: file.path,
    line: file.bodyLine(line),
    field: BODY_FIELD,
    what: `正文 MDX 无法解析（${error.reason ?? String(error)}）`,
    fix: '正文只写文字和 Markdown；字面的 { < 请改用全角“｛”“＜”',
  };
}

/**
 * Whether MDX could read anything but text in a body: an expression needs a `{`,
 * a tag, comment or autolink a `<`, an import or export a line starting with
 * the word. A body with none of them is content only without parsing it (most
 * are: this skips the parser for them, a third of the checker's time).
 */
const mayHoldCode = (body: string) => /[{}<]|^(?:import|export)\b/m.test(body);

export function mdxContentOnlyProblems(file: ContentFile): Problem[] {
  if (!mayHoldCode(file.body)) return [];
  let tree: MdNode;
  try {
    tree = parser.parse(file.body) as MdNode;
  } catch (error) {
    return [parseErrorProblem(file, error as ParseError)];
  }
  const problems: Problem[] = [];
  const visit = (node: MdNode) => {
    const text = nodeText(node);
    if (text) {
      problems.push({
        file: file.path,
        line: file.bodyLine(node.position?.start.line ?? 1),
        field: BODY_FIELD,
        ...text,
      });
      return; // one problem per tag, not one per nested tag
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
