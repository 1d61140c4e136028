/**
 * The body holds only what the site writes as MDX would (src/build/mdx-body-html.ts):
 * no footnotes, whose labels and back links MDX writes in English, and no images, which
 * MDX would make into image components (case texts are text; figures go into `metrics`).
 */
import { unsupportedIn, type Unsupported } from '../../../build/mdx-body-html.ts';
import type { ContentFile } from '../../content-file.ts';
import { BODY_FIELD, type Problem } from '../../problem.ts';

const texts: Record<Unsupported['what'], (tag: string) => { what: string; fix: string }> = {
  footnote: () => ({
    what: '正文中有脚注 [^…]，网站不显示脚注',
    fix: '把注释写进正文，例如用括号写在相关句子之后，并删除脚注定义（[^…]: …）',
  }),
  image: () => ({
    what: '正文中有图片 ![…](…)，案例正文只能是文字',
    fix: '删除图片；图中的数字写进正文或 metrics',
  }),
  element: (tag) => ({
    what: `正文中有网站不支持的 Markdown 写法（${tag}）`,
    fix: '只用小标题、段落、加粗、强调和链接',
  }),
};

export function renderableBodyProblems(file: ContentFile): Problem[] {
  return unsupportedIn(file.body).map(({ what, tag, line }) => ({
    file: file.path,
    line: file.bodyLine(line),
    field: BODY_FIELD,
    ...texts[what](tag),
  }));
}
