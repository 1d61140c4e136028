/**
 * npm run new-case [-- --title … --province … [--city …] [--county …] --keywords a,b --domains a,b
 *                     --source slug --number N]
 *                  [--year YYYY] [--id xx-YYYY-NN] [--added YYYY-MM-DD] [--out DIR] [--sources DIR]
 *
 * Scaffolds a case file with every field explained, taking the next free id for the
 * region's province. In a terminal it asks for whatever the flags did not give;
 * from a script, all required flags must be given. It never overwrites a file.
 * Exit code: 0 created, 1 an answer was refused or the file exists, 2 wrong usage.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { commandLine } from './command-line.ts';
import { caseIdPrefix, nextCaseIdAfter } from '../src/model/case-id.ts';
import { contentNames } from '../src/check/content-file.ts';
import { localIsoDate } from '../src/model/dates.ts';
import { renderCaseTemplate } from './new-case/case-template.ts';
import { domainNames } from '../src/model/schema/domains.ts';
import { resolveRegion } from './new-case/resolve-region.ts';
import {
  parseId,
  parseDomains,
  parseKeywords,
  parseNumber,
  parseSource,
  parseTitle,
  parseYear,
  type Parsed,
} from './new-case/parse-answers.ts';
import type { Region } from '../src/model/schema/case.ts';

const usage = `用法：npm run new-case                （在终端中逐项询问）
      npm run new-case -- --title 标题 --province 省级行政区 [--city 地级] [--county 县级]
                           --keywords 甲,乙 --domains 甲,乙 --source 来源 --number 序号
                           [--year 年份] [--id 编号] [--added YYYY-MM-DD] [--out 案例文件夹] [--sources 来源文件夹]`;

function fail(message: string, code = 1): never {
  console.error(`✗ ${message}`);
  process.exit(code);
}

const flags = [
  'title',
  'province',
  'city',
  'county',
  'keywords',
  'domains',
  'source',
  'number',
  'year',
  'id',
  'added',
  'out',
  'sources',
];
const values = commandLine(
  Object.fromEntries(flags.map((name) => [name, { type: 'string' as const }])),
  usage,
  { errorPrefix: '✗ ' },
).values as Record<string, string | undefined>;

const casesDir = values.out ?? 'content/cases';
const sourcesDir = values.sources ?? 'content/sources';
const slugs = contentNames(sourcesDir);
const today = values.added ?? localIsoDate(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--added “${today}”应写成 YYYY-MM-DD`, 2);

// No default year: today's year is not the year of a published case.
const required = ['title', 'province', 'keywords', 'domains', 'year', 'source', 'number'];
const missing = required.filter((name) => values[name] === undefined);
const interactive = missing.length > 0 && Boolean(process.stdin.isTTY);
if (missing.length && !interactive) {
  fail(
    `缺少参数：${missing.map((m) => `--${m}`).join(' ')}（不在终端中运行时，必须全部给出）\n${usage}`,
    2,
  );
}
const rl = interactive
  ? createInterface({ input: process.stdin, output: process.stdout })
  : undefined;
const cancel = (): never => {
  console.error();
  return fail('已取消，未创建文件', 130);
};
rl?.on('SIGINT', cancel); // Ctrl+C

/** The flag's answer if given, else asks until the answer is valid. A refused flag ends the run. */
async function answer<T>(
  flag: string,
  question: string,
  parse: (text: string) => Parsed<T>,
  fallback?: string,
): Promise<T> {
  const given = values[flag] ?? (rl ? undefined : fallback);
  if (given !== undefined) {
    const parsed = parse(given);
    return 'value' in parsed ? parsed.value : fail(`--${flag}：${parsed.error}`);
  }
  for (;;) {
    // Ctrl+D rejects the question: treat it as cancelling.
    const reply = await rl!
      .question(`${question}${fallback ? `［${fallback}］` : ''}：`)
      .catch(cancel);
    const text = reply.trim() || fallback || '';
    const parsed = parse(text);
    if ('value' in parsed) return parsed.value;
    console.log(`  ✗ ${parsed.error}`);
  }
}

async function askRegion(): Promise<Region> {
  const optional = (text: string): Parsed<string> => ({ value: text.trim() });
  for (;;) {
    const province = await answer(
      'province',
      '省级行政区（全称，如 宁夏回族自治区、北京市）',
      optional,
    );
    const city = await answer('city', '地级行政区（如 中卫市；没有就直接回车）', optional, '');
    const county = await answer(
      'county',
      '县级行政区（区、县、县级市、旗；没有就直接回车）',
      optional,
      '',
    );
    const resolved = resolveRegion({
      province,
      city: city || undefined,
      county: county || undefined,
    });
    if ('region' in resolved) return resolved.region;
    const message = `${resolved.problem.field}：${resolved.problem.message}`;
    if (!rl) fail(message);
    console.log(`  ✗ ${message}`);
    for (const flag of ['province', 'city', 'county']) delete values[flag]; // ask the three again
  }
}

const title = await answer('title', '标题（原文中的案例标题）', parseTitle);
const region = await askRegion();
const keywords = await answer('keywords', '关键词（用逗号或顿号分隔，按原文顺序）', parseKeywords);
const domains = await answer(
  'domains',
  `执法领域（1–3 个，用逗号或顿号分隔；可选：${domainNames.join('、')}）`,
  parseDomains,
);
const year = await answer('year', '年份（原文所述工作的年份，如 2025）', parseYear);
const source = await answer('source', `来源（可选：${slugs.join('、') || '目前没有'}）`, (t) =>
  parseSource(t, slugs),
);
const number = await answer('number', '案例在原文中的序号（案例一 → 1）', parseNumber);
rl?.close();

const id =
  values.id !== undefined
    ? await answer('id', '编号', parseId)
    : nextCaseIdAfter(contentNames(casesDir), caseIdPrefix(region.code), year);
const path = join(casesDir, `${id}.mdx`);
try {
  // `wx`: fail rather than overwrite a case someone already wrote.
  writeFileSync(
    path,
    renderCaseTemplate({
      id,
      title,
      region,
      keywords,
      domains,
      year,
      source,
      number,
      added: today,
    }),
    { flag: 'wx' },
  );
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST')
    fail(`${path} 已存在，不会覆盖；换一个 --id，或不给 --id 以取下一个空号`);
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') fail(`文件夹 ${casesDir} 不存在`);
  throw error;
}

const shown = relative(process.cwd(), path).split('\\').join('/');
console.log(`✓ 已创建 ${shown}
下一步：
  1. 打开文件，把原文粘贴进正文，换掉两段 TODO- 占位，保留原文的小标题（## 基本情况 …）
  2. 在 metrics 中列出读者会比较的数字，每个附正文中的原样摘录
  3. 运行 npm run check -- ${shown}，按提示逐条改正
  4. 提交并发起 Pull Request（步骤见 CONTRIBUTING.md）`);
